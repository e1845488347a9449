//! Mutations of real programs: almost-right Go is what a learner types, and it reaches
//! deeper into the parser, checker and interpreter than random bytes do.

use super::Rng;

/// Tokens that often matter to the grammar; spliced in to break or re-balance a program.
pub const SOUP: &[&str] = &[
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    ";",
    ",",
    ".",
    ":",
    ":=",
    "=",
    "+=",
    "<-",
    "...",
    "...",
    "func",
    "defer",
    "go",
    "return",
    "panic",
    "recover()",
    "for",
    "range",
    "if",
    "else",
    "switch",
    "case",
    "default:",
    "break",
    "continue",
    "fallthrough",
    "goto",
    "select",
    "chan",
    "map[string]int",
    "[]int",
    "struct{}",
    "interface{}",
    "any",
    "nil",
    "var",
    "const",
    "type",
    "package",
    "import",
    "\"",
    "'",
    "`",
    "/*",
    "*/",
    "//",
    "\n",
    "x",
    "_",
    "0",
    "1",
    "-1",
    "0x7fffffffffffffff",
    "1e308",
    "'\\u00e9'",
    "\"\\xff\"",
    "1<<62",
    "*",
    "&",
    "&^",
    "<<",
    ">>",
    "%",
    "/",
    "!",
    "^",
    "==",
    "!=",
    "&&",
    "||",
    "++",
    "--",
    "sync.Pool{}",
    "p.Get()",
    "p.Put(x)",
    "fmt.Println(x)",
    "make([]int, 1<<40)",
    "new(int)",
    "len(x)",
    "cap(x)",
    "append(x, x)",
    "string(x)",
    "int64(x)",
    "x.(int)",
    "x.(type)",
    "os.Exit(3)",
    "runtime.GC()",
    "é",
    "世",
    "\u{feff}",
    "\0",
    "\t",
    "\r",
];

fn split_tokens(src: &str) -> Vec<&str> {
    // Words and single non-space characters, keeping the spacing as separate pieces, so a
    // joined result is the original text.
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev: Option<bool> = None; // word char?
    for (i, c) in src.char_indices() {
        let word = c.is_alphanumeric() || c == '_';
        if prev != Some(word) || !word {
            if i > start {
                out.push(&src[start..i]);
            }
            start = i;
        }
        prev = Some(word);
    }
    if start < src.len() {
        out.push(&src[start..]);
    }
    out
}

fn cut_at_char(src: &str, at: usize) -> usize {
    (0..=at.min(src.len()))
        .rev()
        .find(|&i| src.is_char_boundary(i))
        .unwrap_or(0)
}

/// One to four random edits of `src`: line deletes, duplicates and swaps, token flips,
/// deletes and inserts, truncation, and splicing a line from `donor`.
pub fn mutate(rng: &mut Rng, src: &str, donor: &str) -> String {
    let mut cur = src.to_string();
    for _ in 0..1 + rng.below(4) {
        cur = mutate_once(rng, &cur, donor);
    }
    cur
}

fn mutate_once(rng: &mut Rng, src: &str, donor: &str) -> String {
    let mut lines: Vec<&str> = src.lines().collect();
    let n = lines.len().max(1);
    match rng.below(10) {
        0 if !lines.is_empty() => {
            lines.remove(rng.below(n));
            lines.join("\n")
        }
        1 if !lines.is_empty() => {
            let i = rng.below(n);
            lines.insert(i, lines[i]);
            lines.join("\n")
        }
        2 if lines.len() > 1 => {
            let (a, b) = (rng.below(n), rng.below(n));
            lines.swap(a, b);
            lines.join("\n")
        }
        3 => {
            let at = cut_at_char(src, rng.below(src.len() + 1));
            src[..at].to_string()
        }
        4 => {
            let donor_lines: Vec<&str> = donor.lines().collect();
            if donor_lines.is_empty() {
                return src.to_string();
            }
            let line = *rng.pick(&donor_lines);
            lines.insert(rng.below(n + 1).min(lines.len()), line);
            lines.join("\n")
        }
        5 => {
            // Duplicate a whole block of lines: nests or repeats declarations.
            if lines.is_empty() {
                return src.to_string();
            }
            let a = rng.below(n);
            let b = (a + 1 + rng.below(8)).min(lines.len());
            let block: Vec<&str> = lines[a..b].to_vec();
            let at = rng.below(lines.len() + 1);
            lines.splice(at..at, block);
            lines.join("\n")
        }
        _ => {
            let mut toks = split_tokens(src);
            if toks.is_empty() {
                return rng.pick(SOUP).to_string();
            }
            let i = rng.below(toks.len());
            match rng.below(3) {
                0 => {
                    toks.remove(i);
                }
                1 => toks[i] = *rng.pick(SOUP),
                _ => toks.insert(i, *rng.pick(SOUP)),
            }
            toks.concat()
        }
    }
}

/// Random bytes made valid UTF-8 (the editor only holds text), biased to ASCII.
pub fn random_text(rng: &mut Rng, max_len: usize) -> String {
    let len = rng.below(max_len + 1);
    let mut s = String::with_capacity(len);
    while s.len() < len {
        let c = match rng.below(10) {
            0..=6 => (0x20 + rng.below(0x5f)) as u8 as char,
            7 => *rng.pick(&['\n', '\t', '\r', '\0', '\u{7f}']),
            8 => char::from_u32(rng.below(0x11_0000) as u32).unwrap_or('\u{fffd}'),
            _ => *rng.pick(&['é', '世', '\u{feff}', '\u{200b}', '😀', '\u{2028}']),
        };
        s.push(c);
    }
    s
}

/// A soup of Go-ish tokens, optionally after a valid `package main` header.
pub fn token_soup(rng: &mut Rng, max_tokens: usize) -> String {
    let mut s = String::new();
    if rng.chance(70) {
        s.push_str("package main\n");
        if rng.chance(50) {
            s.push_str("import \"fmt\"\n");
        }
        if rng.chance(50) {
            s.push_str("func main() {\n");
        }
    }
    for _ in 0..rng.below(max_tokens + 1) {
        let tok = rng.word(SOUP);
        s.push_str(tok);
        if rng.chance(60) {
            s.push(' ');
        }
    }
    s
}
