//! The console: the program's standard output and standard error so far, with what this step
//! printed marked as new.

use yew::prelude::*;

use super::chip::changed_note;
use crate::i18n::{ui, Lang, Ui};
use crate::run::scrollback::{tail, KEEP_LINES};

#[derive(Properties, PartialEq)]
pub struct ConsoleProps {
    pub stdout: String,
    pub stderr: String,
    /// How much of stdout and stderr the frame compared with had printed (bytes); none
    /// marks nothing new.
    #[prop_or_default]
    pub before: Option<(usize, usize)>,
    pub lang: Lang,
}

/// `text` split where the earlier frame's output ended (whole if that is not a boundary).
fn split(text: &str, at: usize) -> (&str, &str) {
    if text.is_char_boundary(at) {
        text.split_at(at)
    } else {
        (text, "")
    }
}

fn stream(class: &'static str, suffix: &str, text: &str, before: usize, lang: Lang) -> Html {
    // Only the last lines are drawn; the note above the output says how many are hidden.
    let (at, _) = tail(text, KEEP_LINES);
    let (old, new) = split(&text[at..], before.saturating_sub(at));
    html! {
        <span class={class} data-testid={format!("{class}{suffix}")}>
            { old.to_string() }
            if !new.is_empty() {
                <span class="new changed" data-testid={format!("{class}{suffix}-new")}
                      aria-description={changed_note(true, lang)}>{ new.to_string() }</span>
            }
        </span>
    }
}

/// A program's output as the console draws it: the scrollback note, then stdout and stderr
/// with what this step printed marked. `suffix` tells apart the test ids of a second copy
/// (lesson 12's twin run beside the main one).
pub fn output(
    stdout: &str,
    stderr: &str,
    before: Option<(usize, usize)>,
    lang: Lang,
    suffix: &'static str,
) -> Html {
    let empty = stdout.is_empty() && stderr.is_empty();
    let (at, total) = tail(stdout, KEEP_LINES);
    let trimmed = (at > 0).then(|| {
        let hidden = total - KEEP_LINES;
        match lang {
            Lang::Zh => {
                format!("只显示最后 {KEEP_LINES} 行，共 {total} 行（前 {hidden} 行未显示）。")
            }
            Lang::En => format!(
                "Showing the last {KEEP_LINES} of {total} lines ({hidden} earlier lines hidden)."
            ),
        }
    });
    html! {
        <>
            if let Some(t) = trimmed {
                <p class="trimmed" role="status" data-testid={format!("console{suffix}-trimmed")}>{ t }</p>
            }
            <pre data-testid={format!("console{suffix}")}>
                if empty { <span class="none">{ ui(lang, Ui::NoOutput) }</span> }
                { stream("stdout", suffix, stdout, before.map_or(stdout.len(), |b| b.0), lang) }
                { stream("stderr", suffix, stderr, before.map_or(stderr.len(), |b| b.1), lang) }
            </pre>
        </>
    }
}

#[function_component(Console)]
pub fn console(props: &ConsoleProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="pane console" aria-label={ui(lang, Ui::Console)}>
            <h2>{ ui(lang, Ui::Console) }</h2>
            { output(&props.stdout, &props.stderr, props.before, lang, "") }
        </section>
    }
}
