//! The root component: owns the one reducer (run, player, language) and hands children data
//! plus `on<verb>` callbacks, as Yew's function_todomvc does.

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Interval;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::components::{CodePane, Console, Controls, Header, Narration, RuntimePane};
use crate::i18n::Lang;
use crate::run::{Frame, Player, PlayerAction};

/// A loaded run: the program and its frames.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub title: String,
    pub source: Rc<str>,
    pub frames: Rc<Vec<Frame>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub run: Rc<Loaded>,
    pub player: Player,
    pub lang: Lang,
}

pub enum Action {
    Player(PlayerAction),
    SetLang(Lang),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Player(a) => next.player = self.player.apply(a),
            Action::SetLang(l) => next.lang = l,
        }
        Rc::new(next)
    }
}

impl State {
    fn initial() -> State {
        let (title, source, frames) = crate::run::demo::walkthrough();
        let hash = gloo::utils::window().location().hash().unwrap_or_default();
        let link = crate::run::link::parse_hash(&hash);
        let mut player = Player::new(frames.len());
        if let Some(step) = link.step {
            player = player.apply(PlayerAction::Seek(step - 1));
        }
        State {
            run: Rc::new(Loaded {
                title,
                source: source.into(),
                frames: Rc::new(frames),
            }),
            player,
            lang: link.lang.unwrap_or_default(),
        }
    }

    fn frame(&self) -> &Frame {
        // Player keeps step < len, and a run has at least one frame.
        &self.run.frames[self.player.step.min(self.run.frames.len() - 1)]
    }
}

/// Maps a key press to a player action, or None when the key is not ours.
fn key_action(key: &str) -> Option<PlayerAction> {
    match key {
        "ArrowRight" => Some(PlayerAction::Forward),
        "ArrowLeft" => Some(PlayerAction::Back),
        "Home" => Some(PlayerAction::First),
        "End" => Some(PlayerAction::Last),
        " " => Some(PlayerAction::TogglePlay),
        _ => None,
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(State::initial);

    // Keyboard: ←/→, Space, Home/End, except while typing in a field.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let doc = gloo::utils::document();
            let opts = EventListenerOptions::enable_prevent_default();
            let listener = EventListener::new_with_options(&doc, "keydown", opts, move |e| {
                let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                let tag = e
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
                    .map(|el| el.tag_name())
                    .unwrap_or_default();
                let typing = matches!(tag.as_str(), "INPUT" | "TEXTAREA" | "SELECT");
                // Space on a focused button presses that button; don't press Play as well.
                let button_space = tag == "BUTTON" && e.key() == " ";
                if typing || button_space || e.ctrl_key() || e.meta_key() || e.alt_key() {
                    return;
                }
                if let Some(a) = key_action(&e.key()) {
                    e.prevent_default();
                    dispatcher.dispatch(Action::Player(a));
                }
            });
            move || drop(listener)
        });
    }

    // Play: one tick per interval while playing.
    {
        let dispatcher = state.dispatcher();
        use_effect_with(state.player.playing, move |playing| {
            let timer = playing.then(|| {
                Interval::new(700, move || {
                    dispatcher.dispatch(Action::Player(PlayerAction::Tick))
                })
            });
            move || drop(timer)
        });
    }

    let on_action = {
        let d = state.dispatcher();
        Callback::from(move |a| d.dispatch(Action::Player(a)))
    };
    let on_lang = {
        let d = state.dispatcher();
        Callback::from(move |l| d.dispatch(Action::SetLang(l)))
    };
    let frame = state.frame().clone();
    let lang = state.lang;

    html! {
        <div class="app" lang={ if lang == Lang::Zh { "zh-Hans" } else { "en" } }>
            <Header {lang} title={state.run.title.clone()} {on_lang} />
            <main class="panes">
                <CodePane source={state.run.source.clone()} line={frame.line} {lang} />
                <RuntimePane frame={frame.clone()} {lang} />
                <Narration frame={frame.clone()} {lang} />
                <Console stdout={frame.stdout.clone()} {lang} />
            </main>
            <Controls player={state.player} {lang} {on_action} />
        </div>
    }
}
