//! Hand-written lexer: bytes → tokens with spans, inserting semicolons at newlines the
//! way Go's spec says (after an identifier, literal, `break`/`continue`/`fallthrough`/
//! `return`, `++`/`--` or a closing bracket), never failing: a character it cannot read
//! becomes an [`TokenKind::Error`] token plus a diagnostic with gc's wording.

use super::diag::Diagnostic;
use super::span::Span;
use super::token::{Token, TokenKind};

/// Lexes the whole source. The last token is always `Eof`.
pub fn lex(src: &str) -> (Vec<Token>, Vec<Diagnostic>) {
    let mut lx = Lexer {
        src,
        bytes: src.as_bytes(),
        pos: 0,
        tokens: Vec::new(),
        diags: Vec::new(),
    };
    lx.run();
    (lx.tokens, lx.diags)
}

struct Lexer<'a> {
    src: &'a str,
    bytes: &'a [u8],
    pos: usize,
    tokens: Vec<Token>,
    diags: Vec<Diagnostic>,
}

impl Lexer<'_> {
    fn peek(&self, ahead: usize) -> u8 {
        self.bytes.get(self.pos + ahead).copied().unwrap_or(0)
    }

    /// Whether the last significant token asks for a semicolon at a newline. Comments and
    /// unreadable characters do not count (gc's scanner skips the latter).
    fn wants_semi(&self) -> bool {
        self.tokens
            .iter()
            .rev()
            .find(|t| t.kind != TokenKind::Comment && t.kind != TokenKind::Error)
            .is_some_and(|t| t.kind.ends_statement())
    }

    fn push(&mut self, kind: TokenKind, lo: usize) {
        self.tokens.push(Token {
            kind,
            span: Span::new(lo, self.pos),
        });
    }

    fn error(&mut self, lo: usize, msg: String) {
        self.diags.push(Diagnostic::new(Span::new(lo, lo), msg));
    }

    fn auto_semi(&mut self, at: usize) {
        self.tokens.push(Token {
            kind: TokenKind::Semi { auto: true },
            span: Span::new(at, at),
        });
    }

    fn run(&mut self) {
        // A byte order mark is allowed (and ignored) only at the very start.
        if self.bytes.starts_with("\u{feff}".as_bytes()) {
            self.pos = 3;
        }
        while self.pos < self.bytes.len() {
            let c = self.bytes[self.pos];
            match c {
                b'\n' => {
                    if self.wants_semi() {
                        self.auto_semi(self.pos);
                    }
                    self.pos += 1;
                }
                b' ' | b'\t' | b'\r' => self.pos += 1,
                0 => {
                    self.error(self.pos, "invalid NUL character".into());
                    self.pos += 1;
                    self.push(TokenKind::Error, self.pos - 1);
                }
                b'/' if self.peek(1) == b'/' => {
                    let lo = self.pos;
                    while self.pos < self.bytes.len() && self.bytes[self.pos] != b'\n' {
                        self.pos += 1;
                    }
                    self.push(TokenKind::Comment, lo);
                }
                b'/' if self.peek(1) == b'*' => self.block_comment(),
                b'0'..=b'9' => self.number(),
                b'.' if self.peek(1).is_ascii_digit() => self.number(),
                b'"' => self.string(),
                b'`' => self.raw_string(),
                b'\'' => self.rune(),
                _ if c == b'_' || c.is_ascii_alphabetic() || c >= 0x80 => self.ident_or_bad(),
                _ => self.operator(),
            }
        }
        if self.wants_semi() {
            self.auto_semi(self.bytes.len());
        }
        self.push(TokenKind::Eof, self.bytes.len());
        // Eof's span is empty at the end.
        if let Some(t) = self.tokens.last_mut() {
            t.span = Span::new(self.bytes.len(), self.bytes.len());
        }
    }

    fn block_comment(&mut self) {
        let lo = self.pos;
        self.pos += 2;
        let mut newline = None;
        loop {
            if self.pos >= self.bytes.len() {
                self.error(lo, "comment not terminated".into());
                break;
            }
            if self.bytes[self.pos] == b'*' && self.peek(1) == b'/' {
                self.pos += 2;
                break;
            }
            if self.bytes[self.pos] == b'\n' && newline.is_none() {
                newline = Some(self.pos);
            }
            self.pos += 1;
        }
        // A comment spanning lines acts like a newline.
        if let Some(nl) = newline {
            if self.wants_semi() {
                self.auto_semi(nl);
            }
        }
        self.push(TokenKind::Comment, lo);
    }

    fn ident_or_bad(&mut self) {
        let lo = self.pos;
        let first = self.char_at(self.pos);
        if !is_letter(first) {
            self.pos += first.len_utf8();
            let msg = format!("invalid character {} in identifier", quote_char(first));
            let msg = if first.is_ascii() || !first.is_alphanumeric() {
                format!("invalid character {}", quote_char(first))
            } else {
                msg
            };
            self.error(lo, msg);
            self.push(TokenKind::Error, lo);
            return;
        }
        while self.pos < self.bytes.len() {
            let c = self.char_at(self.pos);
            if is_letter(c) || c.is_numeric() {
                self.pos += c.len_utf8();
            } else {
                break;
            }
        }
        let word = &self.src[lo..self.pos];
        let kind = TokenKind::keyword(word).unwrap_or(TokenKind::Ident);
        self.push(kind, lo);
    }

    fn char_at(&self, pos: usize) -> char {
        self.src[pos..].chars().next().unwrap_or('\0')
    }

    fn digits(&mut self, ok: fn(u8) -> bool) {
        while ok(self.peek(0)) || self.peek(0) == b'_' {
            self.pos += 1;
        }
    }

    fn number(&mut self) {
        let lo = self.pos;
        let mut kind = TokenKind::Int;
        if self.peek(0) == b'0' && matches!(self.peek(1), b'x' | b'X') {
            self.pos += 2;
            self.digits(|c| c.is_ascii_hexdigit());
        } else if self.peek(0) == b'0' && matches!(self.peek(1), b'b' | b'B' | b'o' | b'O') {
            self.pos += 2;
            self.digits(|c| c.is_ascii_digit());
        } else {
            self.digits(|c| c.is_ascii_digit());
            if self.peek(0) == b'.' {
                kind = TokenKind::Float;
                self.pos += 1;
                self.digits(|c| c.is_ascii_digit());
            }
            if matches!(self.peek(0), b'e' | b'E') {
                kind = TokenKind::Float;
                self.pos += 1;
                if matches!(self.peek(0), b'+' | b'-') {
                    self.pos += 1;
                }
                if !self.peek(0).is_ascii_digit() {
                    self.error(lo, "exponent has no digits".into());
                }
                self.digits(|c| c.is_ascii_digit());
            }
        }
        if self.peek(0) == b'i' {
            self.pos += 1;
            kind = TokenKind::Imag;
        }
        self.push(kind, lo);
    }

    /// Reads one escape after `\` inside a `quote`-delimited literal.
    fn escape(&mut self, quote: u8) {
        let at = self.pos;
        self.pos += 1; // the backslash
        let c = self.peek(0);
        let (count, radix) = match c {
            b'a' | b'b' | b'f' | b'n' | b'r' | b't' | b'v' | b'\\' => (0, 0),
            _ if c == quote => (0, 0),
            b'0'..=b'7' => (3, 8),
            b'x' => (2, 16),
            b'u' => (4, 16),
            b'U' => (8, 16),
            _ => {
                self.error(at, "unknown escape".into());
                if c != b'\n' && c != 0 {
                    self.pos += self.char_at(self.pos).len_utf8();
                }
                return;
            }
        };
        if radix == 8 {
            for _ in 0..count {
                if !matches!(self.peek(0), b'0'..=b'7') {
                    self.error(at, "invalid character in escape sequence".into());
                    return;
                }
                self.pos += 1;
            }
            return;
        }
        self.pos += 1;
        for _ in 0..count {
            if !self.peek(0).is_ascii_hexdigit() {
                self.error(at, "invalid character in escape sequence".into());
                return;
            }
            self.pos += 1;
        }
    }

    fn string(&mut self) {
        let lo = self.pos;
        self.pos += 1;
        loop {
            match self.peek(0) {
                b'"' => {
                    self.pos += 1;
                    break;
                }
                b'\\' => self.escape(b'"'),
                b'\n' => {
                    // gc reports it where the line ends.
                    self.error(self.pos, "newline in string".into());
                    break;
                }
                0 if self.pos >= self.bytes.len() => {
                    self.error(lo, "string literal not terminated".into());
                    break;
                }
                0 => {
                    self.error(self.pos, "invalid NUL character".into());
                    self.pos += 1;
                }
                _ => self.pos += 1,
            }
        }
        self.push(TokenKind::String, lo);
    }

    fn raw_string(&mut self) {
        let lo = self.pos;
        self.pos += 1;
        while self.pos < self.bytes.len() && self.bytes[self.pos] != b'`' {
            self.pos += 1;
        }
        if self.pos >= self.bytes.len() {
            self.error(lo, "string not terminated".into());
        } else {
            self.pos += 1;
        }
        self.push(TokenKind::String, lo);
    }

    fn rune(&mut self) {
        let lo = self.pos;
        self.pos += 1;
        let mut n = 0;
        loop {
            match self.peek(0) {
                b'\'' => {
                    self.pos += 1;
                    if n != 1 {
                        self.error(lo, "more than one character in rune literal".into());
                        if n == 0 {
                            self.diags.pop();
                            self.error(
                                lo,
                                "empty rune literal or unescaped ' in rune literal".into(),
                            );
                        }
                    }
                    break;
                }
                b'\\' => {
                    self.escape(b'\'');
                    n += 1;
                }
                b'\n' => {
                    self.error(self.pos, "newline in rune literal".into());
                    break;
                }
                0 if self.pos >= self.bytes.len() => {
                    self.error(lo, "rune literal not terminated".into());
                    break;
                }
                _ => {
                    self.pos += self.char_at(self.pos).len_utf8();
                    n += 1;
                }
            }
        }
        self.push(TokenKind::Char, lo);
    }

    fn operator(&mut self) {
        use TokenKind::*;
        let lo = self.pos;
        // Longest match first.
        const OPS: [(&str, TokenKind); 48] = [
            ("&^=", AndNotAssign),
            ("<<=", ShlAssign),
            (">>=", ShrAssign),
            ("...", Ellipsis),
            ("&&", LAnd),
            ("||", LOr),
            ("<-", Arrow),
            ("++", Inc),
            ("--", Dec),
            ("==", Eql),
            ("!=", Neq),
            ("<=", Leq),
            (">=", Geq),
            (":=", Define),
            ("+=", AddAssign),
            ("-=", SubAssign),
            ("*=", MulAssign),
            ("/=", QuoAssign),
            ("%=", RemAssign),
            ("&=", AndAssign),
            ("|=", OrAssign),
            ("^=", XorAssign),
            ("<<", Shl),
            (">>", Shr),
            ("&^", AndNot),
            ("+", Add),
            ("-", Sub),
            ("*", Mul),
            ("/", Quo),
            ("%", Rem),
            ("&", And),
            ("|", Or),
            ("^", Xor),
            ("<", Lss),
            (">", Gtr),
            ("=", Assign),
            ("!", Not),
            ("~", Tilde),
            ("(", LParen),
            ("[", LBrack),
            ("{", LBrace),
            (",", Comma),
            (".", Period),
            (")", RParen),
            ("]", RBrack),
            ("}", RBrace),
            (";", Semi { auto: false }),
            (":", Colon),
        ];
        let rest = &self.bytes[self.pos..];
        for (text, kind) in OPS {
            if rest.starts_with(text.as_bytes()) {
                self.pos += text.len();
                self.push(kind, lo);
                return;
            }
        }
        let c = self.char_at(self.pos);
        self.pos += c.len_utf8().max(1);
        self.error(lo, format!("invalid character {}", quote_char(c)));
        self.push(Error, lo);
    }
}

fn is_letter(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

/// `U+0040 '@'`, as gc quotes a character in errors.
fn quote_char(c: char) -> String {
    format!("U+{:04X} '{}'", c as u32, c)
}
