//! Tokens to IR: the `#[itest(..)]` arguments and the function signature.
//! Reports what is wrong with each key on its own (unknown, duplicate, value
//! of the wrong kind or format); checks across keys and the function live in
//! `validate`.

use super::ast::{
    Case, FixtureList, FixtureParam, Isolation, Param, Strategy, TestArgs, TestFn, Timeout,
};
use crate::ctxt::Ctxt;
use crate::duration;
use crate::item::{fixture_name, is_db_param, Function};
use crate::keys::{KeySet, KeySlot};
use crate::meta::{self, expect_str, expect_value, strip_groups, Meta};
use crate::symbol::{
    Symbol, DB, FIXTURES, ITEST_KEYS, MIGRATIONS, QUARANTINE, SEED, SLOW, TIMEOUT,
};
use proc_macro2::TokenStream;
use syn::{Attribute, Expr, FnArg, LitStr, PatType, Type};

pub static KEYS: KeySet = KeySet {
    attr: "itest",
    keys: ITEST_KEYS,
    from_elsewhere: &[("retries", RETRIES), ("retry", RETRIES), ("flaky", RETRIES)],
};

/// What nextest's retries and similar options are instead.
const RETRIES: &str =
    "itest does not retry a failing test, which would hide a flaky one: find it with \
         ITEST_REPEAT=20, and while it is being fixed, `quarantine = \"why, where it is tracked\"`";

/// Parses the tokens inside `#[itest(..)]`.
pub fn parse_args(cx: &Ctxt, args: TokenStream) -> TestArgs {
    let mut db = KeySlot::new(cx, &KEYS, DB);
    let mut fixtures = KeySlot::new(cx, &KEYS, FIXTURES);
    let mut timeout = KeySlot::new(cx, &KEYS, TIMEOUT);
    let mut slow = KeySlot::new(cx, &KEYS, SLOW);
    let mut migrations = KeySlot::new(cx, &KEYS, MIGRATIONS);
    let mut seeds = KeySlot::new(cx, &KEYS, SEED);
    let mut quarantine = KeySlot::new(cx, &KEYS, QUARANTINE);

    // A syntax error stops parsing; what came before it is still checked.
    let (metas, syntax) = meta::parse_metas(args);

    for meta in &metas {
        let key = &meta.key;
        if key == DB {
            db.set(key, || parse_isolation(cx, meta));
        } else if key == FIXTURES {
            fixtures.set(key, || parse_fixtures(cx, meta));
        } else if key == TIMEOUT {
            timeout.set(key, || parse_duration(cx, meta, TIMEOUT, "timeout"));
        } else if key == SLOW {
            slow.set(key, || parse_duration(cx, meta, SLOW, "slow budget"));
        } else if key == MIGRATIONS {
            migrations.set(key, || parse_migrations(cx, meta));
        } else if key == SEED {
            seeds.set(key, || parse_seeds(cx, meta));
        } else if key == QUARANTINE {
            quarantine.set(key, || parse_quarantine(cx, meta));
        } else {
            KEYS.unknown(cx, key);
        }
    }
    // Reported after the keys before it, to keep the errors in source order.
    if let Err(err) = syntax {
        cx.syn_error(err);
    }

    TestArgs {
        has_db_key: db.seen(),
        isolation: db.get(),
        fixtures: fixtures.get(),
        timeout: timeout.get(),
        slow: slow.get(),
        migrations: migrations.get(),
        seeds: seeds.get().unwrap_or_default(),
        quarantine: quarantine.get(),
    }
}

/// `quarantine = "why, link"`: the reason is what the output shows, so it
/// cannot be empty.
fn parse_quarantine(cx: &Ctxt, meta: &Meta) -> Option<LitStr> {
    let written = example(QUARANTINE, "\"flaky under load, #123\"");
    let lit = expect_str(cx, meta, &written)?;
    if lit.value().trim().is_empty() {
        cx.error_spanned_by(
            lit,
            format!(
                "a quarantine needs its reason, shown with every failure: why, and where it \
                 is tracked, like `{written}`"
            ),
        );
        return None;
    }
    Some(lit.clone())
}

fn example(key: Symbol, value: &str) -> String {
    format!("{key} = {value}")
}

fn parse_isolation(cx: &Ctxt, meta: &Meta) -> Option<Isolation> {
    let lit = expect_str(cx, meta, &example(DB, "\"tx\""))?;
    match Strategy::from_str(&lit.value()) {
        Some(strategy) => Some(Isolation {
            strategy,
            lit: lit.clone(),
        }),
        None => {
            let valid: Vec<String> = Strategy::ALL
                .iter()
                .map(|s| format!("\"{}\"", s.as_str()))
                .collect();
            cx.error_spanned_by(
                lit,
                format!(
                    "unknown isolation strategy `{}`; expected one of {}",
                    lit.value(),
                    valid.join(", ")
                ),
            );
            None
        }
    }
}

fn parse_seeds(cx: &Ctxt, meta: &Meta) -> Option<Vec<LitStr>> {
    let example = example(SEED, "[\"seeds/plans.sql\"]");
    let list = match expect_value(cx, meta, &example)? {
        Expr::Array(list) => list,
        other => {
            cx.error_spanned_by(
                other,
                format!("expected a bracketed list of SQL files, like `{example}`"),
            );
            return None;
        }
    };
    let mut seeds = Vec::new();
    for elem in &list.elems {
        match strip_groups(elem) {
            Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(lit),
                ..
            }) => seeds.push(lit.clone()),
            other => cx.error_spanned_by(
                other,
                "expected the path of an SQL file relative to the crate, like \"seeds/plans.sql\"",
            ),
        }
    }
    Some(seeds)
}

fn parse_fixtures(cx: &Ctxt, meta: &Meta) -> Option<FixtureList> {
    let example = example(FIXTURES, "[users, orders]");
    let list = match expect_value(cx, meta, &example)? {
        Expr::Array(list) => list,
        other => {
            cx.error_spanned_by(
                other,
                format!("expected a bracketed list of fixtures, like `{example}`"),
            );
            return None;
        }
    };
    let mut paths = Vec::new();
    for elem in &list.elems {
        match strip_groups(elem) {
            Expr::Path(path) if path.qself.is_none() && path.attrs.is_empty() => {
                match path.path.segments.iter().find(|s| !s.arguments.is_none()) {
                    Some(segment) => cx.error_spanned_by(
                        &segment.arguments,
                        "a fixture is named by its path alone, without generic arguments",
                    ),
                    None => paths.push(path.path.clone()),
                }
            }
            other => cx.error_spanned_by(
                other,
                "expected the path of a fixture function, like `users` or `crate::fixtures::users`",
            ),
        }
    }
    Some(FixtureList { paths })
}

/// `timeout = "5s"`, `slow = "2s"`.
fn parse_duration(cx: &Ctxt, meta: &Meta, key: Symbol, what: &str) -> Option<Timeout> {
    let lit = expect_str(cx, meta, &example(key, "\"5s\""))?;
    let value = lit.value();
    match duration::parse_millis(&value) {
        Ok(millis) => Some(Timeout {
            millis,
            lit: lit.clone(),
        }),
        Err(err) => {
            cx.error_spanned_by(lit, err.message(what, &value));
            None
        }
    }
}

fn parse_migrations(cx: &Ctxt, meta: &Meta) -> Option<LitStr> {
    let lit = expect_str(cx, meta, &example(MIGRATIONS, "\"migrations\""))?;
    if lit.value().is_empty() {
        cx.error_spanned_by(
            lit,
            "the migrations folder must not be empty; write a path relative to the crate, like \"migrations\"",
        );
        return None;
    }
    Some(lit.clone())
}

/// Classifies the parameters and attributes of the function. A parameter
/// named like a listed fixture (or like it with a leading `_`) receives it.
pub fn parse_fn<'a>(item: &'a Function, fixtures: Option<&FixtureList>) -> TestFn<'a> {
    let params = item
        .sig
        .inputs
        .iter()
        .map(|arg| match arg {
            FnArg::Receiver(receiver) => Param::Receiver(receiver),
            FnArg::Typed(pat_type) if is_db_param(pat_type) => Param::Db(pat_type),
            FnArg::Typed(pat_type) if is_case_param(pat_type) => Param::Case(pat_type),
            FnArg::Typed(pat_type) if values_attr(pat_type).is_some() => {
                let attr = values_attr(pat_type).expect("checked above");
                Param::Values {
                    pat_type,
                    attr,
                    values: comma_separated(attr),
                }
            }
            FnArg::Typed(pat_type) => match from_attr(pat_type) {
                Some(attr) => match from_fixture(attr, fixtures) {
                    Ok(fixture) => Param::Fixture(fixture_param(pat_type, fixture)),
                    Err(message) => Param::BadFrom { attr, message },
                },
                None => match listed_fixture(pat_type, fixtures) {
                    Some(fixture) => Param::Fixture(fixture_param(pat_type, fixture)),
                    None => Param::Other(pat_type),
                },
            },
        })
        .collect();

    let test_attrs = item.attrs.iter().filter(|a| is_test_attr(a)).collect();
    let lint_attrs = item.attrs.iter().filter(|a| is_lint_attr(a)).collect();
    let cases = item.attrs.iter().filter_map(case_of).collect();

    TestFn {
        item,
        params,
        test_attrs,
        lint_attrs,
        cases,
    }
}

/// The signature as Rust sees it: `#[from(..)]` and `#[case]` are ours, not
/// attributes the compiler knows.
pub fn without_from_attrs(sig: &syn::Signature) -> syn::Signature {
    let mut sig = sig.clone();
    for input in &mut sig.inputs {
        if let FnArg::Typed(pat_type) = input {
            pat_type.attrs.retain(|attr| {
                !["from", "case", "values"]
                    .iter()
                    .any(|n| attr.path().is_ident(n))
            });
        }
    }
    sig
}

/// `#[case]` on a parameter.
fn is_case_param(pat_type: &PatType) -> bool {
    pat_type
        .attrs
        .iter()
        .any(|attr| attr.path().is_ident("case"))
}

/// `#[case(..)]` or `#[case::name(..)]` on the function.
pub fn is_case_attr(attr: &Attribute) -> bool {
    let path = attr.path();
    path.segments.first().is_some_and(|s| s.ident == "case") && path.segments.len() <= 2
}

fn case_of(attr: &Attribute) -> Option<Case<'_>> {
    if !is_case_attr(attr) {
        return None;
    }
    let description = attr.path().segments.iter().nth(1).map(|s| s.ident.clone());
    Some(Case {
        attr,
        description,
        values: comma_separated(attr),
    })
}

/// `#[values(..)]` on a parameter.
fn values_attr(pat_type: &PatType) -> Option<&Attribute> {
    pat_type
        .attrs
        .iter()
        .find(|attr| attr.path().is_ident("values"))
}

/// The expressions of `#[case(a, b)]` or `#[values(a, b)]`.
fn comma_separated(attr: &Attribute) -> Option<Vec<syn::Expr>> {
    attr.parse_args_with(syn::punctuated::Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated)
        .ok()
        .map(|values| values.into_iter().collect())
}

/// `#[from(..)]` on a parameter.
pub fn from_attr(pat_type: &PatType) -> Option<&Attribute> {
    pat_type
        .attrs
        .iter()
        .find(|attr| attr.path().is_ident("from"))
}

/// The listed fixture `#[from(name)]` names, or what is wrong with it.
fn from_fixture(attr: &Attribute, fixtures: Option<&FixtureList>) -> Result<usize, String> {
    let shape = "write the fixture's name, as in `#[from(user)] admin: &User`";
    let path: syn::Path = attr
        .parse_args()
        .map_err(|_| format!("`#[from(..)]` takes one fixture name: {shape}"))?;
    let name = &path
        .segments
        .last()
        .ok_or_else(|| format!("`#[from(..)]` takes one fixture name: {shape}"))?
        .ident;
    let listed = fixtures.map_or(0, |f| f.paths.len());
    (0..listed)
        .find(|&i| fixtures.is_some_and(|f| f.name(i) == name))
        .ok_or_else(|| {
            let names: Vec<String> = (0..listed)
                .filter_map(|i| fixtures.map(|f| f.name(i).to_string()))
                .collect();
            match crate::suggest::closest(&name.to_string(), names.iter().map(String::as_str)) {
                Some(near) => format!(
                    "`#[from({name})]`: no fixture `{name}` is listed in `fixtures = [..]`; \
                     did you mean `{near}`?"
                ),
                None => format!(
                    "`#[from({name})]`: no fixture `{name}` is listed in `fixtures = [..]`; \
                     list it there"
                ),
            }
        })
}

/// The index of the first listed fixture the parameter is named after.
fn listed_fixture(pat_type: &PatType, fixtures: Option<&FixtureList>) -> Option<usize> {
    let name = fixture_name(&pat_type.pat)?;
    let fixtures = fixtures?;
    (0..fixtures.paths.len()).find(|&i| *fixtures.name(i) == name)
}

fn fixture_param(pat_type: &PatType, fixture: usize) -> FixtureParam<'_> {
    let (value_type, by_ref, mutable) = match &*pat_type.ty {
        Type::Reference(reference) => (&*reference.elem, true, reference.mutability.is_some()),
        other => (other, false, false),
    };
    FixtureParam {
        pat_type,
        fixture,
        value_type,
        by_ref,
        mutable,
    }
}

/// `#[test]`, `#[tokio::test]`, `#[sqlx::test]`, `#[itest]`, ...
fn is_test_attr(attr: &Attribute) -> bool {
    attr.path()
        .segments
        .last()
        .is_some_and(|last| last.ident == "test" || last.ident == "itest")
}

/// Lint level attributes, which must also reach the user's code.
fn is_lint_attr(attr: &Attribute) -> bool {
    ["allow", "warn", "deny", "forbid", "expect"]
        .iter()
        .any(|lint| attr.path().is_ident(lint))
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    /// Parses `args`, returning the IR and the error messages.
    fn parse(args: TokenStream) -> (TestArgs, Vec<String>) {
        let cx = Ctxt::new();
        let parsed = parse_args(&cx, args);
        let errors = match cx.check() {
            Ok(()) => Vec::new(),
            Err(err) => err.into_iter().map(|e| e.to_string()).collect(),
        };
        (parsed, errors)
    }

    fn errors(args: TokenStream) -> Vec<String> {
        parse(args).1
    }

    fn ok(args: TokenStream) -> TestArgs {
        let (parsed, errors) = parse(args);
        assert!(errors.is_empty(), "{errors:?}");
        parsed
    }

    #[test]
    fn empty() {
        let args = ok(quote!());
        assert!(args.isolation.is_none());
        assert!(!args.has_db_key);
        assert!(args.fixtures.is_none());
        assert!(args.timeout.is_none());
        assert!(args.migrations.is_none());
    }

    #[test]
    fn all_keys() {
        let args = ok(quote!(
            db = "schema",
            fixtures = [],
            timeout = "2m",
            migrations = "db/migrations",
        ));
        assert_eq!(args.isolation.unwrap().strategy, Strategy::Schema);
        assert!(args.has_db_key);
        assert!(args.fixtures.unwrap().paths.is_empty());
        assert_eq!(args.timeout.unwrap().millis, 120_000);
        assert_eq!(args.migrations.unwrap().value(), "db/migrations");
    }

    #[test]
    fn every_strategy() {
        for strategy in Strategy::ALL {
            let value = strategy.as_str();
            let args = ok(quote!(db = #value));
            assert_eq!(args.isolation.unwrap().strategy, strategy);
        }
    }

    #[test]
    fn unknown_strategy() {
        let (args, errors) = parse(quote!(db = "txn"));
        assert!(args.has_db_key);
        assert!(args.isolation.is_none());
        assert_eq!(
            errors,
            ["unknown isolation strategy `txn`; expected one of \"tx\", \"truncate\", \"schema\", \"fresh\""]
        );
    }

    #[test]
    fn fixture_paths() {
        let args = ok(quote!(fixtures = [a, b, path::to::c, ::abs::d]));
        let paths: Vec<String> = args
            .fixtures
            .unwrap()
            .paths
            .iter()
            .map(|p| quote!(#p).to_string())
            .collect();
        assert_eq!(paths, ["a", "b", "path :: to :: c", ":: abs :: d"]);
    }

    #[test]
    fn fixture_entries_must_be_paths() {
        assert_eq!(
            errors(quote!(fixtures = [a, "b", c()])),
            [
                "expected the path of a fixture function, like `users` or `crate::fixtures::users`",
                "expected the path of a fixture function, like `users` or `crate::fixtures::users`",
            ]
        );
        assert_eq!(
            errors(quote!(fixtures = a)),
            ["expected a bracketed list of fixtures, like `fixtures = [users, orders]`"]
        );
    }

    #[test]
    fn timeout_values() {
        assert_eq!(ok(quote!(timeout = "500ms")).timeout.unwrap().millis, 500);
        assert_eq!(
            ok(quote!(timeout = "1h")).timeout.unwrap().millis,
            3_600_000
        );
        assert_eq!(
            errors(quote!(timeout = "5 secs")),
            ["invalid timeout `5 secs`: expected a whole number followed by ms, s, m or h, like \"500ms\", \"5s\" or \"2m\""]
        );
        assert_eq!(
            errors(quote!(timeout = "0s")),
            ["invalid timeout `0s`: it must be greater than zero"]
        );
    }

    #[test]
    fn wrong_value_kinds() {
        assert_eq!(
            errors(quote!(timeout = 5)),
            ["expected a string literal, like `timeout = \"5s\"`"]
        );
        assert_eq!(
            errors(quote!(timeout = 5s)),
            ["expected a string literal, like `timeout = \"5s\"`"]
        );
        assert_eq!(
            errors(quote!(db = tx)),
            ["expected a string literal, like `db = \"tx\"`"]
        );
        assert_eq!(
            errors(quote!(migrations = [a])),
            ["expected a string literal, like `migrations = \"migrations\"`"]
        );
        assert_eq!(
            errors(quote!(db)),
            ["`db` needs a value, like `db = \"tx\"`"]
        );
        assert_eq!(
            errors(quote!(timeout("5s"))),
            ["expected `=` and a value, like `timeout = \"5s\"`"]
        );
    }

    #[test]
    fn empty_migrations() {
        assert_eq!(
            errors(quote!(migrations = "")),
            ["the migrations folder must not be empty; write a path relative to the crate, like \"migrations\""]
        );
    }

    #[test]
    fn unknown_keys() {
        assert_eq!(
            errors(quote!(timout = "5s")),
            ["unknown itest option `timout`; did you mean `timeout`?"]
        );
        assert_eq!(
            errors(quote!(parallel = false)),
            ["unknown itest option `parallel`; expected one of `db`, `fixtures`, `timeout`, `slow`, `migrations`, `seed`, `quarantine`"]
        );
        assert_eq!(
            errors(quote!(retries = 3)),
            [
                "unknown itest option `retries`; itest does not retry a failing test, which would \
              hide a flaky one: find it with ITEST_REPEAT=20, and while it is being fixed, \
              `quarantine = \"why, where it is tracked\"`"
            ]
        );
        assert_eq!(
            errors(quote!(type = "x")),
            ["unknown itest option `type`; expected one of `db`, `fixtures`, `timeout`, `slow`, `migrations`, `seed`, `quarantine`"]
        );
    }

    #[test]
    fn duplicate_key_keeps_the_first() {
        let (args, errors) = parse(quote!(timeout = "1s", timeout = "2s"));
        assert_eq!(args.timeout.unwrap().millis, 1_000);
        assert_eq!(
            errors,
            ["duplicate itest option `timeout`; each option can be given once"]
        );
    }

    #[test]
    fn every_error_is_reported() {
        assert_eq!(
            errors(quote!(timout = "5s", db = "txn", parallel = 1, timeout = "0s", timeout = 1)),
            [
                "unknown itest option `timout`; did you mean `timeout`?",
                "unknown isolation strategy `txn`; expected one of \"tx\", \"truncate\", \"schema\", \"fresh\"",
                "unknown itest option `parallel`; expected one of `db`, `fixtures`, `timeout`, `slow`, `migrations`, `seed`, `quarantine`",
                "invalid timeout `0s`: it must be greater than zero",
                "duplicate itest option `timeout`; each option can be given once",
                "expected a string literal, like `timeout = \"5s\"`",
            ]
        );
    }

    #[test]
    fn syntax_error_keeps_what_came_before() {
        let errors = errors(quote!(timout = "5s", db = "tx" timeout = "1s"));
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert_eq!(
            errors[0],
            "unknown itest option `timout`; did you mean `timeout`?"
        );
        assert_eq!(errors[1], "expected `,`");
    }

    #[test]
    fn from_names_the_fixture_a_parameter_receives() {
        let item: Function = syn::parse2(quote! {
            fn t(#[from(user)] admin: &User, #[from(a::org)] o: Org, #[from(nope)] x: &X) {}
        })
        .unwrap();
        let list: FixtureList = FixtureList {
            paths: vec![syn::parse_quote!(org), syn::parse_quote!(user)],
        };
        let test = parse_fn(&item, Some(&list));
        let got: Vec<String> = test.params.iter().map(kind).collect();
        assert_eq!(got[0], "fixture 1 User by_ref=true mut=false");
        assert_eq!(got[1], "fixture 0 Org by_ref=false mut=false");
        assert!(got[2].contains("no fixture `nope`"), "{}", got[2]);
        let sig = without_from_attrs(&item.sig);
        assert!(
            !quote!(#sig).to_string().contains("from"),
            "{}",
            quote!(#sig)
        );
    }

    #[test]
    fn classifies_params_and_attrs() {
        let item: Function = syn::parse2(quote! {
            /// doc
            #[allow(unused)]
            #[tokio::test]
            #[should_panic]
            async fn t(db: &mut Db, _: &mut itest::Db, mut d: &mut Db, x: i32, y: &Db, z: &mut Db<'_>, (a, b): &mut Db) {}
        })
        .unwrap();
        let test = parse_fn(&item, None);
        let kinds: Vec<String> = test.params.iter().map(kind).collect();
        assert_eq!(
            kinds,
            ["db", "db", "db", "other", "other", "other", "other"]
        );
        assert_eq!(test.test_attrs.len(), 1);
        assert_eq!(test.lint_attrs.len(), 1);
    }

    fn kind(param: &Param) -> String {
        match param {
            Param::Receiver(_) => "self".to_owned(),
            Param::Db(_) => "db".to_owned(),
            Param::Fixture(p) => {
                let ty = p.value_type;
                format!(
                    "fixture {} {} by_ref={} mut={}",
                    p.fixture,
                    quote!(#ty),
                    p.by_ref,
                    p.mutable
                )
            }
            Param::Other(_) => "other".to_owned(),
            Param::Case(_) => "case".to_owned(),
            Param::Values { .. } => "values".to_owned(),
            Param::BadFrom { message, .. } => format!("bad from: {message}"),
        }
    }

    #[test]
    fn params_named_after_listed_fixtures_receive_them() {
        let args = ok(quote!(fixtures = [user, a::org, team, user2]));
        let item: Function = syn::parse2(quote! {
            fn t(user: &User, org: Org, _team: &mut Team, other: i32, _: &User, __x: &X) {}
        })
        .unwrap();
        let test = parse_fn(&item, args.fixtures.as_ref());
        let kinds: Vec<String> = test.params.iter().map(kind).collect();
        assert_eq!(
            kinds,
            [
                "fixture 0 User by_ref=true mut=false",
                "fixture 1 Org by_ref=false mut=false",
                "fixture 2 Team by_ref=true mut=true",
                "other",
                "other",
                "other",
            ]
        );
    }

    #[test]
    fn fixture_paths_have_no_generic_arguments() {
        assert_eq!(
            errors(quote!(fixtures = [user::<u8>, a::<b>::c])),
            [
                "a fixture is named by its path alone, without generic arguments",
                "a fixture is named by its path alone, without generic arguments",
            ]
        );
    }
}
