//! Offline by construction: nothing in the program, or in what it is built from, can open a
//! network connection.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

/// Crates whose purpose is networking (HTTP clients and servers, sockets, TLS, async I/O).
const NETWORK_CRATES: [&str; 22] = [
    "reqwest",
    "hyper",
    "ureq",
    "curl",
    "isahc",
    "surf",
    "attohttpc",
    "ehttp",
    "socket2",
    "mio",
    "tokio",
    "async-std",
    "rustls",
    "native-tls",
    "openssl",
    "h2",
    "h3",
    "tungstenite",
    "quinn",
    "trust-dns-resolver",
    "hickory-resolver",
    "libp2p",
];

#[test]
fn no_networking_crate_is_built_into_the_program() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let out = std::process::Command::new(cargo)
        .args([
            "tree",
            "--locked",
            "--offline",
            "-e",
            "normal,build",
            "--prefix",
            "none",
            "--format",
            "{p}",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tree = String::from_utf8(out.stdout).unwrap();
    let names: Vec<&str> = tree.lines().filter_map(|l| l.split(' ').next()).collect();
    assert!(names.contains(&"eframe"), "the tree looks wrong:\n{tree}");
    let found: Vec<&&str> = NETWORK_CRATES
        .iter()
        .filter(|c| names.contains(c))
        .collect();
    assert!(
        found.is_empty(),
        "networking crates in the build: {found:?}"
    );
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn the_source_opens_no_socket() {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    files.push(Path::new("build.rs").to_path_buf());
    assert!(files.len() > 20);
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for bad in [
            "std::net",
            "TcpStream",
            "TcpListener",
            "UdpSocket",
            "ToSocketAddrs",
        ] {
            assert!(!text.contains(bad), "{} uses {bad}", f.display());
        }
    }
}
