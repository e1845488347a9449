//! Chinese text uses full-width punctuation: `，：；（）？！`, not ASCII `,:;()?!`, also right
//! after a Latin word or a digit ("一个 i，所有", "Go 1.22：", "3 3 3（文章的说法）").
//! Code is exempt: spans in backticks, `{holes}`, and calls such as `Get()` or `panic(v)`.
//! Checked: every zh string of every lesson, and every string literal with Chinese in it in
//! the sources the UI shows text from (test code excluded).
#![cfg(not(target_arch = "wasm32"))]

use poolscope::lessons::LESSONS;
use std::path::Path;

const ASCII: &[char] = &[',', ':', ';', '(', ')', '?', '!'];

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303f}' | '\u{3400}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}')
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '.'
}

/// `s` with code taken out: backtick spans, `{holes}` and calls whose arguments hold no
/// Chinese (`Get()`, `panic({0})`, `fmt.Println(x, y)`) become `x`.
fn prose(s: &str) -> String {
    let cs: Vec<char> = s.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        let close = match c {
            '`' => Some('`'),
            '{' => Some('}'),
            _ => None,
        };
        if let Some(close) = close {
            if let Some(n) = cs[i + 1..].iter().position(|&d| d == close) {
                out.push('x');
                i += n + 2;
                continue;
            }
        }
        // After a name or a {hole}: `Get()`, `defer {1}()`.
        if c == '(' && out.chars().last().is_some_and(is_ident) {
            let rest = &cs[i + 1..];
            if let Some(n) = rest.iter().position(|&d| d == ')' || d == '(') {
                if rest[n] == ')' && !rest[..n].iter().any(|&d| is_cjk(d)) {
                    i += n + 2;
                    continue;
                }
            }
        }
        out.push(c);
        i += 1;
    }
    // A key name in parentheses, as in "快捷键（?）", is the key itself.
    out.replace("（?）", "（x）")
}

/// The ASCII punctuation in a Chinese string, each with a little context.
fn offences(s: &str) -> Vec<String> {
    if !s.chars().any(is_cjk) {
        return vec![];
    }
    let p: Vec<char> = prose(s).chars().collect();
    p.iter()
        .enumerate()
        .filter(|(_, c)| ASCII.contains(c))
        .map(|(i, _)| {
            p[i.saturating_sub(10)..(i + 10).min(p.len())]
                .iter()
                .collect()
        })
        .collect()
}

/// The string literals of Rust source `text`, up to its `#[cfg(test)]` module.
fn literals(text: &str) -> Vec<String> {
    let text = text.split("#[cfg(test)]").next().unwrap_or("");
    let mut out = vec![];
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for d in chars.by_ref() {
                    if d == '\n' {
                        break;
                    }
                }
            }
            // A char literal such as '"' or '\'' is not the start of a string.
            '\'' => {
                let look: String = chars.clone().take(3).collect();
                if look.starts_with("\\") {
                    chars.nth(2);
                } else if look.chars().nth(1) == Some('\'') {
                    chars.nth(1);
                }
            }
            '"' => {
                let mut s = String::new();
                while let Some(d) = chars.next() {
                    match d {
                        '\\' => {
                            // A line continuation drops the newline and the indent after it.
                            if chars.next() == Some('\n') {
                                while chars.peek().is_some_and(|c| c.is_whitespace()) {
                                    chars.next();
                                }
                            }
                        }
                        '"' => break,
                        _ => s.push(d),
                    }
                }
                out.push(s);
            }
            _ => {}
        }
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs")
            && !p.to_string_lossy().ends_with("_tests.rs")
        {
            out.push(p);
        }
    }
}

#[test]
fn the_checker_finds_ascii_punctuation_and_spares_code() {
    assert_eq!(offences("整个循环只有一个 i,所有闭包共享它").len(), 1);
    assert_eq!(offences("打印 3 3 3(文章的说法)。").len(), 2);
    assert_eq!(offences("池为空且没有 New:Get 返回 nil").len(), 1);
    assert_eq!(offences("它打印什么?").len(), 1);
    assert!(offences("调用 Get() 之后，`x, y := f(a, b)` 与 {0} 和 panic({0})：").is_empty());
    assert!(offences("快捷键（?）").is_empty());
    assert!(offences("第 {0} 行：defer {1}() 在循环中执行").is_empty());
    assert!(offences("Put(nil) does nothing, in English: fine").is_empty());
    assert_eq!(
        literals("f(\"a\\\n    b\", '\"', \"c\") // \"d\"\n#[cfg(test)] \"e\""),
        ["ab", "c"]
    );
}

#[test]
fn lessons_use_full_width_punctuation_in_chinese() {
    let mut bad = vec![];
    for l in LESSONS {
        let mut texts = vec![
            ("title_zh", l.title_zh),
            ("intro_zh", l.intro_zh),
            ("teacher.key_zh", l.teacher.key_zh),
            ("teacher.wrong_zh", l.teacher.wrong_zh),
        ];
        for q in l.questions {
            texts.push(("question.prompt_zh", q.prompt_zh));
        }
        for s in l.steps {
            texts.push(("step.zh", s.zh));
        }
        for (field, text) in texts {
            for o in offences(text) {
                bad.push(format!("{} {field}: …{o}…", l.slug));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "ASCII punctuation in Chinese:\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_ui_and_engine_texts_use_full_width_punctuation_in_chinese() {
    let mut files = vec![];
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(files.len() > 20);
    let mut bad = vec![];
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for lit in literals(&text) {
            for o in offences(&lit) {
                bad.push(format!("{}: …{o}…", f.display()));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "ASCII punctuation in Chinese:\n{}",
        bad.join("\n")
    );
}
