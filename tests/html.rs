//! The HTML report (`check --format html`): a valid, small, deterministic
//! page, checked in a real browser — every finding of the JSON report with
//! its spans marked, one bar per tenure and one marker per claim in each
//! timeline, and hostile text that renders as text and runs nothing.
//!
//! The browser tests need Chromium (Debian's `chromium`); without one they
//! skip with the reason printed, and fail instead under
//! `FACTDIFF_REQUIRE_BROWSER=1` (as in CI). `FACTDIFF_BLESS=1` retakes the
//! committed screenshot `reports/sample-articles.png`.

#![allow(clippy::print_stderr)]

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{factdiff, json, repo, stderr, stdout};
use scraper::{ElementRef, Html, Selector};

/// The sample report as committed: links relative to `reports/`, so the
/// file does not depend on where the repository is checked out.
const SAMPLE_ARGS: [&str; 7] = ["check", "articles", "--format", "html", "--editor-url", "../{relpath}", "--no-config"];

fn sample_html() -> String {
    let out = factdiff(&repo(), &SAMPLE_ARGS);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    stdout(&out)
}

fn select<'a>(node: ElementRef<'a>, css: &str) -> Vec<ElementRef<'a>> {
    node.select(&Selector::parse(css).unwrap()).collect()
}

fn text(e: &ElementRef) -> String {
    e.text().collect()
}

/// A browser to load pages in, or `None` (with the reason printed) when
/// there is none; under `FACTDIFF_REQUIRE_BROWSER=1` its absence fails.
fn browser() -> Option<PathBuf> {
    let named = std::env::var_os("FACTDIFF_BROWSER").map(PathBuf::from);
    let found = named.into_iter().chain(["/usr/bin/chromium".into()]).chain(
        std::env::var_os("PATH")
            .map(|p| std::env::split_paths(&p).map(|d| d.join("chromium")).collect::<Vec<_>>())
            .unwrap_or_default(),
    );
    for candidate in found {
        if candidate.is_file() {
            return Some(candidate);
        }
    }
    if std::env::var("FACTDIFF_REQUIRE_BROWSER").is_ok_and(|v| v == "1") {
        panic!("Chromium is required (FACTDIFF_REQUIRE_BROWSER=1) but not found: apt-get install chromium");
    }
    eprintln!("skipping: no Chromium found (apt-get install chromium, or set FACTDIFF_BROWSER)");
    None
}

/// Runs headless Chromium on `page` with `args`, in a fresh profile, and
/// returns its standard output; fails after two minutes.
fn chromium(browser: &Path, args: &[&str], page: &Path) -> String {
    let profile = tempfile::tempdir().unwrap();
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut s).map(|_| s)
    });
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "chromium failed: {status}");
            break;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not finish within two minutes on {}", page.display());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    reader.join().unwrap().expect("chromium's output is UTF-8")
}

/// The DOM of `page` after its scripts ran.
fn dom(browser: &Path, page: &Path) -> Html {
    let dumped = chromium(browser, &["--dump-dom"], page);
    assert!(dumped.contains("<html"), "no DOM dumped: {dumped}");
    Html::parse_document(&dumped)
}

#[test]
fn the_page_is_valid_html5_small_self_contained_and_deterministic() {
    let page = sample_html();
    assert_eq!(page, sample_html(), "two runs gave different bytes");
    let parsed = Html::parse_document(&page);
    assert!(parsed.errors.is_empty(), "HTML5 parse errors: {:#?}", parsed.errors);
    assert!(page.len() < 200 * 1024, "the page is {} bytes", page.len());
    // Nothing is loaded from elsewhere.
    let root = parsed.root_element();
    assert!(select(root, "link, img, iframe, object, embed, [src]").is_empty());
    assert!(!page.contains("@import") && !page.contains("url("));
    let scripts = select(root, "script");
    assert_eq!(scripts.len(), 1);
    let csp = select(root, "meta[http-equiv=Content-Security-Policy]");
    let policy = csp[0].value().attr("content").unwrap();
    assert!(policy.starts_with("default-src 'none'; style-src 'sha256-"), "{policy}");
    assert!(policy.contains("script-src 'sha256-") && !policy.contains("unsafe"), "{policy}");
    for landmark in ["header", "nav", "main", "h1", "h2"] {
        assert!(!select(root, landmark).is_empty(), "no <{landmark}>");
    }
    // `-o` writes the same page, whole.
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("report.html");
    let mut args = SAMPLE_ARGS.to_vec();
    args.extend(["-o", target.to_str().unwrap()]);
    let out = factdiff(&repo(), &args);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    assert_eq!(fs::read_to_string(&target).unwrap(), page);
}

#[test]
fn the_committed_sample_page_is_current() {
    let file = repo().join("reports/sample-articles.html");
    let page = sample_html();
    if std::env::var("FACTDIFF_BLESS").is_ok_and(|v| v == "1") {
        fs::write(&file, &page).unwrap();
        return;
    }
    let committed = fs::read_to_string(&file).unwrap_or_default();
    assert!(
        committed == page,
        "reports/sample-articles.html is stale: regenerate it with FACTDIFF_BLESS=1 cargo test --test html"
    );
}

#[test]
fn editor_links_follow_the_template_and_refuse_scripts() {
    let out = factdiff(
        &repo(),
        &[
            "check",
            "articles",
            "--format",
            "html",
            "--no-config",
            "--editor-url",
            "vscode://file/{path}:{line}:{column}",
        ],
    );
    let page = Html::parse_document(&stdout(&out));
    let base = repo().join("articles/london-briefing.md");
    let expected = format!("vscode://file/{}:6:1", factdiff::report::html::url_part(&base.to_string_lossy()));
    let hrefs: Vec<String> =
        select(page.root_element(), ".where a").iter().map(|a| a.value().attr("href").unwrap().to_string()).collect();
    assert!(hrefs.contains(&expected), "{expected} not in {hrefs:#?}");
    let out = factdiff(&repo(), &["check", "articles", "--format", "html", "--no-config"]);
    let page = Html::parse_document(&stdout(&out));
    let first = select(page.root_element(), ".where a")[0].value().attr("href").unwrap().to_string();
    assert!(first.starts_with(&format!("file://{}/articles/", repo().display())), "{first}");
    let out = factdiff(&repo(), &["check", "articles", "--format", "html", "--editor-url", "javascript:alert({line})"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("the scheme `javascript:`"), "{}", stderr(&out));
}

/// One finding of the JSON report, as the page must show it.
struct Expected {
    code: String,
    severity: String,
    /// (`path:line:column`, the marked text for a source or `None` for a
    /// claim-file entry).
    sides: Vec<(String, Option<String>)>,
}

fn expected_findings() -> BTreeMap<String, Expected> {
    let out = factdiff(&repo(), &["check", "articles", "--format", "json", "--no-config"]);
    let v = json(&out);
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let sides = f["evidence"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| {
                    let place = format!("{}:{}:{}", e["path"].as_str().unwrap(), e["line"], e["column"]);
                    let marked = (e["kind"] == "source").then(|| e["text"].as_str().unwrap().to_string());
                    (place, marked)
                })
                .collect();
            let expected = Expected {
                code: f["code"].as_str().unwrap().into(),
                severity: f["severity"].as_str().unwrap().into(),
                sides,
            };
            (f["fingerprint"].as_str().unwrap().to_string(), expected)
        })
        .collect()
}

#[test]
fn in_a_browser_every_finding_shows_with_its_spans_marked_and_every_timeline_is_complete() {
    let Some(browser) = browser() else { return };
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("report.html");
    fs::write(&page, sample_html()).unwrap();
    let started = Instant::now();
    let dom = dom(&browser, &page);
    eprintln!("chromium loaded the sample page in {:.1} s", started.elapsed().as_secs_f64());
    let root = dom.root_element();
    assert_eq!(root.value().attr("data-factdiff"), Some("ready"), "the page's script did not run");
    let expected = expected_findings();
    let articles = select(root, "article.finding");
    assert_eq!(articles.len(), expected.len());
    assert_eq!(
        select(root, "#shown").first().map(text).as_deref(),
        Some(format!("{0} of {0} findings shown", expected.len()).as_str())
    );
    for (fingerprint, want) in &expected {
        let found: Vec<&ElementRef> =
            articles.iter().filter(|a| a.value().attr("data-fingerprint") == Some(fingerprint)).collect();
        assert_eq!(found.len(), 1, "finding {fingerprint} ({}) is not on the page once", want.code);
        let article = *found[0];
        assert_eq!(article.value().attr("data-code"), Some(want.code.as_str()));
        assert_eq!(article.value().attr("data-severity"), Some(want.severity.as_str()));
        assert!(article.value().attr("hidden").is_none(), "{fingerprint} is hidden");
        let sides = select(article, ".side");
        assert_eq!(sides.len(), want.sides.len(), "{fingerprint}");
        for (side, (place, marked)) in sides.iter().zip(&want.sides) {
            let shown = select(*side, ".where").first().map(text).unwrap_or_default();
            assert_eq!(&shown, place, "{fingerprint}");
            let marks: Vec<String> = select(*side, "mark").iter().map(text).collect();
            match marked {
                Some(words) => assert_eq!(marks, std::slice::from_ref(words), "{fingerprint} at {place}"),
                None => assert!(marks.is_empty(), "{fingerprint} at {place}: {marks:?}"),
            }
        }
        assert!(!select(article, "a[href^='#check-']").is_empty(), "{fingerprint} links no explanation");
        assert!(!select(article, "pre.diff").is_empty(), "{fingerprint} has no diff");
    }

    // Timelines: one bar per tenure in view, one marker per claim.
    let ledger = common::ledger();
    let claims = json(&factdiff(&repo(), &["extract", "articles", "--format", "json", "--no-config"]));
    let timelines = select(root, "svg.timeline");
    assert!(timelines.len() >= 3, "{} timelines", timelines.len());
    for svg in &timelines {
        let office = svg.value().attr("data-office").unwrap();
        let day = |name: &str| jiff::civil::Date::strptime("%Y-%m-%d", svg.value().attr(name).unwrap()).unwrap();
        let (from, to) = (day("data-from"), day("data-to"));
        let in_view = ledger
            .tenures_of_office(office)
            .iter()
            .filter(|t| t.start.first_day() < to && t.end.is_none_or(|e| e.last_day() >= from))
            .count();
        assert!(in_view > 0, "{office}: no tenure in view");
        assert_eq!(select(*svg, "rect.tenure").len(), in_view, "{office}: bars");
        let named = claims["claims"].as_array().unwrap().iter().filter(|c| c["office"] == office).count();
        let figure = select(root, &format!("figure[id='timeline-{office}']"));
        let undated = select(figure[0], "li.undated").len();
        assert_eq!(select(*svg, "g.marker").len() + undated, named, "{office}: markers");
        assert!(!select(*svg, "line.conflict").is_empty(), "{office}: the conflicting pair is not joined");
        for status in ["consistent", "contradicted", "unconfirmed"] {
            assert_eq!(select(figure[0], &format!("ul.legend g.marker.{status}")).len(), 1, "{office}: legend");
        }
    }
    for link in select(root, "a.to-timeline") {
        let target = link.value().attr("href").unwrap().trim_start_matches('#');
        assert_eq!(select(root, &format!("figure[id='{target}']")).len(), 1, "{target}");
    }
}

#[test]
fn in_a_browser_hostile_text_renders_as_text_and_runs_nothing() {
    let Some(browser) = browser() else { return };
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("claims")).unwrap();
    fs::write(
        dir.path().join("claims/uk.yaml"),
        "schema: 1\noffices:\n  - id: uk.prime-minister\n    jurisdiction: UK\n    name: Prime Minister\npeople:\n  - id: keir-starmer\n    name: Keir Starmer\n  - id: rishi-sunak\n    name: Rishi Sunak\ntenures:\n  - person: keir-starmer\n    office: uk.prime-minister\n    start: 2024-07-05\n",
    )
    .unwrap();
    // Every payload would change the title or add an element if it ran or
    // were parsed as markup.
    let name = "x\"><img src=x onerror=\"document.title='pwned-name'\">.md";
    let story = "---\npublished: 2025-02-10\ntitle: \"</title><script>document.title='pwned-title'</script>\"\n---\n\
        Prime Minister Rishi Sunak <script>document.title='pwned-script'</script> said \"><img src=x \
        onerror=\"document.title='pwned-img'\"> that <a href=\"javascript:document.title='pwned-link'\">this</a> \
        and \u{202E}txet desrever <svg onload=\"document.title='pwned-svg'\"></svg> were a test.\n";
    fs::write(dir.path().join(name), story).unwrap();
    let out = factdiff(
        dir.path(),
        &["check", name, "--format", "html", "--no-config", "--no-builtin-claims", "-o", "report.html"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let page = dir.path().join("report.html");
    let html = fs::read_to_string(&page).unwrap();
    let parsed = Html::parse_document(&html);
    assert!(parsed.errors.is_empty(), "HTML5 parse errors: {:#?}", parsed.errors);
    let dom = dom(&browser, &page);
    let root = dom.root_element();
    assert_eq!(root.value().attr("data-factdiff"), Some("ready"), "the page's own script did not run");
    let title = select(root, "title").first().map(text).unwrap_or_default();
    assert!(title.starts_with("factdiff report"), "the title was changed: {title}");
    assert!(
        select(root, "img, iframe, object, embed, body svg[onload]").is_empty(),
        "markup from the story was parsed"
    );
    assert_eq!(select(root, "script").len(), 1, "a script element came from the story");
    for e in select(root, "*") {
        for (attr, value) in e.value().attrs() {
            assert!(!attr.starts_with("on"), "an event handler attribute {attr}={value} reached the page");
            if attr == "href" {
                let scheme = value.trim().to_ascii_lowercase();
                assert!(!scheme.starts_with("javascript:"), "a javascript: link reached the page: {value}");
            }
        }
    }
    // The payloads are there, as text the editor can read.
    let quoted = select(root, "blockquote").first().map(text).unwrap_or_default();
    assert!(quoted.contains("<script>document.title='pwned-script'</script>"), "{quoted}");
    assert!(quoted.contains("onerror=\"document.title='pwned-img'\">"), "{quoted}");
    assert!(quoted.contains("[U+202E]txet desrever"), "{quoted}");
    assert_eq!(select(root, "blockquote mark").first().map(text).as_deref(), Some("Prime Minister Rishi Sunak"));
    assert!(!dom.html().contains('\u{202E}'), "a bidi override reached the page");
    let place = select(root, ".where").first().map(text).unwrap_or_default();
    assert_eq!(place, format!("{name}:5:1"));
    assert!(text(&select(root, ".story-title")[0]).contains("</title><script>"));
}

#[test]
fn a_screenshot_of_the_sample_page_is_committed() {
    let file = repo().join("reports/sample-articles.png");
    if std::env::var("FACTDIFF_BLESS").is_ok_and(|v| v == "1") {
        let Some(browser) = browser() else { return };
        let dir = tempfile::tempdir().unwrap();
        let page = dir.path().join("sample-articles.html");
        fs::write(&page, sample_html()).unwrap();
        let shot = dir.path().join("shot.png");
        chromium(&browser, &[&format!("--screenshot={}", shot.display()), "--window-size=1200,1500"], &page);
        fs::copy(&shot, &file).unwrap();
    }
    let png = fs::read(&file).expect("reports/sample-articles.png is committed (FACTDIFF_BLESS=1 takes it)");
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n") && png.len() > 10_000, "not a screenshot");
}

/// A claim the claim files confirm is a circle, one they contradict a
/// triangle, one they cannot place a square; the contradicted claim is
/// joined to the tenure it contradicts.
#[test]
fn timeline_markers_say_how_each_claim_stands_by_shape() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("claims")).unwrap();
    fs::write(
        dir.path().join("claims/uk.yaml"),
        "schema: 1\noffices:\n  - id: uk.prime-minister\n    jurisdiction: UK\n    name: Prime Minister\npeople:\n  - id: keir-starmer\n    name: Keir Starmer\n  - id: rishi-sunak\n    name: Rishi Sunak\ntenures:\n  - person: rishi-sunak\n    office: uk.prime-minister\n    start: 2022-10-25\n    end: 2024-07-05\n  - person: keir-starmer\n    office: uk.prime-minister\n    start: 2024-07-05\n",
    )
    .unwrap();
    let story =
        |published: &str, name: &str| format!("---\npublished: {published}\n---\nPrime Minister {name} spoke.\n");
    fs::write(dir.path().join("a.md"), story("2025-02-10", "Keir Starmer")).unwrap();
    fs::write(dir.path().join("b.md"), story("2025-02-11", "Rishi Sunak")).unwrap();
    fs::write(dir.path().join("c.md"), story("2020-03", "Keir Starmer")).unwrap();
    let out = factdiff(dir.path(), &["check", "a.md", "b.md", "c.md", "--format", "html", "--no-config"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let page = Html::parse_document(&stdout(&out));
    let svg = select(page.root_element(), "svg.timeline[data-office='uk.prime-minister']");
    assert_eq!(svg.len(), 1);
    assert_eq!(
        (svg[0].value().attr("data-from"), svg[0].value().attr("data-to")),
        (Some("2019-01-01"), Some("2027-01-01"))
    );
    assert_eq!(select(svg[0], "rect.tenure").len(), 2);
    for (path, status, shape) in
        [("a.md", "consistent", "circle"), ("b.md", "contradicted", "path"), ("c.md", "unconfirmed", "rect")]
    {
        let marker = select(svg[0], &format!("g.marker[data-path='{path}']"));
        assert_eq!(marker.len(), 1, "{path}");
        assert_eq!(marker[0].value().attr("class"), Some(format!("marker {status}").as_str()), "{path}");
        assert_eq!(select(marker[0], shape).len(), 1, "{path}: shape");
        let tip = select(marker[0], "title").first().map(text).unwrap_or_default();
        assert!(tip.starts_with(status), "{path}: {tip}");
    }
    // A month-long date is drawn across its days.
    assert_eq!(select(svg[0], "g.marker[data-path='c.md'] line.whisker").len(), 1);
    assert_eq!(select(svg[0], "line.conflict[data-code='ledger-holder-conflict']").len(), 1);
}
