//! Byte spans into the source text, and the line/column arithmetic that turns them into
//! the `LINE:COL` positions gc prints.
//!
//! gc counts both lines and columns from 1, and counts columns in *bytes* (a tab is one
//! column, `é` is two), so a column here is the byte offset from the line start plus one.

/// A half-open byte range `lo..hi` into the source.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub lo: u32,
    pub hi: u32,
}

impl Span {
    pub fn new(lo: usize, hi: usize) -> Span {
        Span {
            lo: lo as u32,
            hi: hi as u32,
        }
    }

    /// The smallest span that covers both.
    pub fn to(self, other: Span) -> Span {
        Span {
            lo: self.lo.min(other.lo),
            hi: self.hi.max(other.hi),
        }
    }

    pub fn len(self) -> usize {
        (self.hi - self.lo) as usize
    }

    pub fn is_empty(self) -> bool {
        self.hi <= self.lo
    }

    /// The source text under the span ("" if it falls outside `src`).
    pub fn text(self, src: &str) -> &str {
        src.get(self.lo as usize..self.hi as usize).unwrap_or("")
    }
}

/// Start offsets of every line, to map byte offsets to 1-based (line, column).
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(src: &str) -> LineIndex {
        let mut starts = vec![0];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { starts }
    }

    /// 1-based line and 1-based byte column of `offset`, as gc prints them.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (line as u32 + 1, offset - self.starts[line] + 1)
    }

    /// Byte offset where 1-based `line` starts, if it exists.
    pub fn line_start(&self, line: u32) -> Option<u32> {
        self.starts.get(line.checked_sub(1)? as usize).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_bytes_from_one() {
        let src = "ab\n\té x\n";
        let idx = LineIndex::new(src);
        assert_eq!(idx.line_col(0), (1, 1));
        assert_eq!(idx.line_col(2), (1, 3));
        assert_eq!(idx.line_col(3), (2, 1));
        // tab is one column, é is two bytes, so `x` is at byte 4 of the line: column 5.
        assert_eq!(idx.line_col(7), (2, 5));
        assert_eq!(idx.line_col(9), (3, 1));
    }

    #[test]
    fn span_join_and_text() {
        let a = Span::new(2, 4);
        let b = Span::new(6, 9);
        assert_eq!(a.to(b), Span::new(2, 9));
        assert_eq!(Span::new(0, 3).text("hello"), "hel");
        assert_eq!(Span::new(4, 30).text("hello"), "");
    }
}
