//! Exact decimal numbers for money and percentages.
//!
//! Revenue and the assumed share rate come from links and text boxes. Using
//! integers scaled by a power of ten keeps the estimate exact (no binary
//! floating-point surprises in "round half up") and keeps float-formatting
//! code out of the wasm.
//!
//! No arithmetic here can wrap, whatever a caller passes: every `Decimal`
//! is at most [`MAX_WHOLE`] with at most [`MAX_SCALE`] decimals, because
//! the only ways in ([`Decimal::parse`], [`Decimal::whole`]) enforce it, so
//! its units stay below 10^24; and [`percent_of`], whose product could
//! outgrow even that, takes rates up to 100 only and says so otherwise.
//! (Release builds abort on a panic, so none is allowed either.)

use std::cmp::Ordering;
use std::fmt;

/// The most digits after the decimal point a number may carry.
pub const MAX_SCALE: u32 = 9;
/// The largest number there is: 10^15 (the largest revenue a scenario may
/// hold, in dollars).
pub const MAX_WHOLE: u128 = 1_000_000_000_000_000;
/// The largest rate [`percent_of`] takes.
pub const MAX_PERCENT: u128 = 100;
/// The longest text accepted as a number; anything longer is not a number.
const MAX_TEXT: usize = 64;

/// A non-negative decimal: `units / 10^scale`, with no trailing zeros after
/// the point, so equal values are equal structs; at most [`MAX_WHOLE`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Decimal {
    units: u128,
    scale: u32,
}

/// Why a text is not an acceptable decimal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecimalError {
    NotANumber,
    Negative,
    TooPrecise,
    TooLarge,
}

impl Decimal {
    /// A whole number (a `u32` is always within [`MAX_WHOLE`]).
    pub const fn whole(n: u32) -> Self {
        Decimal {
            units: n as u128,
            scale: 0,
        }
    }

    /// Parses `123`, `123.45`, `.5`, `1e6`, `2.5E-1`, with an optional sign;
    /// anything above [`MAX_WHOLE`] is `TooLarge`.
    pub fn parse(text: &str) -> Result<Self, DecimalError> {
        let text = text.trim();
        if text.is_empty() || text.len() > MAX_TEXT {
            return Err(DecimalError::NotANumber);
        }
        let (negative, rest) = match text.as_bytes()[0] {
            b'-' => (true, &text[1..]),
            b'+' => (false, &text[1..]),
            _ => (false, text),
        };
        let (mantissa, exponent) = match rest.find(['e', 'E']) {
            Some(at) => {
                let exp = &rest[at + 1..];
                let digits = exp.strip_prefix(['+', '-']).unwrap_or(exp);
                if digits.is_empty()
                    || digits.len() > 3
                    || !digits.bytes().all(|b| b.is_ascii_digit())
                {
                    return Err(DecimalError::NotANumber);
                }
                let value: i32 = digits.parse().map_err(|_| DecimalError::NotANumber)?;
                (
                    &rest[..at],
                    if exp.starts_with('-') { -value } else { value },
                )
            }
            None => (rest, 0),
        };
        let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if (int_part.is_empty() && frac_part.is_empty())
            || !all_digits(int_part)
            || !all_digits(frac_part)
        {
            return Err(DecimalError::NotANumber);
        }

        let mut units: u128 = 0;
        for (i, b) in int_part.bytes().chain(frac_part.bytes()).enumerate() {
            let overflow = if i < int_part.len() {
                DecimalError::TooLarge
            } else {
                DecimalError::TooPrecise
            };
            units = units
                .checked_mul(10)
                .and_then(|u| u.checked_add(u128::from(b - b'0')))
                .ok_or(overflow)?;
        }
        let mut scale = frac_part.len() as i64 - i64::from(exponent);
        while scale < 0 {
            units = units.checked_mul(10).ok_or(DecimalError::TooLarge)?;
            scale += 1;
        }
        while scale > 0 && units.is_multiple_of(10) {
            units /= 10;
            scale -= 1;
        }
        if scale > i64::from(MAX_SCALE) {
            return Err(DecimalError::TooPrecise);
        }
        if negative && units != 0 {
            return Err(DecimalError::Negative);
        }
        let decimal = Decimal {
            units,
            scale: scale as u32,
        };
        if decimal.cmp_whole(MAX_WHOLE).is_gt() {
            return Err(DecimalError::TooLarge);
        }
        Ok(decimal)
    }

    /// Compares with a whole number, any whole number.
    pub fn cmp_whole(self, n: u128) -> Ordering {
        // Past u128, n * 10^scale is larger than any Decimal.
        match n.checked_mul(10u128.pow(self.scale)) {
            Some(scaled) => self.units.cmp(&scaled),
            None => Ordering::Less,
        }
    }

    /// Rounds half up to a whole number. (units < 10^24: no overflow.)
    pub fn round(self) -> u128 {
        let one = 10u128.pow(self.scale);
        (self.units * 2 + one) / (one * 2)
    }
}

/// `amount × rate / 100`, in whole units, rounded half up; `TooLarge` for a
/// rate above [`MAX_PERCENT`].
pub fn percent_of(amount: Decimal, rate: Decimal) -> Result<u128, DecimalError> {
    if rate.cmp_whole(MAX_PERCENT).is_gt() {
        return Err(DecimalError::TooLarge);
    }
    // amount < 10^24 units, rate <= 10^11 units: the product < 10^35, and
    // the denominator <= 10^20, both far below u128::MAX (3.4 × 10^38);
    // checked all the same, so a change of bounds cannot wrap silently.
    let too_large = || DecimalError::TooLarge;
    let numerator = amount.units.checked_mul(rate.units).ok_or_else(too_large)?;
    let denominator = 10u128.pow(amount.scale + rate.scale) * MAX_PERCENT;
    let doubled = numerator
        .checked_mul(2)
        .and_then(|n| n.checked_add(denominator))
        .ok_or_else(too_large)?;
    Ok(doubled / (denominator * 2))
}

/// The decimal digits of `n`, written by hand: the standard library's
/// `u128` formatting would bring its own code into the wasm.
pub fn digits(mut n: u128) -> String {
    let mut reversed = Vec::new();
    loop {
        reversed.push(char::from(b'0' + (n % 10) as u8));
        n /= 10;
        if n == 0 {
            break;
        }
    }
    reversed.iter().rev().collect()
}

impl fmt::Display for Decimal {
    /// The canonical text: what links carry and what parsing gives back.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let one = 10u128.pow(self.scale);
        f.write_str(&digits(self.units / one))?;
        if self.scale > 0 {
            let fraction = digits(self.units % one);
            f.write_str(".")?;
            for _ in fraction.len()..self.scale as usize {
                f.write_str("0")?;
            }
            f.write_str(&fraction)?;
        }
        Ok(())
    }
}

/// Whole dollars with thousands separators: `$1,250,000`.
pub fn format_usd(dollars: u128) -> String {
    let digits = digits(dollars);
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    out.push('$');
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A decimal amount in dollars, with separators on the whole part.
pub fn format_usd_decimal(amount: Decimal) -> String {
    let text = amount.to_string();
    match text.split_once('.') {
        Some((whole, frac)) => format!("{}.{frac}", format_usd(whole.parse().unwrap_or(0))),
        None => format_usd(amount.round()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_the_digits_of_any_u128() {
        for n in [0, 7, 10, 999, 1_000_000_000_000_000, u128::MAX] {
            assert_eq!(digits(n), n.to_string());
        }
    }

    #[test]
    fn parses_and_prints_canonically() {
        for (text, canonical) in [
            ("0", "0"),
            ("-0", "0"),
            ("1000000", "1000000"),
            ("1e6", "1000000"),
            ("1.50", "1.5"),
            (".5", "0.5"),
            ("5.", "5"),
            ("2.5E-1", "0.25"),
            ("+12.5", "12.5"),
            ("000123", "123"),
        ] {
            assert_eq!(
                Decimal::parse(text).unwrap().to_string(),
                canonical,
                "{text}"
            );
        }
    }

    #[test]
    fn rejects_what_is_not_a_plain_number() {
        for (text, err) in [
            ("", DecimalError::NotANumber),
            ("abc", DecimalError::NotANumber),
            ("1,000", DecimalError::NotANumber),
            ("1e", DecimalError::NotANumber),
            (".", DecimalError::NotANumber),
            ("NaN", DecimalError::NotANumber),
            ("inf", DecimalError::NotANumber),
            ("1e9999", DecimalError::NotANumber),
            ("-5", DecimalError::Negative),
            ("0.0000000001", DecimalError::TooPrecise),
            ("1e100", DecimalError::TooLarge),
            (
                "999999999999999999999999999999999999999999",
                DecimalError::TooLarge,
            ),
        ] {
            assert_eq!(Decimal::parse(text), Err(err), "{text:?}");
        }
    }

    #[test]
    fn percent_rounds_half_up() {
        let d = |s| Decimal::parse(s).unwrap();
        assert_eq!(percent_of(d("1000000"), d("20")), Ok(200_000));
        assert_eq!(percent_of(d("2.5"), d("20")), Ok(1)); // 0.5 rounds up
        assert_eq!(percent_of(d("2.49"), d("20")), Ok(0)); // 0.498 rounds down
        assert_eq!(percent_of(d("1e15"), d("100")), Ok(1_000_000_000_000_000));
        assert_eq!(percent_of(d("0.000000001"), d("0.000000001")), Ok(0));
    }

    /// Every public way in, at its bounds and one past them: nothing wraps,
    /// nothing panics, and what is out of bounds says so.
    #[test]
    fn no_arithmetic_wraps_at_the_bounds_or_one_past_them() {
        let d = |s| Decimal::parse(s);
        let top = d("999999999999999.999999999").unwrap();
        let max = d("1000000000000000").unwrap();
        assert_eq!(max.to_string(), "1000000000000000");
        assert_eq!(d("1e15"), Ok(max));
        for past in [
            "1000000000000000.000000001",
            "1000000000000001",
            "1.000000000000001e15",
            "1e16",
            "340282366920938463463374607431768211455",
            "340282366920938463463374607431768211456",
        ] {
            assert_eq!(d(past), Err(DecimalError::TooLarge), "{past}");
        }
        assert_eq!(top.round(), MAX_WHOLE);
        assert_eq!(max.round(), MAX_WHOLE);
        assert_eq!(Decimal::whole(u32::MAX).round(), u128::from(u32::MAX));
        for n in [0, 1, MAX_WHOLE, MAX_WHOLE + 1, u128::MAX / 10, u128::MAX] {
            let _ = top.cmp_whole(n);
        }
        assert!(top.cmp_whole(u128::MAX).is_lt());
        assert!(max.cmp_whole(MAX_WHOLE).is_eq());
        let rate = |s| d(s).unwrap();
        assert_eq!(percent_of(top, rate("100")), Ok(MAX_WHOLE));
        assert_eq!(
            percent_of(max, rate("99.999999999")),
            Ok(999_999_999_990_000)
        );
        assert_eq!(
            percent_of(top, rate("100.000000001")),
            Err(DecimalError::TooLarge)
        );
        assert_eq!(percent_of(max, max), Err(DecimalError::TooLarge));
        assert_eq!(percent_of(max, rate("0")), Ok(0));
        assert_eq!(format_usd(MAX_WHOLE), "$1,000,000,000,000,000");
        assert_eq!(format_usd_decimal(top), "$999,999,999,999,999.999999999");
    }

    #[test]
    fn formats_dollars() {
        assert_eq!(format_usd(0), "$0");
        assert_eq!(format_usd(999), "$999");
        assert_eq!(format_usd(1000), "$1,000");
        assert_eq!(format_usd(1_250_000), "$1,250,000");
        assert_eq!(
            format_usd_decimal(Decimal::parse("1234.5").unwrap()),
            "$1,234.5"
        );
    }
}
