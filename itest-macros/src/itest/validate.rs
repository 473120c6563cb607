//! Checks over the whole IR: the function's shape, its parameters against the
//! arguments, fixtures, and the migrations folder. Every check reports into
//! the context and carries on, so the user sees all problems at once.

use super::ast::{Param, TestArgs, TestFn};
use crate::ctxt::Ctxt;
use crate::item::{check_signature, fixture_name};
use crate::suggest;
use quote::ToTokens;
use std::collections::HashMap;
use std::ffi::OsStr;
use std::path::Path;

pub fn check(cx: &Ctxt, args: &TestArgs, test: &TestFn) {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR");
    check_in(cx, args, test, manifest_dir.as_deref());
}

/// [`check`], with the crate under test at `manifest_dir`.
fn check_in(cx: &Ctxt, args: &TestArgs, test: &TestFn, manifest_dir: Option<&OsStr>) {
    check_fixtures(cx, args);
    check_migrations(cx, args, manifest_dir);
    check_seeds(cx, args, manifest_dir);
    check_test_attrs(cx, test);
    check_cases(cx, test);
    check_signature(cx, "itest", "the test runner", &test.item.sig);
    check_params(cx, args, test);
}

/// Each fixture once, and no two of the same name: parameters receive
/// fixtures by name.
fn check_fixtures(cx: &Ctxt, args: &TestArgs) {
    let Some(fixtures) = &args.fixtures else {
        return;
    };
    // name -> path of the first fixture listed with that name
    let mut seen: HashMap<String, String> = HashMap::new();
    for (i, path) in fixtures.paths.iter().enumerate() {
        let full = path_to_string(path);
        match seen.get(&fixtures.name(i).to_string()) {
            Some(first) if *first == full => {
                cx.error_spanned_by(
                    path,
                    format!("fixture `{full}` is listed twice; list each fixture once"),
                );
            }
            Some(first) => cx.error_spanned_by(
                path,
                format!(
                    "fixture `{full}` has the same name as `{first}`, listed before; parameters \
                     receive fixtures by name, so a test can list only one fixture named `{}`",
                    fixtures.name(i)
                ),
            ),
            None => {
                seen.insert(fixtures.name(i).to_string(), full);
            }
        }
    }
}

/// `path::to::c`, as the user would write it (without token spacing).
fn path_to_string(path: &syn::Path) -> String {
    let segments: Vec<String> = path
        .segments
        .iter()
        .map(|s| s.to_token_stream().to_string().replace(' ', ""))
        .collect();
    let leading = if path.leading_colon.is_some() {
        "::"
    } else {
        ""
    };
    format!("{leading}{}", segments.join("::"))
}

/// The folder must exist at expansion time, relative to the crate under test.
/// Without `CARGO_MANIFEST_DIR` (not built by cargo) it cannot be resolved and
/// is left to the runtime.
fn check_migrations(cx: &Ctxt, args: &TestArgs, manifest_dir: Option<&OsStr>) {
    let (Some(lit), Some(manifest_dir)) = (&args.migrations, manifest_dir) else {
        return;
    };
    let folder = Path::new(manifest_dir).join(lit.value());
    if !folder.exists() {
        cx.error_spanned_by(
            lit,
            format!(
                "migrations folder `{}` does not exist; `migrations` is resolved relative to the folder of the crate's Cargo.toml",
                folder.display()
            ),
        );
    } else if !folder.is_dir() {
        cx.error_spanned_by(
            lit,
            format!(
                "`{}` is not a folder; `migrations` names the folder that holds the migration files",
                folder.display()
            ),
        );
    }
}

/// Each seed file exists, relative to the crate, as `migrations` does.
fn check_seeds(cx: &Ctxt, args: &TestArgs, manifest_dir: Option<&OsStr>) {
    let Some(manifest_dir) = manifest_dir else {
        return;
    };
    if !args.seeds.is_empty() && args.isolation.is_none() && !args.has_db_key {
        if let Some(first) = args.seeds.first() {
            cx.error_spanned_by(
                first,
                "seed data goes into the test's database, and this test has none; add db = \"tx\" \
                 (or another strategy) to #[itest(..)]",
            );
        }
    }
    for lit in &args.seeds {
        let file = Path::new(manifest_dir).join(lit.value());
        if !file.is_file() {
            cx.error_spanned_by(
                lit,
                format!(
                    "seed file `{}` does not exist; `seed` paths are resolved relative to the folder of the crate's Cargo.toml",
                    file.display()
                ),
            );
        }
    }
}

fn check_test_attrs(cx: &Ctxt, test: &TestFn) {
    for attr in &test.test_attrs {
        cx.error_spanned_by(
            attr,
            "remove this attribute: #[itest] already makes the function a test",
        );
    }
}

/// Each `#[case(..)]` gives one value per `#[case]` parameter.
fn check_cases(cx: &Ctxt, test: &TestFn) {
    let wanted = test
        .params
        .iter()
        .filter(|p| matches!(p, Param::Case(_)))
        .count();
    for case in &test.cases {
        match &case.values {
            None => cx.error_spanned_by(
                case.attr,
                "expected the case's values separated by commas, as in #[case(\"admin\", true)]",
            ),
            Some(_) if wanted == 0 => cx.error_spanned_by(
                case.attr,
                "this case gives values, but no parameter takes them: mark each parameter \
                 that does with #[case], as in `#[case] role: &str`",
            ),
            Some(values) if values.len() != wanted => cx.error_spanned_by(
                case.attr,
                format!(
                    "this case gives {} value{}, but the test has {wanted} #[case] parameter{}",
                    values.len(),
                    if values.len() == 1 { "" } else { "s" },
                    if wanted == 1 { "" } else { "s" },
                ),
            ),
            Some(_) => {}
        }
    }
}

fn check_params(cx: &Ctxt, args: &TestArgs, test: &TestFn) {
    let mut has_db = false;
    for param in &test.params {
        match param {
            Param::Receiver(receiver) => cx.error_spanned_by(
                receiver,
                "#[itest] functions cannot take `self`; write the test as a free function",
            ),
            Param::Db(pat_type) if has_db => cx.error_spanned_by(
                pat_type,
                "this test already takes `&mut Db`; itest passes one database handle per test",
            ),
            Param::Db(pat_type) => {
                has_db = true;
                if !args.has_db_key {
                    cx.error_spanned_by(
                        pat_type,
                        "this test takes `&mut Db` but has no isolation strategy; \
                         add `db = \"tx\"` (or \"truncate\", \"schema\", \"fresh\") to #[itest(..)]",
                    );
                }
            }
            Param::BadFrom { attr, message } => cx.error_spanned_by(attr, message),
            Param::Case(pat_type) if test.cases.is_empty() => cx.error_spanned_by(
                pat_type,
                "this parameter is marked #[case] but the test has no #[case(..)] attribute; \
                 add one per case, as in #[case(\"admin\", true)]",
            ),
            Param::Case(_) => {}
            Param::Values { attr, values, .. } => match values {
                None => cx.error_spanned_by(
                    attr,
                    "expected values separated by commas, as in #[values(1, 2, 3)]",
                ),
                Some(values) if values.is_empty() => cx.error_spanned_by(
                    attr,
                    "give #[values(..)] at least one value: with none there is no test to run",
                ),
                Some(_) => {}
            },
            Param::Fixture(param) if param.mutable => {
                let name = args
                    .fixtures
                    .as_ref()
                    .map(|fixtures| fixtures.name(param.fixture).to_string())
                    .unwrap_or_default();
                let ty = param.value_type.to_token_stream();
                cx.error_spanned_by(
                    &param.pat_type.ty,
                    format!(
                        "fixture `{name}` is shared with the fixtures that need it, so a test \
                         cannot take it as `&mut`: take `&{ty}`, or `mut {name}: {ty}` to own it"
                    ),
                );
            }
            Param::Fixture(_) => {}
            Param::Other(pat_type) => {
                let name = param_name(&pat_type.pat);
                let listed = args.fixtures.as_ref().map_or(Vec::new(), |fixtures| {
                    (0..fixtures.paths.len())
                        .map(|i| fixtures.name(i).to_string())
                        .collect()
                });
                let wanted = fixture_name(&pat_type.pat).map(|n| n.to_string());
                let near = (wanted.as_deref())
                    .and_then(|n| suggest::closest(n, listed.iter().map(String::as_str)));
                let hint = match near {
                    Some(near) => format!("did you mean fixture `{near}`?"),
                    None if is_db_type(&pat_type.ty) => {
                        format!("itest passes the database as `&mut Db`: write `{name}: &mut Db`")
                    }
                    None => format!(
                        "itest passes only `&mut Db` and the values of fixtures listed in \
                         `fixtures = [..]`{}",
                        match &wanted {
                            Some(fixture) => format!(": list `{fixture}` there if it is a fixture"),
                            None => String::new(),
                        }
                    ),
                };
                cx.error_spanned_by(
                    pat_type,
                    format!("parameter `{name}` is neither `&mut Db` nor a listed fixture; {hint}"),
                );
            }
        }
    }
}

/// `Db`, `&Db`, `itest::Db`...: a parameter that wants the database.
fn is_db_type(ty: &syn::Type) -> bool {
    let ty = match ty {
        syn::Type::Reference(reference) => &*reference.elem,
        other => other,
    };
    matches!(ty, syn::Type::Path(path) if path.path.segments.last().is_some_and(|s| s.ident == "Db"))
}

/// `x` for `x: T` and `mut x: T`, the pattern itself otherwise.
fn param_name(pat: &syn::Pat) -> String {
    match pat {
        syn::Pat::Ident(ident) => ident.ident.to_string(),
        other => other.to_token_stream().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::parse;
    use super::*;
    use proc_macro2::TokenStream;
    use quote::quote;

    /// Runs parse and validate, returning the error messages.
    fn errors(args: TokenStream, item: TokenStream) -> Vec<String> {
        errors_in(args, item, None)
    }

    fn errors_in(args: TokenStream, item: TokenStream, manifest_dir: Option<&str>) -> Vec<String> {
        let cx = Ctxt::new();
        let args = parse::parse_args(&cx, args);
        let item: crate::item::Function = syn::parse2(item).unwrap();
        let test = parse::parse_fn(&item, args.fixtures.as_ref());
        check_in(&cx, &args, &test, manifest_dir.map(OsStr::new));
        match cx.check() {
            Ok(()) => Vec::new(),
            Err(err) => err.into_iter().map(|e| e.to_string()).collect(),
        }
    }

    #[test]
    fn valid_tests() {
        assert!(errors(
            quote!(),
            quote!(
                fn t() {}
            )
        )
        .is_empty());
        assert!(errors(
            quote!(db = "tx"),
            quote!(
                async fn t(db: &mut Db) {}
            )
        )
        .is_empty());
        assert!(errors(
            quote!(db = "fresh"),
            quote!(
                fn t(_: &mut itest::Db) {}
            )
        )
        .is_empty());
        assert!(errors(
            quote!(fixtures = []),
            quote!(
                fn t() {}
            )
        )
        .is_empty());
    }

    #[test]
    fn fixtures() {
        assert!(errors(
            quote!(db = "tx", fixtures = [user, common::org, team]),
            quote!(
                async fn t(db: &mut Db, user: &User, org: Org, _team: &Team) {}
            )
        )
        .is_empty());
    }

    #[test]
    fn duplicate_fixture() {
        assert_eq!(
            errors(
                quote!(fixtures = [a, path::to::c, b, a, path::to::c]),
                quote!(
                    fn t() {}
                )
            ),
            [
                "fixture `a` is listed twice; list each fixture once",
                "fixture `path::to::c` is listed twice; list each fixture once",
            ]
        );
    }

    #[test]
    fn fixtures_with_the_same_name() {
        assert_eq!(
            errors(
                quote!(fixtures = [a::user, b::user]),
                quote!(
                    fn t() {}
                )
            ),
            ["fixture `b::user` has the same name as `a::user`, listed before; parameters receive fixtures by name, so a test can list only one fixture named `user`"]
        );
    }

    #[test]
    fn fixture_params() {
        assert_eq!(
            errors(
                quote!(fixtures = [user, org]),
                quote!(
                    fn t(user: &mut User, usr: &User, orgs: &Org, other: i32) {}
                )
            ),
            [
                "fixture `user` is shared with the fixtures that need it, so a test cannot take it as `&mut`: take `&User`, or `mut user: User` to own it",
                "parameter `usr` is neither `&mut Db` nor a listed fixture; did you mean fixture `user`?",
                "parameter `orgs` is neither `&mut Db` nor a listed fixture; did you mean fixture `org`?",
                "parameter `other` is neither `&mut Db` nor a listed fixture; itest passes only `&mut Db` and the values of fixtures listed in `fixtures = [..]`: list `other` there if it is a fixture",
            ]
        );
        assert_eq!(
            errors(quote!(db = "tx"), quote!(fn t(db: &Db, _owned: itest::Db) {})),
            [
                "parameter `db` is neither `&mut Db` nor a listed fixture; itest passes the database as `&mut Db`: write `db: &mut Db`",
                "parameter `_owned` is neither `&mut Db` nor a listed fixture; itest passes the database as `&mut Db`: write `_owned: &mut Db`",
            ]
        );
    }

    #[test]
    fn migrations_folder() {
        let here = env!("CARGO_MANIFEST_DIR");
        assert!(errors_in(
            quote!(migrations = "src"),
            quote!(
                fn t() {}
            ),
            Some(here)
        )
        .is_empty());
        assert_eq!(
            errors_in(quote!(migrations = "nope"), quote!(fn t() {}), Some(here)),
            [format!(
                "migrations folder `{here}/nope` does not exist; `migrations` is resolved relative to the folder of the crate's Cargo.toml"
            )]
        );
        assert_eq!(
            errors_in(quote!(migrations = "Cargo.toml"), quote!(fn t() {}), Some(here)),
            [format!(
                "`{here}/Cargo.toml` is not a folder; `migrations` names the folder that holds the migration files"
            )]
        );
        // Without a manifest directory the runtime resolves it.
        assert!(errors_in(
            quote!(migrations = "nope"),
            quote!(
                fn t() {}
            ),
            None
        )
        .is_empty());
    }

    #[test]
    fn signature_errors_are_all_reported() {
        assert_eq!(
            errors(quote!(), quote!(const unsafe extern "C" fn t<T>() {})),
            [
                "#[itest] functions cannot be `const`",
                "#[itest] functions cannot be `unsafe`",
                "#[itest] functions cannot be `extern`",
                "#[itest] functions cannot be generic: the test runner calls them without type arguments",
            ]
        );
        assert_eq!(
            errors(quote!(), quote!(unsafe extern "C" fn t(x: i32, ...) {})),
            [
                "#[itest] functions cannot be `unsafe`",
                "#[itest] functions cannot be `extern`",
                "#[itest] functions cannot be variadic",
                "parameter `x` is neither `&mut Db` nor a listed fixture; itest passes only `&mut Db` and the values of fixtures listed in `fixtures = [..]`: list `x` there if it is a fixture",
            ]
        );
        assert_eq!(
            errors(
                quote!(),
                quote!(
                    fn t()
                    where
                        u8: Copy,
                    {
                    }
                )
            ),
            ["#[itest] functions cannot have a `where` clause"]
        );
    }

    #[test]
    fn params() {
        assert_eq!(
            errors(
                quote!(),
                quote!(
                    fn t(&self) {}
                )
            ),
            ["#[itest] functions cannot take `self`; write the test as a free function"]
        );
        assert_eq!(
            errors(quote!(db = "tx"), quote!(fn t(x: i32, (a, b): (u8, u8)) {})),
            [
                "parameter `x` is neither `&mut Db` nor a listed fixture; itest passes only `&mut Db` and the values of fixtures listed in `fixtures = [..]`: list `x` there if it is a fixture",
                "parameter `(a , b)` is neither `&mut Db` nor a listed fixture; itest passes only `&mut Db` and the values of fixtures listed in `fixtures = [..]`",
            ]
        );
        assert_eq!(
            errors(
                quote!(db = "tx"),
                quote!(
                    fn t(a: &mut Db, b: &mut Db) {}
                )
            ),
            ["this test already takes `&mut Db`; itest passes one database handle per test"]
        );
        assert_eq!(
            errors(quote!(), quote!(fn t(db: &mut Db) {})),
            ["this test takes `&mut Db` but has no isolation strategy; add `db = \"tx\"` (or \"truncate\", \"schema\", \"fresh\") to #[itest(..)]"]
        );
        // An invalid `db` value is reported once, not also as a missing strategy.
        assert_eq!(
            errors(quote!(db = "txn"), quote!(fn t(db: &mut Db) {})),
            ["unknown isolation strategy `txn`; expected one of \"tx\", \"truncate\", \"schema\", \"fresh\""]
        );
    }

    #[test]
    fn test_attributes() {
        let msg = "remove this attribute: #[itest] already makes the function a test";
        assert_eq!(
            errors(
                quote!(),
                quote! {
                    #[test]
                    #[tokio::test]
                    #[ignore]
                    fn t() {}
                }
            ),
            [msg, msg]
        );
    }
}
