//! The closed vocabularies of the data model: entry kinds, name roles, instruments and ranks.

use std::fmt;
use std::str::FromStr;

use crate::error::{Error, Result};

/// Defines a string-backed enum with `as_str`, `ALL`, `FromStr`, `Display` and serde as that string.
macro_rules! text_enum {
    ($(#[$meta:meta])* $name:ident, $what:literal { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The text used in sources, the database and JSON.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }
        }

        impl FromStr for $name {
            type Err = Error;
            fn from_str(s: &str) -> Result<Self> {
                match s {
                    $($text => Ok($name::$variant),)+
                    _ => Err(Error::parse(
                        $what,
                        s,
                        format!("expected one of: {}", [$($text),+].join(", ")),
                    )),
                }
            }
        }

        impl TryFrom<String> for $name {
            type Error = Error;
            fn try_from(s: String) -> Result<Self> {
                s.parse()
            }
        }

        impl From<$name> for String {
            fn from(v: $name) -> String {
                v.as_str().to_owned()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

text_enum!(
    /// What an entry describes.
    Kind, "kind" {
        /// A single substance, or a family of substances listed together.
        Chemical = "chemical",
        /// A mixture with a known composition, e.g. a refrigerant blend.
        Mixture = "mixture",
        /// A taxon of any rank.
        Taxon = "taxon",
        /// A label, pictogram or marking met on goods.
        Label = "label",
    }
);

text_enum!(
    /// The role a name plays for its entry.
    NameRole, "name role" {
        /// The preferred name in its language.
        Preferred = "preferred",
        /// Another name for the same thing.
        Synonym = "synonym",
        /// A trade name (may be a trademark).
        Trade = "trade",
        /// A common (vernacular) name of a taxon.
        Common = "common",
        /// A scientific name.
        Scientific = "scientific",
        /// An abbreviation (PFOS, HCB …).
        Abbreviation = "abbreviation",
        /// A code designation: refrigerant number, military designation, halon number.
        Designation = "designation",
    }
);

text_enum!(
    /// The treaties whose lists the data records.
    Instrument, "instrument" {
        /// Montreal Protocol on Substances that Deplete the Ozone Layer.
        Montreal = "montreal",
        /// Stockholm Convention on Persistent Organic Pollutants.
        Stockholm = "stockholm",
        /// Rotterdam Convention (prior informed consent).
        Rotterdam = "rotterdam",
        /// Chemical Weapons Convention.
        Cwc = "cwc",
        /// Minamata Convention on Mercury.
        Minamata = "minamata",
        /// Convention on International Trade in Endangered Species of Wild Fauna and Flora.
        Cites = "cites",
    }
);

impl Instrument {
    /// The lists (annexes, appendices, schedules) an instrument has.
    pub fn lists(self) -> &'static [&'static str] {
        match self {
            Instrument::Montreal => &["A", "B", "C", "E", "F"],
            Instrument::Stockholm => &["A", "B", "C"],
            Instrument::Rotterdam => &["III"],
            Instrument::Cwc => &["1", "2", "3"],
            Instrument::Minamata => &["A", "art3"],
            Instrument::Cites => &["I", "II", "III"],
        }
    }

    /// Short name for badges.
    pub fn short_name(self) -> &'static str {
        match self {
            Instrument::Montreal => "Montreal",
            Instrument::Stockholm => "Stockholm",
            Instrument::Rotterdam => "Rotterdam",
            Instrument::Cwc => "CWC",
            Instrument::Minamata => "Minamata",
            Instrument::Cites => "CITES",
        }
    }

    /// How the instrument calls one of its lists, e.g. "Annex A", "Appendix II", "Schedule 1".
    pub fn list_label(self, list: &str) -> String {
        match (self, list) {
            (Instrument::Minamata, "art3") => "Article 3".to_owned(),
            (Instrument::Cites, l) => format!("Appendix {l}"),
            (Instrument::Cwc, l) => format!("Schedule {l}"),
            (_, l) => format!("Annex {l}"),
        }
    }
}

text_enum!(
    /// Taxonomic rank.
    Rank, "rank" {
        /// Kingdom.
        Kingdom = "kingdom",
        /// Phylum (or division for plants).
        Phylum = "phylum",
        /// Class.
        Class = "class",
        /// Order.
        Order = "order",
        /// Family.
        Family = "family",
        /// Subfamily.
        Subfamily = "subfamily",
        /// Genus.
        Genus = "genus",
        /// Species.
        Species = "species",
        /// Subspecies.
        Subspecies = "subspecies",
        /// Variety.
        Variety = "variety",
        /// A geographically separate population named in a listing.
        Population = "population",
    }
);

text_enum!(
    /// The physical form in which an entry is met in trade.
    PhysicalForm, "physical form" {
        /// A gas (not liquefied).
        Gas = "gas",
        /// A gas liquefied under pressure, in cylinders.
        LiquefiedGas = "liquefied gas",
        /// A liquid.
        Liquid = "liquid",
        /// A solid.
        Solid = "solid",
        /// A mixture (refrigerant blends, formulations).
        Mixture = "mixture",
        /// Live animals or plants.
        LiveAnimal = "live animal",
        /// Parts, derivatives and manufactured products.
        Product = "product",
    }
);

text_enum!(
    /// A part or product in which a taxon is traded, as an officer meets it.
    Part, "part" {
        /// Live animals.
        LiveAnimal = "live animal",
        /// Live plants.
        LivePlant = "live plant",
        /// Ivory, raw or worked (tusks, teeth, casques).
        Ivory = "ivory",
        /// Horn.
        Horn = "horn",
        /// Scales.
        Scales = "scales",
        /// Skins, hides and furs.
        Skin = "skin",
        /// Leather and leather goods.
        Leather = "leather",
        /// Shells and carapaces.
        Shell = "shell",
        /// Bones and skulls.
        Bone = "bone",
        /// Teeth and claws.
        TeethClaws = "teeth and claws",
        /// Feathers.
        Feathers = "feathers",
        /// Wool and hair.
        Wool = "wool",
        /// Bile and gall bladders.
        Bile = "bile",
        /// Musk.
        Musk = "musk",
        /// Meat.
        Meat = "meat",
        /// Eggs.
        Eggs = "eggs",
        /// Caviar (roe).
        Caviar = "caviar",
        /// Fins.
        Fins = "fins",
        /// Swim bladders (maw).
        SwimBladder = "swim bladder",
        /// Gill plates.
        GillPlates = "gill plates",
        /// Dried whole animals.
        Dried = "dried specimens",
        /// Coral, raw or worked.
        Coral = "coral",
        /// Carvings and other worked pieces.
        Carving = "carvings",
        /// Hunting trophies.
        Trophy = "trophies",
        /// Traditional medicines and other derivatives.
        Medicine = "medicines",
        /// Logs.
        Log = "logs",
        /// Sawn wood.
        SawnWood = "sawn wood",
        /// Veneer sheets.
        Veneer = "veneer",
        /// Wood chips and powder.
        Chips = "chips",
        /// Oil.
        Oil = "oil",
        /// Resin.
        Resin = "resin",
        /// Bark.
        Bark = "bark",
        /// Roots.
        Roots = "roots",
        /// Seeds.
        Seeds = "seeds",
        /// Flowers.
        Flowers = "flowers",
        /// Extracts.
        Extract = "extracts",
        /// Musical instruments.
        Instruments = "musical instruments",
        /// Finished products (furniture, handicrafts).
        Manufactured = "manufactured goods",
    }
);
