//! The keyed comparison of values across sources, shared by
//! `event-date-conflict` and `figure-conflict`.
//!
//! Claims are never compared all pairs. Each value with a comparable frame
//! (see [`crate::normalise::frame`]) is filed under one key per participant
//! (its [`MAX_KEYS`] nearest):
//! (value class, participant), where the class is the value's kind and unit
//! — dates; money in one currency; counts of one noun; percentages. Within a
//! key, claims are sorted by publication date, and each is compared with at
//! most [`MAX_PARTNERS`] claims of other texts published within the window
//! after it. Two claims speak of the same thing when:
//!
//! - the texts come from different outlets (when the metadata names them):
//!   an outlet's successive stories update one another;
//! - both texts' publication dates lie, whole, within the window of each
//!   other (texts dated only to a year are not held to speak of one moment);
//! - the texts tell one story: the participants of their values (of every
//!   kind, not only those compared) share at least
//!   [`STORY_NAMES`](crate::normalise::story::STORY_NAMES) names;
//! - both values are stated (not expected, not interim), play the same role
//!   (a total is compared with totals) and are not parts or date bounds;
//! - their stated periods, when both have one, overlap;
//! - they share a participant and enough terms: with equal heads one more
//!   (dates) or two (figures; none for two figures whose digits differ by
//!   one swap of neighbours, "254" and "245"), without a head two, with
//!   different heads four;
//! - each is the other's best match in the other's text: the text's claim
//!   with equal heads, most shared terms and the shared participant nearest
//!   to both values. A text with two equally good candidates that disagree
//!   is ambiguous, and not compared.
//!
//! Claims joined by such pairs form a group (one of more than
//! [`MAX_GROUP_TEXTS`] texts is left alone: it joins different things); the group's values fall into
//! clusters that agree (every two values of a cluster agree). One cluster:
//! the sources corroborate each other. Several, with one held by more texts
//! than any other: each other cluster is an outlier, reported once, with
//! the number of texts that agree against it. No such majority: one finding
//! shows every value.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use rustc_hash::FxHashMap;

use super::{Code, Evidence, Finding, Input, NumberMap, Severity};
use crate::normalise::Claim;
use crate::normalise::frame::{Frame, Modality, Role};
use crate::time::DateValue;

/// The most later claims of one key each claim is compared with.
pub const MAX_PARTNERS: usize = 4;

/// How many of a value's participants (the nearest) file it under a key.
pub const MAX_KEYS: usize = 3;

/// The most texts a group may join. One story is told by a handful of
/// outlets; a larger group has been chained together from claims about
/// different things (a dateline, a company's successive results), and no
/// one value in it can be called the outlier.
pub const MAX_GROUP_TEXTS: usize = 12;

/// One value as the comparison sees it.
pub(crate) struct Item<'a> {
    pub claim: &'a Claim,
    pub frame: &'a Frame,
    /// Kind and unit: only items of one class are compared.
    pub class: (u8, &'a str),
    /// The value's range, ends included; `None` for an open end.
    pub low: Option<Decimal>,
    pub high: Option<Decimal>,
    /// The value itself, for messages and the diff (made only for findings).
    pub value: Value<'a>,
    /// For a date, its first day (as a day number).
    pub dated_day: Option<i32>,
}

/// What an item states.
#[derive(Clone, Copy)]
pub(crate) enum Value<'a> {
    Date(DateValue),
    Amount(&'a crate::normalise::AmountClaim),
}

impl Item<'_> {
    /// The value as shown in messages.
    fn shown(&self) -> String {
        match self.value {
            Value::Date(d) => d.to_string(),
            Value::Amount(a) => format!("{} {}", a.shown(), a.unit.as_deref().unwrap_or("")).trim_end().to_string(),
        }
    }

    /// The fields of the diff, the frame's included.
    fn fields(&self, input: &Input<'_>) -> Vec<(&'static str, String)> {
        let bound = |d: Option<Decimal>| d.map_or_else(|| "(open)".into(), |d| d.normalize().to_string());
        let mut fields = match self.value {
            Value::Date(d) => vec![
                ("date", d.to_string()),
                (
                    "as-of",
                    input.documents[self.claim.doc].published.map_or_else(|| "(undated)".into(), |p| p.to_string()),
                ),
            ],
            Value::Amount(a) => vec![
                ("value", a.shown()),
                ("unit", a.unit.clone().unwrap_or_default()),
                ("low", bound(self.low)),
                ("high", bound(self.high)),
                ("as-of", a.as_of.map_or_else(|| "(undated)".into(), |d| d.to_string())),
            ],
        };
        frame_fields(self.frame, &mut fields);
        fields
    }
}

/// Publication days of a text, as day numbers.
pub(crate) fn published_days(input: &Input<'_>, doc: usize) -> Option<(i32, i32)> {
    let p = input.documents[doc].published?;
    Some((day_number(p.first_day()), day_number(p.last_day())))
}

/// The root of `x` in a union-find forest of `parent` links, halving the
/// path on the way: the groups of values that tell one story.
pub(crate) fn root(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

/// Days since 1970-01-01, by the civil calendar (cheaper than a span).
pub(crate) fn day_number(d: jiff::civil::Date) -> i32 {
    let (y, m, day) = (i32::from(d.year()), i32::from(d.month()), i32::from(d.day()));
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Whether two values agree (their ranges meet).
fn agree(a: &Item<'_>, b: &Item<'_>) -> bool {
    a.high.is_none_or(|h| b.low.is_none_or(|l| l <= h)) && b.high.is_none_or(|h| a.low.is_none_or(|l| l <= h))
}

/// Whether two amounts are written with the same digits but for one swap
/// of two neighbouring digits, at least three of them significant ("$254
/// billion" and "$245 billion"; not "12" and "21", too short to tell).
fn transposed(a: &Item<'_>, b: &Item<'_>) -> bool {
    let (Value::Amount(x), Value::Amount(y)) = (a.value, b.value) else { return false };
    let (x, y) = (x.value.normalize().to_string(), y.value.normalize().to_string());
    let significant = x.trim_end_matches(['0', '.']).trim_start_matches(['0', '.', '-']).len();
    if x.len() != y.len() || significant < 3 {
        return false;
    }
    let differ: Vec<usize> =
        x.bytes().zip(y.bytes()).enumerate().filter(|(_, (p, q))| p != q).map(|(i, _)| i).collect();
    matches!(differ[..], [i, j] if j == i + 1 && x.as_bytes()[i] == y.as_bytes()[j] && x.as_bytes()[j] == y.as_bytes()[i])
}

/// Whether a frame may be compared at all.
fn comparable(f: &Frame) -> bool {
    f.is_comparable() && f.modality == Modality::Stated && matches!(f.role, Role::Value | Role::Total)
}

/// Whether two texts come from one outlet: its reports update one another
/// (a wire's successive stories), they are not two sources.
pub(crate) fn same_outlet(input: &Input<'_>, a: usize, b: usize) -> bool {
    match (&input.documents[a].outlet, &input.documents[b].outlet) {
        (Some(x), Some(y)) => x.trim().eq_ignore_ascii_case(y.trim()),
        _ => false,
    }
}

/// Each text's outlet as a number (trimmed, ASCII case folded), for
/// [`same_outlet`] asked of many pairs: a wire's stories all share one
/// outlet, and every pair of its values within the window is asked.
struct Outlets(Vec<Option<u32>>);

impl Outlets {
    fn of(input: &Input<'_>) -> Outlets {
        let mut ids: FxHashMap<String, u32> = FxHashMap::default();
        let numbers = input
            .documents
            .iter()
            .map(|d| {
                let key = d.outlet.as_ref()?.trim().to_ascii_lowercase();
                let n = ids.len() as u32;
                Some(*ids.entry(key).or_insert(n))
            })
            .collect();
        Outlets(numbers)
    }

    /// [`same_outlet`] of texts `a` and `b`.
    fn same(&self, a: usize, b: usize) -> bool {
        matches!((self.0[a], self.0[b]), (Some(x), Some(y)) if x == y)
    }
}

/// The day of `it` when it is a past event (its sentence does not look
/// ahead): a text published before that day cannot be speaking of it.
fn event_day(it: &Item<'_>) -> Option<i32> {
    if it.frame.ahead { None } else { it.dated_day }
}

/// One side of a pair as [`score`] reads it: what it needs of the frame,
/// kept beside the item, with the frame's words as numbers (equal numbers,
/// equal words).
#[derive(Clone, Copy)]
struct Side<'s> {
    frame: &'s Frame,
    /// Whether the frame states a period.
    period: bool,
    role: Role,
    head: Option<u32>,
    /// The participants, nearest first.
    who: &'s [u32],
    /// The terms, sorted by number.
    terms: &'s [u32],
}

/// How well two frames match; `None` when they do not speak of one thing.
fn score(a: Side<'_>, b: Side<'_>, with_head: usize) -> Option<u32> {
    if a.role != b.role {
        return None;
    }
    if a.period
        && b.period
        && let (Some(p), Some(q)) = (a.frame.period, b.frame.period)
        && !p.overlaps(&q)
    {
        return None;
    }
    // A figure for a stated period and one for "now" are compared only
    // when the period reaches the other text's time (see `compare`).
    if !a.who.iter().any(|p| b.who.contains(p)) {
        return None;
    }
    // The head is what the value is the value of: equal heads need
    // `with_head` more shared words (one for a date, two for a figure,
    // whose head is often a noun as common as "tariffs"), a missing head
    // two, different heads four.
    let heads = a.head.is_some() && a.head == b.head;
    // Two lists sorted alike share as many words in any one order.
    let terms = crate::normalise::frame::shared_sorted(a.terms, b.terms, usize::MAX) as u32;
    let needed = match (a.head, b.head) {
        (Some(x), Some(y)) if x == y => with_head as u32,
        (Some(_), Some(_)) => 4,
        _ => 2,
    };
    if terms < needed {
        return None;
    }
    // Every shared participant counts, the nearer to both values the more.
    let most = crate::normalise::frame::MAX_PARTICIPANTS;
    let near: usize = a
        .who
        .iter()
        .enumerate()
        .filter_map(|(i, p)| b.who.iter().position(|q| q == p).map(|j| (most - i) * (most - j)))
        .sum();
    Some(u32::from(heads) * 8 + terms * 2 + near as u32)
}

/// The comparison's outcome: groups of claims that speak of one thing, each
/// with its clusters of agreeing values.
pub(crate) struct Outcome {
    /// Groups in which every value agrees, stated by two texts or more.
    pub corroborated: usize,
}

/// Compares `items` across texts and reports disagreements under `code`;
/// `what` names the value kind in messages ("the date", "the figure").
pub(crate) fn compare<'a>(
    input: &Input<'a>,
    items: &'a [Item<'a>],
    code: Code,
    what: &str,
    findings: &mut Vec<Finding>,
) -> Outcome {
    let window = input.options.frame_window_days;
    let outlets = Outlets::of(input);
    // Each item's text, side by side: every pair asks it, and a claim is a
    // large record far from its item (at 10^6 claims, a cache miss each).
    let doc: Vec<usize> = items.iter().map(|it| it.claim.doc).collect();
    let mut by_doc: NumberMap<usize, Option<(i32, i32)>> = NumberMap::default();
    let days: Vec<Option<(i32, i32)>> =
        doc.iter().map(|&d| *by_doc.entry(d).or_insert_with(|| published_days(input, d))).collect();
    // Names and classes as numbers, so that keys and stories compare cheaply.
    let mut ids: FxHashMap<&str, u32> = FxHashMap::default();
    let mut id = |s: &'a str| {
        let n = ids.len() as u32;
        *ids.entry(s).or_insert(n)
    };
    let mut classes: FxHashMap<(u8, &str), u32> = FxHashMap::default();
    let mut keys: NumberMap<(u32, u32), Vec<u32>> = NumberMap::default();
    // The story of each text with values here, by text number.
    let mut story: Vec<Option<Vec<u32>>> = vec![None; input.documents.len()];
    // What the pairing below reads of each item, side by side like `doc`:
    // its day as a past event, whether it states a period, its role and
    // head, and the words of each comparable item as numbers: participants
    // `words[who_at[i]..terms_at[i]]`, then terms, sorted, up to
    // `who_at[i + 1]`.
    let mut past: Vec<Option<i32>> = Vec::with_capacity(items.len());
    let mut period: Vec<bool> = Vec::with_capacity(items.len());
    let mut role: Vec<Role> = Vec::with_capacity(items.len());
    let mut head: Vec<Option<u32>> = Vec::with_capacity(items.len());
    let mut words: Vec<u32> = Vec::new();
    let mut who_at: Vec<usize> = Vec::with_capacity(items.len() + 1);
    let mut terms_at: Vec<usize> = Vec::with_capacity(items.len());
    for (i, it) in items.iter().enumerate() {
        past.push(event_day(it));
        period.push(it.frame.period.is_some());
        role.push(it.frame.role);
        who_at.push(words.len());
        // The text's names are gathered below, from all its values.
        story[doc[i]].get_or_insert_default();
        if !comparable(it.frame) || days[i].is_none() {
            head.push(None);
            terms_at.push(words.len());
            continue;
        }
        head.push(it.frame.head.map(&mut id));
        words.extend(it.frame.participants.iter().map(|p| id(p)));
        terms_at.push(words.len());
        words.extend(it.frame.terms.iter().map(|t| id(t)));
        words[terms_at[i]..].sort_unstable();
        let n = classes.len() as u32;
        let class = *classes.entry(it.class).or_insert(n);
        for &p in words[who_at[i]..terms_at[i]].iter().take(MAX_KEYS) {
            keys.entry((class, p)).or_default().push(i as u32);
        }
    }
    who_at.push(words.len());
    let side = |i: usize| Side {
        frame: items[i].frame,
        period: period[i],
        role: role[i],
        head: head[i],
        who: &words[who_at[i]..terms_at[i]],
        terms: &words[terms_at[i]..who_at[i + 1]],
    };
    // A text's story is told by all its values, not only those compared
    // here (a text giving one date of an event names the people of it in
    // its figures too); the values compared are among them.
    for claim in input.claims {
        if let Some(Some(names)) = story.get_mut(claim.doc)
            && let Some(frame) = claim.value.frame()
        {
            names.extend(frame.participants.iter().map(|p| id(p)));
        }
    }
    for names in story.iter_mut().flatten() {
        names.sort_unstable();
        names.dedup();
    }
    // The names each text's values are told with: two texts tell one story
    // when they share `STORY_NAMES` of them.
    let told = |x: usize| story[x].as_deref().expect("a text with values has a story");
    let same_story = |x: usize, y: usize| crate::normalise::story::one_story(told(x), told(y));
    // One period stated: it must reach the other text's time.
    let timely = |x: usize, (first, last): (i32, i32)| {
        items[x].frame.period.is_none_or(|p| {
            let (lo, hi) = (day_number(p.first_day()), day_number(p.last_day()));
            lo <= last + window && hi >= first - window
        })
    };
    // Candidate pairs (lower item first), with their scores.
    let mut candidates: Vec<(u32, u32, u32)> = Vec::new();
    let mut run_end: Vec<usize> = Vec::new();
    // The order of the keys never reaches the output: candidates are sorted.
    #[allow(clippy::iter_over_hash_type)]
    for list in keys.values_mut() {
        // A text's values share its publication days, so they lie side by
        // side; `run_end[k]` is where the run of `list[k]`'s text ends, and
        // the partners of a value are looked for past it (a text with many
        // values is stepped over at once, not value by value). The item's
        // number ends every sort key, so no two keys are equal.
        list.sort_unstable_by_key(|&i| (days[i as usize].map(|d| d.0), doc[i as usize], i));
        run_end.clear();
        run_end.resize(list.len(), list.len());
        for k in (0..list.len().saturating_sub(1)).rev() {
            if doc[list[k] as usize] == doc[list[k + 1] as usize] {
                run_end[k] = run_end[k + 1];
            } else {
                run_end[k] = k + 1;
            }
        }
        for (k, &a) in list.iter().enumerate() {
            let a = a as usize;
            let (a_first, a_last) = days[a].expect("dated");
            let mut partners = 0;
            for &b in &list[run_end[k]..] {
                let b = b as usize;
                let (b_first, b_last) = days[b].expect("dated");
                if b_first - a_first > window || partners == MAX_PARTNERS {
                    break;
                }
                if outlets.same(doc[a], doc[b]) {
                    continue;
                }
                if a_last.max(b_last) - a_first.min(b_first) > window {
                    continue;
                }
                partners += 1;
                // A past event that happened after the other text was
                // published: the other text cannot be speaking of it.
                if past[a].is_some_and(|d| d > b_last)
                    || past[b].is_some_and(|d| d > a_last)
                    || !same_story(doc[a], doc[b])
                {
                    continue;
                }
                if period[a] != period[b] && !(timely(a, days[b].expect("dated")) && timely(b, days[a].expect("dated")))
                {
                    continue;
                }
                // Two figures whose digits differ by one swap of neighbours
                // ("254" and "245") are one figure, one of them mistyped:
                // equal heads suffice to compare them. (Heads first: the
                // digits are written out only for the few pairs they fit.)
                let with_head = if items[a].dated_day.is_some() {
                    1
                } else if head[a].is_some() && head[a] == head[b] && transposed(&items[a], &items[b]) {
                    0
                } else {
                    2
                };
                if let Some(s) = score(side(a), side(b), with_head) {
                    candidates.push((a.min(b) as u32, a.max(b) as u32, s));
                }
            }
        }
    }
    candidates.sort_unstable();
    candidates.dedup_by_key(|c| (c.0, c.1));
    let best = Best::of(&candidates, &doc, |z, y| agree(&items[z], &items[y]));
    let mutual = |x: usize, y: usize| best.of_item(x, doc[y]) == Some(y);
    let mut parent: Vec<usize> = (0..items.len()).collect();
    // Values a text states for subjects it leaves unnamed, by (text, class).
    // Only looked up, never walked: its order never reaches the output.
    let mut unnamed: FxHashMap<(usize, (u8, &str)), Vec<usize>> = FxHashMap::default();
    for (i, it) in items.iter().enumerate() {
        if !it.frame.is_comparable() {
            unnamed.entry((doc[i], it.class)).or_default().push(i);
        }
    }
    // A text that also states the other text's value, for a subject it
    // leaves unnamed, may be speaking of two things (two rounds of a vote).
    let echoed = |x: usize, y: usize| {
        unnamed.get(&(doc[x], items[x].class)).is_some_and(|list| list.iter().any(|&z| agree(&items[z], &items[y])))
    };
    let mut joined = vec![false; items.len()];
    for &(a, b, _) in &candidates {
        let (a, b) = (a as usize, b as usize);
        if mutual(a, b) && mutual(b, a) && (agree(&items[a], &items[b]) || !(echoed(a, b) || echoed(b, a))) {
            let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
            parent[ra.max(rb)] = ra.min(rb);
            joined[a] = true;
            joined[b] = true;
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, &j) in joined.iter().enumerate() {
        if j {
            let r = root(&mut parent, i);
            groups.entry(r).or_default().push(i);
        }
    }
    let mut outcome = Outcome { corroborated: 0 };
    for members in groups.values() {
        let mut texts: Vec<usize> = members.iter().map(|&i| items[i].claim.doc).collect();
        texts.sort_unstable();
        texts.dedup();
        if texts.len() > MAX_GROUP_TEXTS {
            continue;
        }
        let clusters = clusters(items, members);
        if clusters.len() == 1 {
            outcome.corroborated += 1;
            continue;
        }
        report(input, items, &clusters, code, what, findings);
    }
    outcome
}

/// Each item's best candidate in each other text, kept in a row beside the
/// item rather than in one table keyed by (item, text): at 10^6 claims such
/// a table outgrows the caches, and every candidate looked it up four times.
/// A row holds one slot per other text the item was paired with, a
/// handful (an item has at most [`MAX_PARTNERS`] later partners per key,
/// and is the partner of the items of at most as many texts before it).
struct Best {
    /// Where each item's row starts in `slots`; row `x` is
    /// `slots[start[x]..start[x] + len[x]]`.
    start: Vec<usize>,
    len: Vec<u32>,
    slots: Vec<Slot>,
}

/// The best candidate so far of one item in one other text.
#[derive(Clone, Copy)]
struct Slot {
    text: usize,
    score: u32,
    /// `None` when two equally good candidates disagree: ambiguous.
    item: Option<usize>,
}

impl Best {
    /// Goes through `candidates` (sorted, lower item first) in order, each
    /// in both directions; a higher score replaces the slot's candidate, an
    /// equal one that disagrees with it (`agree`) makes the slot ambiguous.
    fn of(candidates: &[(u32, u32, u32)], doc: &[usize], agree: impl Fn(usize, usize) -> bool) -> Best {
        let mut start = vec![0; doc.len() + 1];
        for &(a, b, _) in candidates {
            start[a as usize + 1] += 1;
            start[b as usize + 1] += 1;
        }
        for x in 1..start.len() {
            start[x] += start[x - 1];
        }
        let empty = Slot { text: 0, score: 0, item: None };
        let mut best = Best { slots: vec![empty; start[doc.len()]], start, len: vec![0; doc.len()] };
        for &(a, b, s) in candidates {
            for (x, y) in [(a as usize, b as usize), (b as usize, a as usize)] {
                let (from, len) = (best.start[x], best.len[x] as usize);
                let at = match best.slots[from..from + len].iter().position(|slot| slot.text == doc[y]) {
                    Some(k) => from + k,
                    None => {
                        best.slots[from + len] = Slot { text: doc[y], ..empty };
                        best.len[x] += 1;
                        from + len
                    }
                };
                let slot = &mut best.slots[at];
                if s > slot.score {
                    (slot.score, slot.item) = (s, Some(y));
                } else if s == slot.score && slot.item.is_some_and(|z| z != y && !agree(z, y)) {
                    slot.item = None;
                }
            }
        }
        best
    }

    /// Item `x`'s best candidate in text `text`, when there is one and it
    /// is not ambiguous.
    fn of_item(&self, x: usize, text: usize) -> Option<usize> {
        let from = self.start[x];
        self.slots[from..from + self.len[x] as usize].iter().find(|slot| slot.text == text).and_then(|slot| slot.item)
    }
}

/// Splits a group into clusters of values that all agree: the values are
/// intervals, and intervals that meet pairwise share a point, so each
/// cluster is the set of values holding the lowest remaining upper end.
fn clusters(items: &[Item<'_>], members: &[usize]) -> Vec<Vec<usize>> {
    let mut left: Vec<usize> = members.to_vec();
    left.sort_by(|&a, &b| cmp_high(&items[a], &items[b]).then(a.cmp(&b)));
    let mut out = Vec::new();
    while let Some(&first) = left.first() {
        let point = &items[first];
        let (inside, rest): (Vec<usize>, Vec<usize>) = left.iter().partition(|&&i| {
            let it = &items[i];
            it.low.is_none_or(|l| point.high.is_none_or(|h| l <= h))
                && it.high.is_none_or(|h| point.high.is_some_and(|p| p <= h))
        });
        out.push(inside);
        left = rest;
    }
    out
}

fn cmp_high(a: &Item<'_>, b: &Item<'_>) -> std::cmp::Ordering {
    match (a.high, b.high) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    }
}

/// The texts of a cluster, in order.
fn docs_of(items: &[Item<'_>], cluster: &[usize]) -> Vec<usize> {
    let mut d: Vec<usize> = cluster.iter().map(|&i| items[i].claim.doc).collect();
    d.sort_unstable();
    d.dedup();
    d
}

/// A cluster's claims in report order, the first of each text only.
fn shown(input: &Input<'_>, items: &[Item<'_>], cluster: &[usize]) -> Vec<usize> {
    let mut c = cluster.to_vec();
    c.sort_by(|&a, &b| report_key(input, &items[a]).cmp(&report_key(input, &items[b])));
    let mut seen = Vec::new();
    c.retain(|&i| {
        let d = items[i].claim.doc;
        if seen.contains(&d) {
            false
        } else {
            seen.push(d);
            true
        }
    });
    c
}

fn report_key<'a>(input: &'a Input<'_>, it: &Item<'_>) -> (&'a str, usize, usize) {
    (input.documents[it.claim.doc].path.as_str(), it.claim.span.start, it.claim.span.end)
}

fn evidence(input: &Input<'_>, it: &Item<'_>) -> Evidence {
    super::source_evidence(input, it.claim, it.shown(), it.fields(input))
}

/// What a frame is about, for a message: its head and nearest participants.
pub(crate) fn about(f: &Frame) -> String {
    let who: Vec<&str> = f.participants.iter().take(2).copied().collect();
    match &f.head {
        Some(h) => format!("\u{201c}{h}\u{201d}, {}", who.join(", ")),
        None => who.join(", "),
    }
}

/// The findings of one group with several clusters.
fn report(
    input: &Input<'_>,
    items: &[Item<'_>],
    clusters: &[Vec<usize>],
    code: Code,
    what: &str,
    findings: &mut Vec<Finding>,
) {
    let mut by_support: Vec<(usize, Vec<usize>, &Vec<usize>)> =
        clusters.iter().map(|c| (docs_of(items, c).len(), shown(input, items, c), c)).collect();
    by_support.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    let majority = by_support.len() > 1 && by_support[0].0 > by_support[1].0;
    if majority {
        let main = by_support[0].2;
        let main_docs = docs_of(items, main);
        let main_shown = by_support[0].1.clone();
        for (_, own, cluster) in &by_support[1..] {
            let own_docs = docs_of(items, cluster);
            let against: Vec<usize> = main_docs.iter().copied().filter(|d| !own_docs.contains(d)).collect();
            let primary = &items[own[0]];
            let severity =
                if own_docs.len() == 1 && against.len() >= 2 { Severity::Error } else { code.default_severity() };
            let n = against.len();
            let message = format!(
                "{what} of {}: {} here, but {n} other source{} give{} {}",
                about(primary.frame),
                primary.shown(),
                if n == 1 { "" } else { "s" },
                if n == 1 { "s" } else { "" },
                items[main_shown[0]].shown(),
            );
            let mut evidence_list: Vec<Evidence> = own.iter().map(|&i| evidence(input, &items[i])).collect();
            evidence_list.extend(
                main_shown
                    .iter()
                    .filter(|&&i| !own_docs.contains(&items[i].claim.doc))
                    .map(|&i| evidence(input, &items[i])),
            );
            findings.push(Finding { code, severity, message, evidence: evidence_list });
        }
    } else {
        let mut all: Vec<usize> = Vec::new();
        for (_, c, _) in &by_support {
            all.extend(c);
        }
        all.sort_by(|&a, &b| report_key(input, &items[a]).cmp(&report_key(input, &items[b])));
        let values: Vec<String> = by_support.iter().map(|(_, c, _)| items[c[0]].shown()).collect();
        let message = format!("sources disagree on {what} of {}: {}", about(items[all[0]].frame), values.join(" or "));
        findings.push(Finding {
            code,
            severity: code.default_severity(),
            message,
            evidence: all.iter().map(|&i| evidence(input, &items[i])).collect(),
        });
    }
}

/// The diff fields of a frame.
pub(crate) fn frame_fields(f: &Frame, fields: &mut Vec<(&'static str, String)>) {
    fields.push(("about", f.head.unwrap_or("(none)").to_string()));
    fields.push(("participants", f.participants.join(", ")));
    fields.push(("terms", f.terms.join(" ")));
    if let Some(p) = f.period {
        fields.push(("period", p.to_string()));
    }
    if f.role != Role::Value {
        fields.push(("role", f.role.name().to_string()));
    }
}

/// A date as a range of day numbers.
pub(crate) fn day_range(v: DateValue) -> (Decimal, Decimal) {
    (Decimal::from(day_number(v.first_day())), Decimal::from(day_number(v.last_day())))
}
