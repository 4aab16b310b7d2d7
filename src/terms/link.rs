//! The link codec: a scenario in the query string, as `contract.md`
//! promises it (`?v=1&offering=…&share=20`).
//!
//! Links are untrusted: they come from articles, chats and anyone's hands.
//! Reading one never fails; each bad value becomes a named [`InputError`]
//! and its field keeps the default.

use super::scenario::{Agi, Field, InputError, Scenario};
use crate::terms::Choice;

/// The link format's version, written into every link.
pub const VERSION: &str = "1";
/// A query longer than this is read only up to here: no real link is close.
pub const MAX_QUERY: usize = 4096;

/// A scenario read from a link, with what was wrong in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsedLink {
    pub scenario: Scenario,
    pub errors: Vec<InputError>,
}

/// The query's name–value pairs, decoded; `?` in front is allowed. Only
/// the first [`MAX_QUERY`] bytes are read; the pair the limit cuts through,
/// if it does, comes last and is marked `true` (`contract.md`: a parameter
/// cut by that limit is a bad value).
pub fn pairs(query: &str) -> impl Iterator<Item = (String, String, bool)> + '_ {
    let query = query.strip_prefix('?').unwrap_or(query).as_bytes();
    let read = &query[..query.len().min(MAX_QUERY)];
    // Cut through a pair: the limit falls before its end (a `&` or the end).
    let cut = query.len() > MAX_QUERY && query[MAX_QUERY] != b'&' && !read.ends_with(b"&");
    // Decoding works on bytes and is lossy, so a cut mid-character is harmless.
    let mut read = form_urlencoded::parse(read).peekable();
    std::iter::from_fn(move || {
        let (k, v) = read.next()?;
        let last = read.peek().is_none();
        Some((k.into_owned(), v.into_owned(), cut && last))
    })
}

/// The first value of one parameter, if the query has it (a value the
/// length limit cut is not had: the head script reads it the same way).
pub fn param(query: &str, name: &str) -> Option<String> {
    pairs(query)
        .find(|(k, _, _)| k == name)
        .filter(|(_, _, cut)| !cut)
        .map(|(_, v, _)| v)
}

/// Reads a scenario from a query string. Missing parameters take their
/// defaults, unknown ones are ignored, and when a parameter is repeated the
/// first one counts (as `URLSearchParams.get` reads it). Without `terms`,
/// an address that carries `v` (whatever its value) means the statement's
/// terms and one without `v` the latest (`contract.md`); a bad `terms`
/// falls back the same way.
pub fn parse(query: &str) -> ParsedLink {
    parse_over(query, "")
}

/// [`parse`], on a page whose own path means `under` (a query: a step, or
/// an example's scenario): the query's parameters win, each within its own
/// length limit, and `under`'s fill in the fields it does not give.
pub fn parse_over(query: &str, under: &str) -> ParsedLink {
    let defaults = if param(query, "v").or_else(|| param(under, "v")).is_some() {
        Scenario::LINK_DEFAULT
    } else {
        Scenario::DEFAULT
    };
    let mut scenario = defaults;
    let mut errors = Vec::new();
    let mut seen = Vec::with_capacity(Field::ALL.len());
    for (name, value, cut) in pairs(query).chain(pairs(under)) {
        let Some(field) = Field::from_slug(&name) else {
            continue;
        };
        if seen.contains(&field) {
            continue;
        }
        seen.push(field);
        let set = if cut {
            scenario.cut(field, &value, &defaults)
        } else {
            scenario.set_or(field, &value, &defaults)
        };
        if let Err(e) = set {
            errors.push(e);
        }
    }
    // An AGI year only counts once AGI is verified; a bad one is still reported.
    if scenario.agi == Agi::No {
        scenario.agi_year = None;
    }
    if let Some(e) = scenario.repair() {
        errors.retain(|old| old.field != e.field);
        errors.push(e);
    }
    ParsedLink { scenario, errors }
}

/// Appends `text` to a query, percent-encoded (RFC 3986: all but
/// unreserved characters). Today's values are slugs and numbers, which pass
/// through unchanged; any other text still makes a valid link. By hand:
/// the url crate's encoder carries a 0.8 KB table into the wasm.
pub fn push_encoded(out: &mut String, text: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &b in text.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
}

/// Appends `name=value` to a query, with `&` before it unless it is the
/// first, both percent-encoded.
pub fn push_pair(out: &mut String, name: &str, value: &str) {
    if !out.is_empty() {
        out.push('&');
    }
    push_encoded(out, name);
    out.push('=');
    push_encoded(out, value);
}

/// Writes a scenario as a query string (without `?`), every field spelled
/// out so that a shared link keeps its meaning even if defaults change.
pub fn to_query(scenario: &Scenario) -> String {
    let mut out = format!("v={VERSION}");
    for &field in Field::ALL {
        if field == Field::AgiYear && (scenario.agi == Agi::No || scenario.agi_year.is_none()) {
            continue;
        }
        push_pair(&mut out, field.slug(), &scenario.get(field));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_what_a_query_cannot_carry_as_is() {
        let mut out = String::new();
        push_encoded(&mut out, "a-z_0.9~ &=%?é");
        assert_eq!(out, "a-z_0.9~%20%26%3D%25%3F%C3%A9");
        let query = format!("x={out}");
        let decoded: Vec<_> = form_urlencoded::parse(query.as_bytes()).collect();
        assert_eq!(decoded[0].1, "a-z_0.9~ &=%?é");
    }
}
