//! An object chip: its id and colour, and a short form of its value; the whole value shows
//! in a tooltip on hover or keyboard focus. A chip that arrived in its place in this step is
//! marked changed (outline and a marker, not colour alone).

use yew::prelude::*;

use crate::i18n::{viz, Lang, Viz};
use crate::run::ObjChip;

#[derive(Properties, PartialEq)]
pub struct ChipProps {
    pub obj: ObjChip,
    /// The object came to this place in this step.
    #[prop_or_default]
    pub changed: bool,
    #[prop_or_default]
    pub lang: Lang,
}

/// The first few characters of a value, so a chip stays small.
fn short(v: &str) -> String {
    let mut s: String = v.chars().take(6).collect();
    if v.chars().count() > 6 {
        s.push('…');
    }
    s
}

/// The aria description of a place or record that changed in this step.
pub fn changed_note(changed: bool, lang: Lang) -> Option<&'static str> {
    changed.then(|| viz(lang, Viz::Changed))
}

#[function_component(Chip)]
pub fn chip(props: &ChipProps) -> Html {
    let o = &props.obj;
    // Eight hues, picked by id, so an object keeps its colour wherever it moves; the label
    // says the id too, so colour is never the only signal. The id also keys the chip for the
    // move animation (`data-obj`), since one DOM node may show another object next step.
    let class = classes!(
        "chip",
        format!("hue-{}", o.id % 8),
        props.changed.then_some("changed")
    );
    let tip = format!("tip-{}", o.id);
    let full = if o.value.is_empty() {
        o.label.clone()
    } else {
        format!("{} = {}", o.label, o.value)
    };
    html! {
        <span {class} tabindex="0" data-obj={o.id.to_string()} data-testid="chip"
              aria-label={o.label.clone()} aria-describedby={tip.clone()}
              aria-description={changed_note(props.changed, props.lang)}>
            <span class="id">{ &o.label }</span>
            if !o.value.is_empty() { <span class="val">{ short(&o.value) }</span> }
            <span class="tip" role="tooltip" id={tip} data-testid="chip-tip">{ full }</span>
        </span>
    }
}
