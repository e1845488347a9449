//! An object chip: id, colour and label; its value shows on hover or keyboard focus.

use yew::prelude::*;

use crate::run::ObjChip;

#[derive(Properties, PartialEq)]
pub struct ChipProps {
    pub obj: ObjChip,
}

#[function_component(Chip)]
pub fn chip(props: &ChipProps) -> Html {
    let o = &props.obj;
    // Eight hues, picked by id, so an object keeps its colour wherever it moves; the label
    // says the id too, so colour is never the only signal.
    let hue = format!("chip hue-{}", o.id % 8);
    html! {
        <span class={hue} tabindex="0" title={o.value.clone()} data-obj={o.id.to_string()}
              aria-label={format!("{} {}", o.label, o.value)}>
            { &o.label }
        </span>
    }
}
