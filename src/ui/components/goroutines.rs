//! The goroutines pane: each goroutine's status and what it is blocked on, its call stack and
//! defer records (the next to run on top), and the panic in flight. Lines that differ from
//! the previous frame are marked changed.

use yew::prelude::*;

use super::chip::changed_note;
use crate::i18n::{ui, viz, Lang, Ui, Viz};
use crate::run::{Blocked, GFrame};

#[derive(Properties, PartialEq)]
pub struct GoroutinesProps {
    pub goroutines: Vec<GFrame>,
    /// The goroutines of the frame compared with.
    #[prop_or_default]
    pub prev: Vec<GFrame>,
    /// The goroutine that ran this step.
    pub current: u32,
    pub lang: Lang,
}

/// What a goroutine waits for, in words: "receive from idle, receive from time.After".
fn blocked_text(b: &Blocked, lang: Lang) -> String {
    match b {
        Blocked::Chan(on) => on
            .iter()
            .map(|w| {
                let verb = viz(lang, if w.send { Viz::SendTo } else { Viz::RecvFrom });
                let name = if w.name.is_empty() {
                    viz(lang, Viz::Chan)
                } else {
                    &w.name
                };
                format!("{verb} {name}")
            })
            .collect::<Vec<_>>()
            .join(", "),
        Blocked::Mutex => viz(lang, Viz::Mutex).into(),
        Blocked::WaitGroup => viz(lang, Viz::WaitGroup).into(),
        Blocked::Sleep => viz(lang, Viz::Sleep).into(),
        Blocked::Other(r) => r.clone(),
    }
}

/// Whether entry `i` differs from the same entry before (a new goroutine's are all new).
fn differs<T: PartialEq>(now: &[T], was: Option<&[T]>, i: usize) -> bool {
    was.is_some_and(|w| w.get(i) != now.get(i))
}

fn card(g: &GFrame, was: Option<&GFrame>, current: bool, lang: Lang) -> Html {
    // A goroutine that did not exist before is new as a whole: its card is marked, not each line.
    let is_new = was.is_none();
    let (calls_was, defers_was) = (
        was.map(|w| w.calls.as_slice()),
        was.map(|w| w.defers.as_slice()),
    );
    let calls = g.calls.iter().enumerate().rev().map(|(i, c)| {
        // runtime.main is the interpreter's entry, with no line of the program.
        let at = (c.func != "runtime.main" && c.line > 0).then(|| format!(" :{}", c.line));
        let changed = differs(&g.calls, calls_was, i);
        html! {
            <li class={classes!(changed.then_some("changed"))} aria-description={changed_note(changed, lang)}>
                <code>{ format!("{}()", c.func) }</code><span class="at">{ at.unwrap_or_default() }</span>
            </li>
        }
    });
    let defers = g.defers.iter().enumerate().rev().map(|(i, d)| {
        let changed = differs(&g.defers, defers_was, i);
        html! {
            <li class={classes!(changed.then_some("changed"))} data-testid="defer-record"
                aria-description={changed_note(changed, lang)}><code>{ d }</code></li>
        }
    });
    let status_changed = was.is_some_and(|w| w.status != g.status || w.blocked != g.blocked);
    let panic_changed = was.is_some_and(|w| w.panic != g.panic);
    html! {
        <div class={classes!("gcard", current.then_some("current"), is_new.then_some("changed"))}
             data-testid={format!("goroutine-{}", g.id)} aria-description={changed_note(is_new, lang)}>
            <h3>{ format!("g{}", g.id) }
                <span class={classes!("status", status_changed.then_some("changed"))}
                      aria-description={changed_note(status_changed, lang)}>{ format!(" [{}]", g.status) }</span>
            </h3>
            if let Some(b) = &g.blocked {
                <p class={classes!("blocked", status_changed.then_some("changed"))} data-testid={format!("blocked-{}", g.id)}>
                    <span class="k">{ viz(lang, Viz::BlockedOn) }</span>
                    { blocked_text(b, lang) }
                </p>
            }
            <ol class="calls">{ for calls }</ol>
            <div class="defers" data-testid={format!("defers-{}", g.id)}>
                <span class="k">{ ui(lang, Ui::Defers) }</span>
                if g.defers.is_empty() { <span class="none">{ ui(lang, Ui::NoDefers) }</span> }
                <ol>{ for defers }</ol>
            </div>
            if let Some((value, recovered)) = &g.panic {
                <p class={classes!("panic", recovered.then_some("recovered"), panic_changed.then_some("changed"))} data-testid="panic"
                   aria-description={changed_note(panic_changed, lang)}>
                    { format!("{}: {}", ui(lang, if *recovered { Ui::Recovered } else { Ui::Panicking }), value) }
                </p>
            }
        </div>
    }
}

#[function_component(Goroutines)]
pub fn goroutines(props: &GoroutinesProps) -> Html {
    let lang = props.lang;
    // With nothing to compare with (the first frame), nothing is new.
    let first = props.prev.is_empty();
    let cards = props
        .goroutines
        .iter()
        .filter(|g| g.status != "dead")
        .map(|g| {
            let was = props.prev.iter().find(|w| w.id == g.id);
            let was = if first { Some(g) } else { was };
            card(g, was, g.id == props.current, lang)
        });
    html! {
        <section class="pane goroutines" aria-label={ui(lang, Ui::Goroutines)}>
            <h2>{ ui(lang, Ui::Goroutines) }</h2>
            <div class="gcards">{ for cards }</div>
        </section>
    }
}
