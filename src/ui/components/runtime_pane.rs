//! The runtime pane: one column per P with its poolLocal (private slot and shared chain of
//! rings, head and tail marked), the victim cache drawn the same way, and what the program
//! holds.

use yew::prelude::*;

use super::Chip;
use crate::i18n::{ui, Lang, Ui};
use crate::run::{Frame, ProcFrame, RingFrame};

#[derive(Properties, PartialEq)]
pub struct RuntimePaneProps {
    pub frame: Frame,
    pub lang: Lang,
}

fn ring(r: &RingFrame, lang: Lang) -> Html {
    let size = r.slots.len().max(1) as u32;
    // head and tail are free-running indices, reduced by the size only to find their slot;
    // the ring is empty when they are equal (Go's poolDequeue).
    let (head, tail) = (r.head % size, r.tail % size);
    let full = r.head.wrapping_sub(r.tail) as usize >= r.slots.len();
    let slots = r.slots.iter().enumerate().map(|(i, s)| {
        let i = i as u32;
        let marks = match (i == head && !full, i == tail && r.head != r.tail) {
            (true, true) => "head tail",
            (true, false) => "head",
            (false, true) => "tail",
            _ => "",
        };
        html! {
            <div class={classes!("slot", marks)} data-testid="ring-slot">
                if let Some(o) = s { <Chip obj={o.clone()} /> } else { <span class="none">{ "·" }</span> }
                if i == head && !full { <span class="mark h" title="head">{ "H" }</span> }
                if i == tail && r.head != r.tail { <span class="mark t" title="tail">{ "T" }</span> }
            </div>
        }
    });
    html! {
        <div class="ring" aria-label={format!("{} ring of {}", ui(lang, Ui::Shared), r.slots.len())}>
            { for slots }
        </div>
    }
}

fn local(p: usize, l: &ProcFrame, lang: Lang, kind: &'static str) -> Html {
    html! {
        <div class={classes!("local", kind)} data-testid={format!("{kind}-p{p}")}>
            <div class="private" data-testid={format!("{kind}-private-p{p}")}>
                <span class="k">{ ui(lang, Ui::Private) }</span>
                if let Some(o) = &l.private { <Chip obj={o.clone()} /> }
                else { <span class="none">{ ui(lang, Ui::Empty) }</span> }
            </div>
            <div class="shared">
                <span class="k">{ ui(lang, Ui::Shared) }</span>
                if l.rings.is_empty() { <span class="none">{ ui(lang, Ui::Empty) }</span> }
                { for l.rings.iter().map(|r| ring(r, lang)) }
            </div>
        </div>
    }
}

#[function_component(RuntimePane)]
pub fn runtime_pane(props: &RuntimePaneProps) -> Html {
    let f = &props.frame;
    let lang = props.lang;
    let cols = f.local.iter().enumerate().map(|(p, l)| {
        let victim = f.victim.get(p);
        html! {
            <div class={classes!("pcol", (p == f.p).then_some("running"))} data-testid={format!("p-col-{p}")}>
                <h3>{ format!("P{p}") }</h3>
                { local(p, l, lang, "local") }
                if let Some(v) = victim {
                    <h4>{ ui(lang, Ui::Victim) }</h4>
                    { local(p, v, lang, "victim") }
                }
            </div>
        }
    });
    html! {
        <section class="pane runtime" aria-label={ui(lang, Ui::Runtime)}>
            <h2>{ ui(lang, Ui::Runtime) }</h2>
            <div class="pcols">{ for cols }</div>
            <div class="held" data-testid="held">
                <span class="k">{ ui(lang, Ui::Held) }</span>
                { for f.held.iter().map(|o| html! { <Chip obj={o.clone()} /> }) }
            </div>
        </section>
    }
}
