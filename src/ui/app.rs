//! The root component: owns the one reducer (lesson, recorded session, player, language)
//! and hands children data plus `on<verb>` callbacks, as Yew's function_todomvc does.

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Interval;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::components::{
    CodePane, Console, Controls, Goroutines, Header, LessonIntro, Narration, RuntimePane,
};
use crate::i18n::Lang;
use crate::lang::info::GoVersion;
use crate::lessons::{LessonData, LESSONS};
use crate::run::session::{record, Session};
use crate::run::{Frame, Player, PlayerAction};
use crate::runtime::Settings;

/// Frames recorded at most per run; a longer run says where it stopped.
pub const MAX_FRAMES: usize = 20_000;

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub lesson: &'static LessonData,
    pub session: Rc<Session>,
    pub player: Player,
    pub lang: Lang,
}

pub enum Action {
    Player(PlayerAction),
    SetLang(Lang),
    Open(&'static LessonData),
}

fn session_of(l: &LessonData) -> Rc<Session> {
    let settings = Settings {
        go: GoVersion::parse(l.go).unwrap_or_default(),
        procs: l.procs.clamp(1, 8) as usize,
        ..Settings::default()
    };
    Rc::new(record(l.source, &settings, MAX_FRAMES))
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Player(a) => next.player = self.player.apply(a),
            Action::SetLang(l) => next.lang = l,
            Action::Open(l) => {
                next.lesson = l;
                next.session = session_of(l);
                next.player = Player::new(next.session.frames.len());
            }
        }
        Rc::new(next)
    }
}

impl State {
    fn initial() -> State {
        let hash = gloo::utils::window().location().hash().unwrap_or_default();
        let link = crate::run::link::parse_hash(&hash);
        let lesson = link
            .lesson
            .as_deref()
            .and_then(crate::lessons::find)
            .unwrap_or(&LESSONS[1]);
        let session = session_of(lesson);
        let mut player = Player::new(session.frames.len());
        if let Some(step) = link.step {
            player = player.apply(PlayerAction::Seek(step - 1));
        }
        State {
            lesson,
            session,
            player,
            lang: link.lang.unwrap_or_default(),
        }
    }

    fn frame(&self) -> &Frame {
        // The player keeps step < len, and a session has at least one frame.
        &self.session.frames[self.player.step.min(self.session.frames.len() - 1)]
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
    let on_open = {
        let d = state.dispatcher();
        Callback::from(move |l| d.dispatch(Action::Open(l)))
    };
    let frame = state.frame().clone();
    let lang = state.lang;
    let source: Rc<str> = Rc::from(state.lesson.source);

    html! {
        <div class="app" lang={ if lang == Lang::Zh { "zh-Hans" } else { "en" } }>
            <Header {lang} lesson={state.lesson} {on_lang} {on_open} />
            <main class="panes">
                <div class="left">
                    <LessonIntro lesson={state.lesson} {lang} />
                    <CodePane {source} line={frame.line} errors={state.session.errors.clone()} {lang} />
                </div>
                <div class="right">
                    <Narration frame={frame.clone()} truncated={state.session.truncated && state.player.step + 1 == state.player.len} {lang} />
                    <RuntimePane frame={frame.clone()} {lang} />
                    <Goroutines goroutines={frame.goroutines.clone()} current={frame.gid} {lang} />
                    <Console stdout={frame.stdout.clone()} stderr={frame.stderr.clone()} {lang} />
                </div>
            </main>
            <Controls player={state.player} {lang} {on_action} />
        </div>
    }
}
