//! Interned words: the stems, heads and participant keys of subject frames.
//!
//! A run keeps every frame until its end (one per date and amount of every
//! text: 125,870 on Reuters-21578, holding about a million words), and the
//! same few thousand stems and names recur through them. Each frame word
//! was its own heap string; interned, a frame holds only references to one
//! copy of each word, so a word costs a hash lookup instead of an
//! allocation, and the run's memory no longer grows with every word of
//! every frame.
//!
//! Invariant: an interned word lives until the process ends. The words
//! kept are bounded by the vocabulary of the texts read (stems and names),
//! not by the number of texts or values. Each thread keeps its own table,
//! so a word may be held once per thread: interned words are compared by
//! their text, never by address.

use std::cell::RefCell;

use rustc_hash::FxHashSet;

/// The one copy of `word` this thread keeps, made on first use.
pub fn intern(word: &str) -> &'static str {
    thread_local! {
        static WORDS: RefCell<FxHashSet<&'static str>> = RefCell::new(FxHashSet::default());
    }
    WORDS.with_borrow_mut(|words| match words.get(word) {
        Some(&held) => held,
        None => {
            let held: &'static str = Box::leak(word.into());
            words.insert(held);
            held
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_kept_once_and_reads_as_itself() {
        let a = intern("signatur");
        let b = intern(&String::from("signatur"));
        assert_eq!(a, "signatur");
        assert!(std::ptr::eq(a, b));
        assert_eq!(intern(""), "");
    }
}
