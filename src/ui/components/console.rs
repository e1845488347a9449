//! The console: the program's standard output and standard error so far.

use yew::prelude::*;

use crate::i18n::{ui, Lang, Ui};

#[derive(Properties, PartialEq)]
pub struct ConsoleProps {
    pub stdout: String,
    pub stderr: String,
    pub lang: Lang,
}

#[function_component(Console)]
pub fn console(props: &ConsoleProps) -> Html {
    let empty = props.stdout.is_empty() && props.stderr.is_empty();
    html! {
        <section class="pane console" aria-label={ui(props.lang, Ui::Console)}>
            <h2>{ ui(props.lang, Ui::Console) }</h2>
            <pre data-testid="console">
                if empty { <span class="none">{ ui(props.lang, Ui::NoOutput) }</span> }
                <span class="stdout">{ &props.stdout }</span>
                <span class="stderr" data-testid="stderr">{ &props.stderr }</span>
            </pre>
        </section>
    }
}
