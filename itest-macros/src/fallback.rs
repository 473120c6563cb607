//! What to emit when there are errors: the user's item unchanged, followed by
//! the `compile_error!`s (tokio-macros' `token_stream_with_error`). Keeping
//! the function means rust-analyzer still resolves and completes inside it,
//! and the user sees only our errors instead of a cascade of "cannot find
//! function" errors.

use proc_macro2::TokenStream;

pub fn with_errors(mut original: TokenStream, errors: syn::Error) -> TokenStream {
    original.extend(errors.into_compile_error());
    original
}
