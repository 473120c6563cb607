//! IR to tokens, for a test that passed validation. The generated code only
//! names `::core`, `::std`, `::itest::__private` and `::itest::__itest_run!`
//! (the facade's `macro_rules!` that writes a test's spec and its call), and
//! leaves the work to the runtime's `run_test` (and, for fixtures, to
//! `TestContext::fixture`).

use super::ast::{FixtureList, FixtureParam, Param, TestArgs, TestFn};
use crate::emit::const_check;
use crate::item::{mentions_impl, span_range, Function};
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned, ToTokens};
use syn::spanned::Spanned;
use syn::{Attribute, ReturnType, Type, Visibility};

pub fn expand(args: &TestArgs, test: &TestFn) -> TokenStream {
    let item = test.item;
    let name = &item.sig.ident;
    let cfgs: Vec<&Attribute> = item
        .attrs
        .iter()
        .filter(|attr| attr.path().is_ident("cfg"))
        .collect();
    let return_check = return_check(item, &cfgs);
    let fixture_checks =
        Fixtures::new(args.fixtures.as_ref(), test).checks_outside_test(args, test, &cfgs);
    let has_values = test
        .params
        .iter()
        .any(|p| matches!(p, Param::Values { .. }));
    if test.cases.is_empty() && !has_values {
        let test_fn = test_fn(args, test, name, &[]);
        return quote! {
            #return_check
            #fixture_checks
            #test_fn
        };
    }
    let leaves = matrix(test);
    let tests = nest(args, test, &leaves, 0);
    quote! {
        #return_check
        #fixture_checks

        #(#cfgs)*
        #[cfg(test)]
        mod #name {
            #[allow(unused_imports)]
            use super::*;
            #tests
        }
    }
}

/// One test of a parametrized function: where it sits (modules, then its
/// own name) and the values of its `#[case]` and `#[values]` parameters, in
/// parameter order.
struct Leaf<'a> {
    path: Vec<Ident>,
    values: Vec<&'a syn::Expr>,
}

/// Every case times every combination of `#[values]`, named as rstest names
/// them: `case_2_guest`, and `a_1_10` for the first value of `a`, written
/// `10`. Numbers are zero-padded so that they sort in order.
fn matrix<'a>(test: &'a TestFn<'a>) -> Vec<Leaf<'a>> {
    let cases: Vec<(Option<Ident>, Vec<&syn::Expr>)> = match test.cases.is_empty() {
        true => vec![(None, Vec::new())],
        false => {
            let width = test.cases.len().to_string().len();
            (test.cases.iter().enumerate())
                .map(|(i, case)| {
                    let description = case.description.as_ref().map_or(String::new(), |d| {
                        format!("_{}", d.to_string().trim_start_matches("r#"))
                    });
                    let name = Ident::new(
                        &format!("case_{:0width$}{description}", i + 1),
                        case.attr.span(),
                    );
                    let values = case.values.iter().flatten().collect();
                    (Some(name), values)
                })
                .collect()
        }
    };
    let value_params: Vec<(String, &Vec<syn::Expr>)> = (test.params.iter())
        .filter_map(|param| match param {
            Param::Values {
                pat_type,
                values: Some(values),
                ..
            } => Some((
                describe(&pat_type.pat.to_token_stream().to_string()),
                values,
            )),
            _ => None,
        })
        .collect();
    // Every combination, the last parameter's values changing fastest.
    let combinations: usize = value_params
        .iter()
        .map(|(_, values)| values.len())
        .product();
    let mut leaves = Vec::new();
    for (case_name, case_values) in &cases {
        for combination in 0..combinations {
            let mut rest = combination;
            let mut choice = vec![0; value_params.len()];
            for (k, (_, values)) in value_params.iter().enumerate().rev() {
                choice[k] = rest % values.len();
                rest /= values.len();
            }
            let mut path: Vec<Ident> = case_name.iter().cloned().collect();
            for ((param, values), &j) in value_params.iter().zip(&choice) {
                let width = values.len().to_string().len();
                let value = describe(&values[j].to_token_stream().to_string());
                let name = format!("{param}_{:0width$}_{value}", j + 1);
                path.push(Ident::new(name.trim_end_matches('_'), values[j].span()));
            }
            let mut from_case = case_values.iter();
            let mut from_values = choice.iter().zip(&value_params);
            let values = (test.params.iter())
                .filter_map(|param| match param {
                    Param::Case(_) => from_case.next().copied(),
                    Param::Values { .. } => from_values.next().map(|(&j, (_, values))| &values[j]),
                    _ => None,
                })
                .collect();
            leaves.push(Leaf { path, values });
        }
    }
    leaves
}

/// Letters, digits and single underscores: a value as part of a name.
fn describe(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('_') {
            out.push('_');
        }
    }
    let out = out.trim_matches('_');
    out.chars().take(32).collect()
}

/// The tests at `depth` of `leaves`: modules for the levels above the last.
fn nest(args: &TestArgs, test: &TestFn, leaves: &[Leaf], depth: usize) -> TokenStream {
    let mut groups: Vec<(&Ident, Vec<&Leaf>)> = Vec::new();
    for leaf in leaves {
        let key = &leaf.path[depth];
        match groups.iter_mut().find(|(name, _)| *name == key) {
            Some((_, group)) => group.push(leaf),
            None => groups.push((key, vec![leaf])),
        }
    }
    let items = groups.into_iter().map(|(name, group)| {
        if group.len() == 1 && group[0].path.len() == depth + 1 {
            return test_fn(args, test, name, &group[0].values);
        }
        let owned: Vec<Leaf> = group
            .iter()
            .map(|leaf| Leaf {
                path: leaf.path.clone(),
                values: leaf.values.clone(),
            })
            .collect();
        let inner = nest(args, test, &owned, depth + 1);
        quote! {
            mod #name {
                #[allow(unused_imports)]
                use super::*;
                #inner
            }
        }
    });
    quote!(#(#items)*)
}

/// The libtest test named `test_name`, running the user's function once
/// (with `values` for its `#[case]` and `#[values]` parameters, in order).
fn test_fn(
    args: &TestArgs,
    test: &TestFn,
    test_name: &Ident,
    values: &[&syn::Expr],
) -> TokenStream {
    let item = test.item;
    let name = &item.sig.ident;
    // Validation rejected `#[test]` and friends, so every attribute stays on
    // the test, in the user's order: docs, `#[should_panic]`, `#[ignore]`...
    // but for the cases, which became tests of their own.
    let outer_attrs = item
        .attrs
        .iter()
        .filter(|attr| !super::parse::is_case_attr(attr));

    // The user's function, nested in the test and otherwise unchanged. Lint
    // levels stay on it too, so `#[allow(..)]` still covers its body. Not
    // `#[expect(..)]`: the nested fn inherits it from the test anyway, and a
    // copy would leave one of the two unfulfilled (a warning).
    let inner = Function {
        attrs: test
            .lint_attrs
            .iter()
            .filter(|attr| !attr.path().is_ident("expect"))
            .map(|&attr| attr.clone())
            .collect(),
        vis: Visibility::Inherited,
        sig: super::parse::without_from_attrs(&item.sig),
        body: item.body.clone(),
    };

    // Hygiene does not cover items: a unit `struct ctx;` in scope would turn
    // a `ctx` parameter into a pattern. Hence the reserved-looking name.
    let ctx = Ident::new("__itest_ctx", Span::call_site());
    let fixtures = Fixtures::new(args.fixtures.as_ref(), test);
    // Each value bound at its own expression, with the parameter's type: a
    // value of the wrong type is reported at the case or `#[values]`.
    let value_params = test.params.iter().filter_map(|param| match param {
        Param::Case(pat_type) | Param::Values { pat_type, .. } => Some(*pat_type),
        _ => None,
    });
    let binding = |k: usize| format_ident!("__itest_case_{}", k);
    let bindings = values
        .iter()
        .zip(value_params)
        .enumerate()
        .map(|(k, (value, param))| {
            let name = binding(k);
            let ty = &param.ty;
            quote_spanned!(value.span()=> let #name: #ty = #value;)
        });
    let mut next_value = 0..;
    let call_args = test.params.iter().filter_map(|param| match param {
        Param::Db(_) => Some(quote!(::itest::__private::db(#ctx))),
        Param::Fixture(param) => Some(fixtures.argument(param)),
        Param::Case(_) | Param::Values { .. } => {
            let name = binding(next_value.next().expect("endless"));
            Some(quote!(#name))
        }
        // Validation rejected everything else.
        Param::Receiver(_) | Param::Other(_) | Param::BadFrom { .. } => None,
    });
    let call_args = quote!(#(#call_args),*);
    let ctx_param = match test.db_param().is_some() || !fixtures.is_empty() {
        true => quote!(#ctx),
        false => quote!(_),
    };

    // A test returning `()` with nothing to set up runs the future of the
    // user's function as it is: one future type per test, not two.
    let returns_unit = match &item.sig.output {
        ReturnType::Default => true,
        ReturnType::Type(_, ty) => matches!(&**ty, Type::Tuple(tuple) if tuple.elems.is_empty()),
    };
    let runs_as_is =
        item.sig.asyncness.is_some() && returns_unit && fixtures.is_empty() && values.is_empty();
    let entry = match runs_as_is {
        true => quote!(unit(#ctx_param) #name(#call_args)),
        false => {
            // Built only here: the common case above needs none of it.
            let case_bindings = quote!(#(#bindings)*);
            let set_up = fixtures.set_up(&ctx);
            let await_ = item.sig.asyncness.map(|_| quote!(.await));
            // Spanned at the return type: "`i32: IntoTestResult` is not
            // satisfied" then underlines the user's `-> i32`, not the attribute.
            let ret_span = match &item.sig.output {
                ReturnType::Type(_, ty) => ty.span(),
                ReturnType::Default => Span::call_site(),
            };
            let mut callee = name.clone();
            callee.set_span(ret_span);
            let result = quote_spanned! {ret_span=>
                ::itest::__private::IntoTestResult::into_test_result(#callee(#call_args) #await_)
            };
            quote!({
                fn __itest_entry(
                    #ctx_param: &mut ::itest::__private::TestContext,
                ) -> ::itest::__private::BoxFuture<'_, ::itest::__private::TestResult> {
                    ::std::boxed::Box::pin(async move { #case_bindings #set_up #result })
                }
                ::itest::__private::Entry::Result(__itest_entry)
            })
        }
    };

    let fixture_items = fixtures.items(args, test);
    let spec = spec(args, test, &fixtures, test_name);

    quote! {
        #(#outer_attrs)*
        #[::core::prelude::v1::test]
        fn #test_name() {
            #fixture_items
            #inner
            ::itest::__itest_run!(#spec; #entry)
        }
    }
}

/// The test's spec, as `__itest_run!` takes it: its name, then the keys
/// it sets (`db(backend, Tx), timeout(5000u64), ..`), each a const method
/// of `TestSpec` (fewer tokens for the compiler to read per test).
fn spec(args: &TestArgs, test: &TestFn, fixtures: &Fixtures, test_name: &Ident) -> TokenStream {
    let name = format!("::{}", test_name.to_string().trim_start_matches("r#"));
    // The database is reached through the server's driver, named only by
    // `__itest_run!`: a binary whose tests have no `db = ..` links none.
    let db = args.isolation.as_ref().map(|isolation| {
        let backend = fixtures.backend(test);
        let variant = Ident::new(isolation.strategy.variant(), isolation.lit.span());
        quote!(db(#backend, #variant))
    });
    let millis = |written: &super::ast::Timeout| {
        let mut millis = Literal::u64_suffixed(written.millis);
        millis.set_span(written.lit.span());
        millis
    };
    let timeout = args.timeout.as_ref().map(millis).into_iter();
    let slow = args.slow.as_ref().map(millis).into_iter();
    let migrations = args.migrations.iter();
    let seeds = (!args.seeds.is_empty()).then_some(&args.seeds).into_iter();
    let quarantine = args.quarantine.iter();
    let should_panic = (test.item.attrs.iter()).any(|attr| attr.path().is_ident("should_panic"));
    let should_panic = should_panic
        .then_some(())
        .into_iter()
        .map(|()| quote!(, should_panic()));
    quote! {
        #name #db
        #(, timeout(#timeout))*
        #(, slow(#slow))*
        #(, migrations(#migrations))*
        #(, seeds(&[#(#seeds),*]))*
        #(, quarantine(#quarantine))*
        #(#should_panic)*
    }
}

/// Checks the return type where `#[test]` strips the test: a build without
/// `--test` (trybuild, `cargo check` of a lib) removes the whole test
/// function, and with it the call to `into_test_result` that would report a
/// return type it cannot turn into a result. Spanned at the return type, like
/// that call. Not emitted in test builds, which type-check the call itself
/// (the same error twice would only be noise).
fn return_check(item: &Function, cfgs: &[&Attribute]) -> Option<TokenStream> {
    let ReturnType::Type(_, ty) = &item.sig.output else {
        return None; // `()`
    };
    // Types that cannot be named in an expression; the test build checks them.
    if matches!(**ty, Type::Never(_)) || mentions_impl(ty.to_token_stream()) {
        return None;
    }
    Some(quote_spanned! {ty.span()=>
        #(#cfgs)*
        #[cfg(not(test))]
        const _: () = {
            let _ = <#ty as ::itest::__private::IntoTestResult>::into_test_result;
        };
    })
}

/// The fixtures of one test: each listed path gets a type alias, named
/// once so that an unknown fixture is reported once, and everything else
/// names the alias.
struct Fixtures<'a> {
    list: Option<&'a FixtureList>,
    /// The parameters that receive fixtures.
    params: Vec<&'a FixtureParam<'a>>,
}

impl<'a> Fixtures<'a> {
    fn new(list: Option<&'a FixtureList>, test: &'a TestFn<'a>) -> Fixtures<'a> {
        let params = test
            .params
            .iter()
            .filter_map(|param| match param {
                Param::Fixture(param) => Some(param),
                _ => None,
            })
            .collect();
        Fixtures { list, params }
    }

    fn paths(&self) -> &'a [syn::Path] {
        self.list.map_or(&[], |list| &list.paths)
    }

    fn is_empty(&self) -> bool {
        self.paths().is_empty()
    }

    /// The alias of listed fixture `index`, spanned at `span`: a type error
    /// about it then points there.
    fn alias(index: usize, span: Span) -> Ident {
        Ident::new(&format!("__ItestFixture{index}"), span)
    }

    /// The alias of listed fixture `index`, spanned at its path: "not a
    /// fixture" is reported there, once.
    fn alias_at_path(&self, index: usize) -> Ident {
        Self::alias(index, self.paths()[index].span())
    }

    fn value(index: usize) -> Ident {
        format_ident!("__itest_value_{}", index)
    }

    fn param_of(&self, index: usize) -> Option<&'a FixtureParam<'a>> {
        self.params.iter().copied().find(|p| p.fixture == index)
    }

    /// `type __ItestFixture0 = path;` for each listed fixture.
    fn aliases(&self) -> TokenStream {
        let aliases = self.paths().iter().enumerate().map(|(i, path)| {
            let alias = Self::alias(i, Span::call_site());
            quote!(type #alias = #path;)
        });
        quote!(#(#aliases)*)
    }

    /// Statements that set up every listed fixture, in list order (each
    /// one's dependencies first), then move out the values that parameters
    /// own.
    fn set_up(&self, ctx: &Ident) -> TokenStream {
        // Spanned at the path: "not a fixture" is reported there.
        let set_up = self.paths().iter().enumerate().map(|(i, path)| {
            let alias = self.alias_at_path(i);
            let value = Self::value(i);
            let set_up = quote_spanned!(path.span()=> #ctx.fixture::<#alias>().await?);
            match self.param_of(i) {
                Some(param) if param.by_ref => quote!(let #value = #set_up;),
                _ => quote!(#set_up;),
            }
        });
        let take = self.params.iter().filter(|p| !p.by_ref).map(|param| {
            let alias = self.alias_at_path(param.fixture);
            let value = Self::value(param.fixture);
            let span = self.paths()[param.fixture].span();
            let take = quote_spanned!(span=> #ctx.take_fixture::<#alias>()?);
            quote!(let #value = #take;)
        });
        quote!(#(#set_up)* #(#take)*)
    }

    /// The argument for a parameter that receives a fixture: checked against
    /// the fixture's value type, at the parameter's type.
    fn argument(&self, param: &FixtureParam) -> TokenStream {
        let mut value = Self::value(param.fixture);
        value.set_span(param.value_type.span());
        let function = Self::param_function(param);
        let span = param.value_type.span();
        match param.by_ref {
            true => quote_spanned!(span=> #function(&#value)),
            false => quote_spanned!(span=> #function(#value)),
        }
    }

    /// `fixture_ref::<Alias, T>` or `fixture_value::<Alias, T>`.
    fn param_function(param: &FixtureParam) -> TokenStream {
        let ty = param.value_type;
        let alias = Self::alias(param.fixture, ty.span());
        let function = match param.by_ref {
            true => quote_spanned!(ty.span()=> fixture_ref),
            false => quote_spanned!(ty.span()=> fixture_value),
        };
        quote_spanned!(ty.span()=> ::itest::__private::#function::<#alias, #ty>)
    }

    /// Checks the compiler runs on the fixture graph for this test: listed
    /// fixtures need no database the test lacks, and no fixture with a
    /// teardown is moved into the test. `in_test`: inside the test function,
    /// whose spec already names the `Db<..>` type (`DbParam`), a strategy
    /// every server runs (`tx`, `fresh`) is not checked again: one `const`
    /// and its `panic!` fewer per test to build.
    fn const_checks(&self, args: &TestArgs, test: &TestFn, in_test: bool) -> TokenStream {
        let backend = self.backend(test);
        // The server a strategy cannot run on fails at the `db = ".."`.
        let checked = (args.isolation.as_ref())
            .filter(|isolation| !in_test || !isolation.strategy.runs_everywhere());
        let strategy = checked.map(|isolation| {
            let variant = Ident::new(isolation.strategy.variant(), isolation.lit.span());
            const_check(
                quote!(::itest::__private::check_strategy(
                    #backend,
                    ::itest::__private::Isolation::#variant,
                )),
                span_range(isolation.lit.to_token_stream()),
            )
        });
        // A fixture on another server than the test's fails at its path.
        let same_backend = self.paths().iter().enumerate().map(|(i, path)| {
            let alias = self.alias_at_path(i);
            const_check(
                quote!(::itest::__private::check_backend(
                    <#alias as ::itest::__private::Fixture>::INFO,
                    #backend,
                )),
                span_range(path.to_token_stream()),
            )
        });
        let needs_db = self
            .paths()
            .iter()
            .enumerate()
            .filter(|_| !args.has_db_key)
            .map(|(i, path)| {
                let alias = self.alias_at_path(i);
                const_check(
                    quote!(::itest::__private::check_needs_db(
                        <#alias as ::itest::__private::Fixture>::INFO
                    )),
                    span_range(path.to_token_stream()),
                )
            });
        let by_value = self.params.iter().filter(|p| !p.by_ref).map(|param| {
            let alias = self.alias_at_path(param.fixture);
            let ty = param.value_type.to_token_stream();
            let shown = ty.to_string();
            const_check(
                quote!(::itest::__private::check_by_value(
                    <#alias as ::itest::__private::Fixture>::INFO,
                    #shown,
                )),
                span_range(ty),
            )
        });
        quote!(#strategy #(#same_backend)* #(#needs_db)* #(#by_value)*)
    }

    /// The server the test runs on, as a constant expression: that of the
    /// `Db<..>` it takes, else that of the first listed fixture needing a
    /// database, else PostgreSQL.
    fn backend(&self, test: &TestFn) -> TokenStream {
        (self.chosen_backend(test))
            .unwrap_or_else(|| quote!(::itest::__private::BackendKind::Postgres))
    }

    /// The server, when the test chooses one: it takes a `Db<..>` or lists
    /// fixtures.
    fn chosen_backend(&self, test: &TestFn) -> Option<TokenStream> {
        if let Some(pat_type) = test.db_param() {
            let ty = match &*pat_type.ty {
                Type::Reference(reference) => &*reference.elem,
                other => other,
            };
            return Some(quote_spanned!(ty.span()=> <#ty as ::itest::__private::DbParam>::BACKEND));
        }
        if self.is_empty() {
            return None;
        }
        let infos = (0..self.paths().len()).map(|i| {
            let alias = self.alias_at_path(i);
            quote!(<#alias as ::itest::__private::Fixture>::INFO)
        });
        Some(quote!(::itest::__private::backend_of(&[#(#infos),*])))
    }

    /// What goes into the test function, before the user's function.
    /// Nothing, for no fixtures and a strategy every server runs: the
    /// common case.
    fn items(&self, args: &TestArgs, test: &TestFn) -> Option<TokenStream> {
        let everywhere = (args.isolation.as_ref()).is_none_or(|i| i.strategy.runs_everywhere());
        if self.is_empty() && everywhere {
            return None;
        }
        let aliases = self.aliases();
        let checks = self.const_checks(args, test, true);
        Some(quote!(#aliases #checks))
    }

    /// The same checks for builds without `--test` (trybuild, `cargo check`
    /// of a library), which remove the test function and everything in it.
    /// The parameter types are checked here by naming the functions that
    /// convert them; in test builds, calling them checks them.
    fn checks_outside_test(
        &self,
        args: &TestArgs,
        test: &TestFn,
        cfgs: &[&Attribute],
    ) -> Option<TokenStream> {
        if self.is_empty() && args.isolation.is_none() {
            return None;
        }
        // A strategy every server runs, and no fixtures: nothing to check
        // but that the `Db<..>` parameter's type is one (as the test build's
        // spec names it). The common case gets a few tokens, not a
        // `const_check`, for a build that strips them.
        let everywhere = (args.isolation.as_ref()).is_some_and(|i| i.strategy.runs_everywhere());
        if self.is_empty() && everywhere {
            let backend = self.chosen_backend(test)?;
            return Some(quote! {
                #(#cfgs)*
                #[cfg(not(test))]
                const _: () = {
                    let _ = #backend;
                };
            });
        }
        let aliases = self.aliases();
        let are_fixtures = self.paths().iter().enumerate().map(|(i, path)| {
            let alias = self.alias_at_path(i);
            quote_spanned!(path.span()=> let _ = <#alias as ::itest::__private::Fixture>::INFO;)
        });
        let param_types = self.params.iter().map(|param| {
            let function = Self::param_function(param);
            quote!(let _ = #function;)
        });
        let checks = self.const_checks(args, test, false);
        Some(quote! {
            #(#cfgs)*
            #[cfg(not(test))]
            const _: () = {
                #aliases
                #(#are_fixtures)*
                #(#param_types)*
                #checks
            };
        })
    }
}
