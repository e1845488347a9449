//! The runtime pane: one column per P, with the goroutine it runs, its run queue and, for
//! each pool, its poolLocal (private slot and shared chain of rings with head and tail marked)
//! and its victim cache drawn the same way; then the channels, what the program holds and the
//! counters. Every place that differs from the previous frame is marked changed, and object
//! chips slide between places (see `ui::anim`).

use yew::prelude::*;

use super::chip::changed_note;
use super::{Channels, Chip};
use crate::i18n::{ui, Lang, Ui};
use crate::run::{Frame, ObjChip, PoolFrame, ProcFrame, RingFrame};
use crate::ui::anim::Flip;

#[derive(Properties, PartialEq)]
pub struct RuntimePaneProps {
    pub frame: Frame,
    /// The frame this step is compared with, to mark what changed (the frame itself when
    /// there is none before it).
    pub prev: Frame,
    pub lang: Lang,
    /// Choosing a P at a scheduling point ([`Frame::choices`]): its header is a button.
    #[prop_or_default]
    pub on_choose: Callback<u32>,
}

fn id_of(o: &Option<ObjChip>) -> Option<u32> {
    o.as_ref().map(|c| c.id)
}

/// A fixed-size place that holds one object or none, marked changed when it held another.
fn place(
    o: &Option<ObjChip>,
    was: Option<u32>,
    testid: Option<String>,
    empty: &str,
    lang: Lang,
) -> Html {
    let changed = id_of(o) != was;
    html! {
        <div class={classes!("slot", changed.then_some("changed"))} data-testid={testid}
             aria-description={changed_note(changed, lang)}>
            if let Some(c) = o { <Chip obj={c.clone()} {changed} {lang} /> }
            else { <span class="none">{ empty.to_string() }</span> }
        </div>
    }
}

fn ring(r: &RingFrame, was: Option<&RingFrame>, lang: Lang) -> Html {
    let size = r.slots.len().max(1) as u32;
    // head and tail are free-running indices, reduced by the size only to find their slot;
    // the ring is empty when they are equal (Go's poolDequeue).
    let (head, tail) = (r.head % size, r.tail % size);
    let full = r.head.wrapping_sub(r.tail) as usize >= r.slots.len();
    let moved_h = was.is_some_and(|w| w.head != r.head);
    let moved_t = was.is_some_and(|w| w.tail != r.tail);
    let slots = r.slots.iter().enumerate().map(|(i, s)| {
        let before = was.and_then(|w| w.slots.get(i)).and_then(id_of);
        let i = i as u32;
        let at_head = i == head && !full;
        let at_tail = i == tail && r.head != r.tail;
        html! {
            <div class={classes!("cell", at_head.then_some("head"), at_tail.then_some("tail"))}>
                { place(s, before, Some("ring-slot".into()), "·", lang) }
                if at_head { <span class={classes!("mark", "h", moved_h.then_some("changed"))} title="head">{ "H" }</span> }
                if at_tail { <span class={classes!("mark", "t", moved_t.then_some("changed"))} title="tail">{ "T" }</span> }
            </div>
        }
    });
    html! {
        <div class="ring" aria-label={format!("{} ring of {}", ui(lang, Ui::Shared), r.slots.len())}>
            { for slots }
        </div>
    }
}

fn local(testid: String, l: &ProcFrame, was: Option<&ProcFrame>, lang: Lang) -> Html {
    let private_was = was.and_then(|w| id_of(&w.private));
    html! {
        <div class="local" data-testid={testid.clone()}>
            <div class="private" data-testid={format!("{testid}-private")}>
                <span class="k">{ ui(lang, Ui::Private) }</span>
                { place(&l.private, private_was, None, "—", lang) }
            </div>
            <div class="shared">
                <span class="k">{ ui(lang, Ui::Shared) }</span>
                if l.rings.is_empty() { <span class="none">{ "—" }</span> }
                { for l.rings.iter().enumerate().map(|(i, r)| ring(r, was.and_then(|w| w.rings.get(i)), lang)) }
            </div>
        </div>
    }
}

fn pool_in_p(
    pi: usize,
    p: usize,
    pool: &PoolFrame,
    was: Option<&PoolFrame>,
    many: bool,
    lang: Lang,
) -> Html {
    html! {
        <div class="poolbox">
            if many { <h4>{ &pool.name }</h4> }
            if let Some(l) = pool.local.get(p) {
                { local(format!("pool{pi}-p{p}"), l, was.and_then(|w| w.local.get(p)), lang) }
            } else { <span class="none">{ "—" }</span> }
            if let Some(v) = pool.victim.get(p) {
                <div class="victimbox">
                    <span class="vk">{ ui(lang, Ui::Victim) }</span>
                    { local(format!("victim{pi}-p{p}"), v, was.and_then(|w| w.victim.get(p)), lang) }
                </div>
            }
        </div>
    }
}

/// Where the Gets found their objects, by Go's field names (private, shared, victim) and
/// stealing, in the page's language.
fn sources(pool: &PoolFrame, lang: Lang) -> String {
    let (p, sh, st, v) = (
        pool.gets_private,
        pool.gets_shared,
        pool.gets_stolen,
        pool.gets_victim,
    );
    match lang {
        Lang::Zh => format!("（私有槽 {p}，共享链 {sh}，偷取 {st}，victim {v}）"),
        Lang::En => format!("(private {p}, shared {sh}, stolen {st}, victim {v})"),
    }
}

fn stats(pool: &PoolFrame, lang: Lang) -> Html {
    let gets = pool.gets_private + pool.gets_shared + pool.gets_stolen + pool.gets_victim;
    html! {
        <p class="stats" data-testid="pool-stats">
            <strong>{ &pool.name }</strong>
            { format!(" · {} {} {} · {} {} · {} {} · {} {}",
                ui(lang, Ui::Gets), gets, sources(pool, lang),
                ui(lang, Ui::NewCalls), pool.new_calls, ui(lang, Ui::Puts), pool.puts, ui(lang, Ui::Dropped), pool.dropped) }
        </p>
    }
}

/// Measures the chips before a new frame is drawn and slides them after.
#[hook]
fn use_flip(frame: &Frame) -> NodeRef {
    let root = use_node_ref();
    let flip = use_mut_ref(Flip::default);
    let shown = use_mut_ref(|| None::<Frame>);
    {
        let mut shown = shown.borrow_mut();
        if shown.as_ref() != Some(frame) {
            if let (Some(_), Some(el)) = (shown.as_ref(), root.cast::<web_sys::Element>()) {
                flip.borrow_mut().measure(&el);
            }
            *shown = Some(frame.clone());
        }
    }
    {
        let root = root.clone();
        use_effect(move || {
            if let Some(el) = root.cast::<web_sys::Element>() {
                flip.borrow_mut().play(&el);
            }
        });
    }
    root
}

#[function_component(RuntimePane)]
pub fn runtime_pane(props: &RuntimePaneProps) -> Html {
    let (f, was) = (&props.frame, &props.prev);
    let lang = props.lang;
    let root = use_flip(f);
    let many = f.pools.len() > 1;
    let cols = f.procs.iter().enumerate().map(|(p, pf)| {
        let queue: Vec<String> = pf.runnext.iter().chain(pf.runq.iter()).map(|g| format!("g{g}")).collect();
        let before = was.procs.get(p);
        let runs_changed = before.is_some_and(|b| b.running != pf.running);
        let queue_changed = before.is_some_and(|b| b.runnext != pf.runnext || b.runq != pf.runq);
        html! {
            <div class={classes!("pcol", (p == f.p).then_some("running"))} data-testid={format!("p-col-{p}")}>
                <h3>{ format!("P{p}") }
                    if f.choices.len() > 1 && f.choices.contains(&(p as u32)) {
                        <button class="choose" data-testid={format!("choose-p{p}")}
                                onclick={props.on_choose.reform(move |_| p as u32)}>
                            { super::run_next_label(lang, p as u32) }
                        </button>
                    }
                    <span class={classes!("runs", runs_changed.then_some("changed"))}
                          aria-description={changed_note(runs_changed, lang)}>{
                        match pf.running {
                            Some(g) => format!(" {} g{g}", ui(lang, Ui::Runs)),
                            None => format!(" {}", ui(lang, Ui::Idle)),
                        }
                    }</span>
                </h3>
                if !queue.is_empty() {
                    <p class={classes!("runq", queue_changed.then_some("changed"))}
                       aria-description={changed_note(queue_changed, lang)}>
                        { format!("{}: {}", ui(lang, Ui::RunQueue), queue.join(" ")) }
                    </p>
                }
                { for f.pools.iter().enumerate().map(|(pi, pool)| pool_in_p(pi, p, pool, was.pools.get(pi), many, lang)) }
            </div>
        }
    });
    let held_before: Vec<u32> = was.held.iter().map(|o| o.id).collect();
    html! {
        <section class="pane runtime" aria-label={ui(lang, Ui::Runtime)} ref={root}>
            <h2>{ ui(lang, Ui::Runtime) }</h2>
            if f.pools.is_empty() && !f.procs.is_empty() && f.chans.is_empty() { <p class="none">{ ui(lang, Ui::NoPools) }</p> }
            <div class="pcols">{ for cols }</div>
            if !f.chans.is_empty() { <Channels chans={f.chans.clone()} prev={was.chans.clone()} {lang} /> }
            if !f.held.is_empty() {
                <div class="held" data-testid="held">
                    <span class="k">{ ui(lang, Ui::Held) }</span>
                    { for f.held.iter().map(|o| html! {
                        <Chip obj={o.clone()} changed={!held_before.contains(&o.id)} {lang} />
                    }) }
                </div>
            }
            { for f.pools.iter().map(|p| stats(p, lang)) }
        </section>
    }
}
