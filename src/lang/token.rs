//! Tokens of the Go subset. The lexer keeps every token's byte span, including comments
//! and the semicolons it inserts, so the same stream drives parsing and the UI's syntax
//! highlighting ([`Token::class`]).

use super::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    Ident,
    Int,
    Float,
    Imag,
    Char,
    String,
    /// `// ...` or `/* ... */`.
    Comment,
    // keywords
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,
    // operators
    Add,
    Sub,
    Mul,
    Quo,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    AddAssign,
    SubAssign,
    MulAssign,
    QuoAssign,
    RemAssign,
    AndAssign,
    OrAssign,
    XorAssign,
    ShlAssign,
    ShrAssign,
    AndNotAssign,
    LAnd,
    LOr,
    Arrow,
    Inc,
    Dec,
    Eql,
    Lss,
    Gtr,
    Assign,
    Not,
    Neq,
    Leq,
    Geq,
    Define,
    Ellipsis,
    Tilde,
    // punctuation
    LParen,
    LBrack,
    LBrace,
    Comma,
    Colon,
    Period,
    RParen,
    RBrack,
    RBrace,
    /// `;`, written or inserted at a newline/EOF (then `auto` and the span is empty).
    Semi {
        auto: bool,
    },
    /// A character or literal the lexer could not read; a diagnostic was reported.
    Error,
    Eof,
}

/// A token: its kind and where it is. Its text is `span.text(src)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Span,
}

/// Coarse classes for syntax highlighting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenClass {
    Keyword,
    Ident,
    /// A predeclared type name (`int`, `string`, `error`, `any`, ...).
    TypeName,
    /// A predeclared function or constant (`len`, `append`, `nil`, `true`, `iota`, ...).
    Builtin,
    String,
    Number,
    Comment,
    Operator,
    Punctuation,
    Error,
    /// Inserted semicolons and end of file: nothing to paint.
    Invisible,
}

pub const KEYWORDS: [(&str, TokenKind); 25] = [
    ("break", TokenKind::Break),
    ("case", TokenKind::Case),
    ("chan", TokenKind::Chan),
    ("const", TokenKind::Const),
    ("continue", TokenKind::Continue),
    ("default", TokenKind::Default),
    ("defer", TokenKind::Defer),
    ("else", TokenKind::Else),
    ("fallthrough", TokenKind::Fallthrough),
    ("for", TokenKind::For),
    ("func", TokenKind::Func),
    ("go", TokenKind::Go),
    ("goto", TokenKind::Goto),
    ("if", TokenKind::If),
    ("import", TokenKind::Import),
    ("interface", TokenKind::Interface),
    ("map", TokenKind::Map),
    ("package", TokenKind::Package),
    ("range", TokenKind::Range),
    ("return", TokenKind::Return),
    ("select", TokenKind::Select),
    ("struct", TokenKind::Struct),
    ("switch", TokenKind::Switch),
    ("type", TokenKind::Type),
    ("var", TokenKind::Var),
];

/// Predeclared type names, painted as types.
pub const PREDECLARED_TYPES: [&str; 22] = [
    "bool",
    "byte",
    "complex64",
    "complex128",
    "error",
    "float32",
    "float64",
    "int",
    "int8",
    "int16",
    "int32",
    "int64",
    "rune",
    "string",
    "uint",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "uintptr",
    "any",
    "comparable",
];

/// Predeclared functions and constants, painted as builtins.
pub const PREDECLARED_VALUES: [&str; 20] = [
    "append", "cap", "clear", "close", "complex", "copy", "delete", "imag", "len", "make", "max",
    "min", "new", "panic", "print", "println", "real", "recover", "nil", "iota",
];

impl TokenKind {
    pub fn keyword(word: &str) -> Option<TokenKind> {
        KEYWORDS.iter().find(|(w, _)| *w == word).map(|(_, k)| *k)
    }

    pub fn is_keyword(self) -> bool {
        KEYWORDS.iter().any(|(_, k)| *k == self)
    }

    /// Go's rule: a newline after one of these tokens ends the statement.
    pub fn ends_statement(self) -> bool {
        use TokenKind::*;
        matches!(
            self,
            Ident
                | Int
                | Float
                | Imag
                | Char
                | String
                | Break
                | Continue
                | Fallthrough
                | Return
                | Inc
                | Dec
                | RParen
                | RBrack
                | RBrace
        )
    }

    /// How the token is written, for "unexpected X" messages.
    pub fn describe(self) -> &'static str {
        use TokenKind::*;
        if let Some((w, _)) = KEYWORDS.iter().find(|(_, k)| *k == self) {
            return w;
        }
        match self {
            Ident => "name",
            Int | Float | Imag | Char | String => "literal",
            Comment => "comment",
            Add => "+",
            Sub => "-",
            Mul => "*",
            Quo => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            AddAssign => "+=",
            SubAssign => "-=",
            MulAssign => "*=",
            QuoAssign => "/=",
            RemAssign => "%=",
            AndAssign => "&=",
            OrAssign => "|=",
            XorAssign => "^=",
            ShlAssign => "<<=",
            ShrAssign => ">>=",
            AndNotAssign => "&^=",
            LAnd => "&&",
            LOr => "||",
            Arrow => "<-",
            Inc => "++",
            Dec => "--",
            Eql => "==",
            Lss => "<",
            Gtr => ">",
            Assign => "=",
            Not => "!",
            Neq => "!=",
            Leq => "<=",
            Geq => ">=",
            Define => ":=",
            Ellipsis => "...",
            Tilde => "~",
            LParen => "(",
            LBrack => "[",
            LBrace => "{",
            Comma => "comma",
            Colon => ":",
            Period => ".",
            RParen => ")",
            RBrack => "]",
            RBrace => "}",
            Semi { auto: true } => "newline",
            Semi { auto: false } => "semicolon",
            Error => "invalid character",
            Eof => "EOF",
            _ => "token",
        }
    }
}

impl Token {
    /// The highlighting class; `src` is needed to tell predeclared names from others.
    pub fn class(&self, src: &str) -> TokenClass {
        use TokenKind::*;
        match self.kind {
            Ident => {
                let text = self.span.text(src);
                if PREDECLARED_TYPES.contains(&text) {
                    TokenClass::TypeName
                } else if PREDECLARED_VALUES.contains(&text) || text == "true" || text == "false" {
                    TokenClass::Builtin
                } else {
                    TokenClass::Ident
                }
            }
            Int | Float | Imag => TokenClass::Number,
            Char | String => TokenClass::String,
            Comment => TokenClass::Comment,
            LParen | LBrack | LBrace | Comma | Colon | Period | RParen | RBrack | RBrace => {
                TokenClass::Punctuation
            }
            Semi { auto: false } => TokenClass::Punctuation,
            Semi { auto: true } | Eof => TokenClass::Invisible,
            Error => TokenClass::Error,
            k if k.is_keyword() => TokenClass::Keyword,
            _ => TokenClass::Operator,
        }
    }
}
