//! The workshop lessons, embedded at build time from `static/lessons/` (see build.rs): each
//! is a Go program with its titles, introduction and settings in English and 简体中文.

/// One lesson as embedded. `source` is the Go program; `expected_stdout` is what real Go
/// printed (the lesson's golden expectation).
#[derive(Debug, PartialEq, Eq)]
pub struct LessonData {
    pub slug: &'static str,
    pub title_en: &'static str,
    pub title_zh: &'static str,
    pub level: i64,
    pub intro_en: &'static str,
    pub intro_zh: &'static str,
    pub procs: i64,
    pub go: &'static str,
    /// A second Go version to compare with (loop variables), or "".
    pub also_go: &'static str,
    pub source: &'static str,
    pub expected_stdout: &'static str,
    /// Predict-then-reveal questions.
    pub questions: &'static [Question],
    /// Narration for key source lines.
    pub steps: &'static [StepNote],
    pub teacher: Teacher,
}

/// A predict-then-reveal question: stdout line `reveal_line` (1-based) shows
/// `choices[answer]` (or `reveal_text`, for answers in words).
#[derive(Debug, PartialEq, Eq)]
pub struct Question {
    pub prompt_en: &'static str,
    pub prompt_zh: &'static str,
    pub choices: &'static [&'static str],
    pub choices_zh: &'static [&'static str],
    pub answer: i64,
    pub reveal_line: i64,
    pub reveal_text: &'static str,
    /// The Go version whose output the question is about ("" = the lesson's).
    pub go: &'static str,
}

/// Narration for the step that reaches source line `line`.
#[derive(Debug, PartialEq, Eq)]
pub struct StepNote {
    pub line: i64,
    /// Text on that line (checked by regen.sh, so an edit can't strand the note).
    pub code: &'static str,
    pub en: &'static str,
    pub zh: &'static str,
}

/// What a teacher needs in front of the room.
#[derive(Debug, PartialEq, Eq)]
pub struct Teacher {
    pub key_en: &'static str,
    pub key_zh: &'static str,
    pub wrong_en: &'static str,
    pub wrong_zh: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/lessons.rs"));

impl LessonData {
    /// The settings the lesson runs with, under Go version `go` (the lesson's own when "").
    /// GOMAXPROCS stays within the playground's 1..=8.
    pub fn settings(&self, go: &str) -> crate::runtime::Settings {
        let go = if go.is_empty() { self.go } else { go };
        crate::runtime::Settings {
            go: crate::lang::info::GoVersion::parse(go).unwrap_or_default(),
            procs: self.procs.clamp(1, 8) as usize,
            ..crate::runtime::Settings::default()
        }
    }
}

/// The lesson with this slug, or its number (`3` or `03`).
pub fn find(key: &str) -> Option<&'static LessonData> {
    let number = key.parse::<u32>().ok();
    LESSONS.iter().find(|l| {
        let own = l.slug.split('-').next().and_then(|n| n.parse::<u32>().ok());
        l.slug == key || (number.is_some() && own == number)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_sixteen_lessons_are_embedded_in_order() {
        assert_eq!(LESSONS.len(), 16);
        for (i, l) in LESSONS.iter().enumerate() {
            assert!(l.slug.starts_with(&format!("{:02}-", i + 1)), "{}", l.slug);
            assert!(l.source.contains("package main"));
            assert!(!l.title_zh.is_empty() && !l.intro_zh.is_empty());
        }
    }

    #[test]
    fn find_by_slug_or_number() {
        assert_eq!(find("3").map(|l| l.slug), Some("03-stealing-4-ps"));
        assert_eq!(find("03-stealing-4-ps").map(|l| l.procs), Some(4));
        assert_eq!(find("99"), None);
        assert_eq!(find("x"), None);
    }
}
