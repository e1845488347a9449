//! The goroutines pane: each goroutine's status, call stack and defer records (the next to
//! run on top), and the panic in flight.

use yew::prelude::*;

use crate::i18n::{ui, Lang, Ui};
use crate::run::GFrame;

#[derive(Properties, PartialEq)]
pub struct GoroutinesProps {
    pub goroutines: Vec<GFrame>,
    /// The goroutine that ran this step.
    pub current: u32,
    pub lang: Lang,
}

#[function_component(Goroutines)]
pub fn goroutines(props: &GoroutinesProps) -> Html {
    let lang = props.lang;
    let cards = props.goroutines.iter().filter(|g| g.status != "dead").map(|g| {
        let calls = g.calls.iter().rev().map(|c| {
            // runtime.main is the interpreter's entry, with no line of the program.
            let at = (c.func != "runtime.main" && c.line > 0).then(|| format!(" :{}", c.line));
            html! { <li><code>{ format!("{}()", c.func) }</code><span class="at">{ at.unwrap_or_default() }</span></li> }
        });
        let defers = g.defers.iter().rev().map(|d| html! { <li><code>{ d }</code></li> });
        html! {
            <div class={classes!("gcard", (g.id == props.current).then_some("current"))}
                 data-testid={format!("goroutine-{}", g.id)}>
                <h3>{ format!("g{}", g.id) }<span class="status">{ format!(" [{}]", g.status) }</span></h3>
                <ol class="calls">{ for calls }</ol>
                <div class="defers" data-testid={format!("defers-{}", g.id)}>
                    <span class="k">{ ui(lang, Ui::Defers) }</span>
                    if g.defers.is_empty() { <span class="none">{ ui(lang, Ui::NoDefers) }</span> }
                    <ol>{ for defers }</ol>
                </div>
                if let Some((value, recovered)) = &g.panic {
                    <p class={classes!("panic", recovered.then_some("recovered"))} data-testid="panic">
                        { format!("{}: {}", ui(lang, if *recovered { Ui::Recovered } else { Ui::Panicking }), value) }
                    </p>
                }
            </div>
        }
    });
    html! {
        <section class="pane goroutines" aria-label={ui(lang, Ui::Goroutines)}>
            <h2>{ ui(lang, Ui::Goroutines) }</h2>
            <div class="gcards">{ for cards }</div>
        </section>
    }
}
