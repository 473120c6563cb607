//! The syntax shared by the arguments of every itest attribute:
//! `key = value, key(..), key`, parsed into [`Meta`]s before any key is
//! looked at, plus helpers that report a value of the wrong kind at the
//! user's token.

use crate::ctxt::Ctxt;
use proc_macro2::{Group, Ident, TokenStream};
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{Expr, Lit, LitStr, Token};

/// One `key = value` of an attribute.
pub struct Meta {
    pub key: Ident,
    pub value: MetaValue,
}

pub enum MetaValue {
    /// `key`
    Missing,
    /// `key = <expr>`
    Expr(Expr),
    /// `key(..)`
    List(Group),
}

/// Every `key = value` of `args` up to the first syntax error, and that
/// error. Returned rather than reported, so the caller can report it after
/// the keys before it and keep the errors in source order.
pub fn parse_metas(args: TokenStream) -> (Vec<Meta>, syn::Result<()>) {
    let mut metas = Vec::new();
    let result = (|input: ParseStream| parse_into(input, &mut metas)).parse2(args);
    (metas, result)
}

/// `key = expr, key(..), key, ...` with an optional trailing comma. Keys may
/// be keywords (`type = ..`) so that they get "unknown option", not a syntax
/// error.
fn parse_into(input: ParseStream, metas: &mut Vec<Meta>) -> syn::Result<()> {
    while !input.is_empty() {
        let key = input.call(Ident::parse_any)?;
        let value = if input.peek(Token![=]) {
            input.parse::<Token![=]>()?;
            MetaValue::Expr(input.parse()?)
        } else if input.peek(syn::token::Paren) {
            MetaValue::List(input.parse()?)
        } else {
            MetaValue::Missing
        };
        metas.push(Meta { key, value });
        if input.is_empty() {
            break;
        }
        input.parse::<Token![,]>()?;
    }
    Ok(())
}

/// The value of `key = value`, or an error showing `example`.
pub fn expect_value<'m>(cx: &Ctxt, meta: &'m Meta, example: &str) -> Option<&'m Expr> {
    match &meta.value {
        MetaValue::Expr(expr) => Some(strip_groups(expr)),
        MetaValue::Missing => {
            cx.error_spanned_by(
                &meta.key,
                format!("`{}` needs a value, like `{example}`", meta.key),
            );
            None
        }
        MetaValue::List(group) => {
            cx.error_spanned_by(group, format!("expected `=` and a value, like `{example}`"));
            None
        }
    }
}

/// `key = "string"`, or an error at the value showing `example`.
pub fn expect_str<'m>(cx: &Ctxt, meta: &'m Meta, example: &str) -> Option<&'m LitStr> {
    match expect_value(cx, meta, example)? {
        Expr::Lit(syn::ExprLit {
            lit: Lit::Str(lit), ..
        }) => Some(lit),
        other => {
            cx.error_spanned_by(
                other,
                format!("expected a string literal, like `{example}`"),
            );
            None
        }
    }
}

/// Looks through the invisible groups a `macro_rules!` fragment leaves.
pub fn strip_groups(mut expr: &Expr) -> &Expr {
    while let Expr::Group(group) = expr {
        expr = &group.expr;
    }
    expr
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    fn keys(metas: &[Meta]) -> Vec<String> {
        metas.iter().map(|m| m.key.to_string()).collect()
    }

    #[test]
    fn forms() {
        let (metas, result) = parse_metas(quote!(a = 1, b(x, y), c, type = "t",));
        result.unwrap();
        assert_eq!(keys(&metas), ["a", "b", "c", "type"]);
        assert!(matches!(metas[0].value, MetaValue::Expr(_)));
        assert!(matches!(metas[1].value, MetaValue::List(_)));
        assert!(matches!(metas[2].value, MetaValue::Missing));
    }

    #[test]
    fn syntax_error_keeps_what_came_before() {
        let (metas, result) = parse_metas(quote!(a = 1, b = 2 c = 3));
        assert_eq!(keys(&metas), ["a", "b"]);
        assert_eq!(result.unwrap_err().to_string(), "expected `,`");
        let (metas, result) = parse_metas(quote!(a = ));
        assert!(metas.is_empty());
        assert!(result.is_err());
    }
}
