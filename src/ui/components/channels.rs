//! The channels of the runtime pane: each channel's buffer as `cap` fixed slots (the next value
//! to be received on the left), and the goroutines queued to receive or to send, first served
//! first, as Go's `recvq` and `sendq` keep them. What differs from the previous frame is
//! marked changed.

use yew::prelude::*;

use super::chip::changed_note;
use crate::i18n::{made_on_line, viz, Lang, Viz};
use crate::run::ChanFrame;

#[derive(Properties, PartialEq)]
pub struct ChannelsProps {
    pub chans: Vec<ChanFrame>,
    /// The channels of the frame compared with.
    pub prev: Vec<ChanFrame>,
    pub lang: Lang,
}

/// A buffered value: focusable, its whole text in a tooltip.
fn value_chip(v: &str, changed: bool, lang: Lang) -> Html {
    html! {
        <span class={classes!("vchip", changed.then_some("changed"))} tabindex="0" title={v.to_string()}
              aria-description={changed_note(changed, lang)}>{ v.to_string() }</span>
    }
}

fn waiters(
    label: &str,
    gs: Vec<(u32, Option<&str>)>,
    changed: bool,
    testid: &str,
    lang: Lang,
) -> Html {
    html! {
        <p class={classes!("waiters", changed.then_some("changed"))} data-testid={testid.to_string()}
           aria-description={changed_note(changed, lang)}>
            <span class="k">{ label.to_string() }</span>
            { for gs.into_iter().map(|(g, v)| html! {
                <span class="gtag">{ format!("g{g}") }
                    if let Some(v) = v { { " " } { value_chip(v, false, lang) } }
                </span>
            }) }
        </p>
    }
}

fn channel(c: &ChanFrame, was: Option<&ChanFrame>, lang: Lang) -> Html {
    let title = if c.name.is_empty() {
        viz(lang, Viz::Chan).to_string()
    } else {
        c.name.clone()
    };
    let shown = c.cap.min(ChanFrame::SHOWN);
    let slots = (0..shown).map(|i| {
        let v = c.buf.get(i);
        // A new channel's filled slots are new; then a slot changed if its value did.
        let changed = match was {
            Some(w) => w.buf.get(i) != v,
            None => v.is_some(),
        };
        html! {
            <div class={classes!("slot", "cslot", changed.then_some("changed"))} data-testid="chan-slot"
                 aria-description={changed_note(changed, lang)}>
                if let Some(v) = v { { value_chip(v, changed, lang) } } else { <span class="none">{ "·" }</span> }
            </div>
        }
    });
    // A timer's channel is synchronous yet holds its fired value: show what it holds.
    let extra = if c.cap == 0 {
        c.buf.iter().collect::<Vec<_>>()
    } else {
        Vec::new()
    };
    let recv_changed = was.map_or(!c.recv.is_empty(), |w| w.recv != c.recv);
    let send_changed = was.map_or(!c.send.is_empty(), |w| w.send != c.send);
    html! {
        <div class={classes!("chan", was.is_none().then_some("changed"))} data-testid={format!("chan-{}", c.id)}
             aria-description={changed_note(was.is_none(), lang)}>
            <h4>
                <code>{ title }</code>
                <span class="cap">{
                    format!(" {} {}/{}", viz(lang, Viz::Cap), c.len, c.cap)
                }</span>
                if c.line > 0 { <span class="at">{ format!(" · {}", made_on_line(lang, c.line)) }</span> }
                if c.closed { <span class="closed">{ format!(" · {}", viz(lang, Viz::Closed)) }</span> }
            </h4>
            if c.cap > 0 {
                <div class="cbuf" data-testid="chan-buf">
                    { for slots }
                    if c.cap > shown { <span class="none">{ format!("+{} {}", c.cap - shown, viz(lang, Viz::More)) }</span> }
                </div>
            } else {
                <p class="none">{ viz(lang, if c.name == "time.After" { Viz::Timer } else { Viz::Unbuffered }) }</p>
                { for extra.into_iter().map(|v| value_chip(v, false, lang)) }
            }
            if !c.recv.is_empty() {
                { waiters(viz(lang, Viz::WaitRecv), c.recv.iter().map(|&g| (g, None)).collect(), recv_changed, "chan-recvq", lang) }
            }
            if !c.send.is_empty() {
                { waiters(viz(lang, Viz::WaitSend), c.send.iter().map(|(g, v)| (*g, Some(v.as_str()))).collect(), send_changed, "chan-sendq", lang) }
            }
            if c.recv.is_empty() && c.send.is_empty() {
                <p class="none waiters">{ viz(lang, Viz::NobodyWaits) }</p>
            }
        </div>
    }
}

#[function_component(Channels)]
pub fn channels(props: &ChannelsProps) -> Html {
    let lang = props.lang;
    html! {
        <div class="chans" data-testid="channels">
            <h3>{ viz(lang, Viz::Channels) }</h3>
            <div class="chanlist">
                { for props.chans.iter().map(|c| channel(c, props.prev.iter().find(|w| w.id == c.id), lang)) }
            </div>
        </div>
    }
}
