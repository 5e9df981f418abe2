//! An agency's photo library: good rows are imported as thumbnails with their credit and licence;
//! an undecodable file, an oversized image, a file outside the library folder and a bad manifest
//! row are each refused with a message naming the row.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use fieldguide::store::Store;

fn png(path: &std::path::Path, width: u32, height: u32) {
    let img = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
    });
    img.save(path).unwrap();
}

#[test]
fn good_rows_import_and_bad_rows_are_refused_by_line() {
    let dir = tempfile::tempdir().unwrap();
    let base = common::fixture_db(dir.path());
    let lib = dir.path().join("library");
    std::fs::create_dir_all(&lib).unwrap();
    png(&lib.join("parrot.png"), 1600, 1200);
    std::fs::write(lib.join("broken.jpg"), b"this is not an image at all").unwrap();
    png(&lib.join("bomb.png"), 13_000, 2);
    png(&dir.path().join("outside.png"), 10, 10);
    let manifest = dir.path().join("manifest.csv");
    std::fs::write(
        &manifest,
        "taxon,file,caption,credit,licence\n\
         taxon:psittacus-erithacus,parrot.png,Grey parrot seized at the port,Customs photo unit,CC-BY-4.0\n\
         taxon:psittacus-erithacus,broken.jpg,Broken,Customs photo unit,CC-BY-4.0\n\
         taxon:psittacus-erithacus,bomb.png,Huge,Customs photo unit,CC-BY-4.0\n\
         taxon:psittacus-erithacus,../outside.png,Escapes,Customs photo unit,CC-BY-4.0\n\
         taxon:no-such-taxon,parrot.png,Unknown,Customs photo unit,CC-BY-4.0\n\
         taxon:psittacus-erithacus,parrot.png,No licence,Customs photo unit,\n\
         taxon:psittacus-erithacus,parrot.png,too,many,columns,here\n",
    )
    .unwrap();
    let pack = dir.path().join("pack.sqlite");
    let out = common::run(&[
        "--db",
        base.to_str().unwrap(),
        "import-photos",
        "--dir",
        lib.to_str().unwrap(),
        "--manifest",
        manifest.to_str().unwrap(),
        "--out",
        pack.to_str().unwrap(),
        "--json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["imported"], 1);
    let refused: Vec<String> = report["refused"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_owned())
        .collect();
    let has = |line: usize, words: &str| {
        refused
            .iter()
            .any(|r| r.starts_with(&format!("line {line}:")) && r.contains(words))
    };
    assert!(has(3, "broken.jpg"), "{refused:#?}");
    assert!(has(4, "bomb.png"), "{refused:#?}");
    assert!(has(5, "outside the library folder"), "{refused:#?}");
    assert!(has(6, "not in the data"), "{refused:#?}");
    assert!(has(7, "licence"), "{refused:#?}");
    assert!(has(8, "malformed row"), "{refused:#?}");

    let store = Store::open(&pack).unwrap();
    let parrot = store
        .entries()
        .unwrap()
        .into_iter()
        .find(|e| e.id.as_str() == "taxon:psittacus-erithacus")
        .unwrap();
    assert_eq!(parrot.photos.len(), 1);
    let photo = &parrot.photos[0];
    assert_eq!(photo.credit, "Customs photo unit");
    assert_eq!(photo.licence, "CC-BY-4.0");
    // Stored once, as a thumbnail no larger than 800 px.
    let img = fieldguide::verify::decode_image(&store.image_bytes(photo.image).unwrap()).unwrap();
    assert!(
        img.width() <= 800 && img.height() <= 800,
        "{}x{}",
        img.width(),
        img.height()
    );
    assert_eq!(
        common::run(&["check", pack.to_str().unwrap()])
            .status
            .code(),
        Some(0)
    );
}

#[test]
fn a_manifest_without_the_columns_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let manifest = dir.path().join("m.csv");
    std::fs::write(&manifest, "species,path\nx,y\n").unwrap();
    let pack = dir.path().join("pack.sqlite");
    let out = common::run(&[
        "import-photos",
        "--dir",
        dir.path().to_str().unwrap(),
        "--manifest",
        manifest.to_str().unwrap(),
        "--out",
        pack.to_str().unwrap(),
    ]);
    common::assert_clean_error(
        &out,
        "needs the columns taxon, file, caption, credit, licence",
    );
    assert!(!pack.exists());
}
