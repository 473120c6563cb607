//! The function an attribute is applied to, shared by `#[itest]` and
//! `#[fixture]`: both only accept a free function, with the same limits on
//! its signature, and both recognise `&mut Db` parameters and fixture names
//! the same way.

use crate::ctxt::Ctxt;
use proc_macro2::{Delimiter, Group, Ident, Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::parse::{Parse, ParseStream};
use syn::{Attribute, Pat, PatType, Signature, Type, Visibility};

/// A function as the attributes see it: its attributes, visibility and
/// signature parsed, its body kept as the tokens it was written with.
/// Nothing looks inside a body, and parsing one into a syntax tree (then
/// printing it back) was most of an expansion's work: the compiler parses
/// it anyway, once, from the output. A syntax error in it is the
/// compiler's to report, at the same tokens.
#[derive(Clone)]
pub struct Function {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub sig: Signature,
    /// `{ .. }`, inner attributes and all.
    pub body: Group,
}

impl Parse for Function {
    fn parse(input: ParseStream) -> syn::Result<Function> {
        let attrs = input.call(Attribute::parse_outer)?;
        let vis = input.parse()?;
        let sig = input.parse()?;
        let body: Group = input.parse()?;
        if body.delimiter() != Delimiter::Brace {
            return Err(syn::Error::new(body.span(), "expected the function's body"));
        }
        Ok(Function {
            attrs,
            vis,
            sig,
            body,
        })
    }
}

impl ToTokens for Function {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        for attr in &self.attrs {
            attr.to_tokens(tokens);
        }
        self.vis.to_tokens(tokens);
        self.sig.to_tokens(tokens);
        self.body.to_tokens(tokens);
    }
}

impl Function {
    /// The function in `input`, its body split off before syn sees the
    /// rest: syn's parser reads every token it is given, groups included,
    /// so the body is never handed to it.
    fn split(input: &TokenStream) -> Option<Function> {
        let mut head: Vec<TokenTree> = input.clone().into_iter().collect();
        let Some(TokenTree::Group(body)) = head.pop() else {
            return None;
        };
        if body.delimiter() != Delimiter::Brace {
            return None;
        }
        let parse_head = |input: ParseStream| {
            let attrs = input.call(Attribute::parse_outer)?;
            Ok((attrs, input.parse()?, input.parse()?))
        };
        let (attrs, vis, sig) =
            syn::parse::Parser::parse2(parse_head, head.into_iter().collect()).ok()?;
        Some(Function {
            attrs,
            vis,
            sig,
            body,
        })
    }
}

/// The function the attribute `#[attr]` is applied to, or `None` after
/// reporting why the item is not one.
pub fn expect_fn(cx: &Ctxt, attr: &str, input: TokenStream) -> Option<Function> {
    if let Some(function) = Function::split(&input) {
        return Some(function);
    }
    // Not a function: syn says what it is, or what is wrong with it.
    match syn::parse2::<syn::Item>(input.clone()) {
        Ok(syn::Item::Fn(item)) => Some(Function {
            attrs: item.attrs,
            vis: item.vis,
            sig: item.sig,
            body: Group::new(Delimiter::Brace, item.block.to_token_stream()),
        }),
        Ok(_) => {
            cx.error_spanned_by(
                header(input),
                format!("#[{attr}] can only be applied to a function (`fn` or `async fn`)"),
            );
            None
        }
        Err(err) => {
            cx.syn_error(err);
            None
        }
    }
}

/// Reports what a function under `#[attr]` cannot be: `const`, `unsafe`,
/// `extern`, variadic, generic. `caller` completes "... cannot be generic:
/// `caller` calls them without type arguments".
pub fn check_signature(cx: &Ctxt, attr: &str, caller: &str, sig: &Signature) {
    if let Some(constness) = &sig.constness {
        cx.error_spanned_by(constness, format!("#[{attr}] functions cannot be `const`"));
    }
    if let Some(unsafety) = &sig.unsafety {
        cx.error_spanned_by(unsafety, format!("#[{attr}] functions cannot be `unsafe`"));
    }
    if let Some(abi) = &sig.abi {
        cx.error_spanned_by(abi, format!("#[{attr}] functions cannot be `extern`"));
    }
    if let Some(variadic) = &sig.variadic {
        cx.error_spanned_by(variadic, format!("#[{attr}] functions cannot be variadic"));
    }
    if !sig.generics.params.is_empty() {
        cx.error_spanned_by(
            &sig.generics,
            format!(
                "#[{attr}] functions cannot be generic: {caller} calls them without type arguments"
            ),
        );
    } else if let Some(where_clause) = &sig.generics.where_clause {
        cx.error_spanned_by(
            where_clause,
            format!("#[{attr}] functions cannot have a `where` clause"),
        );
    }
}

/// `db: &mut Db`, `_: &mut Db`, `mut db: &mut itest::Db`, `db: &mut Db<MySql>`.
pub fn is_db_param(pat_type: &PatType) -> bool {
    let pattern_ok = match &*pat_type.pat {
        Pat::Ident(pat) => pat.by_ref.is_none() && pat.subpat.is_none(),
        Pat::Wild(_) => true,
        _ => false,
    };
    let Type::Reference(reference) = &*pat_type.ty else {
        return false;
    };
    let Type::Path(path) = &*reference.elem else {
        return false;
    };
    pattern_ok
        && reference.mutability.is_some()
        && path.qself.is_none()
        && path
            .path
            .segments
            .last()
            .is_some_and(|last| last.ident == "Db" && is_backend_argument(&last.arguments))
}

/// `Db` or `Db<Backend>`: none, or one type (`sqlx::MySql`).
fn is_backend_argument(arguments: &syn::PathArguments) -> bool {
    match arguments {
        syn::PathArguments::None => true,
        syn::PathArguments::AngleBracketed(args) => {
            args.args.len() == 1 && matches!(args.args[0], syn::GenericArgument::Type(_))
        }
        syn::PathArguments::Parenthesized(_) => false,
    }
}

/// The fixture a parameter `name: ..` receives: the one called `name`, also
/// for `_name` (the usual way to silence "unused variable"). `None` for a
/// pattern that is not a plain name.
pub fn fixture_name(pat: &Pat) -> Option<Ident> {
    let Pat::Ident(pat) = pat else {
        return None;
    };
    if pat.by_ref.is_some() || pat.subpat.is_some() {
        return None;
    }
    let name = pat.ident.to_string();
    let name = name.strip_prefix("r#").unwrap_or(&name);
    match name.strip_prefix('_') {
        Some(rest) if !rest.is_empty() && !rest.starts_with('_') => {
            Some(Ident::new(rest, pat.ident.span()))
        }
        _ => Some(pat.ident.clone()),
    }
}

/// Whether the type has an `impl Trait` anywhere, e.g. `Result<(), impl Debug>`.
pub fn mentions_impl(tokens: TokenStream) -> bool {
    tokens.into_iter().any(|token| match token {
        TokenTree::Ident(ident) => ident == "impl",
        TokenTree::Group(group) => mentions_impl(group.stream()),
        _ => false,
    })
}

/// The first and last span of `tokens`, so that generated code can cover
/// exactly the user's tokens: rustc joins the spans of a call's first and
/// last token when it points at the call.
pub fn span_range(tokens: TokenStream) -> (Span, Span) {
    let mut spans = tokens.into_iter().map(|t| t.span());
    let first = spans.next().unwrap_or_else(Span::call_site);
    let last = spans.last().unwrap_or(first);
    (first, last)
}

/// The tokens of an item up to its body, without its attributes, e.g.
/// `pub struct Foo` for `#[derive(Debug)] pub struct Foo { .. }`, so that an
/// error about the whole item underlines one line rather than the item.
fn header(item: TokenStream) -> TokenStream {
    let mut tokens = item.clone().into_iter().peekable();
    let mut header = TokenStream::new();
    while let Some(token) = tokens.next() {
        match &token {
            // `#` `[..]`: an outer attribute.
            TokenTree::Punct(p) if p.as_char() == '#' && header.is_empty() => {
                if let Some(TokenTree::Group(g)) = tokens.peek() {
                    if g.delimiter() == Delimiter::Bracket {
                        tokens.next();
                        continue;
                    }
                }
                header.extend([token]);
            }
            TokenTree::Group(g) if g.delimiter() == Delimiter::Brace => break,
            TokenTree::Punct(p) if p.as_char() == ';' => break,
            _ => header.extend([token]),
        }
    }
    if header.is_empty() {
        item
    } else {
        header
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn header_skips_attributes_and_body() {
        let item = quote! {
            /// doc
            #[derive(Debug)]
            pub struct Foo { a: i32 }
        };
        assert_eq!(header(item).to_string(), quote!(pub struct Foo).to_string());
        assert_eq!(
            header(quote!(
                const X: u8 = 1;
            ))
            .to_string(),
            quote!(const X: u8 = 1).to_string()
        );
    }

    #[test]
    fn function_keeps_its_body_as_written() {
        let function: Function = syn::parse2(quote! {
            /// doc
            pub async fn t(db: &mut Db) { #![allow(unused)] let x = 1 +; }
        })
        .unwrap();
        assert_eq!(function.attrs.len(), 1);
        assert_eq!(function.sig.ident, "t");
        // Not parsed: neither the inner attribute nor the syntax error.
        assert_eq!(
            function.body.stream().to_string(),
            quote!(#![allow(unused)] let x = 1 +;).to_string()
        );
    }

    #[test]
    fn non_fn_is_an_error() {
        let cx = Ctxt::new();
        assert!(expect_fn(
            &cx,
            "itest",
            quote!(
                struct Foo;
            )
        )
        .is_none());
        let err = cx.check().unwrap_err();
        assert_eq!(
            err.to_string(),
            "#[itest] can only be applied to a function (`fn` or `async fn`)"
        );
    }

    #[test]
    fn fn_is_parsed() {
        let cx = Ctxt::new();
        assert!(expect_fn(
            &cx,
            "itest",
            quote!(
                async fn t() {}
            )
        )
        .is_some());
        cx.check().unwrap();
    }
}
