//! Trainer mode: lessons (create, rename, reorder, note, delete, export, import), presentation on
//! a projector (answer hidden until revealed, clicker keys), quizzes drawn from the data with a
//! seed, and handouts.

use egui::{Key, Modifiers, RichText};

use crate::app::i18n::Tr;
use crate::app::images::{ImageState, Images};
use crate::app::widgets::{Action, list_title, listing_badge, meaning_key, section};
use crate::catalog::Catalog;
use crate::lessons::{Lesson, LessonItem, from_file, starter, to_file};
use crate::model::NameRole;
use crate::quiz::{QuestionKind, Quiz, Topic, generate, is_correct, results_csv};

/// Which lesson is selected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Selected {
    /// One of the trainer's own lessons.
    Own(usize),
    /// A starter lesson (read-only; can be copied).
    Starter(usize),
}

/// A lesson on the projector.
pub struct Presentation {
    /// Entries (catalog positions) with the trainer's notes.
    pub slides: Vec<(usize, Option<String>)>,
    /// The slide shown.
    pub at: usize,
    /// Whether the answer is shown.
    pub revealed: bool,
    /// Whether full screen was asked for.
    fullscreen_sent: bool,
}

/// A quiz being taken.
pub struct QuizRun {
    /// The questions.
    pub quiz: Quiz,
    /// The answer given to each question.
    pub given: Vec<Option<usize>>,
    /// The question shown.
    pub at: usize,
    /// Whether the review is shown.
    pub finished: bool,
    recorded: bool,
}

/// What to save.
pub enum TrainerWrite {
    /// A lesson created or changed.
    Save(Lesson),
    /// A lesson deleted.
    Delete(String),
    /// A finished quiz: scope, seed, questions, correct.
    Quiz(String, u64, usize, usize),
}

/// Where a quiz draws from.
#[derive(Clone, Debug, PartialEq)]
pub enum QuizSource {
    /// A topic.
    Topic(Topic),
    /// The selected lesson.
    Lesson,
}

/// The trainer's state.
pub struct Trainer {
    /// The trainer's own lessons.
    pub own: Vec<Lesson>,
    /// Lessons shipped with the app.
    pub starters: Vec<Lesson>,
    /// The selected lesson.
    pub selected: Option<Selected>,
    new_name: String,
    rename_to: String,
    /// Path for lesson export/import and results export.
    pub file_path: String,
    message: Option<String>,
    pending_import: Option<Vec<Lesson>>,
    /// The presentation, when presenting.
    pub presenting: Option<Presentation>,
    /// The quiz, when one is running.
    pub quiz: Option<QuizRun>,
    /// Quiz source.
    pub quiz_source: QuizSource,
    /// Questions asked.
    pub quiz_count: usize,
    /// The seed as typed.
    pub quiz_seed: String,
    /// Writes for the shell to save.
    pub outbox: Vec<TrainerWrite>,
    confirm_delete: bool,
}

impl Trainer {
    /// With the trainer's saved lessons.
    pub fn new(own: Vec<Lesson>) -> Trainer {
        let file_path = crate::app::prefs::home_file("fieldguide-lessons.json");
        Trainer {
            own,
            starters: starter(),
            selected: None,
            new_name: String::new(),
            rename_to: String::new(),
            file_path,
            message: None,
            pending_import: None,
            presenting: None,
            quiz: None,
            quiz_source: QuizSource::Topic(Topic::Ods),
            quiz_count: 10,
            quiz_seed: "1".to_owned(),
            outbox: Vec::new(),
            confirm_delete: false,
        }
    }

    /// The selected lesson.
    pub fn lesson(&self) -> Option<&Lesson> {
        match self.selected? {
            Selected::Own(i) => self.own.get(i),
            Selected::Starter(i) => self.starters.get(i),
        }
    }

    /// Add an entry to one of the trainer's lessons.
    pub fn add_to_lesson(&mut self, name: &str, entry: crate::model::EntryId) {
        if let Some(l) = self.own.iter_mut().find(|l| l.name == name)
            && !l.items.iter().any(|i| i.entry == entry)
        {
            l.items.push(LessonItem { entry, note: None });
            self.outbox.push(TrainerWrite::Save(l.clone()));
        }
    }

    /// Start presenting the selected lesson.
    pub fn present(&mut self, catalog: &Catalog) {
        let Some(l) = self.lesson() else { return };
        let slides: Vec<(usize, Option<String>)> = l
            .items
            .iter()
            .filter_map(|i| catalog.position(&i.entry).map(|p| (p, i.note.clone())))
            .collect();
        if !slides.is_empty() {
            self.presenting = Some(Presentation {
                slides,
                at: 0,
                revealed: false,
                fullscreen_sent: false,
            });
        }
    }

    /// Start a quiz from the chosen source.
    pub fn start_quiz(&mut self, catalog: &Catalog) {
        let seed = self.quiz_seed.trim().parse::<u64>().unwrap_or(1);
        let (scope, pool) = match &self.quiz_source {
            QuizSource::Topic(t) => (format!("topic {}", t.as_str()), t.pool(catalog)),
            QuizSource::Lesson => match self.lesson() {
                Some(l) => (
                    format!("lesson {}", l.name),
                    l.items
                        .iter()
                        .filter_map(|i| catalog.position(&i.entry))
                        .collect(),
                ),
                None => return,
            },
        };
        let quiz = generate(catalog, &pool, &scope, self.quiz_count, seed);
        let n = quiz.questions.len();
        self.quiz = Some(QuizRun {
            quiz,
            given: vec![None; n],
            at: 0,
            finished: n == 0,
            recorded: false,
        });
    }
}

/// The Class screen (when not presenting).
pub fn show(
    ui: &mut egui::Ui,
    tr: &Tr,
    loaded: &crate::app::Loaded,
    images: &mut Images,
    t: &mut Trainer,
    actions: &mut Vec<Action>,
) {
    let catalog = &loaded.catalog;
    if t.quiz.is_some() {
        quiz_view(ui, tr, catalog, images, t, actions);
        return;
    }
    egui::Panel::left("lessons")
        .exact_size(320.0)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("lesson-list")
                .show(ui, |ui| lesson_list(ui, tr, t));
        });
    egui::CentralPanel::default_margins().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .id_salt("lesson")
            .show(ui, |ui| {
                lesson_detail(ui, tr, loaded, t, actions);
                ui.separator();
                quiz_setup(ui, tr, catalog, t);
            });
    });
}

fn lesson_list(ui: &mut egui::Ui, tr: &Tr, t: &mut Trainer) {
    section(ui, tr.get("lessons-mine"));
    if t.own.is_empty() {
        ui.label(RichText::new(tr.get("lessons-none")).weak());
    }
    for i in 0..t.own.len() {
        let sel = t.selected == Some(Selected::Own(i));
        if ui.selectable_label(sel, &t.own[i].name).clicked() {
            t.selected = Some(Selected::Own(i));
            t.rename_to = t.own[i].name.clone();
            t.confirm_delete = false;
        }
    }
    ui.horizontal(|ui| {
        let l = ui.label(tr.get("lesson-new"));
        ui.add(egui::TextEdit::singleline(&mut t.new_name).desired_width(140.0))
            .labelled_by(l.id);
        if ui.button(tr.get("lesson-create")).clicked() {
            let name = t.new_name.trim().to_owned();
            let lesson = Lesson {
                name: name.clone(),
                items: Vec::new(),
            };
            if t.own.iter().any(|l| l.name == name) {
                t.message = Some(tr.fmt("lesson-exists", &[("name", &name)]));
            } else if let Err(e) = lesson.validate() {
                t.message = Some(e.to_string());
            } else {
                t.outbox.push(TrainerWrite::Save(lesson.clone()));
                t.own.push(lesson);
                t.selected = Some(Selected::Own(t.own.len() - 1));
                t.rename_to = name;
                t.new_name.clear();
            }
        }
    });
    section(ui, tr.get("lessons-starter"));
    for i in 0..t.starters.len() {
        let sel = t.selected == Some(Selected::Starter(i));
        if ui.selectable_label(sel, &t.starters[i].name).clicked() {
            t.selected = Some(Selected::Starter(i));
            t.confirm_delete = false;
        }
    }
    section(ui, tr.get("lessons-file"));
    let l = ui.label(tr.get("lessons-file-path"));
    ui.add(egui::TextEdit::singleline(&mut t.file_path).desired_width(f32::INFINITY))
        .labelled_by(l.id);
    ui.horizontal(|ui| {
        if ui.button(tr.get("lessons-export")).clicked() {
            t.message = Some(export(t, tr));
        }
        if ui.button(tr.get("lessons-import")).clicked() {
            t.message = Some(import(t, tr, false));
        }
    });
    if let Some(pending) = &t.pending_import {
        let names: Vec<&str> = pending.iter().map(|l| l.name.as_str()).collect();
        ui.label(
            RichText::new(tr.fmt("lessons-import-conflict", &[("names", &names.join(", "))]))
                .strong(),
        );
        ui.horizontal(|ui| {
            if ui.button(tr.get("lessons-import-replace")).clicked() {
                t.message = Some(import(t, tr, true));
            }
            if ui.button(tr.get("cancel")).clicked() {
                t.pending_import = None;
                t.message = Some(tr.get("lessons-import-cancelled").to_owned());
            }
        });
    }
    if let Some(m) = &t.message {
        ui.label(RichText::new(m).strong());
    }
}

fn export(t: &Trainer, tr: &Tr) -> String {
    if t.own.is_empty() {
        return tr.get("lessons-none").to_owned();
    }
    let path = std::path::Path::new(t.file_path.trim());
    let result =
        to_file(&t.own).and_then(|text| crate::files::write_atomically(path, text.as_bytes()));
    match result {
        Ok(()) => tr.fmt(
            "lessons-exported",
            &[
                ("n", &t.own.len().to_string()),
                ("path", t.file_path.trim()),
            ],
        ),
        Err(e) => e.to_string(),
    }
}

/// Read the lesson file; nothing changes unless the whole file is good, and a lesson of the same
/// name is only replaced after the trainer confirms.
fn import(t: &mut Trainer, tr: &Tr, replace: bool) -> String {
    let lessons = match t.pending_import.take().filter(|_| replace) {
        Some(l) => l,
        None => {
            let path = t.file_path.trim().to_owned();
            let read = std::fs::read(&path)
                .map_err(|e| crate::Error::io(&path, e))
                .and_then(|b| from_file(&b));
            match read {
                Ok(l) => l,
                Err(e) => return tr.fmt("lessons-import-failed", &[("error", &e.to_string())]),
            }
        }
    };
    let conflicts: Vec<Lesson> = lessons
        .iter()
        .filter(|l| t.own.iter().any(|o| o.name == l.name))
        .cloned()
        .collect();
    if !conflicts.is_empty() && !replace {
        t.pending_import = Some(lessons);
        return tr.get("lessons-import-ask").to_owned();
    }
    let n = lessons.len();
    for l in lessons {
        t.outbox.push(TrainerWrite::Save(l.clone()));
        match t.own.iter_mut().find(|o| o.name == l.name) {
            Some(o) => *o = l,
            None => t.own.push(l),
        }
    }
    tr.fmt("lessons-imported", &[("n", &n.to_string())])
}

fn lesson_detail(
    ui: &mut egui::Ui,
    tr: &Tr,
    loaded: &crate::app::Loaded,
    t: &mut Trainer,
    actions: &mut Vec<Action>,
) {
    let (catalog, store) = (&loaded.catalog, &loaded.store);
    let Some(sel) = t.selected else {
        ui.label(RichText::new(tr.get("lessons-pick")).weak());
        return;
    };
    let Some(lesson) = t.lesson().cloned() else {
        return;
    };
    ui.heading(&lesson.name);
    ui.horizontal_wrapped(|ui| {
        if ui.button(tr.get("present")).clicked() {
            t.present(catalog);
        }
        if ui.button(tr.get("quiz-from-lesson")).clicked() {
            t.quiz_source = QuizSource::Lesson;
            t.start_quiz(catalog);
        }
        if ui.button(tr.get("handout-save")).clicked() {
            let path = std::path::Path::new(t.file_path.trim()).with_extension("html");
            // The same data the entries and pictures come from (an installed pack, say).
            let result = crate::handout::lesson_page(store, catalog, tr.lang(), &lesson)
                .and_then(|html| crate::files::write_atomically(&path, html.as_bytes()));
            t.message = Some(match result {
                Ok(()) => tr.fmt("handout-saved", &[("path", &path.display().to_string())]),
                Err(e) => e.to_string(),
            });
        }
        if let Selected::Starter(_) = sel
            && ui.button(tr.get("lesson-copy")).clicked()
        {
            let mut copy = lesson.clone();
            while t.own.iter().any(|o| o.name == copy.name) {
                copy.name.push_str(" (2)");
            }
            t.outbox.push(TrainerWrite::Save(copy.clone()));
            t.own.push(copy);
            t.selected = Some(Selected::Own(t.own.len() - 1));
            t.rename_to = t.own[t.own.len() - 1].name.clone();
        }
    });
    let Selected::Own(li) = sel else {
        for item in &lesson.items {
            item_row_readonly(ui, catalog, item, actions);
        }
        return;
    };
    ui.horizontal(|ui| {
        let l = ui.label(tr.get("lesson-rename"));
        ui.add(egui::TextEdit::singleline(&mut t.rename_to).desired_width(200.0))
            .labelled_by(l.id);
        if ui.button(tr.get("lesson-rename-do")).clicked() {
            let to = t.rename_to.trim().to_owned();
            if t.own.iter().any(|o| o.name == to) {
                t.message = Some(tr.fmt("lesson-exists", &[("name", &to)]));
            } else {
                let mut renamed = t.own[li].clone();
                renamed.name = to;
                match renamed.validate() {
                    Ok(()) => {
                        t.outbox.push(TrainerWrite::Delete(t.own[li].name.clone()));
                        t.outbox.push(TrainerWrite::Save(renamed.clone()));
                        t.own[li] = renamed;
                    }
                    Err(e) => t.message = Some(e.to_string()),
                }
            }
        }
        let del = if t.confirm_delete {
            tr.get("lesson-delete-confirm")
        } else {
            tr.get("lesson-delete")
        };
        if ui.button(del).clicked() {
            if t.confirm_delete {
                let gone = t.own.remove(li);
                t.outbox.push(TrainerWrite::Delete(gone.name));
                t.selected = None;
                t.confirm_delete = false;
            } else {
                t.confirm_delete = true;
            }
        }
    });
    if t.selected.is_none() {
        return;
    }
    if lesson.items.is_empty() {
        ui.label(RichText::new(tr.get("lesson-empty")).weak());
    }
    let mut changed = false;
    let mut swap: Option<(usize, usize)> = None;
    let mut remove: Option<usize> = None;
    let n = t.own[li].items.len();
    for k in 0..n {
        let item = &mut t.own[li].items[k];
        ui.horizontal(|ui| {
            ui.label(format!("{}.", k + 1));
            match catalog.position(&item.entry) {
                Some(p) => {
                    if ui.link(&catalog.entries[p].title).clicked() {
                        actions.push(Action::Open(p));
                    }
                }
                None => {
                    ui.label(
                        RichText::new(tr.fmt("favourite-missing", &[("id", item.entry.as_str())]))
                            .weak(),
                    );
                }
            }
            if ui
                .add_enabled(k > 0, egui::Button::new("↑"))
                .on_hover_text(tr.get("move-up"))
                .clicked()
            {
                swap = Some((k, k - 1));
            }
            if ui
                .add_enabled(k + 1 < n, egui::Button::new("↓"))
                .on_hover_text(tr.get("move-down"))
                .clicked()
            {
                swap = Some((k, k + 1));
            }
            if ui.button("✕").on_hover_text(tr.get("remove")).clicked() {
                remove = Some(k);
            }
        });
        let mut note = item.note.clone().unwrap_or_default();
        let l = ui.label(RichText::new(tr.get("lesson-note")).weak());
        let r = ui
            .add(egui::TextEdit::singleline(&mut note).desired_width(f32::INFINITY))
            .labelled_by(l.id);
        if r.changed() {
            item.note = (!note.trim().is_empty()).then_some(note);
        }
        if r.lost_focus() {
            changed = true;
        }
    }
    if let Some((a, b)) = swap {
        t.own[li].items.swap(a, b);
        changed = true;
    }
    if let Some(k) = remove {
        t.own[li].items.remove(k);
        changed = true;
    }
    if changed {
        t.outbox.push(TrainerWrite::Save(t.own[li].clone()));
    }
}

fn item_row_readonly(
    ui: &mut egui::Ui,
    catalog: &Catalog,
    item: &LessonItem,
    actions: &mut Vec<Action>,
) {
    ui.horizontal_wrapped(|ui| {
        if let Some(p) = catalog.position(&item.entry)
            && ui.link(&catalog.entries[p].title).clicked()
        {
            actions.push(Action::Open(p));
        }
        if let Some(n) = &item.note {
            ui.label(RichText::new(n).italics().weak());
        }
    });
}

fn quiz_setup(ui: &mut egui::Ui, tr: &Tr, catalog: &Catalog, t: &mut Trainer) {
    section(ui, tr.get("quiz"));
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(tr.get("quiz-topic"));
        let current = match &t.quiz_source {
            QuizSource::Topic(tp) => tr.get(&format!("topic-{}", tp.as_str())).to_owned(),
            QuizSource::Lesson => tr.get("quiz-selected-lesson").to_owned(),
        };
        egui::ComboBox::from_id_salt("quiz-topic")
            .selected_text(current)
            .show_ui(ui, |ui| {
                for tp in Topic::ALL {
                    ui.selectable_value(
                        &mut t.quiz_source,
                        QuizSource::Topic(tp),
                        tr.get(&format!("topic-{}", tp.as_str())),
                    );
                }
                if t.selected.is_some() {
                    ui.selectable_value(
                        &mut t.quiz_source,
                        QuizSource::Lesson,
                        tr.get("quiz-selected-lesson"),
                    );
                }
            })
            .response
            .labelled_by(l.id);
        let l = ui.label(tr.get("quiz-count"));
        ui.add(egui::Slider::new(&mut t.quiz_count, 1..=40))
            .labelled_by(l.id);
        let l = ui.label(tr.get("quiz-seed"));
        ui.add(egui::TextEdit::singleline(&mut t.quiz_seed).desired_width(80.0))
            .labelled_by(l.id);
        if ui.button(tr.get("quiz-start")).clicked() {
            t.start_quiz(catalog);
        }
    });
    ui.label(RichText::new(tr.get("quiz-seed-help")).weak());
}

fn picture(ui: &mut egui::Ui, images: &mut Images, id: i64, max: egui::Vec2) {
    match images.get(id) {
        ImageState::Ready(tex) => {
            ui.add(egui::Image::new(tex).max_size(max));
        }
        ImageState::Pending => {
            ui.spinner();
        }
        ImageState::Failed(e) => {
            ui.label(e.to_owned());
        }
    }
}

/// The question's wording in the interface language.
pub fn prompt(tr: &Tr, kind: QuestionKind, clue: &str) -> String {
    tr.fmt(
        &format!("quiz-q-{}", kind.as_str().replace('_', "-")),
        &[("clue", clue)],
    )
}

fn quiz_view(
    ui: &mut egui::Ui,
    tr: &Tr,
    catalog: &Catalog,
    images: &mut Images,
    t: &mut Trainer,
    actions: &mut Vec<Action>,
) {
    let Some(run) = &mut t.quiz else { return };
    let n = run.quiz.questions.len();
    let mut close = false;
    egui::CentralPanel::default_margins().show(ui, |ui| {
        egui::ScrollArea::vertical().id_salt("quiz").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(tr.fmt(
                        "quiz-header",
                        &[
                            ("scope", &run.quiz.scope),
                            ("seed", &run.quiz.seed.to_string()),
                        ],
                    ))
                    .weak(),
                );
                if ui.button(tr.get("quiz-close")).clicked() {
                    close = true;
                }
            });
            if run.finished {
                let right = (0..n)
                    .filter(|&i| {
                        run.given[i].is_some_and(|g| is_correct(catalog, &run.quiz.questions[i], g))
                    })
                    .count();
                if !run.recorded {
                    t.outbox.push(TrainerWrite::Quiz(
                        run.quiz.scope.clone(),
                        run.quiz.seed,
                        n,
                        right,
                    ));
                    run.recorded = true;
                }
                ui.heading(tr.fmt(
                    "quiz-score",
                    &[("right", &right.to_string()), ("n", &n.to_string())],
                ));
                for (i, q) in run.quiz.questions.iter().enumerate() {
                    let g = run.given[i];
                    if g.is_some_and(|g| is_correct(catalog, q, g)) {
                        continue;
                    }
                    section(ui, &format!("{}. {}", i + 1, prompt(tr, q.kind, &q.clue)));
                    if let Some(g) = g.and_then(|g| q.choices.get(g)) {
                        ui.label(tr.fmt("quiz-your-answer", &[("answer", &g.text)]));
                    }
                    let right_text = q
                        .choices
                        .get(q.answer)
                        .map(|c| c.text.clone())
                        .unwrap_or_default();
                    ui.label(
                        RichText::new(tr.fmt("quiz-right-answer", &[("answer", &right_text)]))
                            .strong(),
                    );
                    if let Some(p) = catalog.position(&q.subject)
                        && ui
                            .link(
                                tr.fmt("quiz-open-entry", &[("title", &catalog.entries[p].title)]),
                            )
                            .clicked()
                    {
                        actions.push(Action::Open(p));
                    }
                }
                ui.horizontal(|ui| {
                    let l = ui.label(tr.get("lessons-file-path"));
                    ui.add(egui::TextEdit::singleline(&mut t.file_path).desired_width(320.0))
                        .labelled_by(l.id);
                    if ui.button(tr.get("quiz-export")).clicked() {
                        let path = std::path::Path::new(t.file_path.trim()).with_extension("csv");
                        let csv = results_csv(catalog, &run.quiz, &run.given);
                        t.message = Some(
                            match crate::files::write_atomically(&path, csv.as_bytes()) {
                                Ok(()) => tr
                                    .fmt("handout-saved", &[("path", &path.display().to_string())]),
                                Err(e) => e.to_string(),
                            },
                        );
                    }
                });
                if let Some(m) = &t.message {
                    ui.label(m);
                }
                return;
            }
            let q = &run.quiz.questions[run.at];
            ui.label(
                RichText::new(tr.fmt(
                    "quiz-progress",
                    &[("at", &(run.at + 1).to_string()), ("n", &n.to_string())],
                ))
                .weak(),
            );
            ui.label(
                RichText::new(prompt(tr, q.kind, &q.clue))
                    .size(24.0)
                    .strong(),
            );
            if let Some(img) = q.image {
                picture(ui, images, img, egui::vec2(420.0, 320.0));
            }
            let keys = [Key::Num1, Key::Num2, Key::Num3, Key::Num4];
            let pressed =
                ui.input_mut(|i| keys.iter().position(|k| i.consume_key(Modifiers::NONE, *k)));
            let answered = run.given[run.at];
            for (ci, c) in q.choices.iter().enumerate() {
                let mut text = RichText::new(format!("{}. {}", ci + 1, c.text)).size(20.0);
                if let Some(g) = answered {
                    if ci == q.answer {
                        text = text.color(egui::Color32::from_rgb(0, 120, 0)).strong();
                    } else if ci == g {
                        text = text
                            .color(egui::Color32::from_rgb(190, 0, 0))
                            .strikethrough();
                    }
                }
                let clicked = ui
                    .add_enabled(answered.is_none(), egui::Button::new(text))
                    .clicked();
                if answered.is_none() && (clicked || pressed == Some(ci)) {
                    run.given[run.at] = Some(ci);
                }
            }
            if let Some(g) = run.given[run.at] {
                let key = if is_correct(catalog, q, g) {
                    "quiz-correct"
                } else {
                    "quiz-wrong"
                };
                ui.label(RichText::new(tr.get(key)).size(20.0).strong());
                let next = ui.button(tr.get("quiz-next")).clicked()
                    || ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Enter));
                if next {
                    if run.at + 1 < n {
                        run.at += 1;
                    } else {
                        run.finished = true;
                    }
                }
            }
        });
    });
    if close {
        t.quiz = None;
        t.message = None;
    }
}

/// Presentation keys: → PgDn Space reveal, then advance; ← PgUp go back; Enter toggles the answer;
/// Esc ends. Returns false when the presentation ended.
pub fn presentation_keys(ctx: &egui::Context, p: &mut Presentation) -> bool {
    let (next, prev, toggle, end) = ctx.input_mut(|i| {
        let mut any = |keys: &[Key]| keys.iter().any(|k| i.consume_key(Modifiers::NONE, *k));
        (
            any(&[Key::ArrowRight, Key::PageDown, Key::Space]),
            any(&[Key::ArrowLeft, Key::PageUp]),
            any(&[Key::Enter]),
            any(&[Key::Escape]),
        )
    });
    if next {
        if !p.revealed {
            p.revealed = true;
        } else if p.at + 1 < p.slides.len() {
            p.at += 1;
            p.revealed = false;
        }
    }
    if prev {
        if p.revealed {
            p.revealed = false;
        } else if p.at > 0 {
            p.at -= 1;
            p.revealed = true;
        }
    }
    if toggle {
        p.revealed = !p.revealed;
    }
    !end
}

/// One slide, full screen, very large type.
pub fn presentation(
    ui: &mut egui::Ui,
    tr: &Tr,
    catalog: &Catalog,
    relations: &crate::app::relations::Relations,
    images: &mut Images,
    p: &mut Presentation,
) {
    if !p.fullscreen_sent {
        ui.ctx()
            .send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
        p.fullscreen_sent = true;
    }
    let Some((entry, note)) = p.slides.get(p.at).cloned() else {
        return;
    };
    let e = &catalog.entries[entry];
    let picture_id = e
        .photos
        .first()
        .map(|ph| ph.image)
        .or(e.label.as_ref().and_then(|l| l.image));
    egui::CentralPanel::default_margins().show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(tr.fmt(
                    "slide-of",
                    &[
                        ("at", &(p.at + 1).to_string()),
                        ("n", &p.slides.len().to_string()),
                    ],
                ))
                .weak(),
            );
            ui.label(RichText::new(tr.get("slide-keys")).weak());
        });
        let avail = ui.available_size();
        ui.vertical_centered(|ui| {
            if p.revealed {
                ui.label(RichText::new(&e.title).size(56.0).strong());
                ui.horizontal_wrapped(|ui| {
                    for l in &e.listings {
                        listing_badge(ui, l);
                        ui.label(RichText::new(list_title(tr, l.instrument, &l.list)).size(28.0));
                    }
                });
                for l in &e.listings {
                    ui.label(RichText::new(tr.get(&meaning_key(l))).size(24.0));
                }
                if e.listings.is_empty() && e.kind != crate::model::Kind::Label {
                    match relations.listed_members(entry) {
                        Some((n, _, strictest)) => {
                            ui.label(RichText::new(tr.get("verdict-members")).size(28.0).strong());
                            let note = tr.fmt(
                                "verdict-members-note",
                                &[("n", &n.to_string()), ("listing", strictest)],
                            );
                            ui.label(RichText::new(note).size(22.0));
                        }
                        None => {
                            ui.label(RichText::new(tr.get("verdict-not-listed")).size(28.0));
                        }
                    }
                }
                if let Some(l) = &e.label {
                    ui.label(RichText::new(&l.meaning).size(24.0));
                }
                if let Some(pid) = picture_id {
                    picture(ui, images, pid, egui::vec2(avail.x * 0.5, avail.y * 0.35));
                }
                if let Some(n) = &note {
                    ui.label(RichText::new(n).size(22.0).italics());
                }
            } else {
                match picture_id {
                    // A slide that shows the picture alone.
                    Some(pid) => picture(ui, images, pid, egui::vec2(avail.x * 0.9, avail.y * 0.8)),
                    None => {
                        ui.add_space(avail.y * 0.25);
                        ui.label(RichText::new(clue(e)).size(64.0).strong());
                    }
                }
                ui.label(RichText::new(tr.get("slide-guess")).size(28.0).weak());
            }
        });
    });
}

/// What a slide without a picture shows before the answer: a trade name, a code, or a formula.
fn clue(e: &crate::model::Entry) -> String {
    e.names
        .iter()
        .find(|n| matches!(n.role, NameRole::Trade | NameRole::Designation))
        .map(|n| n.text.clone())
        .or_else(|| e.cas.first().map(|c| format!("CAS {}", c.as_str())))
        .or_else(|| e.formula.as_ref().map(|f| f.as_str().to_owned()))
        .or_else(|| e.scientific_name().map(str::to_owned))
        .unwrap_or_else(|| "?".to_owned())
}
