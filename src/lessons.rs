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
}

include!(concat!(env!("OUT_DIR"), "/lessons.rs"));

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
