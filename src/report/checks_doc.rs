//! `docs/checks.md`: every finding code's documentation on one page,
//! generated from [`Code::ALL`] and [`Code::doc`] so that it cannot drift
//! from `factdiff explain`. A test regenerates and compares it.

use crate::compare::Code;

/// The page, in `Code::ALL` order: a table of codes, then each code's text
/// under its own heading (the doc's headings moved one level down).
pub fn render() -> String {
    let mut out = String::from(
        "# Finding codes\n\n\
         <!-- Generated from the checks' documentation (docs/checks/*.md) by `factdiff::report::checks_doc`; \
         do not edit. Regenerate with `FACTDIFF_BLESS=1 cargo test --test docs`. -->\n\n\
         Each finding names one of these codes; `factdiff explain CODE` prints the same text.\n\n\
         | code | default severity | flags |\n|---|---|---|\n",
    );
    for c in Code::ALL {
        let summary = c.doc().lines().next().unwrap_or_default().trim_end_matches('.');
        out.push_str(&format!("| [`{c}`](#{c}) | {} | {summary} |\n", c.default_severity()));
    }
    for c in Code::ALL {
        out.push_str(&format!(
            "\n## {c}\n\nDefault severity: `{}`. Source: `docs/checks/{c}.md`.\n\n",
            c.default_severity()
        ));
        let mut in_code = false;
        for line in c.doc().trim_end().lines() {
            if line.starts_with("```") {
                in_code = !in_code;
            }
            if !in_code && line.starts_with('#') {
                out.push('#');
            }
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}
