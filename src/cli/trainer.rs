//! The trainer's commands: `quiz`, `lesson list|show|create|rename|delete|export|import`, and
//! `handout`.

use std::path::Path;

use crate::catalog::Catalog;
use crate::cli::commands::{print, to_json_line};
use crate::cli::user::user_path;
use crate::cli::{LessonAction, Outcome};
use crate::error::{Error, Result};
use crate::files::write_atomically;
use crate::lessons::{Lesson, LessonItem, from_file, starter, to_file};
use crate::quiz::{Topic, generate};
use crate::store::UserStore;

/// A lesson by name: the trainer's own first, then the starter lessons.
pub fn find_lesson(name: &str, data_dir: Option<&Path>) -> Result<Lesson> {
    let path = user_path(data_dir)?;
    if path.exists() {
        let user = UserStore::open(&path)?;
        if let Some(l) = user.lessons()?.into_iter().find(|l| l.name == name) {
            return Ok(l);
        }
    }
    starter()
        .into_iter()
        .find(|l| l.name == name)
        .ok_or_else(|| {
            Error::NotFound(format!(
                "no lesson named {name:?} (see `fieldguide lesson list`)"
            ))
        })
}

/// `fieldguide quiz`
pub fn quiz(
    catalog: &Catalog,
    lesson: Option<&str>,
    topic: Option<&str>,
    count: usize,
    seed: u64,
    json: bool,
    data_dir: Option<&Path>,
) -> Result<Outcome> {
    let (scope, pool) = match (lesson, topic) {
        (Some(name), _) => {
            let l = find_lesson(name, data_dir)?;
            let pool = l
                .items
                .iter()
                .filter_map(|i| catalog.position(&i.entry))
                .collect();
            (format!("lesson {name}"), pool)
        }
        (None, Some(t)) => {
            let t = Topic::parse(t)?;
            (format!("topic {}", t.as_str()), t.pool(catalog))
        }
        (None, None) => ("topic all".to_owned(), Topic::All.pool(catalog)),
    };
    let quiz = generate(catalog, &pool, &scope, count, seed);
    if json {
        print(&to_json_line(&quiz)?)?;
    } else {
        let mut s = format!(
            "Quiz: {} · seed {} · {} questions\n",
            quiz.scope,
            quiz.seed,
            quiz.questions.len()
        );
        for (n, q) in quiz.questions.iter().enumerate() {
            s.push_str(&format!("\n{}. {}", n + 1, q.prompt));
            if let Some(img) = q.image {
                s.push_str(&format!(" [picture {img}]"));
            }
            s.push('\n');
            for (i, c) in q.choices.iter().enumerate() {
                s.push_str(&format!("   {}) {}\n", (b'A' + i as u8) as char, c.text));
            }
        }
        print(&s)?;
    }
    Ok(if quiz.questions.is_empty() {
        Outcome::NothingFound
    } else {
        Outcome::Ok
    })
}

/// `fieldguide lesson …`
pub fn lesson(catalog: &Catalog, action: LessonAction, data_dir: Option<&Path>) -> Result<Outcome> {
    let open = || UserStore::open(&user_path(data_dir)?);
    match action {
        LessonAction::List => {
            let mut s = String::new();
            let path = user_path(data_dir)?;
            let own = if path.exists() {
                UserStore::open(&path)?.lessons()?
            } else {
                Vec::new()
            };
            for l in &own {
                s.push_str(&format!("{}\t{} entries\n", l.name, l.items.len()));
            }
            for l in starter() {
                if !own.iter().any(|o| o.name == l.name) {
                    s.push_str(&format!(
                        "{}\t{} entries\t(starter)\n",
                        l.name,
                        l.items.len()
                    ));
                }
            }
            print(&s)?;
        }
        LessonAction::Show { name, json } => {
            let l = find_lesson(&name, data_dir)?;
            if json {
                print(&to_json_line(&l)?)?;
            } else {
                let mut s = format!("{}\n", l.name);
                for (n, i) in l.items.iter().enumerate() {
                    let title = catalog
                        .get(&i.entry)
                        .map_or("(not in this data)", |e| e.title.as_str());
                    s.push_str(&format!("{:>3}. {title} [{}]\n", n + 1, i.entry));
                    if let Some(note) = &i.note {
                        s.push_str(&format!("     {note}\n"));
                    }
                }
                print(&s)?;
            }
        }
        LessonAction::Create { name, entries } => {
            let user = open()?;
            if user.has_lesson(&name)? {
                return Err(Error::Refused(format!(
                    "a lesson named {name:?} already exists; nothing was changed"
                )));
            }
            let mut items = Vec::new();
            for key in entries {
                let found = catalog.resolve(&key)?;
                let e = found
                    .first()
                    .ok_or_else(|| Error::NotFound(format!("no entry {key:?}")))?;
                items.push(LessonItem {
                    entry: e.id.clone(),
                    note: None,
                });
            }
            user.save_lesson(&Lesson {
                name: name.clone(),
                items,
            })?;
            print(&format!("created lesson {name:?}\n"))?;
        }
        LessonAction::Rename { from, to } => {
            open()?.rename_lesson(&from, &to)?;
            print(&format!("renamed {from:?} to {to:?}\n"))?;
        }
        LessonAction::Delete { name } => {
            open()?.delete_lesson(&name)?;
            print(&format!("deleted lesson {name:?}\n"))?;
        }
        LessonAction::Export { names, out } => {
            let chosen: Vec<Lesson> = if names.is_empty() {
                open()?.lessons()?
            } else {
                names
                    .iter()
                    .map(|n| find_lesson(n, data_dir))
                    .collect::<Result<_>>()?
            };
            if chosen.is_empty() {
                return Err(Error::NotFound("no lessons to export".to_owned()));
            }
            write_atomically(&out, to_file(&chosen)?.as_bytes())?;
            print(&format!(
                "exported {} lesson(s) to {}\n",
                chosen.len(),
                out.display()
            ))?;
        }
        LessonAction::Import { file, replace } => {
            let bytes = std::fs::read(&file).map_err(|e| Error::io(&file, e))?;
            let lessons = from_file(&bytes)
                .map_err(|e| Error::Refused(format!("{}: {e}", file.display())))?;
            let user = open()?;
            // Check everything before writing anything: an import is all or nothing.
            if !replace {
                for l in &lessons {
                    if user.has_lesson(&l.name)? {
                        return Err(Error::Refused(format!(
                            "a lesson named {:?} already exists; nothing was imported (use --replace to overwrite it, or rename yours first)",
                            l.name
                        )));
                    }
                }
            }
            let mut missing = 0;
            for l in &lessons {
                missing += l.missing(catalog).len();
                user.save_lesson(l)?;
            }
            let mut msg = format!("imported {} lesson(s)", lessons.len());
            if missing > 0 {
                msg.push_str(&format!(
                    "; {missing} entries are not in this data and will show as missing"
                ));
            }
            print(&format!("{msg}\n"))?;
        }
    }
    Ok(Outcome::Ok)
}

/// `fieldguide handout`
pub fn handout(
    db: Option<&Path>,
    lesson: Option<&str>,
    entry: Option<&str>,
    out: &Path,
    lang: &str,
    data_dir: Option<&Path>,
) -> Result<Outcome> {
    let (store, catalog) = Catalog::open(db)?;
    let lang = crate::app::i18n::Lang::from_code(lang)
        .ok_or_else(|| Error::parse("language", lang, "one of en, fr, es, zh, ru"))?;
    let html = match (lesson, entry) {
        (Some(name), _) => {
            crate::handout::lesson_page(&store, &catalog, lang, &find_lesson(name, data_dir)?)?
        }
        (None, Some(key)) => {
            let found = catalog.resolve(key)?;
            let e = found
                .first()
                .ok_or_else(|| Error::NotFound(format!("no entry {key:?}")))?;
            crate::handout::entry_page(&store, &catalog, lang, e)
        }
        (None, None) => {
            return Err(Error::parse(
                "handout",
                "",
                "give --lesson NAME or --entry ID",
            ));
        }
    };
    write_atomically(out, html.as_bytes())?;
    print(&format!("wrote {}\n", out.display()))?;
    Ok(Outcome::Ok)
}
