//! The narration: the step's one-sentence caption, the Go function it mirrors, and the pool
//! engine's micro-steps inside it, in an aria-live region so screen readers hear each step.

use yew::prelude::*;

use crate::i18n::{caption, ui, Lang, Ui};
use crate::lessons::StepNote;
use crate::run::Frame;

#[derive(Properties, PartialEq)]
pub struct NarrationProps {
    pub frame: Frame,
    /// The lesson's own narration for this line, if it has one.
    pub note: Option<&'static StepNote>,
    /// Micro-step mode: events `0..=k` are shown, the k-th highlighted.
    pub micro_at: Option<usize>,
    pub truncated: bool,
    pub lang: Lang,
}

#[function_component(Narration)]
pub fn narration(props: &NarrationProps) -> Html {
    let f = &props.frame;
    let lang = props.lang;
    html! {
        <section class="pane narration" aria-label={ui(lang, Ui::Narration)}>
            if let Some(n) = props.note {
                <p class="note" data-testid="lesson-note">{ if lang == Lang::Zh { n.zh } else { n.en } }</p>
            }
            <p aria-live="polite" data-testid="narration" class="caption">
                if !f.go_func.is_empty() {
                    <code class="gofunc" data-testid="go-func">{ &f.go_func }</code>{ " " }
                }
                <span data-testid="caption">{ caption(lang, &f.caption) }</span>
            </p>
            if !f.micro.is_empty() {
                <ol class="micro" aria-label={ui(lang, Ui::MicroSteps)} data-testid="micro-steps">
                    { for f.micro.iter().enumerate().take(props.micro_at.map_or(usize::MAX, |k| k + 1)).map(|(i, m)| html! {
                        <li class={classes!((props.micro_at == Some(i)).then_some("now"))}>
                            if !m.go_func.is_empty() { <code class="gofunc small">{ &m.go_func }</code>{ " " } }
                            { caption(lang, &m.caption) }
                        </li>
                    }) }
                </ol>
            }
            if props.truncated {
                <p class="warn" role="status" data-testid="truncated">{ ui(lang, Ui::Truncated) }</p>
            }
        </section>
    }
}
