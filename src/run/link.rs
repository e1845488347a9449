//! The view a URL hash asks for (`#lesson=03&step=12&lang=zh`). Unknown or malformed parts are
//! ignored, never fatal: a link from a chat can carry anything.

use crate::i18n::Lang;

/// What a hash selects; `None` fields keep the default.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LinkView {
    /// 1-based step, as the step counter shows it.
    pub step: Option<usize>,
    pub lang: Option<Lang>,
    /// A lesson slug or number, e.g. `03` or `03-stealing-4-ps`.
    pub lesson: Option<String>,
    /// Presenter mode (`present=1`).
    pub present: bool,
    /// A run carried in the link (`run=`, see `run::permalink`), still encoded.
    pub run: Option<String>,
}

/// Parses `#step=12&lang=zh` (the leading `#` is optional).
pub fn parse_hash(hash: &str) -> LinkView {
    let mut v = LinkView::default();
    for part in hash.trim_start_matches('#').split('&') {
        let (k, val) = part.split_once('=').unwrap_or((part, ""));
        match k {
            "step" => v.step = val.parse::<usize>().ok().filter(|&n| n >= 1),
            "lang" => v.lang = Lang::from_code(val),
            "present" => v.present = val == "1",
            // Kept as text; `permalink::decode` checks it and says what is wrong.
            "run" => v.run = Some(val.to_string()),
            "lesson"
                if !val.is_empty()
                    && val.len() <= 64
                    && val.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') =>
            {
                v.lesson = Some(val.to_string())
            }
            _ => {}
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_step_and_language() {
        let v = parse_hash("#lesson=03&step=12&lang=zh&present=1");
        let want = LinkView {
            step: Some(12),
            lang: Some(Lang::Zh),
            lesson: Some("03".into()),
            present: true,
            run: None,
        };
        assert_eq!(v, want);
    }

    #[test]
    fn ignores_junk() {
        for h in [
            "",
            "#",
            "#step=",
            "#step=-3&lang=xx",
            "#step=0",
            "#<script>=1&&=",
            "#lesson=<img src=x>",
            "#lesson=",
            "#lesson=../../etc",
            "#step=99999999999999999999999",
        ] {
            let v = parse_hash(h);
            assert_eq!(v.step, None, "{h}");
            assert_eq!(v.lang, None, "{h}");
            assert_eq!(v.lesson, None, "{h}");
        }
    }
}
