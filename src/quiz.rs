//! Quizzes drawn from the reference data: multiple choice, distractors from the same group (another
//! CFC, another pangolin), exactly one correct answer, and a seed so that a whole class — and the
//! command line — get the same questions.

use serde::Serialize;

use crate::catalog::Catalog;
use crate::error::{Error, Result};
use crate::model::{Entry, EntryId, Instrument, Kind, NameRole};
use crate::search::fold;

/// Choices per question.
pub const CHOICES: usize = 4;

/// What a question asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// A photo: which species is it?
    PhotoToSpecies,
    /// A label drawing: which label is it (and so what does it mean)?
    LabelToMeaning,
    /// A trade name: which substance or blend is it?
    TradeNameToSubstance,
    /// A substance: under which treaty list is it controlled?
    SubstanceToList,
    /// An HS code: which substance is classified there?
    HsToSubstance,
    /// A blend: which controlled substance does it contain?
    BlendToComponent,
}

impl QuestionKind {
    /// Every kind, in the order questions are considered for an entry.
    pub const ALL: [QuestionKind; 6] = [
        QuestionKind::PhotoToSpecies,
        QuestionKind::LabelToMeaning,
        QuestionKind::TradeNameToSubstance,
        QuestionKind::SubstanceToList,
        QuestionKind::HsToSubstance,
        QuestionKind::BlendToComponent,
    ];

    /// Stable name, also the suffix of the interface message that asks the question.
    pub fn as_str(self) -> &'static str {
        match self {
            QuestionKind::PhotoToSpecies => "photo_to_species",
            QuestionKind::LabelToMeaning => "label_to_meaning",
            QuestionKind::TradeNameToSubstance => "trade_name_to_substance",
            QuestionKind::SubstanceToList => "substance_to_list",
            QuestionKind::HsToSubstance => "hs_to_substance",
            QuestionKind::BlendToComponent => "blend_to_component",
        }
    }
}

/// One possible answer.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Choice {
    /// What is shown.
    pub text: String,
    /// The entry the choice names, when it names one.
    pub entry: Option<EntryId>,
}

/// One question.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Question {
    /// What it asks.
    pub kind: QuestionKind,
    /// The question in English (the app words it in the interface language from `kind` and `clue`).
    pub prompt: String,
    /// The name, code or title the question is about (empty for picture questions).
    pub clue: String,
    /// The picture shown, for picture questions (image id in the database).
    pub image: Option<i64>,
    /// The entry the question is about: the review links to it.
    pub subject: EntryId,
    /// The choices, in the order shown.
    pub choices: Vec<Choice>,
    /// Index of the one correct choice.
    pub answer: usize,
}

/// A generated quiz.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quiz {
    /// What the questions were drawn from ("topic ods", "lesson Pangolins").
    pub scope: String,
    /// The seed.
    pub seed: u64,
    /// The questions.
    pub questions: Vec<Question>,
}

/// Topics a quiz can be drawn from without a lesson.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Topic {
    /// Montreal Protocol substances and blends.
    Ods,
    /// Stockholm Convention POPs.
    Pops,
    /// Rotterdam Convention chemicals.
    Pic,
    /// Chemical Weapons Convention schedules.
    Cwc,
    /// Minamata Convention.
    Mercury,
    /// CITES species.
    Cites,
    /// Labels and pictograms.
    Labels,
    /// Everything.
    All,
}

impl Topic {
    /// Every topic.
    pub const ALL: [Topic; 8] = [
        Topic::Ods,
        Topic::Pops,
        Topic::Pic,
        Topic::Cwc,
        Topic::Mercury,
        Topic::Cites,
        Topic::Labels,
        Topic::All,
    ];

    /// Its name on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Topic::Ods => "ods",
            Topic::Pops => "pops",
            Topic::Pic => "pic",
            Topic::Cwc => "cwc",
            Topic::Mercury => "mercury",
            Topic::Cites => "cites",
            Topic::Labels => "labels",
            Topic::All => "all",
        }
    }

    /// From its name.
    pub fn parse(s: &str) -> Result<Topic> {
        Topic::ALL
            .into_iter()
            .find(|t| t.as_str() == s.trim().to_ascii_lowercase())
            .ok_or_else(|| {
                let names: Vec<&str> = Topic::ALL.iter().map(|t| t.as_str()).collect();
                Error::parse("topic", s, format!("one of {}", names.join(", ")))
            })
    }

    /// The entries of the topic, in catalog order.
    pub fn pool(self, catalog: &Catalog) -> Vec<usize> {
        let instrument = match self {
            Topic::Ods => Some(Instrument::Montreal),
            Topic::Pops => Some(Instrument::Stockholm),
            Topic::Pic => Some(Instrument::Rotterdam),
            Topic::Cwc => Some(Instrument::Cwc),
            Topic::Mercury => Some(Instrument::Minamata),
            Topic::Cites => Some(Instrument::Cites),
            Topic::Labels | Topic::All => None,
        };
        catalog
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| match (self, instrument) {
                (Topic::Labels, _) => e.kind == Kind::Label,
                (_, Some(i)) => e.listings.iter().any(|l| l.instrument == i),
                _ => true,
            })
            .map(|(i, _)| i)
            .collect()
    }
}

/// A small deterministic generator (SplitMix64): the same seed gives the same quiz on every
/// machine and in every version of the dependencies.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i + 1);
            v.swap(i, j);
        }
    }
}

/// Draw up to `count` questions about the entries in `pool` (positions in the catalog).
pub fn generate(catalog: &Catalog, pool: &[usize], scope: &str, count: usize, seed: u64) -> Quiz {
    let mut rng = Rng(seed);
    let mut candidates: Vec<(usize, QuestionKind)> = pool
        .iter()
        .flat_map(|&e| QuestionKind::ALL.into_iter().map(move |k| (e, k)))
        .collect();
    rng.shuffle(&mut candidates);
    let ctx = Context::new(catalog);
    let mut questions = Vec::new();
    let mut used: Vec<usize> = Vec::new();
    for (entry, kind) in candidates {
        if questions.len() >= count {
            break;
        }
        if used.contains(&entry) {
            continue;
        }
        if let Some(q) = ctx.question(entry, kind, &mut rng) {
            used.push(entry);
            questions.push(q);
        }
    }
    Quiz {
        scope: scope.to_owned(),
        seed,
        questions,
    }
}

/// "Montreal Protocol Annex A" — the answer text of a list question.
pub fn list_choice(i: Instrument, list: &str) -> String {
    let long = match i {
        Instrument::Montreal => "Montreal Protocol",
        Instrument::Stockholm => "Stockholm Convention",
        Instrument::Rotterdam => "Rotterdam Convention",
        Instrument::Cwc => "Chemical Weapons Convention",
        Instrument::Minamata => "Minamata Convention",
        Instrument::Cites => "CITES",
    };
    format!("{long} {}", i.list_label(list))
}

struct Context<'a> {
    c: &'a Catalog,
    /// Each entry's ancestors, nearest first.
    ancestors: Vec<Vec<usize>>,
}

impl<'a> Context<'a> {
    fn new(c: &'a Catalog) -> Context<'a> {
        let ancestors = c
            .entries
            .iter()
            .map(|e| {
                let mut out = Vec::new();
                let mut at = e.parent.as_ref().and_then(|p| c.position(p));
                while let Some(p) = at {
                    if out.contains(&p) || out.len() > 40 {
                        break;
                    }
                    out.push(p);
                    at = c.entries[p].parent.as_ref().and_then(|q| c.position(q));
                }
                out
            })
            .collect();
        Context { c, ancestors }
    }

    fn e(&self, i: usize) -> &'a Entry {
        &self.c.entries[i]
    }

    fn question(&self, i: usize, kind: QuestionKind, rng: &mut Rng) -> Option<Question> {
        match kind {
            QuestionKind::PhotoToSpecies => self.photo(i, rng),
            QuestionKind::LabelToMeaning => self.label(i, rng),
            QuestionKind::TradeNameToSubstance => self.trade_name(i, rng),
            QuestionKind::SubstanceToList => self.list(i, rng),
            QuestionKind::HsToSubstance => self.hs(i, rng),
            QuestionKind::BlendToComponent => self.blend(i, rng),
        }
    }

    /// Entries named by their titles as choices: the right one and three others from `pool`,
    /// none sharing the right one's title.
    fn entry_choices(
        &self,
        right: usize,
        mut pool: Vec<usize>,
        rng: &mut Rng,
    ) -> Option<(Vec<Choice>, usize)> {
        let title = fold(&self.e(right).title);
        pool.retain(|&p| p != right && fold(&self.e(p).title) != title);
        pool.dedup_by_key(|p| fold(&self.e(*p).title));
        if pool.len() < CHOICES - 1 {
            return None;
        }
        rng.shuffle(&mut pool);
        let mut picked: Vec<usize> = Vec::new();
        for p in pool {
            let t = fold(&self.e(p).title);
            if picked.iter().all(|q| fold(&self.e(*q).title) != t) {
                picked.push(p);
            }
            if picked.len() == CHOICES - 1 {
                break;
            }
        }
        if picked.len() < CHOICES - 1 {
            return None;
        }
        picked.push(right);
        rng.shuffle(&mut picked);
        let answer = picked.iter().position(|&p| p == right)?;
        let choices = picked
            .into_iter()
            .map(|p| Choice {
                text: self.e(p).title.clone(),
                entry: Some(self.e(p).id.clone()),
            })
            .collect();
        Some((choices, answer))
    }

    /// Taxa related to `i` but neither its ancestors nor its descendants, from the nearest
    /// ancestor that has enough of them.
    fn relatives(&self, i: usize, filter: impl Fn(usize) -> bool) -> Vec<usize> {
        for &a in &self.ancestors[i] {
            let group: Vec<usize> = (0..self.c.entries.len())
                .filter(|&j| {
                    j != i
                        && self.ancestors[j].contains(&a)
                        && !self.ancestors[j].contains(&i)
                        && !self.ancestors[i].contains(&j)
                        && filter(j)
                })
                .collect();
            if group.len() >= CHOICES - 1 {
                return group;
            }
        }
        Vec::new()
    }

    fn photo(&self, i: usize, rng: &mut Rng) -> Option<Question> {
        let e = self.e(i);
        if e.kind != Kind::Taxon || e.photos.is_empty() {
            return None;
        }
        let photo = &e.photos[rng.below(e.photos.len())];
        let rank = e.rank;
        let pool = self.relatives(i, |j| {
            let o = self.e(j);
            o.kind == Kind::Taxon && o.rank == rank
        });
        let (choices, answer) = self.entry_choices(i, pool, rng)?;
        Some(Question {
            kind: QuestionKind::PhotoToSpecies,
            prompt: "Which species or group is shown in the photo?".to_owned(),
            clue: String::new(),
            image: Some(photo.image),
            subject: e.id.clone(),
            choices,
            answer,
        })
    }

    fn label(&self, i: usize, rng: &mut Rng) -> Option<Question> {
        let e = self.e(i);
        let image = e.label.as_ref().and_then(|l| l.image)?;
        let family = |id: &str| {
            id.split('-')
                .next()
                .map(|s| s.trim_end_matches(char::is_numeric).to_owned())
        };
        let mine = family(e.id.as_str());
        let mut pool: Vec<usize> = (0..self.c.entries.len())
            .filter(|&j| self.e(j).kind == Kind::Label && family(self.e(j).id.as_str()) == mine)
            .collect();
        if pool.len() < CHOICES {
            pool = (0..self.c.entries.len())
                .filter(|&j| self.e(j).kind == Kind::Label)
                .collect();
        }
        let (choices, answer) = self.entry_choices(i, pool, rng)?;
        Some(Question {
            kind: QuestionKind::LabelToMeaning,
            prompt: "Which label is this?".to_owned(),
            clue: String::new(),
            image: Some(image),
            subject: e.id.clone(),
            choices,
            answer,
        })
    }

    /// Chemicals and mixtures sharing `i`'s first instrument and list, or else its instrument.
    fn same_list(&self, i: usize, filter: impl Fn(usize) -> bool) -> Vec<usize> {
        let Some(l) = self.e(i).listings.first() else {
            return Vec::new();
        };
        let chem = |j: usize| matches!(self.e(j).kind, Kind::Chemical | Kind::Mixture);
        let narrow: Vec<usize> = (0..self.c.entries.len())
            .filter(|&j| {
                j != i
                    && chem(j)
                    && filter(j)
                    && self
                        .e(j)
                        .listings
                        .iter()
                        .any(|m| m.instrument == l.instrument && m.list == l.list)
            })
            .collect();
        if narrow.len() >= CHOICES - 1 {
            return narrow;
        }
        (0..self.c.entries.len())
            .filter(|&j| {
                j != i
                    && chem(j)
                    && filter(j)
                    && self
                        .e(j)
                        .listings
                        .iter()
                        .any(|m| m.instrument == l.instrument)
            })
            .collect()
    }

    fn trade_name(&self, i: usize, rng: &mut Rng) -> Option<Question> {
        let e = self.e(i);
        if !matches!(e.kind, Kind::Chemical | Kind::Mixture) {
            return None;
        }
        let trades: Vec<&str> = e
            .names
            .iter()
            .filter(|n| n.role == NameRole::Trade)
            .map(|n| n.text.as_str())
            .collect();
        if trades.is_empty() {
            return None;
        }
        let clue = trades[rng.below(trades.len())].to_owned();
        let folded = fold(&clue);
        // No distractor may carry the same trade name (one correct answer only).
        let pool = self.same_list(i, |j| {
            self.e(j).names.iter().all(|n| fold(&n.text) != folded)
                && fold(&self.e(j).title) != folded
        });
        let (choices, answer) = self.entry_choices(i, pool, rng)?;
        Some(Question {
            kind: QuestionKind::TradeNameToSubstance,
            prompt: format!("\"{clue}\" is a trade name of which substance or blend?"),
            clue,
            image: None,
            subject: e.id.clone(),
            choices,
            answer,
        })
    }

    fn hs(&self, i: usize, rng: &mut Rng) -> Option<Question> {
        let e = self.e(i);
        if e.kind != Kind::Chemical || e.hs.is_empty() || e.family {
            return None;
        }
        let code = e.hs[rng.below(e.hs.len())].clone();
        let pool = self.same_list(i, |j| {
            let o = self.e(j);
            o.kind == Kind::Chemical && !o.hs.is_empty() && !o.hs.contains(&code)
        });
        let (choices, answer) = self.entry_choices(i, pool, rng)?;
        let clue = code.to_string();
        Some(Question {
            kind: QuestionKind::HsToSubstance,
            prompt: format!("Which of these is classified under HS {clue}?"),
            clue,
            image: None,
            subject: e.id.clone(),
            choices,
            answer,
        })
    }

    fn blend(&self, i: usize, rng: &mut Rng) -> Option<Question> {
        let e = self.e(i);
        if e.kind != Kind::Mixture {
            return None;
        }
        let components: Vec<usize> = e
            .components
            .iter()
            .filter_map(|c| self.c.position(&c.entry))
            .collect();
        let listed: Vec<usize> = components
            .iter()
            .copied()
            .filter(|&c| self.e(c).is_listed())
            .collect();
        if listed.is_empty() {
            return None;
        }
        let right = listed[rng.below(listed.len())];
        let pool: Vec<usize> = (0..self.c.entries.len())
            .filter(|&j| {
                let o = self.e(j);
                o.kind == Kind::Chemical
                    && !o.family
                    && !components.contains(&j)
                    && o.listings
                        .iter()
                        .any(|l| l.instrument == Instrument::Montreal)
            })
            .collect();
        let (choices, answer) = self.entry_choices(right, pool, rng)?;
        Some(Question {
            kind: QuestionKind::BlendToComponent,
            prompt: format!("Which controlled substance does {} contain?", e.title),
            clue: e.title.clone(),
            image: None,
            subject: e.id.clone(),
            choices,
            answer,
        })
    }

    fn list(&self, i: usize, rng: &mut Rng) -> Option<Question> {
        let e = self.e(i);
        if e.listings.is_empty() || e.kind == Kind::Label {
            return None;
        }
        let own: Vec<(Instrument, &str)> = e
            .listings
            .iter()
            .map(|l| (l.instrument, l.list.as_str()))
            .collect();
        let (ri, rl) = own[rng.below(own.len())];
        let right = list_choice(ri, rl);
        // Distractors: lists the entry is not on, the same instrument's first.
        let mut same: Vec<String> = Vec::new();
        let mut other: Vec<String> = Vec::new();
        for inst in Instrument::ALL {
            for list in inst.lists() {
                if own.contains(&(*inst, *list)) {
                    continue;
                }
                let text = list_choice(*inst, list);
                if *inst == ri {
                    same.push(text);
                } else {
                    other.push(text);
                }
            }
        }
        rng.shuffle(&mut same);
        rng.shuffle(&mut other);
        let mut texts: Vec<String> = same.into_iter().chain(other).take(CHOICES - 1).collect();
        texts.push(right.clone());
        rng.shuffle(&mut texts);
        let answer = texts.iter().position(|t| *t == right)?;
        Some(Question {
            kind: QuestionKind::SubstanceToList,
            prompt: format!("Under which of these is {} controlled?", e.title),
            clue: e.title.clone(),
            image: None,
            subject: e.id.clone(),
            choices: texts
                .into_iter()
                .map(|text| Choice { text, entry: None })
                .collect(),
            answer,
        })
    }
}

/// Whether `choice` of `q` is correct by the data itself, checked independently of how the
/// question was built (for tests and for reviewing answers).
pub fn is_correct(catalog: &Catalog, q: &Question, choice: usize) -> bool {
    let Some(c) = q.choices.get(choice) else {
        return false;
    };
    let subject = catalog.get(&q.subject);
    let named = c.entry.as_ref().and_then(|id| catalog.get(id));
    match q.kind {
        QuestionKind::PhotoToSpecies | QuestionKind::LabelToMeaning => {
            c.entry.as_ref() == Some(&q.subject)
        }
        QuestionKind::TradeNameToSubstance => named.is_some_and(|e| {
            e.names
                .iter()
                .any(|n| n.role == NameRole::Trade && fold(&n.text) == fold(&q.clue))
        }),
        QuestionKind::HsToSubstance => {
            named.is_some_and(|e| e.hs.iter().any(|h| h.to_string() == q.clue))
        }
        QuestionKind::BlendToComponent => subject.is_some_and(|blend| {
            c.entry
                .as_ref()
                .is_some_and(|id| blend.components.iter().any(|x| &x.entry == id))
        }),
        QuestionKind::SubstanceToList => subject.is_some_and(|e| {
            e.listings
                .iter()
                .any(|l| list_choice(l.instrument, &l.list) == c.text)
        }),
    }
}

/// A quiz's answers as CSV: one row per question with the answer given and whether it was right.
pub fn results_csv(catalog: &Catalog, quiz: &Quiz, given: &[Option<usize>]) -> String {
    let mut out = crate::csvrow::row(&[
        "question",
        "kind",
        "prompt",
        "answer_given",
        "correct_answer",
        "right",
        "entry",
    ]);
    for (n, q) in quiz.questions.iter().enumerate() {
        let g = given.get(n).copied().flatten();
        let right = g.is_some_and(|g| is_correct(catalog, q, g));
        out.push_str(&crate::csvrow::row(&[
            (n + 1).to_string(),
            q.kind.as_str().to_owned(),
            q.prompt.clone(),
            g.and_then(|g| q.choices.get(g))
                .map(|c| c.text.clone())
                .unwrap_or_default(),
            q.choices
                .get(q.answer)
                .map(|c| c.text.clone())
                .unwrap_or_default(),
            right.to_string(),
            q.subject.to_string(),
        ]));
    }
    out
}
