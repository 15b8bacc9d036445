//! Loading whole inputs: folders, manifests, precedence, order, failures.

use std::fs;
use std::path::{Path, PathBuf};

use super::*;

fn write(root: &Path, rel: &str, content: impl AsRef<[u8]>) {
    let path = root.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, content).unwrap();
}

/// The root's name as `load` will show it, and the inputs to pass.
fn named(root: &Path) -> (String, Vec<PathBuf>) {
    (display_name(root), vec![root.to_path_buf()])
}

fn paths(documents: &[Document]) -> Vec<String> {
    documents.iter().map(|d| d.path.clone()).collect()
}

fn date(s: &str) -> Option<DateValue> {
    Some(DateValue::parse(s).unwrap())
}

#[test]
fn folders_load_txt_and_md_recursively_sorted_and_skip_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "b.txt", "b");
    write(root, "a.MD", "a");
    write(root, "sub/c.Txt", "c");
    write(root, "notes.yaml", "x: 1");
    write(root, "image.png", [0u8, 1, 2]);
    write(root, ".hidden.txt", "h");
    write(root, ".git/d.txt", "d");
    write(root, "sub/.cache/e.md", "e");
    let (name, inputs) = named(root);
    let (documents, errors) = load(&inputs, &LoadOptions::default());
    assert_eq!(errors, vec![]);
    assert_eq!(paths(&documents), vec![format!("{name}/a.MD"), format!("{name}/b.txt"), format!("{name}/sub/c.Txt")]);
    assert_eq!(documents[1].text.as_str(), "b");
    assert_eq!(documents[1].body, Span::new(0, 1));
}

#[test]
fn a_file_named_explicitly_loads_whatever_its_extension() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), ".draft.article", "Minister Kishida said");
    let file = dir.path().join(".draft.article");
    let (documents, errors) = load(std::slice::from_ref(&file), &LoadOptions::default());
    assert_eq!(errors, vec![]);
    assert_eq!(paths(&documents), vec![display_name(&file)]);
}

#[test]
fn the_path_is_the_folder_as_named_plus_the_relative_path() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "seeds/000.txt", "x");
    let with_slash = PathBuf::from(format!("{}/seeds/", dir.path().display()));
    let (documents, _) = load(&[with_slash], &LoadOptions::default());
    assert_eq!(paths(&documents), vec![format!("{}/seeds/000.txt", display_name(dir.path()))]);
    // A relative name stays relative, `..` and all.
    assert_eq!(
        child_name(Path::new("../shared/seeds"), "../shared/seeds", Path::new("../shared/seeds/a/b.txt")),
        "../shared/seeds/a/b.txt"
    );
    assert_eq!(display_name(Path::new("seeds/")), "seeds");
    assert_eq!(display_name(Path::new("/")), "/");
    assert_eq!(join_name("/", "a.txt"), "/a.txt");
}

#[test]
fn the_same_file_named_twice_loads_once_under_its_shortest_name() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "x/a.txt", "a");
    let folder = dir.path().join("x");
    let file = dir.path().join("x/a.txt");
    let dotted = dir.path().join("x/./a.txt");
    let (documents, errors) = load(&[file.clone(), folder, dotted], &LoadOptions::default());
    assert_eq!(errors, vec![]);
    assert_eq!(paths(&documents), vec![display_name(&file)]);
}

#[test]
fn a_missing_path_is_reported_and_the_others_still_load() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", "a");
    let missing = dir.path().join("nope.txt");
    let (documents, errors) = load(&[missing.clone(), dir.path().join("a.txt")], &LoadOptions::default());
    assert_eq!(documents.len(), 1);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].kind, ErrorKind::Io);
    assert_eq!(errors[0].path.as_deref(), Some(Path::new(&display_name(&missing))));
    assert_eq!(errors[0].message, "no such file or folder");
}

#[cfg(unix)]
#[test]
fn a_folder_link_loop_is_reported_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a/one.txt", "1");
    std::os::unix::fs::symlink("..", dir.path().join("a/back")).unwrap();
    let (name, inputs) = named(dir.path());
    let (documents, errors) = load(&inputs, &LoadOptions::default());
    assert_eq!(paths(&documents), vec![format!("{name}/a/one.txt")]);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].kind, ErrorKind::Io);
    assert_eq!(errors[0].path.as_deref(), Some(Path::new(&format!("{name}/a/back"))));
    assert!(errors[0].message.starts_with("folder link loop"), "{}", errors[0]);
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_reported_and_the_others_still_load() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", "a");
    write(dir.path(), "b.txt", "b");
    let locked = dir.path().join("b.txt");
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read(&locked).is_ok() {
        // Running as root: permissions do not bind, nothing to test.
        return;
    }
    let (name, inputs) = named(dir.path());
    let (documents, errors) = load(&inputs, &LoadOptions::default());
    assert_eq!(paths(&documents), vec![format!("{name}/a.txt")]);
    assert_eq!(errors[0].message, "permission denied");
}

#[test]
fn binary_invalid_and_oversized_texts_are_errors_sorted_by_path() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "c_binary.txt", b"GIF89a\0\0");
    write(dir.path(), "b_latin1.txt", b"Tokyo\ncaf\xE9\n");
    write(dir.path(), "a_big.txt", "x".repeat(100));
    write(dir.path(), "d_ok.txt", "fine");
    let (name, inputs) = named(dir.path());
    let options = LoadOptions { max_bytes: 50, ..LoadOptions::default() };
    let (documents, errors) = load(&inputs, &options);
    assert_eq!(paths(&documents), vec![format!("{name}/d_ok.txt")]);
    let shown: Vec<String> =
        errors.iter().map(|e| e.to_string().lines().next().unwrap().replace(&name, "DIR")).collect();
    assert_eq!(
        shown,
        vec![
            "DIR/a_big.txt: file too large: expected at most 50 bytes, but found 100 bytes",
            "DIR/b_latin1.txt:2:4: invalid UTF-8: expected a UTF-8 character, but found byte 0xE9",
            "DIR/c_binary.txt:1:7: binary file: expected text, but found a NUL byte",
        ]
    );
    assert!(errors.iter().all(|e| e.kind == ErrorKind::Text));
}

#[test]
fn bom_is_stripped_so_offsets_and_columns_match_editors() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.md", b"\xEF\xBB\xBF---\npublished: 2025-01-02\n---\nBody");
    let (documents, errors) = load(&[dir.path().join("a.md")], &LoadOptions::default());
    assert_eq!(errors, vec![]);
    assert_eq!(documents[0].text.as_str(), "---\npublished: 2025-01-02\n---\nBody");
    assert_eq!(documents[0].published, date("2025-01-02"));
    assert_eq!(documents[0].body.text(documents[0].text.as_str()), "Body");
}

#[test]
fn crlf_is_kept_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", "---\r\ntitle: T\r\n---\r\nLine one\r\nLine two\r\n");
    let (documents, _) = load(&[dir.path().join("a.txt")], &LoadOptions::default());
    let document = &documents[0];
    assert_eq!(document.title.as_deref(), Some("T"));
    assert_eq!(document.body.text(document.text.as_str()), "Line one\r\nLine two\r\n");
    let index = crate::span::LineIndex::new(document.text.as_str());
    assert_eq!(index.locate(document.text.as_str(), document.body.start).line, 4);
}

#[test]
fn a_bad_front_matter_is_an_error_and_the_document_is_not_loaded() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.md", "---\npublished: yesterday\n---\n");
    write(dir.path(), "b.md", "fine");
    let (name, inputs) = named(dir.path());
    let (documents, errors) = load(&inputs, &LoadOptions::default());
    assert_eq!(paths(&documents), vec![format!("{name}/b.md")]);
    assert_eq!(errors[0].kind, ErrorKind::FrontMatter);
    assert_eq!(errors[0].location.map(|l| (l.line, l.column)), Some((2, 12)));
}

const MANIFEST: &str = "sources:\n  - path: a.txt\n    published: 2024-04-17\n    outlet: Manifest Outlet\n    url: example.org/a\n  - path: b.md\n    published: 2022-11\n    title: From manifest\n";

#[test]
fn precedence_is_front_matter_then_manifest_then_as_of() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "sources.yaml", MANIFEST);
    write(dir.path(), "a.txt", "---\npublished: 2025-12-11\noutlet: Front Outlet\n---\nA");
    write(dir.path(), "b.md", "B");
    write(dir.path(), "c.txt", "C");
    let (name, inputs) = named(dir.path());
    let options = LoadOptions { as_of: date("2026-01"), ..LoadOptions::default() };
    let (documents, errors) = load(&inputs, &options);
    assert_eq!(errors, vec![]);
    let [a, b, c] = &documents[..] else { panic!("{documents:?}") };

    assert_eq!(a.published, date("2025-12-11"));
    assert_eq!(a.published_from, Some(MetadataSource::FrontMatter));
    assert_eq!(a.outlet.as_deref(), Some("Front Outlet"));
    assert_eq!(a.url.as_deref(), Some("example.org/a"), "fields missing from front matter come from the manifest");

    assert_eq!(b.published, Some(DateValue::Month(2022, 11)));
    assert_eq!(b.published_from, Some(MetadataSource::Manifest { path: format!("{name}/sources.yaml"), line: 6 }));
    assert_eq!(b.title.as_deref(), Some("From manifest"));

    assert_eq!(c.published, date("2026-01"));
    assert_eq!(c.published_from, Some(MetadataSource::AsOf));

    let (documents, _) = load(&inputs, &LoadOptions::default());
    assert_eq!((documents[2].published, &documents[2].published_from), (None, &None));
}

#[test]
fn a_discovered_manifest_applies_to_a_file_named_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "sources.yaml", MANIFEST);
    write(dir.path(), "a.txt", "A");
    write(dir.path(), "b.md", "B");
    let (documents, errors) = load(&[dir.path().join("b.md")], &LoadOptions::default());
    assert_eq!(errors, vec![]);
    assert_eq!(documents[0].published, Some(DateValue::Month(2022, 11)));
}

#[test]
fn a_manifest_reaches_into_subfolders_and_the_deeper_one_wins() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "sources.yaml",
        "sources:\n  - path: sub/x.txt\n    published: 2020\n  - path: sub/y.txt\n    published: 2020\n",
    );
    write(dir.path(), "sub/sources.yaml", "sources:\n  - path: y.txt\n    published: 2021\n");
    write(dir.path(), "sub/x.txt", "x");
    write(dir.path(), "sub/y.txt", "y");
    let (name, inputs) = named(dir.path());
    let (documents, errors) = load(&inputs, &LoadOptions::default());
    assert_eq!(errors, vec![]);
    assert_eq!(documents[0].published, Some(DateValue::Year(2020)));
    assert_eq!(documents[1].published, Some(DateValue::Year(2021)));
    assert_eq!(
        documents[1].published_from,
        Some(MetadataSource::Manifest { path: format!("{name}/sub/sources.yaml"), line: 2 })
    );
}

#[test]
fn an_explicit_manifest_replaces_discovery() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "texts/sources.yaml", "sources:\n  - path: a.txt\n    published: 1999\n");
    write(dir.path(), "texts/a.txt", "A");
    write(dir.path(), "meta/other.yaml", "sources:\n  - path: ../texts/a.txt\n    published: 2025-03\n");
    let explicit = dir.path().join("meta/other.yaml");
    let options = LoadOptions { sources: Some(explicit.clone()), ..LoadOptions::default() };
    let (documents, errors) = load(&[dir.path().join("texts")], &options);
    assert_eq!(errors, vec![]);
    assert_eq!(documents[0].published, Some(DateValue::Month(2025, 3)));
    assert_eq!(documents[0].published_from, Some(MetadataSource::Manifest { path: display_name(&explicit), line: 2 }));
}

#[test]
fn manifest_errors_are_reported_with_the_manifest_path_and_texts_still_load() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "sources.yaml", "sources:\n  - path: a.txt\n    published: 2024\n    author: Desk\n");
    write(dir.path(), "a.txt", "A");
    let (name, inputs) = named(dir.path());
    let (documents, errors) = load(&inputs, &LoadOptions::default());
    assert_eq!(documents.len(), 1);
    assert_eq!(documents[0].published, None);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].kind, ErrorKind::Manifest);
    assert_eq!(errors[0].path.as_deref(), Some(Path::new(&format!("{name}/sources.yaml"))));
    assert_eq!(errors[0].location.map(|l| (l.line, l.column)), Some((4, 5)));
}

#[test]
fn a_missing_explicit_manifest_is_an_io_error() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", "A");
    let options = LoadOptions { sources: Some(dir.path().join("nope.yaml")), ..LoadOptions::default() };
    let (documents, errors) = load(&[dir.path().join("a.txt")], &options);
    assert_eq!(documents.len(), 1);
    assert_eq!(errors[0].kind, ErrorKind::Io);
}

#[test]
fn dash_reads_standard_input_once_with_front_matter_and_as_of() {
    let mut stdin = &b"---\ntitle: Piped\n---\nBody"[..];
    let options = LoadOptions { as_of: date("2025-12-12"), ..LoadOptions::default() };
    let inputs = [PathBuf::from("-"), PathBuf::from("-")];
    let (documents, errors) = load_with_stdin(&inputs, &options, &mut stdin);
    assert_eq!(errors, vec![]);
    assert_eq!(documents.len(), 1);
    assert_eq!(documents[0].path, "-");
    assert_eq!(documents[0].title.as_deref(), Some("Piped"));
    assert_eq!(documents[0].published_from, Some(MetadataSource::AsOf));

    let mut stdin = &b"\xFF"[..];
    let (_, errors) = load_with_stdin(&[PathBuf::from("-")], &options, &mut stdin);
    assert_eq!(
        errors[0].to_string().lines().next().unwrap(),
        "-:1:1: invalid UTF-8: expected a UTF-8 character, but found byte 0xFF"
    );
}

#[test]
fn output_does_not_depend_on_input_order() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..20 {
        write(dir.path(), &format!("t{i:02}.txt"), format!("text {i}"));
    }
    write(dir.path(), "bad.txt", b"\0");
    let mut inputs: Vec<PathBuf> = (0..20).map(|i| dir.path().join(format!("t{i:02}.txt"))).collect();
    inputs.push(dir.path().join("bad.txt"));
    inputs.push(dir.path().join("missing.txt"));
    let forward = load(&inputs, &LoadOptions::default());
    inputs.reverse();
    let backward = load(&inputs, &LoadOptions::default());
    assert_eq!(forward, backward);
    let names = paths(&forward.0);
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
}

/// The seed corpus in `shared/`, beside the crate. Absent in some checkouts:
/// the test then skips, unless `FACTDIFF_REQUIRE_SHARED=1` makes it required.
#[test]
fn seed_corpus_loads_with_its_manifest_dates() {
    let seeds = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/seeds"));
    if !seeds.is_dir() {
        assert!(
            std::env::var("FACTDIFF_REQUIRE_SHARED").as_deref() != Ok("1"),
            "FACTDIFF_REQUIRE_SHARED=1 but {} is missing",
            seeds.display()
        );
        #[allow(clippy::print_stderr)]
        {
            eprintln!("skipped: {} not found (set FACTDIFF_REQUIRE_SHARED=1 to require it)", seeds.display());
        }
        return;
    }
    let (documents, errors) = load(std::slice::from_ref(&seeds), &LoadOptions::default());
    assert_eq!(errors, vec![]);
    let name = display_name(&seeds);
    let dates: Vec<(String, String)> = documents
        .iter()
        .map(|d| (d.path.strip_prefix(&format!("{name}/")).unwrap()[..3].to_string(), d.published.unwrap().to_string()))
        .collect();
    let expected = [
        ("000", "2025-12-11"),
        ("001", "2025-12-12"),
        ("002", "2024-04-17"),
        ("003", "2025-03-31"),
        ("004", "2022-11"),
    ];
    let expected: Vec<(String, String)> = expected.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
    assert_eq!(dates, expected);
    assert_eq!(documents[4].published, Some(DateValue::Month(2022, 11)), "partial dates stay partial");
    assert_eq!(
        documents[0].published_from,
        Some(MetadataSource::Manifest { path: format!("{name}/sources.yaml"), line: 5 })
    );
    assert_eq!(documents[2].outlet.as_deref(), Some("China Military Online"));
}
