//! The narration: the step's one-sentence caption, the Go function it mirrors, and the pool
//! engine's micro-steps inside it, in an aria-live region so screen readers hear each step,
//! and any pitfall found at this step with a link to the lesson that explains it.

use yew::prelude::*;

use crate::i18n::{caption, ui, Lang, Msg, Ui};
use crate::lessons::StepNote;
use crate::run::{Frame, MicroStep, Warning};

#[derive(Properties, PartialEq)]
pub struct NarrationProps {
    pub frame: Frame,
    /// The lesson's own narration for this line, if it has one.
    pub note: Option<&'static StepNote>,
    /// The pool micro-steps of the statement this frame belongs to.
    pub group: Vec<MicroStep>,
    /// Inside the statement: micro-steps `0..=k` are shown, the k-th highlighted. None at the
    /// statement's end: all of them, and the caption is the step's headline move.
    pub group_at: Option<usize>,
    pub truncated: bool,
    pub lang: Lang,
}

/// A pitfall found at this step, with a link to the lesson that explains it.
fn pitfall(lang: Lang, w: &Warning) -> Html {
    let link = Msg::new("pitfall.link").arg("0", w.lesson.to_string());
    html! {
        <p class="warn pitfall" role="note" data-testid="pitfall">
            <strong>{ caption(lang, &Msg::new("pitfall.title")) }</strong>{ " " }
            { caption(lang, &w.caption) }{ " " }
            <a href={format!("#lesson={:02}", w.lesson)} data-testid="pitfall-lesson">{ caption(lang, &link) }</a>
        </p>
    }
}

#[function_component(Narration)]
pub fn narration(props: &NarrationProps) -> Html {
    let f = &props.frame;
    let lang = props.lang;
    // Inside a pool call, say the micro-step shown; at a statement's end, tell it by the
    // object it moved, if it moved one.
    let told = match props.group_at {
        Some(k) => props.group.get(k),
        None => props.group.iter().rev().find(|m| m.moved),
    };
    let (go_func, msg) = match told {
        Some(m) => (m.go_func.as_str(), &m.caption),
        None => (f.go_func.as_str(), &f.caption),
    };
    html! {
        <section class="pane narration" aria-label={ui(lang, Ui::Narration)}>
            if let Some(n) = props.note {
                <p class="note" data-testid="lesson-note">{ if lang == Lang::Zh { n.zh } else { n.en } }</p>
            }
            <p aria-live="polite" data-testid="narration" class="caption">
                if !go_func.is_empty() {
                    <code class="gofunc" data-testid="go-func">{ go_func }</code>{ " " }
                }
                <span data-testid="caption">{ caption(lang, msg) }</span>
            </p>
            if !props.group.is_empty() {
                <ol class="micro" aria-label={ui(lang, Ui::MicroSteps)} data-testid="micro-steps">
                    { for props.group.iter().enumerate().take(props.group_at.map_or(usize::MAX, |k| k + 1)).map(|(i, m)| html! {
                        <li class={classes!((props.group_at == Some(i)).then_some("now"))}>
                            if !m.go_func.is_empty() { <code class="gofunc small">{ &m.go_func }</code>{ " " } }
                            { caption(lang, &m.caption) }
                        </li>
                    }) }
                </ol>
            }
            { for f.warnings.iter().map(|w| pitfall(lang, w)) }
            if props.truncated {
                <p class="warn" role="status" data-testid="truncated">{ ui(lang, Ui::Truncated) }</p>
            }
        </section>
    }
}
