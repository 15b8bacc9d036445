//! Compiles the bundled claim files (`claims/`, every `.yaml`/`.yml` file
//! below it, as `claims::load` would find them) into the binary as the
//! built-in ledger: writes `builtin_claims.rs` into `OUT_DIR`, a sorted
//! list of (path below `claims/`, `include_str!` of the file).
//!
//! Enumerated here rather than listed by hand, so that a claim file added to
//! `claims/` cannot be left out; `cargo:rerun-if-changed=claims` makes Cargo
//! rerun this script when any file in the folder changes.

use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("Cargo sets CARGO_MANIFEST_DIR"));
    let claims = root.join("claims");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=claims");
    let mut files = Vec::new();
    if claims.is_dir() {
        walk(&claims, "", &mut files);
    }
    files.sort();
    let mut out = String::from(
        "/// The bundled claim files: (path below `claims/`, text), sorted by path.\npub const FILES: &[(&str, &str)] = &[\n",
    );
    for (shown, path) in &files {
        out.push_str(&format!("    ({shown:?}, include_str!({:?})),\n", path.display().to_string()));
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var_os("OUT_DIR").expect("Cargo sets OUT_DIR")).join("builtin_claims.rs");
    fs::write(&dest, out).expect("write builtin_claims.rs");
}

/// Depth-first in name order, as `claims::load` walks a folder: names
/// starting with `.` skipped, `.yaml` and `.yml` files kept.
fn walk(dir: &Path, shown: &str, files: &mut Vec<(String, PathBuf)>) {
    let mut entries: Vec<fs::DirEntry> =
        fs::read_dir(dir).expect("read claims/").map(|e| e.expect("read claims/ entry")).collect();
    entries.sort_by_key(fs::DirEntry::file_name);
    for entry in entries {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        if path.is_dir() {
            walk(&path, &format!("{shown}{name}/"), files);
        } else if name.ends_with(".yaml") || name.ends_with(".yml") {
            files.push((format!("{shown}{name}"), path));
        }
    }
}
