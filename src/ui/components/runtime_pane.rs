//! The runtime pane: one column per P, with the goroutine it runs, its run queue and, for
//! each pool, its poolLocal (private slot and shared chain of rings with head and tail marked)
//! and its victim cache drawn the same way; then what the program holds and the counters.

use yew::prelude::*;

use super::Chip;
use crate::i18n::{ui, Lang, Ui};
use crate::run::{Frame, PoolFrame, ProcFrame, RingFrame};

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
        let at_head = i == head && !full;
        let at_tail = i == tail && r.head != r.tail;
        html! {
            <div class={classes!("slot", at_head.then_some("head"), at_tail.then_some("tail"))} data-testid="ring-slot">
                if let Some(o) = s { <Chip obj={o.clone()} /> } else { <span class="none">{ "·" }</span> }
                if at_head { <span class="mark h" title="head">{ "H" }</span> }
                if at_tail { <span class="mark t" title="tail">{ "T" }</span> }
            </div>
        }
    });
    html! {
        <div class="ring" aria-label={format!("{} ring of {}", ui(lang, Ui::Shared), r.slots.len())}>
            { for slots }
        </div>
    }
}

fn local(testid: String, l: &ProcFrame, lang: Lang) -> Html {
    html! {
        <div class="local" data-testid={testid.clone()}>
            <div class="private" data-testid={format!("{testid}-private")}>
                <span class="k">{ ui(lang, Ui::Private) }</span>
                if let Some(o) = &l.private { <Chip obj={o.clone()} /> }
                else { <span class="none">{ "—" }</span> }
            </div>
            <div class="shared">
                <span class="k">{ ui(lang, Ui::Shared) }</span>
                if l.rings.is_empty() { <span class="none">{ "—" }</span> }
                { for l.rings.iter().map(|r| ring(r, lang)) }
            </div>
        </div>
    }
}

fn pool_in_p(pi: usize, p: usize, pool: &PoolFrame, many: bool, lang: Lang) -> Html {
    html! {
        <div class="poolbox">
            if many { <h4>{ &pool.name }</h4> }
            if let Some(l) = pool.local.get(p) { { local(format!("pool{pi}-p{p}"), l, lang) } }
            else { <span class="none">{ "—" }</span> }
            if let Some(v) = pool.victim.get(p) {
                <div class="victimbox">
                    <span class="vk">{ ui(lang, Ui::Victim) }</span>
                    { local(format!("victim{pi}-p{p}"), v, lang) }
                </div>
            }
        </div>
    }
}

fn stats(pool: &PoolFrame, lang: Lang) -> Html {
    let gets = pool.gets_private + pool.gets_shared + pool.gets_stolen + pool.gets_victim;
    html! {
        <p class="stats" data-testid="pool-stats">
            <strong>{ &pool.name }</strong>
            { format!(" · {} {} (private {}, shared {}, stolen {}, victim {}) · {} {} · {} {} · {} {}",
                ui(lang, Ui::Gets), gets, pool.gets_private, pool.gets_shared, pool.gets_stolen, pool.gets_victim,
                ui(lang, Ui::NewCalls), pool.new_calls, ui(lang, Ui::Puts), pool.puts, ui(lang, Ui::Dropped), pool.dropped) }
        </p>
    }
}

#[function_component(RuntimePane)]
pub fn runtime_pane(props: &RuntimePaneProps) -> Html {
    let f = &props.frame;
    let lang = props.lang;
    let many = f.pools.len() > 1;
    let cols = f.procs.iter().enumerate().map(|(p, pf)| {
        let queue: Vec<String> = pf.runnext.iter().chain(pf.runq.iter()).map(|g| format!("g{g}")).collect();
        html! {
            <div class={classes!("pcol", (p == f.p).then_some("running"))} data-testid={format!("p-col-{p}")}>
                <h3>{ format!("P{p}") }
                    <span class="runs">{
                        match pf.running {
                            Some(g) => format!(" {} g{g}", ui(lang, Ui::Runs)),
                            None => format!(" {}", ui(lang, Ui::Idle)),
                        }
                    }</span>
                </h3>
                if !queue.is_empty() {
                    <p class="runq">{ format!("{}: {}", ui(lang, Ui::RunQueue), queue.join(" ")) }</p>
                }
                { for f.pools.iter().enumerate().map(|(pi, pool)| pool_in_p(pi, p, pool, many, lang)) }
            </div>
        }
    });
    html! {
        <section class="pane runtime" aria-label={ui(lang, Ui::Runtime)}>
            <h2>{ ui(lang, Ui::Runtime) }</h2>
            if f.pools.is_empty() && !f.procs.is_empty() { <p class="none">{ ui(lang, Ui::NoPools) }</p> }
            <div class="pcols">{ for cols }</div>
            if !f.held.is_empty() {
                <div class="held" data-testid="held">
                    <span class="k">{ ui(lang, Ui::Held) }</span>
                    { for f.held.iter().map(|o| html! { <Chip obj={o.clone()} /> }) }
                </div>
            }
            { for f.pools.iter().map(|p| stats(p, lang)) }
        </section>
    }
}
