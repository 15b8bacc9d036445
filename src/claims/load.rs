//! Reading claim files: discovery, YAML, schema, then the checks across
//! files in [`super::check`].
//!
//! Each file is read twice: once by saphyr-parser for positions (and for
//! syntax errors, which it words well), once by serde_yaml into the types of
//! [`super::schema`]. serde_yaml stops at the first schema error of a file;
//! other files are still read, and every error found is returned.

use std::fs;
use std::path::{Path, PathBuf};

use std::collections::BTreeSet;

use super::check;
use super::positions::{self, EntryPos, FilePositions, Pos, Root};
use super::schema::{
    self, ClaimFile, FigureEntry, JurisdictionEntry, OfficeEntry, PersonEntry, SuppressEntry, TenureEntry, TitleEntry,
};
use super::{ClaimSet, Figure, Office, Origin, Person, Provenance, Suppression, Tenure, Title, builtin};
use crate::error::{Error, ErrorKind};
use crate::names;
use crate::time::DateValue;
use crate::vocab::countries::Jurisdiction;

/// Claim files larger than this are refused rather than read.
const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// A domain value with the positions of its entry.
#[derive(Clone, Debug)]
pub(crate) struct Located<T> {
    pub value: T,
    pub entry: EntryPos,
    /// For offices: the position of each of `value.titles`.
    pub parts: Vec<Pos>,
}

/// Everything read from all files, before the cross-file checks.
#[derive(Debug, Default)]
pub(crate) struct Loaded {
    pub offices: Vec<Located<Office>>,
    pub people: Vec<Located<Person>>,
    pub tenures: Vec<Located<Tenure>>,
    pub figures: Vec<Located<Figure>>,
    pub suppressions: Vec<Suppression>,
    pub jurisdictions: Vec<Declared>,
}

impl Loaded {
    /// `other`'s values after this one's.
    fn append(&mut self, other: Loaded) {
        // Every field named, so that a new one cannot be left out.
        let Loaded { offices, people, tenures, figures, suppressions, jurisdictions } = other;
        self.offices.extend(offices);
        self.people.extend(people);
        self.tenures.extend(tenures);
        self.figures.extend(figures);
        self.suppressions.extend(suppressions);
        self.jurisdictions.extend(jurisdictions);
    }
}

/// A jurisdiction a claim file declares, with where it stands.
#[derive(Clone, Debug)]
pub(crate) struct Declared {
    pub value: Jurisdiction,
    pub origin: Origin,
    pub entry: EntryPos,
}

/// Loads and checks every claim file under `paths`.
///
/// A path is a file (read whatever its extension) or a folder, searched
/// recursively for `.yaml` and `.yml` files in sorted order; names starting
/// with `.` are skipped, and so are symbolic links to folders (which could
/// loop). A file may be empty, or hold any of the lists `offices`, `people`,
/// `tenures` and `figures` under `schema: 1`.
///
/// Entry origins name the path as given, joined with the path below a
/// folder, with `/` separators: `claims` + `japan.yaml` → `claims/japan.yaml`.
///
/// # Errors
/// Every problem found, sorted by path, line and column: unreadable or
/// missing paths ([`ErrorKind::Io`]); YAML and schema errors
/// ([`ErrorKind::ClaimSchema`], at most one per file from serde_yaml, plus
/// the checks of single entries); and problems across entries
/// ([`ErrorKind::ClaimReference`]): unknown ids, duplicate ids, tenures that
/// end before they start or overlap in a single-holder office, offices of one
/// jurisdiction that share a title, figures with neither currency nor unit.
///
/// # Example
/// ```no_run
/// use std::path::PathBuf;
/// let claims = factdiff::claims::load(&[PathBuf::from("claims")]).unwrap();
/// let pm = claims.office("jp.prime-minister").unwrap();
/// assert_eq!(pm.jurisdiction, "JP");
/// ```
pub fn load(paths: &[PathBuf]) -> Result<ClaimSet, Vec<Error>> {
    load_ledger(paths, false)
}

/// Loads and checks the claim files under `paths` as [`load`] does, over
/// the built-in ledger when `builtin` is true: the user's files extend it,
/// and an office, person or figure they define with a built-in id replaces
/// the built-in one (the rules are in [`builtin`]'s documentation).
///
/// # Errors
/// As [`load`], over the merged set: a problem between a user's entry and
/// a built-in one names both places (built-in ones as `<built-in>/FILE`).
///
/// # Example
/// ```
/// // No claim files of one's own: the built-in ledger alone.
/// let claims = factdiff::claims::load_ledger(&[], true).unwrap();
/// assert!(claims.provenance.builtin);
/// assert!(claims.office("jp.prime-minister").is_some());
/// ```
pub fn load_ledger(paths: &[PathBuf], builtin: bool) -> Result<ClaimSet, Vec<Error>> {
    let mut errors = Vec::new();
    let mut files = Vec::new();
    for path in paths {
        discover(path, &mut files, &mut errors);
    }
    files.sort();
    files.dedup();
    let mut texts = Vec::new();
    for (shown, real) in files {
        match read(&real, &shown) {
            Ok(text) => texts.push((shown, text)),
            Err(e) => errors.push(e),
        }
    }
    let user: Vec<(&str, &str)> = texts.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect();
    assemble(&user, builtin.then_some(builtin::FILES), errors)
}

/// Loads the user's files (path as shown, text), over the built-in files
/// (path below `claims/`, text) when given, and checks the whole.
fn assemble(
    user: &[(&str, &str)],
    bundled: Option<&[(&str, &str)]>,
    mut errors: Vec<Error>,
) -> Result<ClaimSet, Vec<Error>> {
    let user_files: Vec<(String, &str)> = user.iter().map(|&(path, text)| (path.to_string(), text)).collect();
    let mut loaded = load_texts(&user_files, &mut errors);
    if let Some(bundled) = bundled {
        // A user's byte-identical copy stands in for the file.
        let bundled: Vec<(String, &str)> = bundled
            .iter()
            .filter(|(_, text)| !user.iter().any(|(_, t)| t == text))
            .map(|&(name, text)| (format!("{}{name}", builtin::PREFIX), text))
            .collect();
        let under = load_texts(&bundled, &mut errors);
        loaded = merge(under, loaded);
    }
    let provenance = Provenance { builtin: bundled.is_some(), files: user.len(), current_to: None };
    finish(loaded, errors, provenance)
}

/// Reads `files` (path as shown, text) as [`load_text`] would one after
/// another: the entries and errors of each file follow those of the files
/// before it. The files are read in parallel: reading them is the fixed
/// start-up cost of every run, and two files hold most of the bundled
/// ledger.
fn load_texts(files: &[(String, &str)], errors: &mut Vec<Error>) -> Loaded {
    use rayon::prelude::*;
    let each: Vec<(Loaded, Vec<Error>)> = files
        .par_iter()
        .map(|(path, text)| {
            let (mut loaded, mut errors) = (Loaded::default(), Vec::new());
            load_text(path, text, &mut loaded, &mut errors);
            (loaded, errors)
        })
        .collect();
    let mut all = Loaded::default();
    for (loaded, file_errors) in each {
        all.append(loaded);
        errors.extend(file_errors);
    }
    all
}

/// Loads claim files given as `(path, text)` pairs, as [`load`] would.
#[cfg(test)]
pub(crate) fn load_str(files: &[(&str, &str)]) -> Result<ClaimSet, Vec<Error>> {
    assemble(files, None, Vec::new())
}

/// Loads the user's files over stand-ins for the built-in ones, as
/// [`load_ledger`] would.
#[cfg(test)]
pub(crate) fn load_str_over(bundled: &[(&str, &str)], user: &[(&str, &str)]) -> Result<ClaimSet, Vec<Error>> {
    assemble(user, Some(bundled), Vec::new())
}

/// The user's entries over the built-in ones, by the rules in [`builtin`]:
/// same ids replace, a replaced office's built-in tenures go, a tenure the
/// user restates is kept once, built-in suppressions go, a declared
/// jurisdiction with a built-in code replaces it. Built-in entries
/// come first, so that a cross-file error between the two lands on the
/// user's entry.
pub(crate) fn merge(bundled: Loaded, user: Loaded) -> Loaded {
    let offices: BTreeSet<&str> = user.offices.iter().map(|o| o.value.id.as_str()).collect();
    let people: BTreeSet<&str> = user.people.iter().map(|p| p.value.id.as_str()).collect();
    let figures: BTreeSet<&str> = user.figures.iter().map(|f| f.value.id.as_str()).collect();
    let restated: BTreeSet<TenureKey<'_>> = user.tenures.iter().map(|t| tenure_key(&t.value)).collect();
    let codes: BTreeSet<&str> = user.jurisdictions.iter().map(|j| j.value.code.as_str()).collect();
    let keep_tenure =
        |t: &Located<Tenure>| !offices.contains(t.value.office.as_str()) && !restated.contains(&tenure_key(&t.value));
    let mut merged = Loaded {
        offices: bundled.offices.into_iter().filter(|o| !offices.contains(o.value.id.as_str())).collect(),
        people: bundled.people.into_iter().filter(|p| !people.contains(p.value.id.as_str())).collect(),
        tenures: bundled.tenures.into_iter().filter(keep_tenure).collect(),
        figures: bundled.figures.into_iter().filter(|f| !figures.contains(f.value.id.as_str())).collect(),
        suppressions: Vec::new(),
        jurisdictions: bundled.jurisdictions.into_iter().filter(|j| !codes.contains(j.value.code.as_str())).collect(),
    };
    merged.jurisdictions.extend(user.jurisdictions);
    merged.offices.extend(user.offices);
    merged.people.extend(user.people);
    merged.tenures.extend(user.tenures);
    merged.figures.extend(user.figures);
    merged.suppressions = user.suppressions;
    merged
}

/// What makes two tenures the same statement.
type TenureKey<'a> = (&'a str, &'a str, DateValue, Option<DateValue>, bool);

fn tenure_key(t: &Tenure) -> TenureKey<'_> {
    (&t.person, &t.office, t.start, t.end, t.acting)
}

/// Drops the open tenures that a better-informed statement of the same
/// tenure replaces.
///
/// A tenure is one person's hold on one office from one start. Two files
/// may state it: one current to an earlier day, where it is still open
/// (a dataset of 2023 has the Secretary of State "still in office"), and
/// one that knows more (the hand-written file current to 2025 gives the
/// end). The open statement, bounded by its file's `current_to`, gives way
/// to a statement of the same person, office and start that the files
/// vouch for beyond that day ([`Tenure::known_until`]). Statements that
/// disagree otherwise both stay, and the checks report them.
fn supersede(tenures: &mut Vec<Located<Tenure>>) {
    let mut groups: std::collections::BTreeMap<(&str, &str, DateValue), Vec<usize>> = Default::default();
    for (i, t) in tenures.iter().enumerate() {
        groups.entry((t.value.person.as_str(), t.value.office.as_str(), t.value.start)).or_default().push(i);
    }
    let mut dropped = BTreeSet::new();
    for group in groups.values().filter(|g| g.len() > 1) {
        for &a in group {
            let t = &tenures[a].value;
            let Some(horizon) = t.current_to.filter(|_| t.end.is_none()).map(|c| c.first_day()) else { continue };
            let better = group.iter().any(|&b| {
                let other = &tenures[b].value;
                b != a
                    && !dropped.contains(&b)
                    && (other.known_until() > horizon || (other.known_until() == horizon && other.end.is_some()))
            });
            if better {
                dropped.insert(a);
            }
        }
    }
    if !dropped.is_empty() {
        let mut i = 0;
        tenures.retain(|_| {
            i += 1;
            !dropped.contains(&(i - 1))
        });
    }
}

/// Runs the cross-file checks and builds the set, or returns every error
/// in order.
fn finish(mut loaded: Loaded, mut errors: Vec<Error>, mut provenance: Provenance) -> Result<ClaimSet, Vec<Error>> {
    supersede(&mut loaded.tenures);
    // How far the set vouches for who is in office: the earliest day an
    // open tenure is known to (a file whose open tenures were all
    // restated by a later file does not hold it back).
    provenance.current_to = loaded
        .tenures
        .iter()
        .filter(|t| t.value.end.is_none())
        .filter_map(|t| t.value.current_to)
        .min_by_key(|d| (d.first_day(), d.last_day()));
    check::check(&loaded, &mut errors);
    if errors.is_empty() {
        let mut set = ClaimSet::new(
            loaded.offices.into_iter().map(|l| l.value).collect(),
            loaded.people.into_iter().map(|l| l.value).collect(),
            loaded.tenures.into_iter().map(|l| l.value).collect(),
            loaded.figures.into_iter().map(|l| l.value).collect(),
        );
        set.suppressions = loaded.suppressions;
        set.provenance = provenance;
        set.jurisdictions = loaded.jurisdictions.into_iter().map(|l| l.value).collect();
        set.jurisdictions.sort_by(|a, b| a.code.cmp(&b.code));
        Ok(set)
    } else {
        errors.sort_by(|a, b| (&a.path, a.location).cmp(&(&b.path, b.location)));
        Err(errors)
    }
}

/// The path as the user wrote it, with `/` separators.
fn shown_path(path: &Path) -> String {
    let text = path.to_string_lossy();
    if std::path::MAIN_SEPARATOR == '/' { text.into_owned() } else { text.replace(std::path::MAIN_SEPARATOR, "/") }
}

/// Adds `(shown path, real path)` for every claim file at `path`.
fn discover(path: &Path, files: &mut Vec<(String, PathBuf)>, errors: &mut Vec<Error>) {
    match fs::metadata(path) {
        Err(e) => errors.push(Error::io(path, &e)),
        Ok(meta) if meta.is_dir() => {
            let shown = shown_path(path);
            let base = if shown.ends_with('/') { shown } else { format!("{shown}/") };
            walk(path, &base, files, errors);
        }
        Ok(_) => files.push((shown_path(path), path.to_path_buf())),
    }
}

/// Depth-first over `dir`, entries in name order.
fn walk(dir: &Path, shown: &str, files: &mut Vec<(String, PathBuf)>, errors: &mut Vec<Error>) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return errors.push(Error::io(dir, &e)),
    };
    let mut entries: Vec<fs::DirEntry> =
        entries.filter_map(|e| e.map_err(|e| errors.push(Error::io(dir, &e))).ok()).collect();
    entries.sort_by_key(fs::DirEntry::file_name);
    for entry in entries {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            walk(&path, &format!("{shown}{name}/"), files, errors);
        } else if (kind.is_file() || (kind.is_symlink() && path.is_file())) && is_yaml(&name) {
            files.push((format!("{shown}{name}"), path));
        }
    }
}

fn is_yaml(name: &str) -> bool {
    name.ends_with(".yaml") || name.ends_with(".yml")
}

/// The text of a claim file, without a byte-order mark.
fn read(path: &Path, shown: &str) -> Result<String, Error> {
    let meta = fs::metadata(path).map_err(|e| Error::io(shown, &e))?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(Error::new(
            ErrorKind::ClaimSchema,
            format!("expected a claim file of at most {MAX_FILE_BYTES} bytes, but found {} bytes", meta.len()),
        )
        .with_path(shown)
        .with_help("split the ledger into several files"));
    }
    let bytes = fs::read(path).map_err(|e| Error::io(shown, &e))?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text)),
        Err(e) => {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let valid = std::str::from_utf8(valid).unwrap_or_default();
            let line = valid.matches('\n').count() + 1;
            let column = valid.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            Err(Error::new(ErrorKind::ClaimSchema, "expected UTF-8 text, but found a byte that is not UTF-8")
                .with_path(shown)
                .at(line, column)
                .with_help("save the file as UTF-8"))
        }
    }
}

/// Reads one file's text into `loaded`.
pub(crate) fn load_text(path: &str, text: &str, loaded: &mut Loaded, errors: &mut Vec<Error>) {
    let positions = match positions::collect(text) {
        Ok(p) => p,
        Err(e) => {
            let (message, help) = if e.message.contains("recursion limit") {
                reword("recursion limit exceeded")
            } else if e.message.contains("tab") {
                (
                    format!("invalid YAML: {}", e.message),
                    "indent with spaces: YAML does not allow tabs in indentation".to_string(),
                )
            } else {
                (format!("invalid YAML: {}", e.message), "check the YAML syntax at this position".to_string())
            };
            errors.push(schema_error(path, e.pos, message, help));
            return;
        }
    };
    if !positions.duplicate_keys.is_empty() {
        for (key, pos, first) in &positions.duplicate_keys {
            errors.push(schema_error(
                path,
                *pos,
                format!(
                    "expected each key once in a mapping, but found `{key}` again (first at line {}, column {})",
                    first.line, first.column
                ),
                "remove one of the two; YAML would silently keep only one value",
            ));
        }
        return;
    }
    let found = match positions.root {
        Root::Empty => return,
        Root::Mapping(_) => None,
        Root::Sequence(pos) => Some((pos, "a list")),
        Root::Scalar(pos) => Some((pos, "a single value")),
    };
    if let Some((pos, found)) = found {
        errors.push(schema_error(
            path,
            pos,
            format!("expected a mapping with `schema: 1` and the lists `offices`, `people`, `tenures`, `figures`, `suppress`, `jurisdictions`, but found {found}"),
            "start the file with `schema: 1`, then put entries under `offices:`, `people:`, `tenures:` or `figures:`",
        ));
        return;
    }
    let file: ClaimFile = match serde_yaml::from_str(text) {
        Ok(file) => file,
        Err(e) => {
            errors.push(yaml_error(path, &e, &positions));
            return;
        }
    };
    convert(path, file, &positions, loaded, errors);
}

fn schema_error(path: &str, pos: Pos, message: impl Into<String>, help: impl Into<String>) -> Error {
    Error::new(ErrorKind::ClaimSchema, message).with_path(path).at(pos.line, pos.column).with_help(help)
}

pub(crate) fn origin(path: &str, pos: Pos) -> Origin {
    Origin { path: path.to_string(), line: pos.line, column: pos.column }
}

/// Turns the entries of one file into domain values, with the checks that
/// need only the entry itself.
fn convert(path: &str, file: ClaimFile, positions: &FilePositions, loaded: &mut Loaded, errors: &mut Vec<Error>) {
    for (i, entry) in file.offices.into_iter().enumerate() {
        let at = positions.entry("offices", i);
        if let Some(office) = office(path, entry, &at, errors) {
            loaded.offices.push(office);
        }
    }
    for (i, entry) in file.people.into_iter().enumerate() {
        let at = positions.entry("people", i);
        if let Some(person) = person(path, entry, &at, errors) {
            loaded.people.push(person);
        }
    }
    for (i, entry) in file.tenures.into_iter().enumerate() {
        let at = positions.entry("tenures", i);
        loaded.tenures.push(tenure(path, entry, at, file.current_to));
    }
    for (i, entry) in file.figures.into_iter().enumerate() {
        let at = positions.entry("figures", i);
        if let Some(figure) = figure(path, entry, &at, errors) {
            loaded.figures.push(figure);
        }
    }
    for (i, entry) in file.suppress.into_iter().enumerate() {
        let at = positions.entry("suppress", i);
        if let Some(suppression) = suppression(path, entry, &at, errors) {
            loaded.suppressions.push(suppression);
        }
    }
    for (i, entry) in file.jurisdictions.into_iter().enumerate() {
        let at = positions.entry("jurisdictions", i);
        if let Some(j) = jurisdiction(path, entry, &at, errors) {
            loaded.jurisdictions.push(j);
        }
    }
}

/// A `jurisdictions:` entry: its name is also one of its names.
fn jurisdiction(path: &str, entry: JurisdictionEntry, at: &EntryPos, errors: &mut Vec<Error>) -> Option<Declared> {
    if !require_text(path, at.value("name"), "a name", &entry.name, errors) {
        return None;
    }
    let mut names = vec![entry.name.clone()];
    names.extend(entry.names.into_iter().filter(|n| *n != entry.name));
    Some(Declared {
        value: Jurisdiction { code: entry.code, name: entry.name, names, demonyms: entry.demonyms },
        origin: origin(path, at.at),
        entry: at.clone(),
    })
}

/// A `suppress:` entry: the code is checked against the known codes where
/// findings are filtered; here, that it has a reason and names a place.
fn suppression(path: &str, entry: SuppressEntry, at: &EntryPos, errors: &mut Vec<Error>) -> Option<Suppression> {
    let before = errors.len();
    require_text(path, at.value("code"), "a finding code", &entry.code, errors);
    require_text(path, at.value("reason"), "a reason", &entry.reason, errors);
    if entry.path.is_none() && entry.text.is_none() {
        errors.push(schema_error(
            path,
            at.at,
            "expected `path`, `text` or both in a suppression, but found neither",
            "name the source (`path: articles/story.md`) or the mention (`text: Prime Minister Rishi Sunak`); to silence a code everywhere, set its severity to `off` in factdiff.toml",
        ));
    }
    (errors.len() == before).then(|| Suppression {
        code: entry.code,
        path: entry.path,
        text: entry.text,
        reason: entry.reason,
        origin: origin(path, at.at),
    })
}

/// Pushes an error unless `text` has a visible character.
fn require_text(path: &str, pos: Pos, what: &str, text: &str, errors: &mut Vec<Error>) -> bool {
    if text.trim().is_empty() {
        errors.push(schema_error(
            path,
            pos,
            format!("expected {what}, but found an empty string"),
            format!("write {what}"),
        ));
        false
    } else {
        true
    }
}

fn office(path: &str, entry: OfficeEntry, at: &EntryPos, errors: &mut Vec<Error>) -> Option<Located<Office>> {
    let before = errors.len();
    let prefix = format!("{}.", entry.jurisdiction.to_ascii_lowercase());
    if !entry.id.strip_prefix(&prefix).is_some_and(schema::is_slug) {
        errors.push(schema_error(
            path,
            at.value("id"),
            format!("expected an office id `{prefix}` followed by a slug (lower-case words joined by hyphens), but found `{}`", entry.id),
            format!("write the id as the jurisdiction code in lower case, a dot, and a slug: `{prefix}{}`", slug(&entry.name)),
        ));
    }
    require_text(path, at.value("name"), "an office name", &entry.name, errors);
    let mut titles = Vec::new();
    let mut parts = Vec::new();
    for (i, t) in entry.titles.into_iter().enumerate() {
        let pos = at.item("titles", i);
        let title = match t {
            TitleEntry::Plain(title) => Title { title, since: None, until: None },
            TitleEntry::Dated(d) => Title { title: d.title, since: d.since, until: d.until },
        };
        require_text(path, pos, "a title", &title.title, errors);
        if let (Some(since), Some(until)) = (&title.since, &title.until)
            && until.last_day() < since.first_day()
        {
            errors.push(schema_error(
                path,
                pos,
                format!("expected `until` on or after `since` ({since}), but found `until: {until}`"),
                "fix or swap the dates of this title",
            ));
        }
        titles.push(title);
        parts.push(pos);
    }
    // The canonical name is a title too, unless the file lists it (perhaps
    // with dates).
    let name_key = names::title_key(&entry.name);
    if !titles.iter().any(|t| names::title_key(&t.title) == name_key) {
        titles.insert(0, Title { title: entry.name.clone(), since: None, until: None });
        parts.insert(0, at.value("name"));
    }
    let office = Office {
        id: entry.id,
        jurisdiction: entry.jurisdiction,
        name: entry.name,
        titles,
        single_holder: entry.single_holder,
        origin: origin(path, at.at),
    };
    (errors.len() == before).then(|| Located { value: office, entry: at.clone(), parts })
}

/// A suggested slug for a name, for help lines.
fn slug(name: &str) -> String {
    names::fold_words(name).join("-")
}

fn person(path: &str, entry: PersonEntry, at: &EntryPos, errors: &mut Vec<Error>) -> Option<Located<Person>> {
    let before = errors.len();
    if !schema::is_slug(&entry.id) {
        errors.push(schema_error(
            path,
            at.value("id"),
            format!("expected a person id as a slug (lower-case words joined by hyphens), but found `{}`", entry.id),
            format!("write the id as a slug of the name: `{}`", slug(&entry.name)),
        ));
    }
    require_text(path, at.value("name"), "a name", &entry.name, errors);
    for (i, alias) in entry.aliases.iter().enumerate() {
        require_text(path, at.item("aliases", i), "an alias", alias, errors);
    }
    let person = Person { id: entry.id, name: entry.name, aliases: entry.aliases, origin: origin(path, at.at) };
    (errors.len() == before).then(|| Located { value: person, entry: at.clone(), parts: Vec::new() })
}

fn tenure(path: &str, entry: TenureEntry, at: EntryPos, current_to: Option<DateValue>) -> Located<Tenure> {
    let tenure = Tenure {
        person: entry.person,
        office: entry.office,
        start: entry.start,
        end: entry.end,
        acting: entry.acting,
        source: entry.source,
        current_to,
        origin: origin(path, at.at),
    };
    Located { value: tenure, entry: at, parts: Vec::new() }
}

fn figure(path: &str, entry: FigureEntry, at: &EntryPos, errors: &mut Vec<Error>) -> Option<Located<Figure>> {
    let before = errors.len();
    if !schema::is_slug(&entry.id) {
        errors.push(schema_error(
            path,
            at.value("id"),
            format!("expected a figure id as a slug (lower-case words joined by hyphens), but found `{}`", entry.id),
            "write the id in lower-case words joined by hyphens",
        ));
    }
    require_text(path, at.value("subject"), "a subject", &entry.subject, errors);
    if entry.keywords.is_empty() {
        errors.push(schema_error(
            path,
            at.value("keywords"),
            "expected at least one keyword, but found none",
            "list words that must occur near a number for it to be about this figure, such as `[\"invest\", \"Japan|Japanese\"]`",
        ));
    }
    let mut keywords = Vec::new();
    for (i, term) in entry.keywords.iter().enumerate() {
        let alternatives: Vec<String> = term.split('|').map(|a| a.trim().to_string()).collect();
        if alternatives.iter().any(String::is_empty) {
            errors.push(schema_error(
                path,
                at.item("keywords", i),
                format!("expected words separated by `|`, but found an empty alternative in `{term}`"),
                "remove the extra `|`",
            ));
        }
        keywords.push(alternatives);
    }
    let max = entry.max.unwrap_or(entry.value);
    if max < entry.value {
        errors.push(schema_error(
            path,
            at.value("max"),
            format!("expected `max` at least `value` ({}), but found `max: {max}`", entry.value),
            "put the low end of the range in `value` and the high end in `max`",
        ));
    }
    if let Some(unit) = &entry.unit {
        require_text(path, at.value("unit"), "a unit", unit, errors);
        if entry.currency.is_some() {
            errors.push(schema_error(
                path,
                at.value("unit"),
                "expected either `currency` or `unit`, but found both",
                "use `currency:` for money and `unit:` for counts",
            ));
        }
    }
    let figure = Figure {
        id: entry.id,
        subject: entry.subject,
        keywords,
        value: entry.value,
        max,
        currency: entry.currency,
        unit: entry.unit,
        as_of: entry.as_of,
        tolerance: entry.tolerance.unwrap_or_default(),
        source: entry.source,
        origin: origin(path, at.at),
    };
    (errors.len() == before).then(|| Located { value: figure, entry: at.clone(), parts: Vec::new() })
}

/// A serde_yaml error as a claim-file error: position, "expected …, but
/// found …" wording, and a help line.
fn yaml_error(path: &str, err: &serde_yaml::Error, positions: &FilePositions) -> Error {
    let raw = strip_marks(&err.to_string());
    // serde_yaml prefixes the path of the value (`offices[0].id: …`).
    let (at, message) = match raw.split_once(": ") {
        Some((at, rest)) if !at.contains(char::is_whitespace) && !at.is_empty() => (Some(at), rest.to_string()),
        _ => (None, raw.clone()),
    };
    let (message, help) = reword(&message);
    let message = match at {
        Some(at) => format!("invalid `{at}`: {message}"),
        None => message,
    };
    let pos = match err.location() {
        Some(l) => Pos { line: l.line(), column: l.column() },
        None if raw.contains("repetition limit") => positions.first_alias.unwrap_or(Pos { line: 1, column: 1 }),
        None if raw.contains("more than one document") => {
            positions.second_document.unwrap_or(Pos { line: 1, column: 1 })
        }
        None => Pos { line: 1, column: 1 },
    };
    schema_error(path, pos, message, help)
}

/// Removes serde_yaml's " at line N column M" (and " at position N"), which
/// the error's own location replaces.
fn strip_marks(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(" at ") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 4..];
        let skipped = skip_mark(after);
        if skipped.len() == after.len() {
            out.push_str(" at ");
        }
        rest = skipped;
    }
    out.push_str(rest);
    out
}

/// `after` without a leading "line N column M" or "position N".
fn skip_mark(after: &str) -> &str {
    let number = |s: &str| -> Option<usize> {
        let n = s.bytes().take_while(u8::is_ascii_digit).count();
        (n > 0).then_some(n)
    };
    if let Some(s) = after.strip_prefix("line ")
        && let Some(n) = number(s)
        && let Some(s) = s[n..].strip_prefix(" column ")
        && let Some(m) = number(s)
    {
        return &s[m..];
    }
    if let Some(s) = after.strip_prefix("position ")
        && let Some(n) = number(s)
    {
        return &s[n..];
    }
    after
}

const TITLE_HELP: &str = "write a title as a string, or as `{title: …, since: YYYY-MM-DD, until: YYYY-MM-DD}`";

/// serde's and serde_yaml's messages in the "expected …, but found …" form,
/// with a help line.
fn reword(message: &str) -> (String, String) {
    if let Some(rest) = message.strip_prefix("invalid type: ").or_else(|| message.strip_prefix("invalid value: "))
        && let Some((found, expected)) = rest.rsplit_once(", expected ")
    {
        let expected = yaml_words(expected);
        let help = match expected.as_str() {
            "a boolean" => "write `true` or `false`".to_string(),
            e if e.starts_with("a title") => TITLE_HELP.to_string(),
            e => format!("write {e} here"),
        };
        return (format!("expected {expected}, but found {}", yaml_words(found)), help);
    }
    if let Some(rest) = message.strip_prefix("unknown field `")
        && let Some((key, expected)) = rest.split_once('`')
    {
        let keys = expected.strip_prefix(", expected one of ").or_else(|| expected.strip_prefix(", expected "));
        return match keys {
            Some(keys) => {
                let suggestion = keys
                    .split(", ")
                    .map(|k| k.trim_matches('`'))
                    .find(|k| names::edit_distance_within(k, key, 2).is_some())
                    .map_or_else(String::new, |k| format!("did you mean `{k}`? "));
                (
                    format!("expected one of the keys {keys}, but found `{key}`"),
                    format!("{suggestion}unknown keys are errors, so that a misspelt key is not silently ignored"),
                )
            }
            None => (format!("expected no keys here, but found `{key}`"), "remove the key".to_string()),
        };
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        let key = rest.trim_end_matches('`');
        return (
            format!("expected the key `{key}`, but found none"),
            format!("add `{key}:` to this entry; it is required"),
        );
    }
    if let Some(rest) = message.strip_prefix("duplicate field `") {
        let key = rest.trim_end_matches('`');
        return (format!("expected each key once, but found `{key}` again"), "remove one of the two".to_string());
    }
    if message.starts_with("recursion limit exceeded") {
        return (
            "expected at most 128 levels of nesting, but found deeper nesting".to_string(),
            "claim files are a few levels deep; check the brackets and indentation".to_string(),
        );
    }
    if message.starts_with("repetition limit exceeded") {
        return (
            "expected aliases that expand to a modest size, but found aliases that expand without bound".to_string(),
            "write the values out instead of nesting aliases".to_string(),
        );
    }
    if message.contains("more than one document") {
        return (
            "expected one YAML document, but found a second one".to_string(),
            "put each document in its own file".to_string(),
        );
    }
    if message.starts_with("expected") {
        let help = if message.starts_with("expected a date") {
            "write dates as YYYY-MM-DD, YYYY-MM or YYYY"
        } else if message.starts_with("expected a decimal") {
            "write the number in digits, without separators or exponents: `550000000000`, `1.5`"
        } else if message.starts_with("expected a percentage") {
            "write a percentage with a `%` sign, such as `5%`"
        } else if message.starts_with("expected an ISO 4217") {
            "use an ISO 4217 code such as `USD` or `JPY`; for counts use `unit:` instead"
        } else if message.starts_with("expected a jurisdiction") {
            "use an ISO 3166-1 alpha-2 code in upper case (`UK` for the United Kingdom), or declare the jurisdiction under `jurisdictions:` with its code, name and demonyms"
        } else if message.starts_with("expected schema version") {
            "this version of factdiff reads `schema: 1`"
        } else if message.starts_with("expected a title") {
            TITLE_HELP
        } else {
            "fix the value"
        };
        return (message.to_string(), help.to_string());
    }
    (format!("invalid YAML: {message}"), "check the YAML syntax at this position".to_string())
}

/// serde's names for YAML things, in the words of a claim-file author.
fn yaml_words(text: &str) -> String {
    if text.starts_with("struct ") {
        return "a mapping".to_string();
    }
    match text {
        "a sequence" => "a list".to_string(),
        "sequence" => "a list".to_string(),
        "map" => "a mapping".to_string(),
        "unit value" => "an empty value".to_string(),
        "a borrowed string" => "a string".to_string(),
        _ => {
            let mut text = text.to_string();
            for (from, to) in [
                ("string ", "the string "),
                ("integer ", "the number "),
                ("floating point ", "the number "),
                ("boolean ", ""),
            ] {
                if let Some(rest) = text.strip_prefix(from) {
                    text = format!("{to}{rest}");
                    break;
                }
            }
            text
        }
    }
}
