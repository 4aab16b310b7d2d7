//! A bad input, said to the reader: the catalogue's sentence, with the
//! words a link writes (the field's name, what was given, the allowed and
//! default values) set as code, since they are the link's own words in
//! every language.

use yew::prelude::*;

use crate::app::text::input_error_parts;
use crate::terms::InputError;

/// The sentence for one bad input, its link words as `<code>`.
pub fn input_error(error: &InputError) -> Html {
    html! {
        <>
            { for input_error_parts(error).into_iter().map(|(words, code)| if code {
                html! { <code translate="no">{ words }</code> }
            } else {
                html! { { words } }
            }) }
        </>
    }
}
