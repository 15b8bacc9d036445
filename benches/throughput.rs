//! `cargo bench`: throughput of each extractor, of the whole pipeline on 1
//! and 2 threads, and of the comparison alone.
//!
//! Corpora are generated at bench time, never committed:
//! - the seed texts of `../shared/corpus/seeds` (or, when that is absent,
//!   the bundled `articles/`) replicated under distinct names to
//!   `FACTDIFF_BENCH_MB` megabytes (default 10; `FACTDIFF_BENCH_MB=100` for
//!   the large corpus), written to a temporary folder and loaded as `check`
//!   loads them;
//! - synthetic articles from the seeded generator (`factdiff-gen`), with
//!   10^3 … 10^6 claims and a 5% contradiction rate, for the comparison.
//!
//! Run one group with a filter: `cargo bench --bench throughput -- extractor`.
//! The comparison's time grows with the claims and with the findings (every
//! claim another text contradicts is reported once), never with their pairs;
//! at 10^6 claims, a fifth of which are contradicted, making and freeing the
//! findings is about half of it (see `reports/performance.md`).

// A bench harness reports on the terminal.
#![allow(clippy::print_stderr)]

#[path = "../src/bin/factdiff-gen/synth.rs"]
#[allow(dead_code)]
mod synth;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use divan::counter::{BytesCount, ItemsCount};
use divan::{Bencher, black_box};
use factdiff::check;
use factdiff::claims::{self, ClaimSet};
use factdiff::compare::{self, Options};
use factdiff::extract;
use factdiff::load::{self, Document, LoadOptions};
use factdiff::normalise::Claim;

fn main() {
    divan::main();
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `(name, text)` pairs.
type Named = Vec<(String, String)>;

/// Reads the `.txt`/`.md` texts of a folder and its `sources.yaml` entries.
fn read_seeds(dir: &Path) -> (Named, Named) {
    let mut texts: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("read seed folder")
        .map(|e| e.expect("seed entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "md"))
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap()))
        .collect();
    texts.sort();
    let manifest =
        std::fs::read_to_string(dir.join("sources.yaml")).map(|m| synth::manifest_entries(&m)).unwrap_or_default();
    (texts, manifest)
}

fn write(dir: &Path, files: &[synth::File]) {
    std::fs::create_dir_all(dir).unwrap();
    for f in files {
        std::fs::write(dir.join(&f.path), &f.text).unwrap();
    }
}

fn bundled_ledger() -> &'static ClaimSet {
    static LEDGER: OnceLock<ClaimSet> = OnceLock::new();
    LEDGER.get_or_init(|| claims::load(&[repo().join("claims")]).expect("bundled claim files load"))
}

/// The lexicon the bundled claim files teach, as a `check` run builds it.
fn lexicon() -> &'static extract::Lexicon {
    static LEXICON: OnceLock<extract::Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| extract::lexicon(bundled_ledger()))
}

/// The replicated real corpus, loaded.
fn real() -> &'static (Vec<Document>, u64) {
    static CORPUS: OnceLock<(Vec<Document>, u64)> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let mb: f64 = std::env::var("FACTDIFF_BENCH_MB").ok().and_then(|v| v.parse().ok()).unwrap_or(10.0);
        let seeds = repo().join("../shared/corpus/seeds");
        let source = if seeds.is_dir() { seeds } else { repo().join("articles") };
        let (texts, manifest) = read_seeds(&source);
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), &synth::replicate(&texts, &manifest, (mb * 1e6) as usize));
        let (docs, errors) = load::load(&[dir.path().to_path_buf()], &LoadOptions::default());
        assert!(errors.is_empty(), "{errors:?}");
        let bytes = docs.iter().map(|d| d.text.len() as u64).sum();
        eprintln!("real corpus: {} texts from {}, {:.1} MB", docs.len(), source.display(), bytes as f64 / 1e6);
        (docs, bytes)
    })
}

/// A synthetic corpus of about `n` claims, extracted and normalised once.
struct Synthetic {
    docs: Vec<Document>,
    ledger: ClaimSet,
    claims: Vec<Claim>,
}

fn synthetic(n: usize) -> &'static Synthetic {
    static CACHE: OnceLock<std::sync::Mutex<Vec<(usize, &'static Synthetic)>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let mut cache = cache.lock().unwrap();
    if let Some((_, s)) = cache.iter().find(|(k, _)| *k == n) {
        return s;
    }
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("claims"), &synth::ledger());
    write(&dir.path().join("articles"), &synth::articles(n, 0.05, 1));
    let ledger = claims::load(&[dir.path().join("claims")]).expect("synthetic claim files load");
    let (docs, errors) = load::load(&[dir.path().join("articles")], &LoadOptions::default());
    assert!(errors.is_empty(), "{errors:?}");
    let claims = check::analyse(&docs, &ledger);
    let s: &'static Synthetic = Box::leak(Box::new(Synthetic { docs, ledger, claims }));
    cache.push((n, s));
    s
}

fn pool(threads: usize) -> rayon::ThreadPool {
    rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap()
}

/// Each extractor alone over the replicated real corpus, one thread. Each
/// runs the shared pass (`cue`) itself, as its standalone entry point does;
/// `shared_pass` times that pass alone and `all_kinds` runs it once for all.
mod extractor {
    use super::*;

    fn each<T>(bencher: Bencher, f: impl Fn(&str) -> Vec<T> + Sync) {
        let (docs, bytes) = real();
        let texts: Vec<String> = docs.iter().map(|d| check::prose(d).into_owned()).collect();
        bencher.counter(BytesCount::new(*bytes)).bench(|| texts.iter().map(|t| black_box(f(t)).len()).sum::<usize>());
    }

    #[divan::bench(sample_count = 5, sample_size = 1)]
    fn office(b: Bencher) {
        each(b, |t| extract::office::extract(t, lexicon()));
    }
    #[divan::bench(sample_count = 5, sample_size = 1)]
    fn date(b: Bencher) {
        each(b, extract::date::extract);
    }
    #[divan::bench(sample_count = 5, sample_size = 1)]
    fn money(b: Bencher) {
        each(b, extract::money::extract);
    }
    #[divan::bench(sample_count = 5, sample_size = 1)]
    fn percent(b: Bencher) {
        each(b, extract::percent::extract);
    }
    #[divan::bench(sample_count = 5, sample_size = 1)]
    fn quantity(b: Bencher) {
        each(b, |t| extract::quantity::extract(t, &[]));
    }
    #[divan::bench(sample_count = 5, sample_size = 1)]
    fn shared_pass(b: Bencher) {
        each(b, |t| extract::cue::Cues::of(t, lexicon()).words);
    }
    #[divan::bench(sample_count = 5, sample_size = 1)]
    fn all_kinds(b: Bencher) {
        each(b, |t| vec![extract::extract(t, lexicon())]);
    }
}

/// Extraction and normalisation (`extract`), and that plus the comparison
/// (`check`), over the replicated real corpus on 1 and 2 threads.
mod pipeline {
    use super::*;

    #[divan::bench(args = [1, 2], sample_count = 5, sample_size = 1)]
    fn extract(bencher: Bencher, threads: usize) {
        let (docs, bytes) = real();
        let pool = pool(threads);
        bencher
            .counter(BytesCount::new(*bytes))
            .bench(|| pool.install(|| check::analyse(docs, bundled_ledger()).len()));
    }

    #[divan::bench(args = [1, 2], sample_count = 3, sample_size = 1)]
    fn check(bencher: Bencher, threads: usize) {
        let (docs, bytes) = real();
        let pool = pool(threads);
        bencher.counter(BytesCount::new(*bytes)).bench(|| {
            pool.install(|| {
                let claims = check::analyse(docs, bundled_ledger());
                let options = Options::default();
                let input =
                    compare::Input { documents: docs, claims: &claims, ledger: bundled_ledger(), options: &options };
                compare::compare(&input).findings.len()
            })
        });
    }
}

/// The comparison alone, over synthetic claims extracted beforehand.
mod comparison {
    use super::*;

    #[divan::bench(args = [1_000, 10_000, 100_000, 1_000_000], sample_count = 3, sample_size = 1)]
    fn synthetic_claims(bencher: Bencher, n: usize) {
        let s = synthetic(n);
        let options = Options::default();
        bencher.counter(ItemsCount::new(s.claims.len())).bench(|| {
            let input = compare::Input { documents: &s.docs, claims: &s.claims, ledger: &s.ledger, options: &options };
            compare::compare(&input).findings.len()
        });
    }
}
