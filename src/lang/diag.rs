//! Compile diagnostics: a span and gc's message, rendered as `prog.go:LINE:COL: message`.

use super::span::{LineIndex, Span};

/// One compile error. `message` is gc's wording exactly; it may contain further lines
/// (the `have (...)`/`want (...)` lines of a wrong argument count), which gc indents
/// with a tab.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub span: Span,
    pub message: String,
}

/// gc stops reporting after this many errors and prints `too many errors`.
pub const MAX_ERRORS: usize = 10;

impl Diagnostic {
    pub fn new(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            span,
            message: message.into(),
        }
    }
}

/// Sorts by position (stable, so errors at one position keep their discovery order) and
/// drops exact duplicates, as gc does before printing.
pub fn sort_diagnostics(diags: &mut Vec<Diagnostic>) {
    diags.sort_by_key(|d| d.span.lo);
    diags.dedup_by(|a, b| a.span.lo == b.span.lo && a.message == b.message);
}

/// Renders diagnostics the way `go run` prints them: sorted, one `file:LINE:COL: msg`
/// per error, and after [`MAX_ERRORS`] a final `file:LINE:COL: too many errors` at the
/// position of the last one printed.
pub fn render(file: &str, src: &str, diags: &[Diagnostic]) -> String {
    let idx = LineIndex::new(src);
    let mut sorted = diags.to_vec();
    sort_diagnostics(&mut sorted);
    let mut out = String::new();
    for (n, d) in sorted.iter().enumerate() {
        let (line, col) = idx.line_col(d.span.lo);
        if n == MAX_ERRORS {
            let prev = idx.line_col(sorted[n - 1].span.lo);
            out.push_str(&format!("{file}:{}:{}: too many errors\n", prev.0, prev.1));
            break;
        }
        out.push_str(&format!("{file}:{line}:{col}: {}\n", d.message));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_sorted_with_line_and_column() {
        let src = "package main\nfunc main() {\n\tx := 1\n}\n";
        let diags = vec![
            Diagnostic::new(Span::new(35, 36), "later"),
            Diagnostic::new(Span::new(28, 29), "declared and not used: x"),
        ];
        let out = render("prog.go", src, &diags);
        assert_eq!(
            out,
            "prog.go:3:2: declared and not used: x\nprog.go:4:1: later\n"
        );
    }

    #[test]
    fn stops_after_ten_like_gc() {
        let src = "0123456789abcdef";
        let diags: Vec<_> = (0..12)
            .map(|i| Diagnostic::new(Span::new(i, i + 1), format!("e{i}")))
            .collect();
        let out = render("p.go", src, &diags);
        let lines: Vec<_> = out.lines().collect();
        assert_eq!(lines.len(), 11);
        assert_eq!(lines[9], "p.go:1:10: e9");
        assert_eq!(lines[10], "p.go:1:10: too many errors");
    }
}
