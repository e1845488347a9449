//! The console: the program's output so far.

use yew::prelude::*;

use crate::i18n::{ui, Lang, Ui};

#[derive(Properties, PartialEq)]
pub struct ConsoleProps {
    pub stdout: String,
    pub lang: Lang,
}

#[function_component(Console)]
pub fn console(props: &ConsoleProps) -> Html {
    html! {
        <section class="pane console" aria-label={ui(props.lang, Ui::Console)}>
            <h2>{ ui(props.lang, Ui::Console) }</h2>
            <pre data-testid="console">{
                if props.stdout.is_empty() { ui(props.lang, Ui::NoOutput).to_string() }
                else { props.stdout.clone() }
            }</pre>
        </section>
    }
}
