//! Step controls: first, back, play/pause, forward, last, a scrubber and the step counter.

use yew::prelude::*;

use crate::i18n::{ui, Lang, Ui};
use crate::run::{Player, PlayerAction};

/// Control glyphs, drawn as SVG so they never depend on the fonts a machine has.
#[derive(Clone, Copy)]
enum Icon {
    First,
    Back,
    Play,
    Pause,
    Forward,
    Last,
}

fn icon(i: Icon) -> Html {
    let path = match i {
        Icon::First => "M6 5h2v14H6zM20 5v14L9 12z",
        Icon::Back => "M17 5v14L6 12z",
        Icon::Play => "M7 5v14l11-7z",
        Icon::Pause => "M7 5h4v14H7zM13 5h4v14h-4z",
        Icon::Forward => "M7 5v14l11-7zM18 5h2v14h-2z",
        Icon::Last => "M4 5v14l11-7zM16 5h2v14h-2z",
    };
    html! {
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
            <path d={path} fill="currentColor" />
        </svg>
    }
}

#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    pub player: Player,
    pub lang: Lang,
    pub on_action: Callback<PlayerAction>,
}

#[function_component(Controls)]
pub fn controls(props: &ControlsProps) -> Html {
    let p = props.player;
    let lang = props.lang;
    let last = p.len - 1;
    let button = |action: PlayerAction,
                  label: Ui,
                  glyph: Icon,
                  id: &'static str,
                  disabled: bool| {
        let cb = props.on_action.clone();
        html! {
            <button class="ctl" data-testid={id} title={ui(lang, label)} aria-label={ui(lang, label)}
                    {disabled} onclick={Callback::from(move |_| cb.emit(action))}>{ icon(glyph) }</button>
        }
    };
    let on_scrub = {
        let cb = props.on_action.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Ok(n) = input.value().parse::<usize>() {
                cb.emit(PlayerAction::Seek(n));
            }
        })
    };
    let (play_label, play_glyph) = if p.playing {
        (Ui::Pause, Icon::Pause)
    } else {
        (Ui::Play, Icon::Play)
    };
    html! {
        <footer class="controls" role="toolbar" aria-label="Step controls">
            { button(PlayerAction::First, Ui::First, Icon::First, "btn-first", p.step == 0) }
            { button(PlayerAction::Back, Ui::Back, Icon::Back, "btn-back", p.step == 0) }
            { button(PlayerAction::TogglePlay, play_label, play_glyph, "btn-play", false) }
            { button(PlayerAction::Forward, Ui::Forward, Icon::Forward, "btn-forward", p.step == last) }
            { button(PlayerAction::Last, Ui::Last, Icon::Last, "btn-last", p.step == last) }
            <input class="scrubber" type="range" min="0" max={last.to_string()}
                   value={p.step.to_string()} aria-label={ui(lang, Ui::Step)}
                   data-testid="scrubber" oninput={on_scrub} />
            <span class="counter" data-testid="step-counter">
                { format!("{} {} / {}", ui(lang, Ui::Step), p.step + 1, p.len) }
            </span>
        </footer>
    }
}
