//! The one place that knows how to report duplicate and unknown keys of an
//! attribute (serde_derive's `Attr::set`), so every key of every attribute
//! gets the same wording, at the user's key.

use crate::ctxt::Ctxt;
use crate::suggest;
use crate::symbol::Symbol;
use proc_macro2::Ident;

/// The keys one attribute accepts, e.g. `#[itest(..)]`.
#[derive(Copy, Clone)]
pub struct KeySet {
    /// Attribute name, without `#[..]`.
    pub attr: &'static str,
    pub keys: &'static [Symbol],
    /// Options users bring from other tools, with what to write here.
    pub from_elsewhere: &'static [(&'static str, &'static str)],
}

impl KeySet {
    /// Reports `key` as unknown: with the nearest valid key when it looks
    /// like a typo, otherwise with the list of valid keys.
    pub fn unknown(&self, cx: &Ctxt, key: &Ident) {
        let key_name = key.to_string();
        let key_name = key_name.strip_prefix("r#").unwrap_or(&key_name);
        let head = format!("unknown {} option `{}`", self.attr, key_name);
        let elsewhere = self.from_elsewhere.iter().find(|(k, _)| *k == key_name);
        let msg = if let Some((_, instead)) = elsewhere {
            format!("{head}; {instead}")
        } else if self.keys.is_empty() {
            format!("{head}; #[{}] takes no options", self.attr)
        } else if let Some(near) = suggest::closest(key_name, self.keys.iter().map(|k| k.as_str()))
        {
            format!("{head}; did you mean `{near}`?")
        } else {
            format!("{head}; expected one of {}", list(self.keys))
        };
        cx.error_spanned_by(key, msg);
    }
}

/// `` `a`, `b`, `c` ``
fn list(keys: &[Symbol]) -> String {
    keys.iter()
        .map(|k| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The value of one key: remembers whether the key was seen (even when its
/// value was invalid) and reports a second occurrence at that key.
pub struct KeySlot<'c, T> {
    cx: &'c Ctxt,
    set: &'static KeySet,
    key: Symbol,
    seen: bool,
    value: Option<T>,
}

impl<'c, T> KeySlot<'c, T> {
    pub fn new(cx: &'c Ctxt, set: &'static KeySet, key: Symbol) -> Self {
        debug_assert!(set.keys.contains(&key), "`{key}` is not in the key set");
        KeySlot {
            cx,
            set,
            key,
            seen: false,
            value: None,
        }
    }

    /// Records an occurrence of the key at `key_token`, reporting it when it
    /// is not the first. `parse_value` runs either way, so that a duplicate's
    /// value is checked too; it returns `None` for a value it reported as
    /// invalid. The first occurrence wins.
    pub fn set(&mut self, key_token: &Ident, parse_value: impl FnOnce() -> Option<T>) {
        let duplicate = self.seen;
        if duplicate {
            self.cx.error_spanned_by(
                key_token,
                format!(
                    "duplicate {} option `{}`; each option can be given once",
                    self.set.attr, self.key
                ),
            );
        }
        let value = parse_value();
        if !duplicate {
            self.seen = true;
            self.value = value;
        }
    }

    /// Whether the key was written at all, valid or not.
    pub fn seen(&self) -> bool {
        self.seen
    }

    pub fn get(self) -> Option<T> {
        self.value
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::symbol::{DB, ITEST_KEYS, TIMEOUT};
    use proc_macro2::Span;

    static ITEST: KeySet = KeySet {
        attr: "itest",
        keys: ITEST_KEYS,
        from_elsewhere: &[],
    };
    static NONE: KeySet = KeySet {
        from_elsewhere: &[],
        attr: "example",
        keys: &[],
    };

    fn ident(name: &str) -> Ident {
        Ident::new(name, Span::call_site())
    }

    fn messages(cx: Ctxt) -> Vec<String> {
        match cx.check() {
            Ok(()) => Vec::new(),
            Err(err) => err.into_iter().map(|e| e.to_string()).collect(),
        }
    }

    #[test]
    fn unknown_key_with_suggestion() {
        let cx = Ctxt::new();
        ITEST.unknown(&cx, &ident("timout"));
        assert_eq!(
            messages(cx),
            ["unknown itest option `timout`; did you mean `timeout`?"]
        );
    }

    #[test]
    fn unknown_key_without_suggestion() {
        let cx = Ctxt::new();
        ITEST.unknown(&cx, &ident("retries"));
        assert_eq!(
            messages(cx),
            ["unknown itest option `retries`; expected one of `db`, `fixtures`, `timeout`, `slow`, `migrations`, `seed`, `quarantine`"]
        );
    }

    #[test]
    fn unknown_raw_identifier_is_shown_without_prefix() {
        let cx = Ctxt::new();
        ITEST.unknown(&cx, &Ident::new_raw("type", Span::call_site()));
        assert_eq!(
            messages(cx),
            ["unknown itest option `type`; expected one of `db`, `fixtures`, `timeout`, `slow`, `migrations`, `seed`, `quarantine`"]
        );
    }

    #[test]
    fn unknown_key_of_attribute_without_keys() {
        let cx = Ctxt::new();
        NONE.unknown(&cx, &ident("scope"));
        assert_eq!(
            messages(cx),
            ["unknown example option `scope`; #[example] takes no options"]
        );
    }

    #[test]
    fn first_occurrence_wins_and_duplicates_are_reported() {
        let cx = Ctxt::new();
        let mut slot = KeySlot::new(&cx, &ITEST, TIMEOUT);
        assert!(!slot.seen());
        slot.set(&ident("timeout"), || Some(1));
        slot.set(&ident("timeout"), || Some(2));
        assert!(slot.seen());
        assert_eq!(slot.get(), Some(1));
        assert_eq!(
            messages(cx),
            ["duplicate itest option `timeout`; each option can be given once"]
        );
    }

    #[test]
    fn invalid_value_still_counts_as_seen() {
        let cx = Ctxt::new();
        let mut slot = KeySlot::<u8>::new(&cx, &ITEST, DB);
        slot.set(&ident("db"), || None);
        assert!(slot.seen());
        assert_eq!(slot.get(), None);
        assert!(messages(cx).is_empty());
    }
}
