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

/// What a control asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    Player(PlayerAction),
    /// Next (true) or previous statement, over the pool's micro-steps.
    Statement(bool),
    NextPoolOp,
    NextDeferOrPanic,
    NextBreakpoint,
    /// Milliseconds between steps while playing.
    Speed(u32),
    Help,
}

#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    pub player: Player,
    pub speed: u32,
    pub lang: Lang,
    pub on_control: Callback<Control>,
}

/// Play speeds offered, in milliseconds per step.
const SPEEDS: &[(u32, &str)] = &[(1500, "0.5×"), (700, "1×"), (300, "2×"), (100, "5×")];

#[function_component(Controls)]
pub fn controls(props: &ControlsProps) -> Html {
    let p = props.player;
    let lang = props.lang;
    let zh = lang == Lang::Zh;
    let last = p.len - 1;
    let button = |c: Control, label: Ui, glyph: Icon, id: &'static str, disabled: bool| {
        let cb = props.on_control.clone();
        html! {
            <button class="ctl" data-testid={id} title={ui(lang, label)} aria-label={ui(lang, label)}
                    {disabled} onclick={Callback::from(move |_| cb.emit(c))}>{ icon(glyph) }</button>
        }
    };
    let text_button = |c: Control, label: &'static str, title: &'static str, id: &'static str| {
        let cb = props.on_control.clone();
        html! {
            <button class="ctl text" data-testid={id} {title}
                    onclick={Callback::from(move |_| cb.emit(c))}>{ label }</button>
        }
    };
    let on_scrub = {
        let cb = props.on_control.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Ok(n) = input.value().parse::<usize>() {
                cb.emit(Control::Player(PlayerAction::Seek(n)));
            }
        })
    };
    let on_speed = {
        let cb = props.on_control.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Ok(ms) = select.value().parse::<u32>() {
                cb.emit(Control::Speed(ms));
            }
        })
    };
    let (play_label, play_glyph) = if p.playing {
        (Ui::Pause, Icon::Pause)
    } else {
        (Ui::Play, Icon::Play)
    };
    let speeds = SPEEDS.iter().map(|&(ms, label)| {
        html! { <option value={ms.to_string()} selected={ms == props.speed}>{ label }</option> }
    });
    html! {
        <footer class="controls" role="toolbar" aria-label={ if zh { "单步控制" } else { "Step controls" } }>
            { button(Control::Player(PlayerAction::First), Ui::First, Icon::First, "btn-first", p.step == 0) }
            { button(Control::Statement(false), Ui::Back, Icon::Back, "btn-back", p.step == 0) }
            { button(Control::Player(PlayerAction::TogglePlay), play_label, play_glyph, "btn-play", false) }
            { button(Control::Statement(true), Ui::Forward, Icon::Forward, "btn-forward", p.step == last) }
            { button(Control::Player(PlayerAction::Last), Ui::Last, Icon::Last, "btn-last", p.step == last) }
            <select class="speed" data-testid="speed" aria-label={ if zh { "播放速度" } else { "Play speed" } }
                    onchange={on_speed}>{ for speeds }</select>
            { text_button(Control::NextPoolOp, if zh { "→池" } else { "→pool" },
                if zh { "运行到下一个池操作（p）" } else { "Run to the next pool operation (p)" }, "btn-next-pool") }
            { text_button(Control::NextDeferOrPanic, "→defer",
                if zh { "运行到下一个 defer 或 panic（d）" } else { "Run to the next defer or panic (d)" }, "btn-next-defer") }
            { text_button(Control::NextBreakpoint, if zh { "→断点" } else { "→break" },
                if zh { "运行到下一个断点（b）；点击行号设置断点" } else { "Run to the next breakpoint (b); click a line number to set one" }, "btn-next-break") }
            <input class="scrubber" type="range" min="0" max={last.to_string()}
                   value={p.step.to_string()} aria-label={ui(lang, Ui::Step)}
                   data-testid="scrubber" oninput={on_scrub} />
            <span class="counter" data-testid="step-counter">
                { format!("{} {} / {}", ui(lang, Ui::Step), p.step + 1, p.len) }
            </span>
            { text_button(Control::Help, "?", if zh { "快捷键（?）" } else { "Keyboard shortcuts (?)" }, "btn-help") }
        </footer>
    }
}
