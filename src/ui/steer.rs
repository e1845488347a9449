//! How the learner steers a run: settings, a choice of P at a scheduling point, a GC at
//! the current step, and the link that holds all of it. Each makes a new [`crate::run::RunSpec`] and
//! records it again ([`State::rerun`]); the view continues where the change took effect.

use std::rc::Rc;

use wasm_bindgen::JsValue;

use super::app::{lesson_spec, State};
use super::components::SettingChange;
use crate::run::{timeline::MARK_GC, PlayerAction};

impl State {
    /// A setting changed: the run starts again from the first step, with no decisions.
    pub(super) fn set(&mut self, c: SettingChange) {
        let mut spec = (*self.spec).clone();
        match c {
            SettingChange::Procs(n) => spec.procs = n,
            SettingChange::Go(v) => spec.go = v,
            SettingChange::Sched(k) => spec.sched = k,
            SettingChange::Seed(n) => spec.seed = n,
            SettingChange::GcEvery(n) => spec.gc_every = n,
        }
        self.spec = Rc::new(spec);
        self.restart();
    }

    /// P `p` takes the step after the current one: the run forks here and the view shows
    /// the new history's next step.
    pub(super) fn choose(&mut self, p: u32) {
        let Some(t) = self.session.timeline.clone() else {
            return;
        };
        let at = self.player.step;
        if !self.session.frames[at].choices.contains(&p) {
            return;
        }
        self.spec = Rc::new(t.fork(at as u64, p));
        self.rerun();
        self.player = self.player.apply(PlayerAction::Seek(at + 1));
    }

    /// A GC at the current step: the run is recorded again with it, and the view shows its
    /// last micro-step (Go's poolCleanup done: the primary caches are victims), before the
    /// statement that step runs goes on.
    pub(super) fn gc(&mut self) {
        let Some(t) = self.session.timeline.clone() else {
            return;
        };
        let at = self.player.step;
        self.spec = Rc::new(t.with_gc(at as u64));
        self.rerun();
        let to = match self.session.timeline.as_ref() {
            Some(t) => t.find_next(at as u64, |m| m.flags & MARK_GC != 0),
            None => None,
        };
        let frames = &self.session.frames;
        let cleanup = |i: usize| {
            frames.get(i).is_some_and(|f| {
                f.continues
                    && f.micro
                        .iter()
                        .all(|m| m.caption.key.starts_with("pool.cleanup"))
            })
        };
        let to = to.map_or(at, |j| {
            let mut to = j as usize;
            while cleanup(to + 1) {
                to += 1;
            }
            to
        });
        self.player = self.player.apply(PlayerAction::Seek(to));
    }

    /// The hash of this view: lesson, step and language, and the run (`run=`) unless it is
    /// the lesson's own, unchanged.
    pub(super) fn link_hash(&self) -> String {
        let mut hash = format!(
            "#lesson={}&step={}&lang={}",
            self.lesson.slug,
            self.player.step + 1,
            self.lang.code()
        );
        if *self.spec != lesson_spec(self.lesson) {
            let run = crate::run::permalink::encode(&self.spec);
            hash.push_str(&format!("&run={run}"));
        }
        hash
    }
}

/// Offers `text` to the clipboard (`navigator.clipboard.writeText`), when the page may.
/// A browser that refuses leaves the link in the address bar, where it is anyway.
pub(super) fn copy_text(text: &str) {
    let get = |o: &JsValue, k: &str| js_sys::Reflect::get(o, &JsValue::from_str(k)).ok();
    let Some(clipboard) = get(&gloo::utils::window().into(), "navigator")
        .and_then(|n| get(&n, "clipboard"))
        .filter(|c| !c.is_undefined())
    else {
        return;
    };
    if let Some(write) = get(&clipboard, "writeText")
        .and_then(|f| wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(f).ok())
    {
        // The promise may reject (no permission): the link is in the address bar anyway.
        if let Ok(p) = write.call1(&clipboard, &JsValue::from_str(text)) {
            if let Ok(p) = wasm_bindgen::JsCast::dyn_into::<js_sys::Promise>(p) {
                let noop = wasm_bindgen::closure::Closure::<dyn FnMut(JsValue)>::new(|_| {});
                let _ = p.catch(&noop);
                noop.forget();
            }
        }
    }
}
