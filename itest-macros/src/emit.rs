//! Pieces of generated code shared by `#[itest]` and `#[fixture]`.

use proc_macro2::{Delimiter, Group, Span, TokenStream};
use quote::{quote, quote_spanned};

/// A `const` that evaluates `diagnostic` (an expression of type
/// `::itest::__private::Diagnostic`) at compile time and fails the build
/// with its message when it is an error. The error points at `first..last`:
/// rustc underlines the `panic!` call, whose first and last tokens carry
/// those spans.
pub fn const_check(diagnostic: TokenStream, (first, last): (Span, Span)) -> TokenStream {
    let panic = quote_spanned!(first=> ::core::panic!);
    let mut args = Group::new(
        Delimiter::Parenthesis,
        quote!("{}", __ITEST_DIAGNOSTIC.message()),
    );
    args.set_span(last);
    quote! {
        const _: () = {
            // An item, not a `let`: a constant of the same name in scope
            // would turn a `let` into a pattern; this shadows it instead.
            const __ITEST_DIAGNOSTIC: ::itest::__private::Diagnostic = #diagnostic;
            if __ITEST_DIAGNOSTIC.is_error() {
                #panic #args
            }
        };
    }
}
