//! Message keys → English / 简体中文. The engine speaks in keys and arguments; this module
//! turns them into sentences, so every caption exists in both languages.

mod pitfall_text;
mod pool_text;
mod ui_text;

pub use pitfall_text::PITFALL_TEXT;
pub use pool_text::{POOL_TEXT, RUN_TEXT};

pub use ui_text::{ui, Ui};

/// The languages poolscope speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Zh,
}

impl Lang {
    /// The code stored in settings and links.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "en" => Some(Lang::En),
            "zh" | "zh-CN" | "zh-Hans" => Some(Lang::Zh),
            _ => None,
        }
    }
}

/// A sentence to be: a message key and its named arguments.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Msg {
    pub key: String,
    pub args: Vec<(String, String)>,
}

impl Msg {
    pub fn new(key: &str) -> Msg {
        Msg {
            key: key.to_string(),
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &str, value: impl Into<String>) -> Msg {
        self.args.push((name.to_string(), value.into()));
        self
    }
}

/// Fills `{name}` holes in a template from `args`. An unknown hole stays visible as written
/// rather than failing, so a bad key or template never breaks the page.
pub fn fill(template: &str, args: &[(String, String)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            args.iter()
                .find(|(n, _)| n == &after[..close])
                .map(|(_, v)| (close, v))
        });
        match value {
            Some((close, v)) => {
                out.push_str(v);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The sentence for `msg` in `lang`. An unknown key shows as the key and its arguments,
/// so a missing translation is visible but never breaks the page.
pub fn caption(lang: Lang, msg: &Msg) -> String {
    let found = POOL_TEXT
        .iter()
        .chain(RUN_TEXT)
        .chain(PITFALL_TEXT)
        .chain(crate::runtime::messages::MESSAGES)
        .find(|(k, _, _)| *k == msg.key);
    match found {
        Some((_, en, zh)) => fill(if lang == Lang::Zh { zh } else { en }, &msg.args),
        None => {
            let args: Vec<String> = msg.args.iter().map(|(n, v)| format!("{n}={v}")).collect();
            format!("{} {}", msg.key, args.join(" "))
                .trim_end()
                .to_string()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_places_arguments_and_keeps_unknown_holes() {
        let m = Msg::new("k").arg("p", "P1").arg("obj", "#7");
        assert_eq!(fill("steal {obj} from {p}", &m.args), "steal #7 from P1");
        assert_eq!(fill("{q} and {0} and {", &m.args), "{q} and {0} and {");
        assert_eq!(fill("从 {p} 偷取 {obj}", &m.args), "从 P1 偷取 #7");
    }

    #[test]
    fn language_codes_round_trip() {
        for l in [Lang::En, Lang::Zh] {
            assert_eq!(Lang::from_code(l.code()), Some(l));
        }
        assert_eq!(Lang::from_code("fr"), None);
    }
}
