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
    let test = item.as_ref().map(parse::parse_fn);
    if let Some(test) = &test {
        validate::check(&cx, &args, test);
    }
    match (cx.check(), test) {
        (Ok(()), Some(test)) => expand::expand(&args, &test),
        (Err(errors), _) => fallback::with_errors(input, errors),
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

                /// doc
                #[should_panic(expected = "boom")]
                #[allow(unused_variables)]
                #[::core::prelude::v1::test]
                fn creates_user() {
                    #[allow(unused_variables)]
                    async fn creates_user(db: &mut Db) -> R { BODY }

                    fn __itest_entry<'a>(
                        __itest_ctx: &'a mut ::itest::__private::TestContext,
                    ) -> ::itest::__private::BoxFuture<'a, ::itest::__private::TestResult> {
                        ::std::boxed::Box::pin(async move {
                            ::itest::__private::IntoTestResult::into_test_result(creates_user(__itest_ctx.db()).await)
                        })
                    }

                    ::itest::__private::run_test(
                        &::itest::__private::TestSpec {
                            name: ::core::concat!(::core::module_path!(), "::", ::core::stringify!(creates_user)),
                            isolation: ::core::option::Option::Some(::itest::__private::Isolation::Tx),
                            timeout: ::core::option::Option::Some(::core::time::Duration::from_millis(5000u64)),
                            manifest_dir: ::core::env!("CARGO_MANIFEST_DIR"),
                            migrations: ::core::option::Option::Some("src"),
                        },
                        __itest_entry,
                    )
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

                    fn __itest_entry<'a>(
                        _: &'a mut ::itest::__private::TestContext,
                    ) -> ::itest::__private::BoxFuture<'a, ::itest::__private::TestResult> {
                        ::std::boxed::Box::pin(async move {
                            ::itest::__private::IntoTestResult::into_test_result(plain())
                        })
                    }

                    ::itest::__private::run_test(
                        &::itest::__private::TestSpec {
                            name: ::core::concat!(::core::module_path!(), "::", ::core::stringify!(plain)),
                            isolation: ::core::option::Option::None,
                            timeout: ::core::option::Option::None,
                            manifest_dir: ::core::env!("CARGO_MANIFEST_DIR"),
                            migrations: ::core::option::Option::None,
                        },
                        __itest_entry,
                    )
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
            assert!(!out.contains("const _"), "{out}");
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
            let variant = format!("Isolation :: {variant}");
            assert!(out.contains(&variant), "{out}");
            assert!(out.contains("t (__itest_ctx . db ())"), "{out}");
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
            ::core::compile_error! { "parameter `x` is neither `&mut Db` nor a listed fixture; itest passes only `&mut Db` and the values of fixtures listed in `fixtures = [..]`" }
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
