//! The desktop app driven through its accessibility tree (egui_kittest, no GPU): what an officer
//! types, clicks and reads.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use fieldguide::app::i18n::{Lang, Tr};
use fieldguide::app::state::Screen;
use fieldguide::app::{FieldGuideApp, Loaded, Startup};

mod common;

struct Shell {
    app: Option<FieldGuideApp>,
    pending: Option<((Loaded, fieldguide::store::Store), Startup)>,
}

impl Shell {
    fn app(&self) -> &FieldGuideApp {
        self.app.as_ref().unwrap()
    }
}

fn harness(startup: Startup) -> Harness<'static, Shell> {
    harness_over(None, startup)
}

fn harness_over(db: Option<&std::path::Path>, startup: Startup) -> Harness<'static, Shell> {
    let loaded = Loaded::open(db).unwrap();
    let mut h = Harness::builder()
        .with_size([1280.0, 900.0])
        .build_ui_state(
            |ui, shell: &mut Shell| {
                if shell.app.is_none() {
                    let (loaded, startup) = shell.pending.take().unwrap();
                    shell.app = Some(FieldGuideApp::with_loaded(ui.ctx(), loaded, startup));
                }
                shell.app.as_mut().unwrap().show(ui);
            },
            Shell {
                app: None,
                pending: Some((loaded, startup)),
            },
        );
    h.run();
    h
}

fn type_query(h: &mut Harness<'static, Shell>, text: &str) {
    let en = Tr::new(Lang::En);
    h.get_by_role_and_label(Role::TextInput, en.get("search-label"))
        .type_text(text);
    h.run();
}

fn title_of(h: &Harness<'static, Shell>, hit: usize) -> String {
    let app = h.state().app();
    let loaded = app.loaded().unwrap();
    let entry = app.session.hits[hit].entry;
    loaded.catalog.entries[entry].title.clone()
}

/// The accessible label of the first result row ("title — why: matched text").
fn first_row_label(h: &Harness<'static, Shell>) -> String {
    h.get_all_by_role(Role::Button)
        .map(|n| n.accesskit_node().label().unwrap_or_default())
        .find(|l| l.contains(" — "))
        .unwrap()
}

#[test]
fn freon_12_lists_cfc_12_first_and_its_entry_shows_cas_and_annex_a() {
    let mut h = harness(Startup::memory(None));
    type_query(&mut h, "freon 12");
    assert_eq!(title_of(&h, 0), "CFC-12");
    // The first result row in the tree is CFC-12, and it says why it matched.
    let first_row = first_row_label(&h);
    assert!(first_row.starts_with("CFC-12 — trade name"), "{first_row}");
    // Enter opens it: CAS RN and the Annex A listing are on screen.
    h.key_press(egui::Key::Enter);
    h.run();
    h.get_by_label("75-71-8");
    assert!(h.query_all_by_label_contains("Annex A").count() >= 1);
    h.get_by_label("CONTROLLED");
}

#[test]
fn the_species_filter_narrows_the_results() {
    let mut h = harness(Startup::memory(None));
    type_query(&mut h, "aloe");
    let before = h.state().app().session.hits.len();
    let kinds = |h: &Harness<'static, Shell>| {
        let app = h.state().app();
        let c = &app.loaded().unwrap().catalog;
        app.session
            .hits
            .iter()
            .map(|hit| c.entries[hit.entry].kind)
            .collect::<Vec<_>>()
    };
    assert!(
        kinds(&h)
            .iter()
            .any(|k| *k != fieldguide::model::Kind::Taxon)
    );
    let en = Tr::new(Lang::En);
    h.get_by_label(en.get("kind-taxon")).click();
    h.run();
    let after = kinds(&h);
    assert!(
        !after.is_empty() && after.len() < before,
        "{before} → {}",
        after.len()
    );
    assert!(after.iter().all(|k| *k == fieldguide::model::Kind::Taxon));
}

#[test]
fn keyboard_navigation_opens_an_entry_and_history_goes_back() {
    let mut h = harness(Startup::memory(None));
    type_query(&mut h, "freon");
    let second = title_of(&h, 1);
    h.key_press(egui::Key::ArrowDown);
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    let app = h.state().app();
    assert_eq!(app.session.cursor, Some(1));
    assert_eq!(
        app.session.recent.first().map(String::as_str),
        Some("freon")
    );
    // The entry view's heading is the second result's title.
    assert!(
        h.query_all_by_label(&second).count() >= 2,
        "heading and row for {second}"
    );
    // Open a linked entry, then Alt+← comes back.
    let before = h.state().app().session.current;
    h.state_mut().app.as_mut().unwrap().session.open(0);
    h.run();
    h.key_press_modifiers(egui::Modifiers::ALT, egui::Key::ArrowLeft);
    h.run();
    assert_eq!(h.state().app().session.current, before);
    // Esc returns to the search box; Ctrl+F from another screen too.
    h.state_mut().app.as_mut().unwrap().screen = Screen::About;
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    h.run();
    assert_eq!(h.state().app().screen, Screen::Search);
}

#[test]
fn switching_to_french_shows_french_interface_text() {
    let mut h = harness(Startup::memory(None));
    let fr = Tr::new(Lang::Fr);
    let en = Tr::new(Lang::En);
    assert_ne!(fr.get("tab-settings"), en.get("tab-settings"));
    h.get_by_label("FR").click();
    h.run();
    h.get_by_label(fr.get("tab-settings"));
    h.get_by_label(fr.get("tab-tools"));
    assert!(h.query_by_label(en.get("tab-settings")).is_none());
}

#[test]
fn a_nonsense_query_shows_the_not_found_guidance() {
    let mut h = harness(Startup::memory(None));
    type_query(&mut h, "qqxzvvqj");
    let en = Tr::new(Lang::En);
    h.get_by_label(en.get("not-found-title"));
    h.get_by_label(en.get("not-found-body"));
}

#[test]
fn a_weak_query_offers_the_families_that_may_cover_it() {
    let mut h = harness(Startup::memory(None));
    type_query(&mut h, "PFOS potassium salt xyz");
    let en = Tr::new(Lang::En);
    assert!(!h.state().app().session.covering.is_empty());
    h.get_by_label(en.get("not-found-families"));
}

#[test]
fn favourites_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("user.sqlite");
    {
        let mut h = harness(Startup::open(&path));
        type_query(&mut h, "freon 12");
        h.key_press(egui::Key::Enter);
        h.run();
        h.get_by_label("☆").click();
        h.run();
        h.get_by_label("★");
    } // The app drops here and its writer finishes.
    let mut h = harness(Startup::open(&path));
    let favs = &h.state().app().session.favourites;
    assert_eq!(favs.len(), 1);
    assert_eq!(favs[0].as_str(), "chem:cfc-12");
    assert_eq!(h.state().app().session.recent, ["freon 12"]);
    h.state_mut().app.as_mut().unwrap().screen = Screen::Saved;
    h.run();
    h.get_by_label("CFC-12");
}

#[test]
fn settings_survive_a_restart_and_an_unusable_file_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("user.sqlite");
    {
        let mut h = harness(Startup::open(&path));
        h.get_by_label("RU").click();
        h.run();
    }
    let h = harness(Startup::open(&path));
    assert_eq!(h.state().app().settings.lang, Lang::Ru);
    drop(h);
    let bad = dir.path().join("bad.sqlite");
    std::fs::write(&bad, b"not a database at all, just text").unwrap();
    let h = harness(Startup::open(&bad));
    assert!(h.state().app().user_error.is_some());
    h.get_by_label(Tr::new(Lang::En).get("user-data-unavailable"));
    assert_eq!(
        std::fs::read(&bad).unwrap(),
        b"not a database at all, just text"
    );
}

#[test]
fn the_tools_work_from_the_keyboard() {
    let mut h = harness(Startup::memory(None));
    let en = Tr::new(Lang::En);
    h.get_by_label(en.get("tab-tools")).click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, en.get("tool-hs-input"))
        .type_text("2903.77");
    h.run();
    h.get_by_label("CFC-12");
    h.get_by_label(en.get("tool-list")).click();
    h.run();
    h.get_by_role_and_label(Role::MultilineTextInput, en.get("tool-list-input"))
        .click();
    h.run();
    h.get_by_role_and_label(Role::MultilineTextInput, en.get("tool-list-input"))
        .type_text("Freon 12 13.6 kg\nqqxzvvqj");
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Enter);
    h.run();
    h.get_by_label(en.get("status-controlled"));
    h.get_by_label(en.get("status-no-match"));
}

#[test]
fn presentation_mode_reveals_and_advances_by_keyboard() {
    let mut h = harness(Startup::memory(None));
    let en = Tr::new(Lang::En);
    h.get_by_label(en.get("tab-class")).click();
    h.run();
    h.get_by_label("Pangolins").click();
    h.run();
    h.get_by_label(en.get("present")).click();
    h.run();
    let at = |h: &Harness<'static, Shell>| {
        let p = h.state().app().trainer.presenting.as_ref().unwrap();
        (p.at, p.revealed)
    };
    assert_eq!(at(&h), (0, false));
    // Hidden: the class guesses; the answer is not on screen.
    h.get_by_label(en.get("slide-guess"));
    assert!(h.query_by_label("Pangolins (Manidae)").is_none());
    h.key_press(egui::Key::Space);
    h.run();
    assert_eq!(at(&h), (0, true));
    h.get_by_label("Pangolins (Manidae)");
    h.key_press(egui::Key::PageDown);
    h.run();
    assert_eq!(at(&h), (1, false));
    h.key_press(egui::Key::ArrowRight);
    h.run();
    h.key_press(egui::Key::ArrowRight);
    h.run();
    assert_eq!(at(&h), (2, false));
    h.key_press(egui::Key::PageUp);
    h.run();
    assert_eq!(at(&h), (1, true));
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(h.state().app().trainer.presenting.is_none());
}

#[test]
fn a_quiz_in_the_app_is_the_command_line_s_quiz_for_the_same_seed() {
    let mut h = harness(Startup::memory(None));
    let en = Tr::new(Lang::En);
    h.get_by_label(en.get("tab-class")).click();
    h.run();
    {
        let t = &mut h.state_mut().app.as_mut().unwrap().trainer;
        t.quiz_source =
            fieldguide::app::trainer::QuizSource::Topic(fieldguide::quiz::Topic::Labels);
        t.quiz_count = 4;
        t.quiz_seed = "5".to_owned();
    }
    h.run();
    h.get_by_label(en.get("quiz-start")).click();
    settle(&mut h);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_fieldguide"))
        .args([
            "quiz", "--topic", "labels", "--count", "4", "--seed", "5", "--json",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let cli: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let app_quiz = &h.state().app().trainer.quiz.as_ref().unwrap().quiz;
    assert_eq!(serde_json::to_value(app_quiz).unwrap(), cli);
    // Answer every question with the keyboard: 1, then Enter.
    for _ in 0..4 {
        h.key_press(egui::Key::Num1);
        settle(&mut h);
        h.key_press(egui::Key::Enter);
        settle(&mut h);
    }
    let run = h.state().app().trainer.quiz.as_ref().unwrap();
    assert!(run.finished);
    assert!(run.given.iter().all(|g| *g == Some(0)));
    let right = app_quiz_right(&h);
    h.get_by_label(&en.fmt("quiz-score", &[("right", &right.to_string()), ("n", "4")]));
}

/// Step until pictures have decoded (they load on a worker thread).
fn settle(h: &mut Harness<'static, Shell>) {
    for _ in 0..200 {
        h.step();
        if !h.state().app().images_busy() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    h.step();
}

fn app_quiz_right(h: &Harness<'static, Shell>) -> usize {
    let app = h.state().app();
    let run = app.trainer.quiz.as_ref().unwrap();
    run.quiz.questions.iter().filter(|q| q.answer == 0).count()
}

#[test]
fn a_corrupt_reference_database_falls_back_to_the_embedded_one_with_a_visible_message() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("damaged.sqlite");
    std::fs::write(&bad, b"SQLite format 3\0 but then nothing useful at all").unwrap();
    let mut h = harness_over(Some(&bad), Startup::memory(None));
    let en = Tr::new(Lang::En);
    let warning = h.state().app().loaded().unwrap().warning.clone().unwrap();
    assert!(warning.contains("damaged.sqlite"), "{warning}");
    h.get_by_label(en.get("data-fallback"));
    // The embedded data works.
    type_query(&mut h, "freon 12");
    assert_eq!(title_of(&h, 0), "CFC-12");
}

#[test]
fn an_inspection_is_recorded_from_the_app_and_notes_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("user.sqlite");
    let en = Tr::new(Lang::En);
    {
        let mut h = harness(Startup::open(&path));
        type_query(&mut h, "freon 12");
        h.key_press(egui::Key::Enter);
        h.run();
        h.get_by_role_and_label(Role::MultilineTextInput, en.get("section-my-note"))
            .click();
        h.run();
        h.get_by_role_and_label(Role::MultilineTextInput, en.get("section-my-note"))
            .type_text("Seen at port A in 2025");
        h.run();
        h.get_by_label(en.get("tab-log")).click();
        h.run();
        h.get_by_role_and_label(Role::TextInput, en.get("log-place"))
            .click();
        h.run();
        h.get_by_role_and_label(Role::TextInput, en.get("log-place"))
            .type_text("Port A, berth 4");
        h.run();
        h.get_by_label(en.get("decision-seized")).click();
        h.run();
        h.get_by_label(en.get("log-record")).click();
        h.run();
        // The writer thread answers with the log as the file holds it.
        for _ in 0..100 {
            if !h.state().app().log.records.is_empty() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
            h.step();
        }
        let l = &h.state().app().log;
        assert!(
            !l.records.is_empty(),
            "place {:?}, message {:?}",
            l.place,
            l.message
        );
        let rec = &h.state().app().log.records[0];
        assert_eq!(rec.place, "Port A, berth 4");
        assert_eq!(rec.entry.as_ref().map(|e| e.as_str()), Some("chem:cfc-12"));
        assert_eq!(rec.decision, fieldguide::userdata::Decision::Seized);
    }
    let store = fieldguide::store::UserStore::open(&path).unwrap();
    assert_eq!(store.log().unwrap().len(), 1);
    let id: fieldguide::model::EntryId = "chem:cfc-12".parse().unwrap();
    assert_eq!(
        store.note(&id).unwrap().as_deref(),
        Some("Seen at port A in 2025")
    );
}

#[test]
fn ivory_finds_the_elephants_and_their_entry_says_how_to_recognise_it() {
    let mut h = harness(Startup::memory(None));
    type_query(&mut h, "ivory");
    let title = title_of(&h, 0);
    assert!(title.ends_with("elephant"), "{title}");
    // The row says it matched as a part in trade.
    let first_row = first_row_label(&h);
    assert!(first_row.contains("traded as: Ivory"), "{first_row}");
    h.key_press(egui::Key::Enter);
    h.run();
    let en = Tr::new(Lang::En);
    h.get_by_label(en.get("section-products"));
    h.get_by_label(en.get("section-lookalikes"));
    h.get_by_label("Mammoth ivory");
}

#[test]
fn a_listing_shows_its_source_and_its_date_in_force_or_that_none_is_recorded() {
    let dir = tempfile::tempdir().unwrap();
    let db = common::fixture_db(dir.path());
    let en = Tr::new(Lang::En);
    let mut h = harness_over(Some(&db), Startup::memory(None));
    type_query(&mut h, "rainbow lorikeet");
    h.key_press(egui::Key::Enter);
    h.run();
    // Inherited from the order: the order's listing source is named, and no date is invented.
    h.get_by_label(en.get("in-force-unknown"));
    h.get_by_label("Source: CITES Secretariat, Appendices valid from 5 March 2026, Psittaciformes");
    let mut h = harness_over(Some(&db), Startup::memory(None));
    type_query(&mut h, "grey parrot");
    h.key_press(egui::Key::Enter);
    h.run();
    h.get_by_label("in force since 2017-01-02");
    assert!(h.query_by_label(en.get("in-force-unknown")).is_none());
}

#[test]
fn the_window_size_is_saved_unscaled_so_a_large_interface_does_not_shrink_the_window() {
    // egui reports the window in points after the interface scale; the window opens in points
    // before it. (The test harness has no real window, so the conversion is checked directly.)
    let at_150 = egui::Vec2::new(1000.0, 700.0) / 1.5;
    let saved = fieldguide::app::native_size(at_150, 1.5);
    assert!(
        (saved - egui::Vec2::new(1000.0, 700.0)).length() < 0.01,
        "{saved:?}"
    );
    assert_eq!(fieldguide::app::native_size(at_150, 1.0), at_150);
}
