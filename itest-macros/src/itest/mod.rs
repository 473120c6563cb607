//! `#[itest(..)]`: parse the arguments and the function into the IR
//! ([`ast`]), check it ([`validate`]), then generate the test ([`expand`]).
//! On any error, the function is emitted unchanged next to the errors.

mod ast;
mod expand;
mod parse;
mod validate;

use crate::ctxt::Ctxt;
use crate::{fallback, item};
use proc_macro2::TokenStream;

pub fn expand(args: TokenStream, input: TokenStream) -> TokenStream {
    let cx = Ctxt::new();
    let args = parse::parse_args(&cx, args);
    let item = item::expect_fn(&cx, "itest", input.clone());
    let test = (item.as_ref()).map(|item| parse::parse_fn(item, args.fixtures.as_ref()));
    if let Some(test) = &test {
        validate::check(&cx, &args, test);
    }
    match (cx.check(), test) {
        (Ok(()), Some(test)) => expand::expand(&args, &test),
        (Err(errors), _) => {
            // The user's function as it is, but for our `#[from(..)]` and
            // `#[case]`, which the compiler would report as unknown attributes.
            let original = match &item {
                Some(item) => {
                    let mut item = item.clone();
                    item.sig = parse::without_from_attrs(&item.sig);
                    item.attrs.retain(|attr| !parse::is_case_attr(attr));
                    quote::ToTokens::into_token_stream(item)
                }
                None => input,
            };
            fallback::with_errors(original, errors)
        }
        (Ok(()), None) => unreachable!("an item that is not a function was reported"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    fn assert_tokens(actual: TokenStream, expected: TokenStream) {
        assert_eq!(actual.to_string(), expected.to_string());
    }

    #[test]
    fn expands_async_test_with_all_keys() {
        let out = expand(
            quote!(db = "tx", timeout = "5s", migrations = "src", fixtures = []),
            quote! {
                /// doc
                #[should_panic(expected = "boom")]
                #[allow(unused_variables)]
                pub async fn creates_user(db: &mut Db) -> R { BODY }
            },
        );
        assert_tokens(
            out,
            quote! {
                #[cfg(not(test))]
                const _: () = {
                    let _ = <R as ::itest::__private::IntoTestResult>::into_test_result;
                };

                #[cfg(not(test))]
                const _: () = {
                    let _ = <Db as ::itest::__private::DbParam>::BACKEND;
                };

                /// doc
                #[should_panic(expected = "boom")]
                #[allow(unused_variables)]
                #[::core::prelude::v1::test]
                fn creates_user() {
                    #[allow(unused_variables)]
                    async fn creates_user(db: &mut Db) -> R { BODY }

                    ::itest::__itest_run!("::creates_user" db(<Db as ::itest::__private::DbParam>::BACKEND, Tx), timeout(5000u64), migrations("src"), should_panic(); {
                            fn __itest_entry(
                                __itest_ctx: &mut ::itest::__private::TestContext,
                            ) -> ::itest::__private::BoxFuture<'_, ::itest::__private::TestResult> {
                                ::std::boxed::Box::pin(async move {
                                    ::itest::__private::IntoTestResult::into_test_result(creates_user(::itest::__private::db(__itest_ctx)).await)
                                })
                            }
                            ::itest::__private::Entry::Result(__itest_entry)
                    })
                }
            },
        );
    }

    #[test]
    fn expands_sync_test_without_db() {
        let out = expand(
            quote!(),
            quote!(
                fn plain() {
                    assert!(true)
                }
            ),
        );
        assert_tokens(
            out,
            quote! {
                #[::core::prelude::v1::test]
                fn plain() {
                    fn plain() { assert!(true) }

                    ::itest::__itest_run!("::plain"; {
                            fn __itest_entry(
                                _: &mut ::itest::__private::TestContext,
                            ) -> ::itest::__private::BoxFuture<'_, ::itest::__private::TestResult> {
                                ::std::boxed::Box::pin(async move {
                                    ::itest::__private::IntoTestResult::into_test_result(plain())
                                })
                            }
                            ::itest::__private::Entry::Result(__itest_entry)
                    })
                }
            },
        );
    }

    #[test]
    fn expands_async_unit_test_to_its_own_future() {
        let out = expand(
            quote!(db = "tx"),
            quote!(
                async fn one_query(db: &mut Db) {
                    BODY
                }
            ),
        );
        let check = quote! {
            #[cfg(not(test))]
            const _: () = {
                let _ = <Db as ::itest::__private::DbParam>::BACKEND;
            };
        };
        assert_tokens(
            out,
            quote! {
                #check
                #[::core::prelude::v1::test]
                fn one_query() {
                    async fn one_query(db: &mut Db) { BODY }
                    ::itest::__itest_run!("::one_query" db(<Db as ::itest::__private::DbParam>::BACKEND, Tx); unit(__itest_ctx) one_query(::itest::__private::db(__itest_ctx)))
                }
            },
        );
    }

    #[test]
    fn return_type_check_keeps_cfg_and_skips_unnameable_types() {
        let out = expand(
            quote!(),
            quote! {
                #[cfg(feature = "x")]
                #[ignore]
                fn t() -> Result<(), &'static str> { Ok(()) }
            },
        );
        let expected_check = quote! {
            #[cfg(feature = "x")]
            #[cfg(not(test))]
            const _: () = {
                let _ = <Result<(), &'static str> as ::itest::__private::IntoTestResult>::into_test_result;
            };
        };
        assert!(
            out.to_string().starts_with(&expected_check.to_string()),
            "{out}"
        );

        for item in [
            quote!(
                fn t() -> impl ::core::fmt::Debug {
                    1
                }
            ),
            quote!(
                fn t() -> Result<(), impl ::core::fmt::Debug> {
                    Ok(())
                }
            ),
            quote!(
                fn t() -> ! {
                    panic!()
                }
            ),
            quote!(
                fn t() {}
            ),
        ] {
            let out = expand(quote!(), item).to_string();
            assert!(!out.contains("const _ :"), "{out}");
        }
    }

    #[test]
    fn every_strategy_and_wildcard_db() {
        for (value, variant) in [
            ("tx", "Tx"),
            ("truncate", "Truncate"),
            ("schema", "Schema"),
            ("fresh", "Fresh"),
        ] {
            let out = expand(
                quote!(db = #value),
                quote!(
                    fn t(_: &mut Db) {}
                ),
            )
            .to_string();
            let variant = format!("BACKEND , {variant})");
            assert!(out.contains(&variant), "{out}");
            assert!(
                out.contains("t (:: itest :: __private :: db (__itest_ctx))"),
                "{out}"
            );
        }
    }

    #[test]
    fn expands_test_with_fixtures() {
        let out = expand(
            quote!(db = "tx", fixtures = [user, org]),
            quote! {
                async fn user_belongs_to_org(db: &mut Db, user: &User, org: &Org) { BODY }
            },
        );
        assert_tokens(
            out,
            quote! {
                #[cfg(not(test))]
                const _: () = {
                    type __ItestFixture0 = user;
                    type __ItestFixture1 = org;
                    let _ = <__ItestFixture0 as ::itest::__private::Fixture>::INFO;
                    let _ = <__ItestFixture1 as ::itest::__private::Fixture>::INFO;
                    let _ = ::itest::__private::fixture_ref::<__ItestFixture0, User>;
                    let _ = ::itest::__private::fixture_ref::<__ItestFixture1, Org>;
                    const _: () = {
                    const __ITEST_DIAGNOSTIC: ::itest::__private::Diagnostic =
                        ::itest::__private::check_strategy(<Db as ::itest::__private::DbParam>::BACKEND, ::itest::__private::Isolation::Tx,);
                    if __ITEST_DIAGNOSTIC.is_error() {
                        ::core::panic!("{}", __ITEST_DIAGNOSTIC.message())
                    }
                };const _: () = {
                    const __ITEST_DIAGNOSTIC: ::itest::__private::Diagnostic =
                        ::itest::__private::check_backend(<__ItestFixture0 as ::itest::__private::Fixture>::INFO, <Db as ::itest::__private::DbParam>::BACKEND,);
                    if __ITEST_DIAGNOSTIC.is_error() {
                        ::core::panic!("{}", __ITEST_DIAGNOSTIC.message())
                    }
                };const _: () = {
                    const __ITEST_DIAGNOSTIC: ::itest::__private::Diagnostic =
                        ::itest::__private::check_backend(<__ItestFixture1 as ::itest::__private::Fixture>::INFO, <Db as ::itest::__private::DbParam>::BACKEND,);
                    if __ITEST_DIAGNOSTIC.is_error() {
                        ::core::panic!("{}", __ITEST_DIAGNOSTIC.message())
                    }
                };
                };

                #[::core::prelude::v1::test]
                fn user_belongs_to_org() {
                    type __ItestFixture0 = user;
                    type __ItestFixture1 = org;const _: () = {
                    const __ITEST_DIAGNOSTIC: ::itest::__private::Diagnostic =
                        ::itest::__private::check_backend(<__ItestFixture0 as ::itest::__private::Fixture>::INFO, <Db as ::itest::__private::DbParam>::BACKEND,);
                    if __ITEST_DIAGNOSTIC.is_error() {
                        ::core::panic!("{}", __ITEST_DIAGNOSTIC.message())
                    }
                };const _: () = {
                    const __ITEST_DIAGNOSTIC: ::itest::__private::Diagnostic =
                        ::itest::__private::check_backend(<__ItestFixture1 as ::itest::__private::Fixture>::INFO, <Db as ::itest::__private::DbParam>::BACKEND,);
                    if __ITEST_DIAGNOSTIC.is_error() {
                        ::core::panic!("{}", __ITEST_DIAGNOSTIC.message())
                    }
                };

                    async fn user_belongs_to_org(db: &mut Db, user: &User, org: &Org) { BODY }

                    ::itest::__itest_run!("::user_belongs_to_org" db(<Db as ::itest::__private::DbParam>::BACKEND, Tx); {
                            fn __itest_entry(
                                __itest_ctx: &mut ::itest::__private::TestContext,
                            ) -> ::itest::__private::BoxFuture<'_, ::itest::__private::TestResult> {
                                ::std::boxed::Box::pin(async move {
                                    let __itest_value_0 = __itest_ctx.fixture::<__ItestFixture0>().await?;
                                    let __itest_value_1 = __itest_ctx.fixture::<__ItestFixture1>().await?;
                                    ::itest::__private::IntoTestResult::into_test_result(user_belongs_to_org(
                    ::itest::__private::db(__itest_ctx),
                    ::itest::__private::fixture_ref::<__ItestFixture0, User>(&__itest_value_0),
                    ::itest::__private::fixture_ref::<__ItestFixture1, Org>(&__itest_value_1)
                                    ).await)
                                })
                            }
                            ::itest::__private::Entry::Result(__itest_entry)
                    })
                }
            },
        );
    }

    #[test]
    fn owned_and_unused_fixtures_in_a_test_without_db() {
        let out = expand(
            quote!(fixtures = [config, common::seed]),
            quote!(
                fn t(mut config: Config) {}
            ),
        )
        .to_string();
        let needs_db = |i: usize| {
            let alias = quote::format_ident!("__ItestFixture{}", i);
            quote! {
                const _: () = {
                    const __ITEST_DIAGNOSTIC: ::itest::__private::Diagnostic =
                        ::itest::__private::check_needs_db(
                            <#alias as ::itest::__private::Fixture>::INFO
                        );
                    if __ITEST_DIAGNOSTIC.is_error() {
                        ::core::panic!("{}", __ITEST_DIAGNOSTIC.message())
                    }
                };
            }
            .to_string()
        };
        let by_value = quote! {
            ::itest::__private::check_by_value(
                <__ItestFixture0 as ::itest::__private::Fixture>::INFO,
                "Config",
            )
        }
        .to_string();
        for (expected, times) in [
            // Once in the test, once for builds without `--test`.
            (needs_db(0), 2),
            (needs_db(1), 2),
            (by_value, 2),
            (quote!(type __ItestFixture1 = common::seed;).to_string(), 2),
            (
                quote!(let _ = ::itest::__private::fixture_value::<__ItestFixture0, Config>;)
                    .to_string(),
                1,
            ),
            (
                quote! {
                    __itest_ctx.fixture::<__ItestFixture0>().await?;
                    __itest_ctx.fixture::<__ItestFixture1>().await?;
                    let __itest_value_0 = __itest_ctx.take_fixture::<__ItestFixture0>()?;
                    ::itest::__private::IntoTestResult::into_test_result(t(
                        ::itest::__private::fixture_value::<__ItestFixture0, Config>(__itest_value_0)
                    ))
                }
                .to_string(),
                1,
            ),
        ] {
            assert_eq!(out.matches(&expected).count(), times, "{expected}\nin {out}");
        }
    }

    #[test]
    fn errors_keep_the_function() {
        let input = quote! {
            #[test]
            async fn t(db: &mut Db, x: i32) {}
        };
        let out = expand(quote!(timout = "5s", db = "txn"), input.clone());
        let expected = quote! {
            #input
            ::core::compile_error! { "unknown itest option `timout`; did you mean `timeout`?" }
            ::core::compile_error! { "unknown isolation strategy `txn`; expected one of \"tx\", \"truncate\", \"schema\", \"fresh\"" }
            ::core::compile_error! { "remove this attribute: #[itest] already makes the function a test" }
            ::core::compile_error! { "parameter `x` is neither `&mut Db` nor a listed fixture; itest passes only `&mut Db` and the values of fixtures listed in `fixtures = [..]`: list `x` there if it is a fixture" }
        };
        assert_tokens(out, expected);
    }

    #[test]
    fn non_fn_item_is_kept() {
        let input = quote!(
            struct S;
        );
        let out = expand(quote!(db = "tx"), input.clone());
        let expected = quote! {
            struct S;
            ::core::compile_error! { "#[itest] can only be applied to a function (`fn` or `async fn`)" }
        };
        assert_tokens(out, expected);
    }
}
