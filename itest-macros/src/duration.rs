//! Compile-time parsing of durations: `timeout = "5s"`, `slow = "2s"`.

/// Why a timeout string was rejected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DurationError {
    /// Not `<digits><unit>`.
    Malformed,
    /// `0s`, `0ms`, ...
    Zero,
    /// More milliseconds than a `u64` holds.
    Overflow,
}

impl DurationError {
    /// The message shown at the user's string literal.
    pub fn message(self, key: &str, input: &str) -> String {
        let reason = match self {
            DurationError::Malformed => {
                "expected a whole number followed by ms, s, m or h, like \"500ms\", \"5s\" or \"2m\""
            }
            DurationError::Zero => "it must be greater than zero",
            DurationError::Overflow => "too large to be counted in milliseconds",
        };
        format!("invalid {key} `{input}`: {reason}")
    }
}

/// `"500ms"`, `"5s"`, `"2m"`, `"1h"` to milliseconds: a positive whole number
/// immediately followed by one of the units `ms`, `s`, `m`, `h`. Nothing else
/// is accepted (no spaces, signs, fractions, separators or upper case).
pub fn parse_millis(input: &str) -> Result<u64, DurationError> {
    let digits_end = input
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(input.len());
    let (number, unit) = input.split_at(digits_end);
    let millis_per_unit: u64 = match unit {
        "ms" => 1,
        "s" => 1_000,
        "m" => 60_000,
        "h" => 3_600_000,
        _ => return Err(DurationError::Malformed),
    };
    if number.is_empty() {
        return Err(DurationError::Malformed);
    }
    // Only ASCII digits are left, so parsing fails on overflow alone.
    let count: u64 = number.parse().map_err(|_| DurationError::Overflow)?;
    if count == 0 {
        return Err(DurationError::Zero);
    }
    count
        .checked_mul(millis_per_unit)
        .ok_or(DurationError::Overflow)
}

#[cfg(test)]
mod tests {
    use super::DurationError::*;
    use super::*;

    #[test]
    fn units() {
        assert_eq!(parse_millis("500ms"), Ok(500));
        assert_eq!(parse_millis("5s"), Ok(5_000));
        assert_eq!(parse_millis("2m"), Ok(120_000));
        assert_eq!(parse_millis("1h"), Ok(3_600_000));
        assert_eq!(parse_millis("1ms"), Ok(1));
        assert_eq!(parse_millis("007s"), Ok(7_000));
    }

    #[test]
    fn malformed() {
        for input in [
            "", "abc", "5", "s", "ms", "5 secs", "5 s", " 5s", "5s ", "5sec", "5S", "5Ms", "1.5s",
            "-5s", "+5s", "5_000ms", "5d", "5us", "５s",
        ] {
            assert_eq!(parse_millis(input), Err(Malformed), "{input:?}");
        }
    }

    #[test]
    fn zero() {
        assert_eq!(parse_millis("0s"), Err(Zero));
        assert_eq!(parse_millis("0ms"), Err(Zero));
        assert_eq!(parse_millis("000h"), Err(Zero));
    }

    #[test]
    fn overflow() {
        assert_eq!(parse_millis(&format!("{}ms", u64::MAX)), Ok(u64::MAX));
        assert_eq!(parse_millis("18446744073709551616ms"), Err(Overflow));
        assert_eq!(
            parse_millis(&format!("{}s", u64::MAX / 1000 + 1)),
            Err(Overflow)
        );
        assert_eq!(parse_millis("99999999999999999999999h"), Err(Overflow));
    }

    #[test]
    fn messages() {
        assert_eq!(
            Malformed.message("timeout", "5 secs"),
            "invalid timeout `5 secs`: expected a whole number followed by ms, s, m or h, like \"500ms\", \"5s\" or \"2m\""
        );
        assert_eq!(
            Zero.message("slow budget", "0s"),
            "invalid slow budget `0s`: it must be greater than zero"
        );
    }
}
