# Green Customs Field Guide — interface text, English (the reference language).
# Format: `key = text`, one per line; `{ $name }` is filled in by the app.

app-title = Green Customs Field Guide
loading = Loading the reference data…
load-failed = The reference data could not be opened: { $error }
welcome = Type what you see on the label, the invoice or the goods: a name, a trade name, a CAS RN, a UN number, an HS code, an R-number, a formula, or a name in another language.
welcome-keys = Keys: ↓ ↑ choose a result · Enter open · Esc back to search · Ctrl+F search from anywhere · Alt+← / Alt+→ back and forward.

# Navigation
nav-back = Back (Alt+←)
nav-forward = Forward (Alt+→)
tab-search = Search
tab-saved = Saved
tab-tools = Tools
tab-about = About
tab-settings = Settings

# Search
search-label = Search
search-hint = Name, trade name, CAS, UN, HS, R-number, formula, 中文, русский…
search-empty = Results appear as you type.
results-count = { $n } results
recent-searches = Recent searches
recent-empty = No searches yet.
filter-kind = Show:
filter-all = All
filter-list = Listed under:
not-found-title = Nothing in the guide matches this.
weak-match-title = Only weak matches.
not-found-body = Not found is not proof of not controlled: the substance or species may be covered by a family, group or higher-taxon listing, or be missing from this data. Check the documents and ask the focal point.
not-found-families = Families and groups that may cover it:
not-found-no-family = No family or group entry matches the words of the query.

# Kinds
kind-chemical = Chemical
kind-mixture = Mixture
kind-taxon = Species
kind-label = Label
rank-kingdom = Kingdom
rank-phylum = Phylum
rank-class = Class
rank-order = Order
rank-family = Family
rank-subfamily = Subfamily
rank-genus = Genus
rank-species = Species
rank-subspecies = Subspecies
rank-variety = Variety
rank-population = Population

# Why a result matched
role-preferred = name
role-synonym = synonym
role-trade = trade name
role-common = common name
role-scientific = scientific name
role-abbreviation = abbreviation
role-designation = designation
field-cas = CAS RN
field-ec = EC number
field-un = UN number
field-hs = HS code
field-refrigerant = Refrigerant number
field-formula = Formula
field-safety-class = Safety group (ASHRAE 34)
field-odp = ODP
field-gwp = GWP (100 years)
field-form = Physical form
field-scientific = Scientific name
un-class = class
lang-la = Scientific (Latin)

# Entry
favourite-add = Add to favourites
favourite-remove = Remove from favourites
verdict-controlled = CONTROLLED
verdict-not-listed = NO TREATY LISTING RECORDED
verdict-not-listed-note = This entry is in the guide as a look-alike or for reference. Not being listed here is not proof that the goods are free to trade: check the documents.
verdict-members = MEMBERS CONTROLLED
verdict-members-note = This group is not listed as a whole, but { $n } of its members are (strictest: { $listing }). Identify the species or substance; treat the goods as controlled until shown otherwise.
valid-as-of = list valid as of { $date }
valid-as-of-unknown = valid-as-of date not recorded
in-force = in force since { $date }
list-annex = Annex { $list }
list-appendix = Appendix { $list }
list-schedule = Schedule { $list }
list-article-3 = Article 3
listing-inherited = Listed through:
listing-excluded = Excluded from the inherited { $instrument } listing.
meaning-cites-i = Commercial trade prohibited; an export permit and an import permit are both required, for non-commercial purposes only.
meaning-cites-ii = Trade allowed only with a CITES export permit (or re-export certificate) from the exporting country.
meaning-cites-iii = Trade needs a CITES export permit from the listing country, or a certificate of origin from any other country.
meaning-montreal-a = Ozone-depleting substance (CFCs, halons): production and consumption phased out; every import and export needs a licence.
meaning-montreal-b = Ozone-depleting substance (other CFCs, carbon tetrachloride, methyl chloroform): phased out; every import and export needs a licence.
meaning-montreal-c = Ozone-depleting substance (HCFCs, HBFCs, bromochloromethane): being phased out; imports and exports need a licence and count against quotas.
meaning-montreal-e = Methyl bromide: phased out except quarantine and pre-shipment and exempted uses; imports and exports need a licence.
meaning-montreal-f = HFC under the Kigali phase-down: imports and exports need a licence and count against quotas in CO2 equivalent.
meaning-stockholm-a = Persistent organic pollutant to be eliminated: import and export only for environmentally sound disposal or a registered exemption.
meaning-stockholm-b = Persistent organic pollutant restricted to acceptable purposes or specific exemptions; trade only for those or for disposal.
meaning-stockholm-c = Persistent organic pollutant formed unintentionally; releases must be reduced.
meaning-rotterdam-iii = Prior informed consent: export only if the importing country has agreed; check its import decision and the export notification.
meaning-cwc-1 = Chemical weapon or close precursor: transfers only between States Parties, for research, medical, pharmaceutical or protective purposes, notified in advance.
meaning-cwc-2 = Chemical-weapons precursor: no transfers to or from States not Party; declared to the national authority.
meaning-cwc-3 = Chemical-weapons precursor produced in large quantities: transfers to States not Party need an end-use certificate.
meaning-minamata-a = Mercury-added product: manufacture, import and export not allowed after the phase-out date, unless exempted.
meaning-minamata-art3 = Mercury or mercury compound: export only with the written consent of the importing country, for an allowed use or storage.
section-safety = Safety
section-checks = What to check
section-red-flags = Red flags
section-pictures = Photos and labels
section-label = What the label means
label-how-to-read = How to read it
section-summary = About
section-identifiers = Identifiers
section-composition = Composition (mass %)
section-related = Related entries
section-names = Names
section-note = What is not known
section-sources = Sources
related-parents = Belongs to:
related-members = Members:
related-used-in = In blends:
related-labels = Labels:
related-label-links = Concerns:
related-more = and { $n } more
check-hs = HS code on the declaration consistent with { $codes }.
check-cites-permit = CITES permit or certificate present, original, valid, and matching species, quantity and parts.
copy = Copy
copy-value = Copy { $value }
photo-credit = Photo: { $credit } · licence { $licence }
picture-enlarge = Click to enlarge
picture-failed = Picture not available: { $why }
source-consulted = consulted { $date }
not-listed = not listed

# Picture window
zoom-in = Zoom in
zoom-out = Zoom out
close = Close

# Tools
tool-hs = HS lookup
tool-blend = Blend calculator
tool-list = Check a list
tool-hs-help = Everything controlled that is classified at or under an HS code (chapter, heading or subheading).
tool-hs-input = HS code
tool-hs-example = e.g. 2903.77
tool-hs-invalid = Give 2 to 6 digits, for example 29, 2903 or 2903.77.
tool-hs-none = Nothing controlled is recorded under this code. Not proof of not controlled: check the goods and documents.
tool-blend-help = Components of a refrigerant blend in a given mass, with ODP tonnes and CO2-equivalent tonnes.
tool-blend-input = Blend
tool-blend-mass = Mass (kg)
tool-blend-example = e.g. R-404A
tool-mass-example = e.g. 13.6
tool-blend-unknown = No blend is recorded under this name or number.
tool-blend-for = in { $kg } kg
tool-blend-odp = ODP of the blend { $odp } · { $t } ODP tonnes
tool-blend-gwp = GWP of the blend { $gwp } · { $t } tonnes CO2 equivalent
tool-blend-gwp-unknown = GWP not recorded for: { $names } (left out of the CO2-equivalent figures).
tool-list-help = Paste a manifest or an invoice, one item per line (name, CAS RN, HS code or text). Each line is checked against the controlled entries.
tool-list-input = Declared items
tool-list-example = e.g. CFC-12 refrigerant 13.6 kg · pangolin scales 20 kg · 75-71-8 (one item per line)
tool-list-check = Check the list (Ctrl+Enter)
tool-list-summary = { $lines } lines checked · { $controlled } may be controlled
status-controlled = CONTROLLED
status-not-controlled = not listed
status-no-match = no match — not proof of not controlled
confidence-high = high confidence
confidence-medium = medium confidence
confidence-low = low confidence
col-component = Component
col-mass-pct = Mass %
col-kg = kg
col-odp = ODP
col-gwp = GWP
col-controlled = Controlled under

# Saved
favourites = Favourites
favourites-empty = No favourites yet: open an entry and press ☆.
favourite-missing = { $id } (no longer in the data)

# About
about-purpose = An offline reference for customs officers and their trainers on the chemicals and species that the multilateral environmental agreements control.
about-offline = Works entirely offline: nothing is sent or fetched over a network.
about-data = Reference data
about-version = Data version { $version } · { $n } entries
col-instrument = Instrument
col-valid-as-of = Lists valid as of
col-note = Note
about-photos = Photo credits
about-sources = Sources ({ $n })

# Settings
settings-language = Language
settings-theme = Theme
theme-light = Light, high contrast (sunlight)
theme-dark = Dark
settings-scale = Text and button size
settings-scale-custom = Custom:
settings-fonts = Fonts
font-loading = Looking for a Chinese font…
font-loaded = Chinese text uses the system font { $path }.
font-missing = No Chinese font was found on this computer: Chinese names show as boxes. Install Noto Sans CJK, Droid Sans Fallback or WenQuanYi (on Debian or Ubuntu: fonts-noto-cjk). Everything else works.

# Status bar
status-data = data { $version } · { $n } entries
status-offline = offline ✓
user-data-unavailable = ⚠ Favourites and settings cannot be saved (hover for why)
