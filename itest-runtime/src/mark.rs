//! Names and marks: how itest recognises what it made.
//!
//! A database or schema is itest's only when its name has itest's shape and
//! its catalog comment is a mark that itest wrote *for that name*:
//! `itest: <what>; check <digest of name and what>`. A comment that merely
//! starts with `itest:`, or one copied from another object, does not verify,
//! so look-alikes are refused, never dropped or emptied.

use sha2::{Digest, Sha256};

/// Every database and schema itest creates starts with this.
pub(crate) const NAME_PREFIX: &str = "itest_";

/// The one database every itest process on a server coordinates in (locks,
/// the registry of runs), whatever database its URL names: advisory locks are
/// per database, so they must all be taken in the same one.
pub(crate) const COORDINATION_DATABASE: &str = "itest_coordination";

/// The start of every catalog comment itest writes.
const MARK_PREFIX: &str = "itest: ";
const CHECK_SEPARATOR: &str = "; check ";

/// The comment itest puts on `name`, saying what it is.
pub(crate) fn mark(name: &str, what: &str) -> String {
    format!("{MARK_PREFIX}{what}{CHECK_SEPARATOR}{}", check(name, what))
}

/// What `comment` says `name` is, if it is a mark itest wrote for `name`.
pub(crate) fn verify<'a>(name: &str, comment: &'a str) -> Option<&'a str> {
    let rest = comment.strip_prefix(MARK_PREFIX)?;
    let (what, digest) = rest.rsplit_once(CHECK_SEPARATOR)?;
    (digest == check(name, what)).then_some(what)
}

/// Whether `comment` is the mark `mark(name, what)`.
pub(crate) fn is_mark(name: &str, comment: Option<&str>, what: &str) -> bool {
    comment.and_then(|c| verify(name, c)) == Some(what)
}

fn check(name: &str, what: &str) -> String {
    let digest = Sha256::new()
        .chain_update(b"itest mark\0")
        .chain_update(name.as_bytes())
        .chain_update(b"\0")
        .chain_update(what.as_bytes())
        .finalize();
    hex(&digest[..8])
}

/// A server-wide advisory lock key for `text`, stable across processes.
/// Only meaningful in [`COORDINATION_DATABASE`].
pub(crate) fn lock_key(text: &str) -> i64 {
    let digest = Sha256::digest(text.as_bytes());
    i64::from_be_bytes(digest[..8].try_into().expect("8 bytes"))
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The name of a fresh copy: `<template>_f<run>_<n>`.
pub(crate) fn fresh_copy_name(template: &str, run: &str, n: u64) -> String {
    format!("{template}_f{run}_{n}")
}

/// The run a fresh copy's name says made it, when the name has that shape.
pub(crate) fn run_of_fresh_copy<'a>(name: &'a str, run: &str) -> Option<&'a str> {
    let rest = name.strip_prefix(NAME_PREFIX)?;
    let (template_hash, rest) = rest.split_once('_')?;
    let counter = rest
        .strip_prefix('f')?
        .strip_prefix(run)?
        .strip_prefix('_')?;
    let shaped = template_hash.len() == 16
        && template_hash.bytes().all(|b| b.is_ascii_hexdigit())
        && !counter.is_empty()
        && counter.bytes().all(|b| b.is_ascii_digit());
    shaped.then(|| &name[..NAME_PREFIX.len() + 16])
}

/// The name of a test's schema: `itest_<run>_<n>`.
pub(crate) fn schema_name(run: &str, n: u64) -> String {
    format!("{NAME_PREFIX}{run}_{n}")
}

/// Whether `name` is a schema name of `run`.
pub(crate) fn is_schema_of(name: &str, run: &str) -> bool {
    name.strip_prefix(NAME_PREFIX)
        .and_then(|rest| rest.strip_prefix(run))
        .and_then(|rest| rest.strip_prefix('_'))
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether `name` has a template's shape: `itest_<16 hex digits>`.
pub(crate) fn is_template_name(name: &str) -> bool {
    name.strip_prefix(NAME_PREFIX)
        .is_some_and(|h| h.len() == 16 && h.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// What a template's mark says it is.
pub(crate) const TEMPLATE_WHAT: &str = "template, migrated";

/// The kinds of shared copy beside a template, by name suffix.
const SHARED_COPIES: [(&str, &str); 4] = [
    ("tx", "tx copy"),
    ("schemas", "schemas"),
    ("w", "truncate worker"),
    ("p", "fresh worker"),
];

/// What the mark of `<template>_<suffix>` says, when that is a shared copy's name.
pub(crate) fn shared_copy_what(suffix: &str, template: &str) -> Option<String> {
    SHARED_COPIES.iter().find_map(|(name, kind)| {
        let matches = match *name {
            // Numbered workers: `w0`, `p12`.
            "w" | "p" => suffix
                .strip_prefix(*name)
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())),
            name => suffix == name,
        };
        matches.then(|| format!("{kind} of {template}"))
    })
}

/// The lock a template's creator (and the creator of its shared copies) holds.
pub(crate) fn template_lock_key(template: &str) -> i64 {
    lock_key(&format!("itest template {template}"))
}

/// The lock, taken shared, of every run that uses a template.
pub(crate) fn template_use_key(template: &str) -> i64 {
    lock_key(&format!("itest template in use {template}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mark_verifies_only_for_its_own_name() {
        let text = mark("itest_ab_tx", "tx copy of itest_ab");
        assert_eq!(verify("itest_ab_tx", &text), Some("tx copy of itest_ab"));
        assert!(is_mark("itest_ab_tx", Some(&text), "tx copy of itest_ab"));
        assert_eq!(verify("itest_ab_w0", &text), None, "copied to another name");
        assert!(!is_mark("itest_ab_tx", Some(&text), "template, migrated"));
    }

    #[test]
    fn look_alike_comments_do_not_verify() {
        for comment in [
            "itest: benchmark results, run 5",
            "itest: template, migrated",
            "itest: tx copy of itest_ab; check 0000000000000000",
            "",
        ] {
            assert_eq!(verify("itest_ab_tx", comment), None, "{comment}");
        }
        assert!(!is_mark("itest_ab_tx", None, "tx copy of itest_ab"));
    }

    #[test]
    fn fresh_copy_names_name_their_run_and_template() {
        let template = "itest_0123456789abcdef";
        let name = fresh_copy_name(template, "00abcdxyz", 7);
        assert_eq!(run_of_fresh_copy(&name, "00abcdxyz"), Some(template));
        assert_eq!(run_of_fresh_copy(&name, "00abcd"), None, "another run");
        assert_eq!(
            run_of_fresh_copy("itest_0123456789abcdef_f00abcdxyz_7x", "00abcdxyz"),
            None
        );
        assert_eq!(
            run_of_fresh_copy("itest_short_f00abcdxyz_7", "00abcdxyz"),
            None
        );
    }

    #[test]
    fn schema_names_name_their_run() {
        assert!(is_schema_of(&schema_name("00abc", 3), "00abc"));
        assert!(!is_schema_of("itest_00abcd_3", "00abc"));
        assert!(!is_schema_of("itest_00abc_", "00abc"));
        assert!(is_template_name("itest_0123456789abcdef"));
        assert!(!is_template_name("itest_0123456789abcdef_tx"));
    }
}
