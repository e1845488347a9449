//! Number and string formatting as Go's `strconv` does it: shortest float forms with
//! Go's exponent rules (`1e+06`), `%e`/`%f`/`%g` with precision, and `strconv.Quote`.

/// Shortest decimal digits and decimal-point position of `f` (> 0, finite):
/// `f = 0.DIGITS × 10^dp`.
fn shortest_digits(f: f64) -> (String, i32) {
    let s = format!("{:e}", f); // e.g. "1.234567e6"
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits = digits.trim_end_matches('0').to_string();
    let digits = if digits.is_empty() {
        "0".to_string()
    } else {
        digits
    };
    (digits, exp + 1)
}

fn exp_suffix(e: i32) -> String {
    let sign = if e < 0 { '-' } else { '+' };
    format!("e{sign}{:02}", e.abs())
}

fn special(f: f64) -> Option<String> {
    if f.is_nan() {
        Some("NaN".into())
    } else if f.is_infinite() {
        Some(if f > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        })
    } else {
        None
    }
}

/// `strconv.FormatFloat(f, 'g', -1, 64)`, which `%v` and `Println` use.
pub fn float_shortest(f: f64) -> String {
    if let Some(s) = special(f) {
        return s;
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0".into()
        } else {
            "0".into()
        };
    }
    let neg = f < 0.0;
    let (digits, dp) = shortest_digits(f.abs());
    let exp = dp - 1;
    let body = if !(-4..6).contains(&exp) {
        let mut m = digits[..1].to_string();
        if digits.len() > 1 {
            m.push('.');
            m.push_str(&digits[1..]);
        }
        m + &exp_suffix(exp)
    } else {
        fixed_from_digits(&digits, dp)
    };
    if neg {
        format!("-{body}")
    } else {
        body
    }
}

fn fixed_from_digits(digits: &str, dp: i32) -> String {
    if dp <= 0 {
        format!("0.{}{}", "0".repeat((-dp) as usize), digits)
    } else if dp as usize >= digits.len() {
        format!("{}{}", digits, "0".repeat(dp as usize - digits.len()))
    } else {
        format!("{}.{}", &digits[..dp as usize], &digits[dp as usize..])
    }
}

/// `%e` with precision `prec`.
pub fn float_e(f: f64, prec: usize) -> String {
    if let Some(s) = special(f) {
        return s;
    }
    let s = format!("{:.*e}", prec, f);
    match s.split_once('e') {
        Some((m, e)) => format!("{m}{}", exp_suffix(e.parse().unwrap_or(0))),
        None => s,
    }
}

/// `%f` with precision `prec`.
pub fn float_f(f: f64, prec: usize) -> String {
    if let Some(s) = special(f) {
        return s;
    }
    format!("{:.*}", prec, f)
}

/// `%g` with precision `prec` (`None`: shortest, as `%v` but with `%g`'s threshold).
pub fn float_g(f: f64, prec: Option<usize>) -> String {
    let Some(p) = prec else {
        return float_shortest(f);
    };
    if let Some(s) = special(f) {
        return s;
    }
    let p = p.max(1);
    if f == 0.0 {
        return "0".into();
    }
    let e = format!("{:.*e}", p - 1, f.abs());
    let (m, ex) = e.split_once('e').unwrap_or((&e, "0"));
    let ex: i32 = ex.parse().unwrap_or(0);
    let digits: String = m.chars().filter(|c| c.is_ascii_digit()).collect();
    let digits = digits.trim_end_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits };
    let body = if ex < -4 || ex >= p as i32 {
        let mut s = digits[..1].to_string();
        if digits.len() > 1 {
            s.push('.');
            s.push_str(&digits[1..]);
        }
        s + &exp_suffix(ex)
    } else {
        fixed_from_digits(digits, ex + 1)
    };
    if f < 0.0 {
        format!("-{body}")
    } else {
        body
    }
}

/// `strconv.Quote`.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        quote_char(&mut out, c, '"');
    }
    out.push('"');
    out
}

/// `strconv.QuoteRune`.
pub fn quote_rune(r: u32) -> String {
    let c = char::from_u32(r).unwrap_or('\u{FFFD}');
    let mut out = String::from("'");
    quote_char(&mut out, c, '\'');
    out.push('\'');
    out
}

fn quote_char(out: &mut String, c: char, q: char) {
    match c {
        '\x07' => out.push_str("\\a"),
        '\x08' => out.push_str("\\b"),
        '\x0c' => out.push_str("\\f"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        '\x0b' => out.push_str("\\v"),
        '\\' => out.push_str("\\\\"),
        c if c == q => {
            out.push('\\');
            out.push(c);
        }
        c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
        '\u{FFFD}' => out.push('\u{FFFD}'),
        c if c.is_control() => {
            if (c as u32) < 0x10000 {
                out.push_str(&format!("\\u{:04x}", c as u32))
            } else {
                out.push_str(&format!("\\U{:08x}", c as u32))
            }
        }
        c => out.push(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_like_go() {
        // Expected strings from real Go's fmt.Println / Printf.
        assert_eq!(float_shortest(1e6), "1e+06");
        assert_eq!(float_shortest(1e21), "1e+21");
        assert_eq!(float_shortest(3.0), "3");
        assert_eq!(float_shortest(0.1), "0.1");
        assert_eq!(float_shortest(1.0 / 3.0), "0.3333333333333333");
        assert_eq!(float_shortest(123456.0), "123456");
        assert_eq!(float_shortest(1234567.0), "1.234567e+06");
        assert_eq!(float_shortest(0.0001), "0.0001");
        assert_eq!(float_shortest(0.00001), "1e-05");
        assert_eq!(float_shortest(2.5), "2.5");
        assert_eq!(float_f(1.23456, 3), "1.235");
        assert_eq!(float_e(1234.5678, 2), "1.23e+03");
        assert_eq!(float_g(1.23456, Some(3)), "1.23");
        assert_eq!(quote("hi\n"), "\"hi\\n\"");
        assert_eq!(quote_rune('A' as u32), "'A'");
    }
}
