//! The narration: the step's one-sentence caption and the Go function it mirrors, in an
//! aria-live region so screen readers hear each step.

use yew::prelude::*;

use crate::i18n::{caption, ui, Lang, Ui};
use crate::run::Frame;

#[derive(Properties, PartialEq)]
pub struct NarrationProps {
    pub frame: Frame,
    pub lang: Lang,
}

#[function_component(Narration)]
pub fn narration(props: &NarrationProps) -> Html {
    let f = &props.frame;
    html! {
        <section class="pane narration" aria-label={ui(props.lang, Ui::Narration)}>
            <h2>{ ui(props.lang, Ui::Narration) }</h2>
            <p aria-live="polite" data-testid="narration">
                if !f.go_func.is_empty() {
                    <code class="gofunc" data-testid="go-func">{ &f.go_func }</code>{ " " }
                }
                <span data-testid="caption">{ caption(props.lang, &f.caption) }</span>
            </p>
        </section>
    }
}
