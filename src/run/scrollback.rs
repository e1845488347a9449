//! The console's scrollback: a program may print millions of lines, but the page shows the
//! last [`KEEP_LINES`] of them and says how many came before, so a chatty loop can't make
//! every step re-render megabytes of text.

/// Lines of output the console shows at most.
pub const KEEP_LINES: usize = 1000;

/// Where the last `keep` lines of `text` begin (a byte offset, on a line start), and how many
/// lines (a last line without its newline counts) `text` has in all.
pub fn tail(text: &str, keep: usize) -> (usize, usize) {
    let total = text.matches('\n').count() + usize::from(!text.is_empty() && !text.ends_with('\n'));
    if total <= keep {
        return (0, total);
    }
    // The start of line `total - keep` (0-based): just after the newline before it.
    let skip = total - keep;
    let at = text
        .match_indices('\n')
        .nth(skip - 1)
        .map_or(0, |(i, _)| i + 1);
    (at, total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_output_is_kept_whole() {
        assert_eq!(tail("", 3), (0, 0));
        assert_eq!(tail("a\nb\n", 3), (0, 2));
        assert_eq!(tail("a\nb\nc", 3), (0, 3));
    }

    #[test]
    fn long_output_keeps_its_last_lines() {
        let text: String = (1..=10).map(|i| format!("line {i}\n")).collect();
        let (at, total) = tail(&text, 3);
        assert_eq!(total, 10);
        assert_eq!(&text[at..], "line 8\nline 9\nline 10\n");
        // An unterminated last line counts as one of the kept ones.
        let (at, total) = tail("a\nb\nc\nd", 2);
        assert_eq!((total, &"a\nb\nc\nd"[at..]), (4, "c\nd"));
    }
}
