//! Side by side: for a lesson that compares Go versions (lesson 12's loop variables), the
//! same program's output under both versions, at the same step. The second run is recorded
//! by the root like the first; this pane only shows it.

use yew::prelude::*;

use crate::i18n::{ui, Lang, Ui};

#[derive(Properties, PartialEq)]
pub struct TwinProps {
    /// The Go version of the main run (`1.22`) and its output at this step.
    pub go: AttrValue,
    pub stdout: String,
    pub stderr: String,
    /// The other version (`1.21`) and its output at the same step.
    pub twin_go: AttrValue,
    pub twin_stdout: String,
    pub twin_stderr: String,
    pub lang: Lang,
}

fn column(go: &str, out: (&str, &str), lang: Lang, ids: (&'static str, &'static str)) -> Html {
    let (stdout, stderr) = out;
    let (testid, err_testid) = ids;
    let empty = stdout.is_empty() && stderr.is_empty();
    html! {
        <div class="twin-col">
            <h3>{ format!("Go {go}") }</h3>
            <pre data-testid={testid}>
                if empty { <span class="none">{ ui(lang, Ui::NoOutput) }</span> }
                <span class="stdout">{ stdout }</span>
                <span class="stderr" data-testid={err_testid}>{ stderr }</span>
            </pre>
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
                { column(&props.go, (&props.stdout, &props.stderr), lang, ("console", "stderr")) }
                { column(&props.twin_go, (&props.twin_stdout, &props.twin_stderr), lang, ("console-twin", "stderr-twin")) }
            </div>
        </section>
    }
}
