//! An object chip: its id and colour, and a short form of its value; the whole value shows
//! on hover or keyboard focus.

use yew::prelude::*;

use crate::run::ObjChip;

#[derive(Properties, PartialEq)]
pub struct ChipProps {
    pub obj: ObjChip,
}

/// The first few characters of a value, so a chip stays small.
fn short(v: &str) -> String {
    let mut s: String = v.chars().take(6).collect();
    if v.chars().count() > 6 {
        s.push('…');
    }
    s
}

#[function_component(Chip)]
pub fn chip(props: &ChipProps) -> Html {
    let o = &props.obj;
    // Eight hues, picked by id, so an object keeps its colour wherever it moves; the label
    // says the id too, so colour is never the only signal.
    let hue = format!("chip hue-{}", o.id % 8);
    html! {
        <span class={hue} tabindex="0" title={format!("{} = {}", o.label, o.value)} data-obj={o.id.to_string()}
              aria-label={format!("object {} = {}", o.label, o.value)}>
            <span class="id">{ &o.label }</span>
            if !o.value.is_empty() { <span class="val">{ short(&o.value) }</span> }
        </span>
    }
}
