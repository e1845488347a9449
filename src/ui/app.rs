//! The root component: owns the one reducer (lesson, recorded run, player, language)
//! and hands children data plus `on<verb>` callbacks, as Yew's function_todomvc does.

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Interval;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::components::{
    Chart, CodePane, Console, Control, Controls, Editor, Goroutines, Header, LessonIntro,
    Narration, QuestionCard, RuntimePane, Schedule, SettingChange, Settings, Shortcuts,
    TeacherNotes, Twin,
};
use super::storage;
use crate::i18n::Lang;
use crate::lang::info::GoVersion;
use crate::lessons::{LessonData, LESSONS};
use crate::run::live::LiveRun;
use crate::run::nav;
use crate::run::questions::{ask_frame, reveal_frame};
use crate::run::{Frame, MicroStep, Player, PlayerAction, RunSpec};

/// Steps recorded at most per run; a longer run says where it stopped. A step costs a
/// [`crate::run::live::StepInfo`], its frame is rebuilt when shown.
pub const MAX_FRAMES: usize = 100_000;

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub lesson: &'static LessonData,
    pub session: Rc<LiveRun>,
    /// The same run under the lesson's other Go version (lesson 12: 1.21 beside 1.22), shown
    /// side by side and stepped with the main run; None for lessons that compare none.
    pub twin: Option<(Rc<LiveRun>, GoVersion)>,
    /// The frame of the step shown, and the micro-steps of its statement (rebuilt when the
    /// step or the run changes, see [`State::refresh`]).
    pub shown: Rc<Frame>,
    pub group: Rc<Vec<MicroStep>>,
    /// Which of the group's micro-steps the frame shows (None at the statement's end: all).
    pub group_at: Option<usize>,
    /// The frame before the shown step's statement: what this step changed is drawn
    /// against it (the shown frame itself at the start).
    pub prev: Rc<Frame>,
    /// The step `shown` is of (`usize::MAX`: none yet).
    shown_at: usize,
    /// The step `prev` is of (`usize::MAX`: none).
    prev_at: usize,
    pub player: Player,
    pub lang: Lang,
    /// Where each of the lesson's questions sits in this run: (question, ask step, reveal step).
    pub asks: Rc<Vec<(usize, usize, usize)>>,
    /// The learner's pick for each question, by question index.
    pub answers: Rc<Vec<Option<usize>>>,
    pub teacher: bool,
    /// The program the session ran: the lesson's, or the learner's edit.
    pub source: Rc<str>,
    /// What the editor holds (autosaved per lesson).
    pub draft: Rc<str>,
    pub editing: bool,
    /// The last save of the draft worked.
    pub saved: bool,
    /// Source lines with a breakpoint.
    pub breakpoints: Rc<Vec<usize>>,
    /// Milliseconds between steps while playing.
    pub speed: u32,
    pub help: bool,
    /// Presenter mode: large type, no editor or intro, for a projector.
    pub present: bool,
    /// Embed mode (`?embed`): a compact view for an iframe in slides.
    pub embed: bool,
    /// Per step: (New calls so far, GCs so far), for the chart.
    pub series: Rc<Vec<(u64, u64)>>,
    /// A message for the learner (a link that could not be opened), shown until dismissed.
    pub notice: Option<String>,
    /// The run: `source` with the settings and the learner's decisions (forks, GCs).
    pub spec: Rc<RunSpec>,
    /// The view's link was just put in the address bar (and offered to the clipboard).
    pub copied: bool,
}

fn series_of(s: &LiveRun) -> Rc<Vec<(u64, u64)>> {
    Rc::new(s.steps.iter().map(|i| (i.new_calls, i.gcs)).collect())
}

pub enum Action {
    Player(PlayerAction),
    SetLang(Lang),
    Open(&'static LessonData),
    /// The address bar's hash changed (a link in the page was followed).
    FollowLink(String),
    Answer(usize, usize),
    ToggleTeacher,
    ToggleEdit,
    Edit(String),
    Run,
    Reset,
    /// Step to the next (true) or previous statement, over the pool's micro-steps.
    Statement(bool),
    Jump(Jump),
    ToggleBreakpoint(usize),
    SetSpeed(u32),
    ToggleHelp,
    TogglePresent,
    Dismiss,
    /// Put this view (lesson, edited code, settings, decisions, step, language) in the
    /// address bar, and copy it.
    ShareLink,
    /// A setting changed: run again from the start.
    Setting(SettingChange),
    /// At a scheduling point, P `p` takes the next step (a fork of the run).
    Choose(u32),
    /// Collect garbage at the current step (the learner's GC, part of the run).
    Gc,
}

/// Where "run to" goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Jump {
    PoolOp,
    DeferOrPanic,
    Breakpoint,
}

/// The questions this run can ask, placed: those about the Go version it runs in the main
/// run, and those about the twin's version in the twin run beside it.
fn asks_of(
    l: &LessonData,
    s: &LiveRun,
    go: GoVersion,
    twin: Option<&(Rc<LiveRun>, GoVersion)>,
) -> Rc<Vec<(usize, usize, usize)>> {
    let own = GoVersion::parse(l.go).unwrap_or_default();
    let placed = l
        .questions
        .iter()
        .enumerate()
        .filter_map(|(i, q)| {
            let qgo = GoVersion::parse(q.go).unwrap_or(own);
            let s = match twin {
                _ if qgo == go => s,
                Some((t, tgo)) if qgo == *tgo => &**t,
                _ => return None,
            };
            let ask = ask_frame(s, q)?;
            let reveal = reveal_frame(s, q.reveal_line.max(1) as usize)?;
            // Statement steps land at a statement's end: keep the card up to there.
            Some((i, ask, nav::group_of(s, reveal).1))
        })
        .collect();
    Rc::new(placed)
}

fn session_of(spec: &RunSpec) -> Rc<LiveRun> {
    Rc::new(LiveRun::record(spec, MAX_FRAMES))
}

/// For a lesson that compares Go versions (`also_go`), the same run under the version the
/// main run doesn't use.
fn twin_of(l: &LessonData, spec: &RunSpec) -> Option<(Rc<LiveRun>, GoVersion)> {
    let also = GoVersion::parse(l.also_go)?;
    let own = GoVersion::parse(l.go).unwrap_or_default();
    let go = if spec.go == also { own } else { also };
    (go != spec.go).then(|| (session_of(&RunSpec { go, ..spec.clone() }), go))
}

/// The lesson's program with the lesson's own settings.
pub fn lesson_spec(l: &LessonData) -> RunSpec {
    RunSpec::with_settings(l.source, &l.settings(""))
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.copied = false;
        match action {
            Action::Player(a) => {
                next.player = self.player.apply(a);
                // Playing stops where the room should predict, before the reveal.
                let asks_here = next.asks.iter().any(|&(q, ask, _)| {
                    ask == next.player.step && next.answers.get(q).copied().flatten().is_none()
                });
                if matches!(a, PlayerAction::Tick) && asks_here {
                    next.player.playing = false;
                }
            }
            Action::SetLang(l) => next.lang = l,
            Action::Open(l) => {
                next = State::open(l, self.lang);
                next.teacher = self.teacher;
            }
            Action::FollowLink(hash) => {
                // A link inside the page (a pitfall's "lesson 6 explains this") opens its
                // lesson; the hashes the app writes itself name the lesson already shown.
                let link = crate::run::link::parse_hash(&hash);
                if let Some(l) = link.lesson.as_deref().and_then(crate::lessons::find) {
                    if l.slug != self.lesson.slug {
                        next = State::open(l, self.lang);
                        next.teacher = self.teacher;
                        next.present = self.present;
                        next.embed = self.embed;
                        if let Some(step) = link.step {
                            next.player = next
                                .player
                                .apply(PlayerAction::Seek(step.saturating_sub(1)));
                        }
                    }
                }
            }
            Action::ToggleEdit => next.editing = !self.editing,
            Action::Edit(code) => {
                next.saved = storage::save(self.lesson.slug, &code);
                next.draft = Rc::from(code);
            }
            Action::Statement(forward) => {
                let f = &*self.session;
                let to = if forward {
                    nav::next_statement(f, self.player.step)
                } else {
                    nav::prev_statement(f, self.player.step)
                };
                next.player = self.player.apply(PlayerAction::Seek(to));
            }
            Action::Jump(j) => {
                let f = &*self.session;
                let from = self.player.step;
                let to = match j {
                    Jump::PoolOp => nav::next_pool_op(f, from),
                    Jump::DeferOrPanic => nav::next_defer_or_panic(f, from),
                    Jump::Breakpoint => nav::next_breakpoint(f, from, &self.breakpoints),
                };
                next.player = self
                    .player
                    .apply(PlayerAction::Seek(to.unwrap_or(f.len() - 1)));
            }
            Action::ToggleBreakpoint(line) => {
                let mut b = (*self.breakpoints).clone();
                match b.iter().position(|&l| l == line) {
                    Some(i) => {
                        b.remove(i);
                    }
                    None => b.push(line),
                }
                next.breakpoints = Rc::new(b);
            }
            Action::SetSpeed(ms) => next.speed = ms.clamp(50, 5000),
            Action::ToggleHelp => next.help = !self.help,
            Action::TogglePresent => next.present = !self.present,
            Action::Dismiss => next.notice = None,
            Action::ShareLink => {
                let hash = self.link_hash();
                let _ = gloo::utils::window().location().set_hash(&hash);
                let href = gloo::utils::window().location().href().unwrap_or_default();
                super::steer::copy_text(&href);
                next.copied = true;
            }
            Action::Setting(c) => next.set(c),
            Action::Choose(p) => next.choose(p),
            Action::Gc => next.gc(),
            Action::Run => {
                next.source = self.draft.clone();
                next.restart();
            }
            Action::Reset => {
                storage::clear(self.lesson.slug);
                next.draft = Rc::from(self.lesson.source);
                next.source = next.draft.clone();
                next.restart();
            }
            Action::Answer(q, choice) => {
                let mut answers = (*self.answers).clone();
                if let Some(slot) = answers.get_mut(q) {
                    *slot = Some(choice);
                }
                next.answers = Rc::new(answers);
            }
            Action::ToggleTeacher => next.teacher = !self.teacher,
        }
        next.refresh();
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
        let mut state = State::open(lesson, link.lang.unwrap_or_default());
        let search = gloo::utils::window()
            .location()
            .search()
            .unwrap_or_default();
        state.embed = search
            .trim_start_matches('?')
            .split('&')
            .any(|p| p == "embed");
        state.present = link.present;
        if let Some(text) = &link.run {
            match crate::run::permalink::decode(text) {
                Ok(spec) if spec.source.len() <= crate::run::session::MAX_SOURCE => {
                    // The lesson's own program, perhaps with other settings or choices,
                    // opens as the lesson; other code opens in the editor.
                    if spec.source != lesson.source {
                        state.draft = Rc::from(spec.source.as_str());
                        state.editing = true;
                    }
                    state.source = Rc::from(spec.source.as_str());
                    state.spec = Rc::new(spec);
                    state.rerun();
                }
                Ok(_) => state.notice = Some("the program in the link is too large".into()),
                Err(e) => state.notice = Some(e.to_string()),
            }
            if let Some(step) = link.step {
                state.player = state.player.apply(PlayerAction::Seek(step - 1));
            }
        }
        if let Some(step) = link.step {
            state.player = state.player.apply(PlayerAction::Seek(step - 1));
        }
        state.refresh();
        state
    }

    /// A lesson freshly opened: its own program runs; the editor holds the learner's saved
    /// draft, if any.
    fn open(lesson: &'static LessonData, lang: Lang) -> State {
        let source: Rc<str> = Rc::from(lesson.source);
        let spec = lesson_spec(lesson);
        let session = session_of(&spec);
        let twin = twin_of(lesson, &spec);
        let asks = asks_of(lesson, &session, spec.go, twin.as_ref());
        let series = series_of(&session);
        let first = Rc::new(session.frame(0));
        let draft = storage::load(lesson.slug).map_or_else(|| source.clone(), Rc::from);
        State {
            lesson,
            player: Player::new(session.len()),
            session,
            twin,
            prev: first.clone(),
            shown: first,
            group: Rc::new(Vec::new()),
            group_at: None,
            shown_at: usize::MAX,
            prev_at: usize::MAX,
            lang,
            asks,
            answers: Rc::new(vec![None; lesson.questions.len()]),
            teacher: false,
            source,
            draft,
            editing: false,
            // Known before the first edit, so the editor never claims a save it can't make.
            saved: storage::available(),
            breakpoints: Rc::new(Vec::new()),
            speed: 700,
            help: false,
            present: false,
            embed: false,
            series,
            notice: None,
            spec: Rc::new(spec),
            copied: false,
        }
    }

    /// Records `self.source` again, with the current settings and no decisions, and starts
    /// from its first step.
    pub(super) fn restart(&mut self) {
        let spec = RunSpec {
            source: self.source.to_string(),
            decisions: Vec::new(),
            ..(*self.spec).clone()
        };
        self.spec = Rc::new(spec);
        self.rerun();
    }

    /// Records `self.spec` (settings and decisions) and starts from its first step.
    /// Questions belong to the lesson's own program, so an edited program asks none.
    pub(super) fn rerun(&mut self) {
        self.session = session_of(&self.spec);
        self.twin = twin_of(self.lesson, &self.spec);
        self.series = series_of(&self.session);
        self.player = Player::new(self.session.len());
        self.shown_at = usize::MAX;
        self.prev_at = usize::MAX;
        self.asks = if &*self.source == self.lesson.source {
            asks_of(self.lesson, &self.session, self.spec.go, self.twin.as_ref())
        } else {
            Rc::new(Vec::new())
        };
        self.answers = Rc::new(vec![None; self.lesson.questions.len()]);
    }

    fn frame(&self) -> &Frame {
        &self.shown
    }

    /// Rebuilds the shown frame and its statement's micro-steps when the step changed.
    pub(super) fn refresh(&mut self) {
        let at = self.player.step.min(self.session.len() - 1);
        if at == self.shown_at {
            return;
        }
        let run = &*self.session;
        let (first, last) = nav::group_of(run, at);
        // A pool call's micro-steps share the state the call left, so every one of them is
        // compared with the frame before the statement, and shows what the call moved. It is
        // Stepping forward, it is the frame shown until now; else it is rebuilt first (the
        // timeline replays forward cheaply, backward from a snapshot).
        let before = first.checked_sub(1).map(|b| {
            if b == self.prev_at {
                self.prev.clone()
            } else if b == self.shown_at {
                self.shown.clone()
            } else {
                Rc::new(run.frame(b))
            }
        });
        let mut group = Vec::new();
        let mut group_at = None;
        for i in first..=last {
            let f = run.frame(i);
            if i == at {
                group_at = (at < last).then_some(group.len());
            }
            group.extend(f.micro.iter().cloned());
            if i == at {
                self.shown = Rc::new(f);
            }
        }
        self.group = Rc::new(group);
        self.group_at = group_at;
        self.prev_at = first.checked_sub(1).unwrap_or(usize::MAX);
        self.prev = before.unwrap_or_else(|| self.shown.clone());
        self.shown_at = at;
    }
}

/// Maps a key press to an action, or None when the key is not ours. Arrows step by
/// statement; with Shift, by the pool engine's micro-steps.
fn key_action(key: &str, shift: bool) -> Option<Action> {
    Some(match (key, shift) {
        ("ArrowRight", false) => Action::Statement(true),
        ("ArrowLeft", false) => Action::Statement(false),
        ("ArrowRight", true) => Action::Player(PlayerAction::Forward),
        ("ArrowLeft", true) => Action::Player(PlayerAction::Back),
        ("Home", _) => Action::Player(PlayerAction::First),
        ("End", _) => Action::Player(PlayerAction::Last),
        (" ", _) => Action::Player(PlayerAction::TogglePlay),
        ("p", _) => Action::Jump(Jump::PoolOp),
        ("d", _) => Action::Jump(Jump::DeferOrPanic),
        ("b", _) => Action::Jump(Jump::Breakpoint),
        ("?", _) => Action::ToggleHelp,
        ("f", _) => Action::TogglePresent,
        _ => return None,
    })
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(State::initial);

    // Links within the page (`#lesson=06`) open their lesson without a reload.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                let hash = gloo::utils::window().location().hash().unwrap_or_default();
                dispatcher.dispatch(Action::FollowLink(hash));
            });
            move || drop(listener)
        });
    }

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
                if let Some(a) = key_action(&e.key(), e.shift_key()) {
                    e.prevent_default();
                    dispatcher.dispatch(a);
                }
            });
            move || drop(listener)
        });
    }

    // Play: one tick per interval while playing.
    {
        let dispatcher = state.dispatcher();
        use_effect_with(
            (state.player.playing, state.speed),
            move |&(playing, speed)| {
                let timer = playing.then(|| {
                    Interval::new(speed, move || {
                        dispatcher.dispatch(Action::Player(PlayerAction::Tick))
                    })
                });
                move || drop(timer)
            },
        );
    }

    let on_control = {
        let d = state.dispatcher();
        Callback::from(move |c| {
            d.dispatch(match c {
                Control::Player(a) => Action::Player(a),
                Control::Statement(fwd) => Action::Statement(fwd),
                Control::NextPoolOp => Action::Jump(Jump::PoolOp),
                Control::NextDeferOrPanic => Action::Jump(Jump::DeferOrPanic),
                Control::NextBreakpoint => Action::Jump(Jump::Breakpoint),
                Control::Speed(ms) => Action::SetSpeed(ms),
                Control::Help => Action::ToggleHelp,
            })
        })
    };
    let on_dismiss = {
        let d = state.dispatcher();
        Callback::from(move |_| d.dispatch(Action::Dismiss))
    };
    let on_share = {
        let d = state.dispatcher();
        Callback::from(move |_| d.dispatch(Action::ShareLink))
    };
    let on_present = {
        let d = state.dispatcher();
        Callback::from(move |_| d.dispatch(Action::TogglePresent))
    };
    let on_help = {
        let d = state.dispatcher();
        Callback::from(move |_| d.dispatch(Action::ToggleHelp))
    };
    let on_break = {
        let d = state.dispatcher();
        Callback::from(move |line| d.dispatch(Action::ToggleBreakpoint(line)))
    };
    let on_lang = {
        let d = state.dispatcher();
        Callback::from(move |l| d.dispatch(Action::SetLang(l)))
    };
    let on_open = {
        let d = state.dispatcher();
        Callback::from(move |l| d.dispatch(Action::Open(l)))
    };
    let on_answer = {
        let d = state.dispatcher();
        Callback::from(move |(q, c)| d.dispatch(Action::Answer(q, c)))
    };
    let on_setting = {
        let d = state.dispatcher();
        Callback::from(move |c| d.dispatch(Action::Setting(c)))
    };
    let on_choose = {
        let d = state.dispatcher();
        Callback::from(move |p| d.dispatch(Action::Choose(p)))
    };
    let on_gc = {
        let d = state.dispatcher();
        Callback::from(move |_| d.dispatch(Action::Gc))
    };
    let on_teacher = {
        let d = state.dispatcher();
        Callback::from(move |_| d.dispatch(Action::ToggleTeacher))
    };
    let mut frame = state.frame().clone();
    // The statement this frame belongs to: its own step and the pool micro-steps after it.
    let group: Vec<MicroStep> = (*state.group).clone();
    let group_at = state.group_at;
    let lang = state.lang;
    let step = state.player.step;
    let prev = (*state.prev).clone();
    // The question asked at this step, or the last one asked whose reveal is being shown.
    let question = state
        .asks
        .iter()
        .find(|&&(_, ask, reveal)| step >= ask && step <= reveal)
        .map(|&(q, _, reveal)| {
            html! {
                <QuestionCard question={&state.lesson.questions[q]} index={q}
                    picked={state.answers.get(q).copied().flatten()} revealed={step >= reveal}
                    {lang} on_answer={on_answer.clone()} />
            }
        });
    // A lesson's note can give the answer away: none while a question waits for its reveal.
    let waiting = state
        .asks
        .iter()
        .any(|&(_, ask, reveal)| step >= ask && step < reveal);
    // A pitfall can give it away too: held back while the room predicts, and told at the
    // reveal, with any found on the way there.
    let revealing = state
        .asks
        .iter()
        .find(|&&(_, ask, reveal)| step == reveal && ask < reveal)
        .map(|&(_, ask, _)| ask);
    if waiting {
        frame.warnings.clear();
    } else if let Some(ask) = revealing {
        for j in ask..step {
            if state.session.steps.get(j).is_some_and(|s| s.warns) {
                for w in state.session.frame(j).warnings {
                    if !frame.warnings.contains(&w) {
                        frame.warnings.push(w);
                    }
                }
            }
        }
    }
    let note = frame
        .line
        .filter(|_| !waiting)
        .and_then(|line| state.lesson.steps.iter().find(|n| n.line as usize == line));
    let source = state.source.clone();
    // Each live goroutine's line, so the code pane can mark where every one of them is.
    let goroutine_lines: Vec<(u32, usize)> = frame
        .goroutines
        .iter()
        .filter(|g| g.status != "dead")
        .filter_map(|g| g.calls.last().map(|c| (g.id, c.line)))
        .filter(|&(_, l)| l > 0)
        .collect();
    let on_edit = {
        let d = state.dispatcher();
        Callback::from(move |code| d.dispatch(Action::Edit(code)))
    };
    let on_run = {
        let d = state.dispatcher();
        Callback::from(move |_| d.dispatch(Action::Run))
    };
    let on_reset = {
        let d = state.dispatcher();
        Callback::from(move |_| d.dispatch(Action::Reset))
    };
    let on_toggle_edit = {
        let d = state.dispatcher();
        Callback::from(move |_| d.dispatch(Action::ToggleEdit))
    };

    // The twin run's output at the same step (rebuilt from its timeline).
    let twin_out = state.twin.as_ref().map_or_else(Default::default, |(t, _)| {
        let f = t.frame(step.min(t.len().saturating_sub(1)));
        (f.stdout.to_string(), f.stderr.to_string())
    });
    html! {
        <div class={classes!("app", state.present.then_some("present"), state.embed.then_some("embed"))}
             lang={ if lang == Lang::Zh { "zh-Hans" } else { "en" } }>
            if !state.embed {
                <Header {lang} lesson={state.lesson} {on_lang} {on_open} teacher={state.teacher} {on_teacher}
                        present={state.present} {on_present} on_share={on_share.clone()} copied={state.copied} />
            }
            <main class="panes">
                <div class="left">
                    if state.teacher { <TeacherNotes lesson={state.lesson} {lang} /> }
                    if !state.present && !state.embed {
                        <LessonIntro lesson={state.lesson} {lang} editing={state.editing} {on_toggle_edit} />
                    }
                    if !state.embed {
                        <Settings procs={state.spec.procs} go={state.spec.go} sched={state.spec.sched}
                                  seed={state.spec.seed} gc_every={state.spec.gc_every} {lang} on_change={on_setting} />
                    }
                    if state.editing {
                        <Editor draft={state.draft.clone()} saved={state.saved} {lang} {on_edit} {on_run} {on_reset} {on_share} />
                    }
                    <CodePane {source} line={frame.line} errors={state.session.errors.clone()}
                              breakpoints={state.breakpoints.clone()} {on_break} {lang}
                              goroutine_lines={goroutine_lines} />
                </div>
                <div class="right">
                    <Narration frame={frame.clone()} {group} {group_at} {note} truncated={state.session.truncated && state.player.step + 1 == state.player.len} {lang} />
                    { for question }
                    <Schedule choices={frame.choices.clone()} waiting={state.session.waiting && step + 1 == state.player.len}
                              can_gc={state.session.timeline().is_some() && step + 1 < state.player.len}
                              {lang} on_choose={on_choose.clone()} {on_gc} />
                    <RuntimePane frame={frame.clone()} prev={prev.clone()} {lang} {on_choose} />
                    if state.series.last().is_some_and(|&(n, g)| n > 0 || g > 0) {
                        <Chart series={state.series.clone()} step={state.player.step} {lang} />
                    }
                    <Goroutines goroutines={frame.goroutines.clone()} prev={prev.goroutines.clone()} current={frame.gid} {lang} />
                    if let Some((_, twin_go)) = &state.twin {
                        <Twin go={state.spec.go.number()} stdout={frame.stdout.to_string()} stderr={frame.stderr.to_string()}
                              before={Some((prev.stdout.len(), prev.stderr.len()))}
                              twin_go={twin_go.number()} twin_stdout={twin_out.0.clone()} twin_stderr={twin_out.1.clone()} {lang} />
                    } else {
                        <Console stdout={frame.stdout.to_string()} stderr={frame.stderr.to_string()}
                                 before={Some((prev.stdout.len(), prev.stderr.len()))} {lang} />
                    }
                </div>
            </main>
            if state.help { <Shortcuts {lang} on_close={on_help.clone()} /> }
            if let Some(n) = &state.notice {
                <div class="notice" role="alert" data-testid="notice">
                    { if lang == Lang::Zh { "无法打开这个链接：" } else { "This link could not be opened: " } }
                    { n.clone() }
                    { if lang == Lang::Zh { "。显示的是课程。" } else { ". Showing the lesson instead." } }
                    <button class="lang" onclick={on_dismiss}>{ "×" }</button>
                </div>
            }
            <Controls player={state.player} speed={state.speed} {lang} {on_control} />
        </div>
    }
}
