//! Side by side: for a lesson that compares Go versions (lesson 12's loop variables), the
//! same program's output under both versions, at the same step. The second run is recorded
//! by the root like the first; this pane only shows it.

use yew::prelude::*;

use super::console::output;
use crate::i18n::{ui, Lang, Ui};

#[derive(Properties, PartialEq)]
pub struct TwinProps {
    /// The Go version of the main run (`1.22`) and its output at this step.
    pub go: AttrValue,
    pub stdout: String,
    pub stderr: String,
    /// How much of the main run's output the frame compared with had printed (as the
    /// console's `before`).
    #[prop_or_default]
    pub before: Option<(usize, usize)>,
    /// The other version (`1.21`) and its output at the same step.
    pub twin_go: AttrValue,
    pub twin_stdout: String,
    pub twin_stderr: String,
    pub lang: Lang,
}

fn column(go: &str, out: Html) -> Html {
    html! {
        <div class="twin-col">
            <h3>{ format!("Go {go}") }</h3>
            { out }
        </div>
    }
}

#[function_component(Twin)]
pub fn twin(props: &TwinProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="pane console twin" aria-label={ui(lang, Ui::Console)}>
            <h2>{ ui(lang, Ui::Console) }{ " · " }{ ui(lang, Ui::SideBySide) }</h2>
            <div class="twin-cols">
                { column(&props.go, output(&props.stdout, &props.stderr, props.before, lang, "")) }
                { column(&props.twin_go, output(&props.twin_stdout, &props.twin_stderr, None, lang, "-twin")) }
            </div>
        </section>
    }
}
