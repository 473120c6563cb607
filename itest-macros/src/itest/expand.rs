//! IR to tokens, for a test that passed validation. The generated code only
//! names `::core`, `::std` and `::itest::__private`, and leaves the work to
//! the runtime's `run_test`.

use super::ast::{TestArgs, TestFn};
use proc_macro2::{Ident, Literal, Span, TokenStream, TokenTree};
use quote::{quote, quote_spanned, ToTokens};
use syn::spanned::Spanned;
use syn::{ItemFn, ReturnType, Type, Visibility};

pub fn expand(args: &TestArgs, test: &TestFn) -> TokenStream {
    let item = test.item;
    let name = &item.sig.ident;
    // Validation rejected `#[test]` and friends, so every attribute stays on
    // the test, in the user's order: docs, `#[should_panic]`, `#[ignore]`...
    let outer_attrs = &item.attrs;

    // The user's function, nested in the test and otherwise unchanged. Lint
    // levels stay on it too, so `#[allow(..)]` still covers its body. Not
    // `#[expect(..)]`: the nested fn inherits it from the test anyway, and a
    // copy would leave one of the two unfulfilled (a warning).
    let inner = ItemFn {
        attrs: test
            .lint_attrs
            .iter()
            .filter(|attr| !attr.path().is_ident("expect"))
            .map(|&attr| attr.clone())
            .collect(),
        vis: Visibility::Inherited,
        sig: item.sig.clone(),
        block: item.block.clone(),
    };

    // Hygiene does not cover items: a unit `struct ctx;` in scope would turn
    // a `ctx` parameter into a pattern. Hence the reserved-looking name.
    let ctx = Ident::new("__itest_ctx", Span::call_site());
    let (ctx_param, call_args) = if test.db_param().is_some() {
        (quote!(#ctx), quote!(#ctx.db()))
    } else {
        (quote!(_), quote!())
    };
    let await_ = item.sig.asyncness.map(|_| quote!(.await));

    // Spanned at the return type: "`i32: IntoTestResult` is not satisfied"
    // then underlines the user's `-> i32`, not the attribute.
    let ret_span = match &item.sig.output {
        ReturnType::Type(_, ty) => ty.span(),
        ReturnType::Default => Span::call_site(),
    };
    let mut callee = name.clone();
    callee.set_span(ret_span);
    let result = quote_spanned! {ret_span=>
        ::itest::__private::IntoTestResult::into_test_result(#callee(#call_args) #await_)
    };

    let isolation = option(args.isolation.as_ref().map(|isolation| {
        let variant = Ident::new(isolation.strategy.variant(), isolation.lit.span());
        quote!(::itest::__private::Isolation::#variant)
    }));
    let timeout = option(args.timeout.as_ref().map(|timeout| {
        let mut millis = Literal::u64_suffixed(timeout.millis);
        millis.set_span(timeout.lit.span());
        quote!(::core::time::Duration::from_millis(#millis))
    }));
    let migrations = option(args.migrations.as_ref().map(|lit| quote!(#lit)));

    let return_check = return_check(item);

    quote! {
        #return_check

        #(#outer_attrs)*
        #[::core::prelude::v1::test]
        fn #name() {
            #inner

            fn __itest_entry<'a>(
                #ctx_param: &'a mut ::itest::__private::TestContext,
            ) -> ::itest::__private::BoxFuture<'a, ::itest::__private::TestResult> {
                ::std::boxed::Box::pin(async move { #result })
            }

            ::itest::__private::run_test(
                &::itest::__private::TestSpec {
                    name: ::core::concat!(::core::module_path!(), "::", ::core::stringify!(#name)),
                    isolation: #isolation,
                    timeout: #timeout,
                    manifest_dir: ::core::env!("CARGO_MANIFEST_DIR"),
                    migrations: #migrations,
                },
                __itest_entry,
            )
        }
    }
}

/// Checks the return type where `#[test]` strips the test: a build without
/// `--test` (trybuild, `cargo check` of a lib) removes the whole test
/// function, and with it the call to `into_test_result` that would report a
/// return type it cannot turn into a result. Spanned at the return type, like
/// that call. Not emitted in test builds, which type-check the call itself
/// (the same error twice would only be noise).
fn return_check(item: &ItemFn) -> Option<TokenStream> {
    let ReturnType::Type(_, ty) = &item.sig.output else {
        return None; // `()`
    };
    // Types that cannot be named in an expression; the test build checks them.
    if matches!(**ty, Type::Never(_)) || mentions_impl(ty.to_token_stream()) {
        return None;
    }
    let cfgs = item.attrs.iter().filter(|attr| attr.path().is_ident("cfg"));
    Some(quote_spanned! {ty.span()=>
        #(#cfgs)*
        #[cfg(not(test))]
        const _: () = {
            let _ = <#ty as ::itest::__private::IntoTestResult>::into_test_result;
        };
    })
}

/// Whether the type has an `impl Trait` anywhere, e.g. `Result<(), impl Debug>`.
fn mentions_impl(tokens: TokenStream) -> bool {
    tokens.into_iter().any(|token| match token {
        TokenTree::Ident(ident) => ident == "impl",
        TokenTree::Group(group) => mentions_impl(group.stream()),
        _ => false,
    })
}

/// `::core::option::Option::Some(value)` or `::core::option::Option::None`.
fn option(value: Option<TokenStream>) -> TokenStream {
    match value {
        Some(value) => quote!(::core::option::Option::Some(#value)),
        None => quote!(::core::option::Option::None),
    }
}
