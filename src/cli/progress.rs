//! The progress display of long runs: on stderr, only on a terminal and
//! outside CI (`CI` set), never with `-q`. It never touches stdout, so
//! machine formats are unaffected.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Runs shorter than this many documents finish before a bar would help.
const MIN_DOCUMENTS: usize = 20;

pub struct Progress {
    bar: Option<ProgressBar>,
    claims: AtomicU64,
}

impl Progress {
    pub fn new(documents: usize, quiet: bool) -> Progress {
        if quiet || documents < MIN_DOCUMENTS || !super::check::interactive() {
            return Progress { bar: None, claims: AtomicU64::new(0) };
        }
        let bar = ProgressBar::with_draw_target(Some(documents as u64), ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template("{bar:30} {pos}/{len} files, {msg} {elapsed}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar.enable_steady_tick(Duration::from_millis(200));
        Progress { bar: Some(bar), claims: AtomicU64::new(0) }
    }

    pub fn document_done(&self, claims: usize) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
            let total = self.claims.fetch_add(claims as u64, Ordering::Relaxed) + claims as u64;
            let secs = bar.elapsed().as_secs_f64().max(0.001);
            let files = bar.position() as f64;
            bar.set_message(format!(
                "{total} claims ({:.0} files/s, {:.0} claims/s)",
                files / secs,
                total as f64 / secs
            ));
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
