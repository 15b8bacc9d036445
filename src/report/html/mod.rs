//! The HTML report: one self-contained review page for an editor.
//!
//! The page holds everything inline — its stylesheet and script
//! (`page.css`, `page.js` beside this file) and its pictures (SVG) — and
//! loads nothing: a Content-Security-Policy allows only the page's own
//! style and script, by hash. It reads in full without script; the script
//! adds filters by severity and code and the keys `j`/`n` and `k`/`p` to
//! move between findings, and marks `<html data-factdiff="ready">` when
//! it has run.
//!
//! Layout: a summary; the findings grouped by story (the text of their
//! first location), then by what they are about (an office, a figure, …),
//! each with every side's sentence and the claim in it marked, the
//! claim-file entry, the diff of the normalised claims and the check's
//! explanation; the timeline of each office a finding names
//! ([`timeline`]), under the first heading of that office; the full text
//! of each check found.
//!
//! Every piece of input text goes through [`escape::escape`]; the bytes
//! depend only on the run, the claim files, the editor URL template and the
//! folder links are resolved against.

mod escape;
mod excerpt;
mod timeline;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::{Report, Subject, View, claim_diff, counts, severity_name, summary_line};
use crate::claims::ClaimSet;
use crate::compare::{Code, Evidence, Finding, Severity};

pub use escape::{DEFAULT_EDITOR_URL, EditorUrl, escape, url_part};
pub use excerpt::{Excerpts, Sentence};

const STYLE: &str = include_str!("page.css");
const SCRIPT: &str = include_str!("page.js");

/// The HTML renderer.
pub struct Html<'a> {
    /// The sentences the findings point at, from [`Excerpts::read`] on the
    /// same run.
    pub excerpts: &'a Excerpts,
    /// The link of each location.
    pub editor: EditorUrl,
    /// The folder relative paths are resolved against for `{path}` in the
    /// editor URL (the current folder).
    pub base: PathBuf,
}

/// The Content-Security-Policy of every page: nothing from anywhere, but
/// the page's own style and script, named by their SHA-256.
pub fn content_security_policy() -> String {
    format!(
        "default-src 'none'; style-src '{}'; script-src '{}'; img-src data:; base-uri 'none'; form-action 'none'",
        sha256_source(STYLE),
        sha256_source(SCRIPT)
    )
}

/// A CSP hash source: `sha256-` and the base64 of the digest.
fn sha256_source(text: &str) -> String {
    format!("sha256-{}", base64(&Sha256::digest(text.as_bytes())))
}

/// Standard base64 with padding.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | (u32::from(b) << (16 - 8 * i)));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

impl Report for Html<'_> {
    fn render(&self, view: &View<'_>) -> String {
        let run = view.run;
        let findings = &run.comparison.findings;
        let (errors, warnings, infos) = counts(run);
        let mut out = String::with_capacity(16 * 1024 + findings.len() * 2048);
        let _ = write!(
            out,
            "<!DOCTYPE html>\n<html lang=\"en\" data-factdiff=\"static\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <meta name=\"generator\" content=\"factdiff\">\n\
             <title>factdiff report: {errors} {e}, {warnings} {w}, {infos} {i}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
            csp = content_security_policy(),
            e = plural(errors, "error", "errors"),
            w = plural(warnings, "warning", "warnings"),
            i = plural(infos, "note", "notes"),
        );
        let subject = match view.subject {
            Subject::Texts => "factdiff report",
            Subject::ClaimFiles => "factdiff report on the claim files",
        };
        let _ = write!(out, "<header>\n<h1>{subject}</h1>\n<p>{}</p>\n</header>\n", escape(&summary_line(view)));
        let stories = stories(findings);
        let offices = view.ledger.map(|l| timeline::offices_named(findings, l)).unwrap_or_default();
        out.push_str(&nav(findings, &stories, view));
        out.push_str("<main>\n");
        out.push_str(&summary(view));
        let fingerprints = crate::fingerprint::all(findings);
        let mut drawn = BTreeSet::new();
        for (n, story) in stories.iter().enumerate() {
            out.push_str(&self.story(n, story, view, &fingerprints, &offices, &mut drawn));
        }
        if findings.is_empty() {
            out.push_str("<p>No findings.</p>\n");
        }
        // Offices named only beside another office's heading.
        let rest: Vec<_> = offices.iter().filter(|o| !drawn.contains(&o.id)).collect();
        if let (Some(ledger), false) = (view.ledger, rest.is_empty()) {
            out.push_str(
                "<section aria-labelledby=\"more-timelines\">\n<h2 id=\"more-timelines\">More timelines</h2>\n",
            );
            for office in rest {
                let label = crate::compare::office_label(ledger, &office.id);
                let _ = writeln!(out, "<h3>Office: {}</h3>", escape(&label));
                out.push_str(&timeline::render(office, run, ledger, &label));
            }
            out.push_str("</section>\n");
        }
        if !view.errors.is_empty() {
            out.push_str(
                "<section id=\"input-errors\" aria-labelledby=\"input-errors-h\">\n<h2 id=\"input-errors-h\">Inputs that could not be read</h2>\n<ul>\n",
            );
            for e in view.errors {
                let _ = writeln!(out, "<li><code>{}</code></li>", escape(&e.to_string()));
            }
            out.push_str("</ul>\n</section>\n");
        }
        out.push_str(&checks(findings));
        let _ = write!(out, "</main>\n<script>{SCRIPT}</script>\n</body>\n</html>\n");
        out
    }
}

fn plural(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 { one } else { many }
}

/// The findings of one story (the path of their first location), in report order.
struct Story<'a> {
    path: &'a str,
    /// The document of the first location, when it is a text.
    doc: Option<usize>,
    /// (index in the run's findings, finding).
    findings: Vec<(usize, &'a Finding)>,
}

fn stories(findings: &[Finding]) -> Vec<Story<'_>> {
    let mut out: Vec<Story> = Vec::new();
    let mut at: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, f) in findings.iter().enumerate() {
        let first = f.evidence.first();
        let path = first.map_or("", |e| e.path.as_str());
        let n = *at.entry(path).or_insert_with(|| {
            out.push(Story { path, doc: first.and_then(|e| e.doc), findings: Vec::new() });
            out.len() - 1
        });
        out[n].findings.push((i, f));
    }
    out
}

/// The `<nav>`: the filters and keys (shown by the script), and the contents.
fn nav(findings: &[Finding], stories: &[Story], view: &View<'_>) -> String {
    let mut out = String::from("<nav aria-label=\"Report\">\n<div id=\"controls\" hidden>\n");
    let severities: BTreeSet<Severity> = findings.iter().map(|f| f.severity).collect();
    out.push_str("<fieldset><legend>Severity</legend>");
    for s in severities.iter().rev() {
        let name = severity_name(*s);
        let _ =
            write!(out, "<label><input type=\"checkbox\" name=\"severity\" value=\"{name}\" checked> {name}</label>");
    }
    out.push_str("</fieldset>\n<fieldset><legend>Code</legend>");
    for code in codes_found(findings) {
        let _ = write!(out, "<label><input type=\"checkbox\" name=\"code\" value=\"{code}\" checked> {code}</label>");
    }
    out.push_str(
        "</fieldset>\n<p>Keys: <kbd>j</kbd> or <kbd>n</kbd> next finding, <kbd>k</kbd> or <kbd>p</kbd> previous finding. \
         <span id=\"shown\" aria-live=\"polite\"></span></p>\n</div>\n<ul>\n<li><a href=\"#summary\">Summary</a></li>\n",
    );
    for (n, story) in stories.iter().enumerate() {
        let k = story.findings.len();
        let _ = writeln!(
            out,
            "<li><a href=\"#story-{}\">{}</a> ({k} {})</li>",
            n + 1,
            escape(story.path),
            plural(k, "finding", "findings")
        );
    }
    if !view.errors.is_empty() {
        out.push_str("<li><a href=\"#input-errors\">Inputs that could not be read</a></li>\n");
    }
    if !findings.is_empty() {
        out.push_str("<li><a href=\"#checks\">The checks</a></li>\n");
    }
    out.push_str("</ul>\n</nav>\n");
    out
}

/// The codes of `findings`, in the order of [`Code::ALL`].
fn codes_found(findings: &[Finding]) -> Vec<Code> {
    let found: BTreeSet<Code> = findings.iter().map(|f| f.code).collect();
    Code::ALL.into_iter().filter(|c| found.contains(c)).collect()
}

/// Counts of the run: by severity and code, documents, claims, claim files,
/// corroborations.
fn summary(view: &View<'_>) -> String {
    let run = view.run;
    let findings = &run.comparison.findings;
    let (errors, warnings, infos) = counts(run);
    let files = view.ledger.map(claim_files).unwrap_or_default();
    let mut out = String::from(
        "<section id=\"summary\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">Summary</h2>\n<div class=\"overview\">\n<dl class=\"counts\">",
    );
    let mut item = |name: &str, value: usize| {
        let _ = write!(out, "<dt>{name}</dt><dd>{value}</dd>");
    };
    item("Errors", errors);
    item("Warnings", warnings);
    item("Notes", infos);
    if view.subject == Subject::Texts {
        item("Documents", run.documents.len());
        item("Claims", run.claims.len());
    }
    item("Claim files used", files.len());
    if view.subject == Subject::Texts {
        item("Office holders corroborated across sources", run.comparison.corroboration.office_holders);
        item("Claims confirmed by the claim files", run.comparison.corroboration.confirmed_by_claim_files);
    }
    item("Inputs that could not be read", view.errors.len());
    out.push_str("</dl>\n");
    if !findings.is_empty() {
        out.push_str(
            "<table>\n<caption>Findings by code</caption>\n<thead><tr><th scope=\"col\">Code</th><th scope=\"col\">Severity</th><th scope=\"col\">Findings</th></tr></thead>\n<tbody>\n",
        );
        let mut by: BTreeMap<(Code, std::cmp::Reverse<Severity>), usize> = BTreeMap::new();
        for f in findings {
            *by.entry((f.code, std::cmp::Reverse(f.severity))).or_default() += 1;
        }
        for ((code, severity), n) in by {
            let _ = writeln!(
                out,
                "<tr><td><a href=\"#check-{code}\"><code>{code}</code></a></td><td>{}</td><td class=\"n\">{n}</td></tr>",
                severity_name(severity.0)
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    out.push_str("</div>\n");
    if !files.is_empty() {
        let _ = write!(out, "<details><summary>The {} claim files used</summary><ul>", files.len());
        for f in &files {
            let _ = write!(out, "<li><code>{}</code></li>", escape(f));
        }
        out.push_str("</ul></details>\n");
    }
    out.push_str("</section>\n");
    out
}

/// The files the claim set was read from, by path.
fn claim_files(ledger: &ClaimSet) -> BTreeSet<&str> {
    let origins = ledger
        .offices
        .iter()
        .map(|o| &o.origin)
        .chain(ledger.people.iter().map(|p| &p.origin))
        .chain(ledger.tenures.iter().map(|t| &t.origin))
        .chain(ledger.figures.iter().map(|f| &f.origin))
        .chain(ledger.suppressions.iter().map(|s| &s.origin));
    origins.map(|o| o.path.as_str()).collect()
}

/// What findings are about, for the headings under a story: (kind, label).
type Topic = (&'static str, String);

/// What a finding is about: an office, a figure, an event or a person.
fn topic(f: &Finding, ledger: Option<&ClaimSet>) -> Topic {
    let field = |name: &str| f.evidence.iter().flat_map(|e| &e.fields).find(|(k, _)| *k == name).map(|(_, v)| v);
    if let Some(id) = field("office") {
        return match ledger.and_then(|l| l.office(id).map(|_| l)) {
            Some(l) => ("Office", crate::compare::office_label(l, id)),
            None => ("Office", id.clone()),
        };
    }
    for e in f.evidence.iter().filter(|e| e.span.is_none()) {
        let figure =
            ledger.is_some_and(|l| l.figures.iter().any(|fig| fig.origin.path == e.path && fig.origin.line == e.line));
        if figure {
            return ("Figure", e.text.clone());
        }
    }
    if let Some(event) = field("event") {
        return ("Event", event.clone());
    }
    if let Some(subject) = field("subject") {
        return ("Subject", subject.clone());
    }
    if let Some(person) = field("person") {
        return ("Person", person.clone());
    }
    match f.evidence.iter().find(|e| e.span.is_none()) {
        Some(e) => ("Claim-file entry", e.text.clone()),
        None => ("Other", String::from("other findings")),
    }
}

impl Html<'_> {
    fn story(
        &self,
        n: usize,
        story: &Story,
        view: &View<'_>,
        fingerprints: &[String],
        offices: &[&crate::claims::Office],
        drawn: &mut BTreeSet<String>,
    ) -> String {
        let mut out = format!(
            "<section class=\"story\" id=\"story-{id}\" aria-labelledby=\"story-{id}-h\">\n<h2 id=\"story-{id}-h\">{}</h2>\n",
            escape(story.path),
            id = n + 1
        );
        if let Some(title) = story.doc.and_then(|d| view.run.documents.get(d)).and_then(|d| d.title.as_deref()) {
            let _ = writeln!(out, "<p class=\"story-title\">{}</p>", escape(title));
        }
        // Topics in the order of their first finding.
        let mut topics: Vec<(Topic, Vec<(usize, &Finding)>)> = Vec::new();
        for &(i, f) in &story.findings {
            let t = topic(f, view.ledger);
            match topics.iter_mut().find(|(k, _)| *k == t) {
                Some((_, list)) => list.push((i, f)),
                None => topics.push((t, vec![(i, f)])),
            }
        }
        for ((kind, label), list) in topics {
            let _ = write!(out, "<section class=\"subject\">\n<h3>{kind}: {}", escape(&label));
            let office = list
                .iter()
                .flat_map(|(_, f)| &f.evidence)
                .flat_map(|e| &e.fields)
                .find_map(|(k, v)| (*k == "office").then_some(v).filter(|v| offices.iter().any(|o| o.id == **v)));
            match (office, view.ledger) {
                // The office's timeline goes under its first heading; later
                // headings link to it.
                (Some(id), Some(ledger)) if drawn.insert(id.clone()) => {
                    out.push_str("</h3>\n");
                    let office = offices.iter().find(|o| o.id == *id).expect("offices named hold it");
                    out.push_str(&timeline::render(office, view.run, ledger, &label));
                }
                (Some(id), _) => {
                    let _ = writeln!(
                        out,
                        " <a class=\"to-timeline\" href=\"#{}\">(timeline above)</a></h3>",
                        escape(&timeline::anchor(id))
                    );
                }
                (None, _) => out.push_str("</h3>\n"),
            }
            for (i, f) in list {
                out.push_str(&self.finding(i, f, &fingerprints[i]));
            }
            out.push_str("</section>\n");
        }
        out.push_str("</section>\n");
        out
    }

    fn finding(&self, i: usize, f: &Finding, fingerprint: &str) -> String {
        let severity = severity_name(f.severity);
        let code = f.code.as_str();
        let mut out = format!(
            "<article class=\"finding {severity}\" id=\"finding-{n}\" tabindex=\"-1\" data-severity=\"{severity}\" data-code=\"{code}\" data-fingerprint=\"{fingerprint}\">\n\
             <h4><span class=\"badge {severity}\">{severity}</span> <code>{code}</code> {message}</h4>\n\
             <p class=\"explain\">{short} <a href=\"#check-{code}\">The full text</a> (<code>docs/checks/{code}.md</code>, <code>factdiff explain {code}</code>).</p>\n\
             <div class=\"sides\">\n",
            n = i + 1,
            message = escape(&f.message),
            short = escape(f.code.doc().lines().next().unwrap_or("")),
        );
        let mut sources = 0;
        for e in &f.evidence {
            let role = match e.span {
                Some(_) => {
                    sources += 1;
                    if sources == 1 { "This text" } else { "Another source" }
                }
                None => "Claim-file entry",
            };
            out.push_str(&self.side(role, e));
        }
        out.push_str("</div>\n");
        if let [first, others @ ..] = f.evidence.as_slice()
            && !others.is_empty()
        {
            out.push_str("<details open><summary>Diff of the normalised claims</summary>\n");
            for other in others {
                out.push_str(&diff(first, other));
            }
            out.push_str("</details>\n");
        }
        out.push_str("</article>\n");
        out
    }

    /// One side of a finding: where it is, and what it says there.
    fn side(&self, role: &str, e: &Evidence) -> String {
        let kind = if e.span.is_some() { "source" } else { "entry" };
        let mut out =
            format!("<section class=\"side {kind}\">\n<h5>{role}</h5>\n<p class=\"where\">{}</p>\n", self.place(e));
        match (e.doc, e.span) {
            (Some(doc), Some(span)) => {
                match self.excerpts.get(doc, span) {
                    Some(s) => {
                        let _ = writeln!(
                            out,
                            "<blockquote>{}<mark>{}</mark>{}</blockquote>",
                            escape(&s.before),
                            escape(&s.claim),
                            escape(&s.after)
                        );
                    }
                    None => {
                        let _ = writeln!(out, "<blockquote><mark>{}</mark></blockquote>", escape(&e.text));
                    }
                }
                let _ = writeln!(out, "<p class=\"value\">Read as: {}</p>", escape(&e.value));
            }
            _ => {
                let _ = writeln!(out, "<p class=\"entry\">{}</p>", escape(&e.text));
            }
        }
        out.push_str("</section>\n");
        out
    }

    /// `path:line:column`, linked through the editor URL template.
    fn place(&self, e: &Evidence) -> String {
        let shown = escape(&format!("{}:{}:{}", e.path, e.line, e.column));
        if e.path == "-" {
            return format!("{shown} (standard input)");
        }
        let relative = Path::new(&e.path);
        let absolute = if relative.is_absolute() { relative.to_path_buf() } else { self.base.join(relative) };
        let url = self.editor.link(&absolute.to_string_lossy(), &e.path, e.line, e.column);
        if url.is_empty() {
            return shown;
        }
        format!("<a href=\"{}\">{shown}</a>", escape(&url))
    }
}

/// The unified diff of two sides' normalised claims, one line per line,
/// removed lines as `<del>` and added ones as `<ins>` (their `-` and `+`
/// kept, so the meaning does not rest on colour).
fn diff(a: &Evidence, b: &Evidence) -> String {
    let mut out = String::from("<pre class=\"diff\">");
    for line in claim_diff(a, b).lines() {
        let text = escape(line);
        let _ = match line.as_bytes().first() {
            _ if line.starts_with("---") || line.starts_with("+++") => {
                writeln!(out, "<span class=\"head\">{text}</span>")
            }
            Some(b'@') => writeln!(out, "<span class=\"hunk\">{text}</span>"),
            Some(b'-') => writeln!(out, "<del>{text}</del>"),
            Some(b'+') => writeln!(out, "<ins>{text}</ins>"),
            _ => writeln!(out, "{text}"),
        };
    }
    out.push_str("</pre>\n");
    out
}

/// The full text of every check found, from `docs/checks/CODE.md`.
fn checks(findings: &[Finding]) -> String {
    let codes = codes_found(findings);
    if codes.is_empty() {
        return String::new();
    }
    let mut out =
        String::from("<section id=\"checks\" aria-labelledby=\"checks-h\">\n<h2 id=\"checks-h\">The checks</h2>\n");
    for code in codes {
        let _ = write!(
            out,
            "<section class=\"doc\" id=\"check-{code}\">\n<h3><code>{code}</code> <small>(docs/checks/{code}.md)</small></h3>\n{}</section>\n",
            markdown(code.doc())
        );
    }
    out.push_str("</section>\n");
    out
}

/// The little Markdown the check docs use: `## ` headings, fenced code,
/// paragraphs with `inline code`; all of it escaped.
fn markdown(doc: &str) -> String {
    let mut out = String::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let mut fence: Option<Vec<&str>> = None;
    let flush = |paragraph: &mut Vec<&str>, out: &mut String| {
        if !paragraph.is_empty() {
            let _ = writeln!(out, "<p>{}</p>", inline(&paragraph.join(" ")));
            paragraph.clear();
        }
    };
    for line in doc.lines() {
        if let Some(code) = &mut fence {
            if line.starts_with("```") {
                let _ = writeln!(out, "<pre>{}</pre>", escape(&code.join("\n")));
                fence = None;
            } else {
                code.push(line);
            }
        } else if line.starts_with("```") {
            flush(&mut paragraph, &mut out);
            fence = Some(Vec::new());
        } else if let Some(heading) = line.strip_prefix("## ") {
            flush(&mut paragraph, &mut out);
            let _ = writeln!(out, "<h4>{}</h4>", escape(heading));
        } else if line.trim().is_empty() {
            flush(&mut paragraph, &mut out);
        } else {
            paragraph.push(line);
        }
    }
    if let Some(code) = fence {
        let _ = writeln!(out, "<pre>{}</pre>", escape(&code.join("\n")));
    }
    flush(&mut paragraph, &mut out);
    out
}

/// A paragraph with its `backquoted` parts as code.
fn inline(text: &str) -> String {
    text.split('`')
        .enumerate()
        .map(|(i, part)| if i % 2 == 1 { format!("<code>{}</code>", escape(part)) } else { escape(part) })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_rfc_4648_vectors() {
        for (plain, encoded) in
            [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("foobar", "Zm9vYmFy")]
        {
            assert_eq!(base64(plain.as_bytes()), encoded);
        }
    }

    #[test]
    fn the_policy_names_the_script_by_its_hash_and_allows_nothing_else() {
        let csp = content_security_policy();
        assert!(csp.starts_with("default-src 'none'; "), "{csp}");
        assert!(csp.contains(&format!("script-src '{}'", sha256_source(SCRIPT))), "{csp}");
        assert_eq!(sha256_source("abc"), "sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
        assert!(!csp.contains("unsafe"), "{csp}");
    }

    #[test]
    fn check_docs_become_headings_paragraphs_and_code() {
        let html = markdown("Flags <b>.\n\n## What it does\nSee `a<b`\nand more.\n```text\nx < y\n```\n");
        assert_eq!(
            html,
            "<p>Flags &lt;b&gt;.</p>\n<h4>What it does</h4>\n<p>See <code>a&lt;b</code> and more.</p>\n<pre>x &lt; y</pre>\n"
        );
    }

    #[test]
    fn removed_and_added_lines_keep_their_signs() {
        let side = |person: &str| Evidence {
            path: "a.md".into(),
            line: 1,
            column: 1,
            span: None,
            doc: None,
            text: String::new(),
            value: String::new(),
            fields: vec![("person", person.into()), ("office", "x".into())],
        };
        let html = diff(&side("Jo <Bo>"), &side("Al"));
        assert!(html.contains("<del>-person: Jo &lt;Bo&gt;</del>"), "{html}");
        assert!(html.contains("<ins>+person: Al</ins>"), "{html}");
        assert!(html.contains(" office: x\n"), "{html}");
    }
}
