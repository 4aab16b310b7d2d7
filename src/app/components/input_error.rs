//! A bad input, said to the reader: the catalogue's sentence, with the
//! words a link writes (the field's name, what was given, the allowed and
//! default values) set as code, since they are the link's own words in
//! every language.

use yew::prelude::*;

use crate::app::text;
use crate::terms::{Choice, InputError};

/// The sentence for one bad input, its link words as `<code>`.
pub fn input_error(error: &InputError) -> Html {
    let message = text::input_error(error);
    let mut codes: Vec<String> = vec![error.field.slug().to_string(), error.given.clone()];
    codes.extend(error.used.iter().cloned());
    codes.extend(error.field.choices().iter().map(|w| w.to_string()));
    if let crate::terms::Problem::Combination { other, other_value } = &error.problem {
        codes.push(format!("{}={other_value}", other.slug()));
    }
    coded(&message, &codes)
}

/// `message` with each whole-word occurrence of a `codes` entry (the
/// longest first where two start together) set as `<code>`.
fn coded(message: &str, codes: &[String]) -> Html {
    let edge = |c: Option<char>| !c.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_');
    let mut parts: Vec<Html> = Vec::new();
    let mut plain = String::new();
    let mut at = 0;
    while at < message.len() {
        let rest = &message[at..];
        let before = message[..at].chars().next_back();
        let found = codes
            .iter()
            .filter(|c| !c.is_empty() && rest.starts_with(c.as_str()))
            .filter(|c| edge(before) && edge(rest[c.len()..].chars().next()))
            .max_by_key(|c| c.len());
        match found {
            Some(code) => {
                parts.push(html! { { std::mem::take(&mut plain) } });
                parts.push(html! { <code translate="no">{ code.clone() }</code> });
                at += code.len();
            }
            None => {
                let c = rest.chars().next().unwrap_or(' ');
                plain.push(c);
                at += c.len_utf8();
            }
        }
    }
    parts.push(html! { { plain } });
    html! { <>{ for parts }</> }
}
