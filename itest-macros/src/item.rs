//! Parsing of the item an attribute is applied to, shared by `#[itest]` and
//! `#[fixture]`: both only accept a free function.

use crate::ctxt::Ctxt;
use proc_macro2::{Delimiter, TokenStream, TokenTree};

/// The function the attribute `#[attr]` is applied to, or `None` after
/// reporting why the item is not one.
pub fn expect_fn(cx: &Ctxt, attr: &str, input: TokenStream) -> Option<syn::ItemFn> {
    match syn::parse2::<syn::Item>(input.clone()) {
        Ok(syn::Item::Fn(item)) => Some(item),
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
