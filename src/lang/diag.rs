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
    super::sort::sort_by_key(diags, |d| d.span.lo);
    diags.dedup_by(|a, b| a.span.lo == b.span.lo && a.message == b.message);
}

/// gc's message after the last error it prints.
pub const TOO_MANY: &str = "too many errors";

/// What gc prints for errors found in this (discovery) order: it drops an error equal
/// to the one just before it on the same line (with `src` to tell lines; without, at
/// the same position), stops at the [`MAX_ERRORS`]th, prints those sorted by position,
/// then `too many errors` at the position of the error that stopped it.
pub fn limit_like_gc(diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
    limit_like_gc_in(diags, None)
}

/// [`limit_like_gc`] knowing the source, so repeated messages on a line are dropped.
pub fn limit_like_gc_in(diags: Vec<Diagnostic>, src: Option<&str>) -> Vec<Diagnostic> {
    let lines = src.map(LineIndex::new);
    let line_of = |sp: Span| lines.as_ref().map_or(sp.lo, |l| l.line_col(sp.lo).0);
    let mut kept: Vec<Diagnostic> = Vec::new();
    for d in diags {
        if let Some(prev) = kept.last() {
            if prev.message == d.message && line_of(prev.span) == line_of(d.span) {
                continue;
            }
        }
        if kept
            .iter()
            .any(|k| k.span.lo == d.span.lo && k.message == d.message)
        {
            continue;
        }
        kept.push(d);
        if kept.len() == MAX_ERRORS {
            break;
        }
    }
    let last = kept.last().map(|d| d.span);
    let full = kept.len() == MAX_ERRORS;
    sort_diagnostics(&mut kept);
    if let (true, Some(at)) = (full, last) {
        kept.push(Diagnostic::new(at, TOO_MANY));
    }
    kept
}

/// Renders diagnostics (as returned by [`super::check`] or [`super::compile_front`])
/// the way `go run` prints them: one `file:LINE:COL: message` per line.
pub fn render(file: &str, src: &str, diags: &[Diagnostic]) -> String {
    let idx = LineIndex::new(src);
    let mut out = String::new();
    for d in diags {
        let (line, col) = idx.line_col(d.span.lo);
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
        let out = render("prog.go", src, &limit_like_gc(diags));
        assert_eq!(
            out,
            "prog.go:3:2: declared and not used: x\nprog.go:4:1: later\n"
        );
    }

    #[test]
    fn stops_at_the_tenth_discovered_like_gc() {
        let src = "0123456789abcdef";
        // Discovered in reverse position order: gc keeps the first ten found.
        let diags: Vec<_> = (0..12)
            .rev()
            .map(|i| Diagnostic::new(Span::new(i, i + 1), format!("e{i}")))
            .collect();
        let out = render("p.go", src, &limit_like_gc(diags));
        let lines: Vec<_> = out.lines().collect();
        assert_eq!(lines.len(), 11);
        assert_eq!(lines[0], "p.go:1:3: e2");
        assert_eq!(lines[9], "p.go:1:12: e11");
        assert_eq!(lines[10], "p.go:1:3: too many errors");
    }

    #[test]
    fn fewer_than_ten_are_all_kept_sorted() {
        let diags = vec![
            Diagnostic::new(Span::new(5, 5), "b"),
            Diagnostic::new(Span::new(1, 1), "a"),
            Diagnostic::new(Span::new(5, 5), "b"),
        ];
        let kept = limit_like_gc(diags);
        assert_eq!(kept.len(), 2);
        assert_eq!(kept[0].message, "a");
    }
}
