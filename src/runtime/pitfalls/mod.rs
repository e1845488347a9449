//! Pitfall detectors: the mistakes the lessons teach, caught while the program runs.
//!
//! The interpreter calls small hooks (`pit_*` methods, one file per detector) at the
//! moments a detector needs to see: a pool Get or Put, a read or write through a pointer,
//! a buffer method, a `defer` statement, `recover()`, a function returning, a `Close`
//! call, GC dropping a pooled object. A detector that sees a mistake emits an ordinary
//! event: a message key (`pitfall.*`), the source line as its first argument, then the
//! message's other arguments. [`Kind::lesson`] names the lesson that explains it.
//!
//! Each (detector, line) warns once per run, so a loop repeating a mistake says it once.
//! The state here is plain data inside the [`Machine`], so a snapshot carries it and a
//! replay warns at exactly the same steps.
//!
//! - `use_after_put`: an object used after it was Put back ([`Kind::UseAfterPut`],
//!   [`Kind::UseAfterPutTaken`]).
//! - `dirty_put`: a `bytes.Buffer` / `strings.Builder` Put with data in it and no Reset
//!   since its Get ([`Kind::DirtyPut`]).
//! - `defer_put`: `defer pool.Put(x)` in a function that returns `x`
//!   ([`Kind::DeferPutReturned`]), or a slice of buffer `x`'s memory
//!   ([`Kind::DeferPutBytes`]).
//! - `recover_indirect`: `recover()` not called directly by a deferred function
//!   ([`Kind::RecoverIndirect`]).
//! - `defer_loop`: a `defer` releasing a resource, run again in one activation
//!   ([`Kind::DeferInLoop`]).
//! - `conn_leak`: GC dropping pooled objects that have a `Close` method never called
//!   ([`Kind::ConnLeak`]).

mod conn_leak;
mod defer_loop;
mod defer_put;
mod dirty_put;
mod recover_indirect;
mod use_after_put;

use super::machine::{Event, Machine};
use super::value::{Ptr, Value};
use std::collections::{BTreeMap, BTreeSet};

/// What a detector found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// An object is used while it sits in the pool after its Put.
    UseAfterPut,
    /// A goroutine uses an object it Put back, which another goroutine has got since.
    UseAfterPutTaken,
    /// A buffer is Put with data in it, not Reset since its Get.
    DirtyPut,
    /// A function defers the Put of an object it returns.
    DeferPutReturned,
    /// A function defers the Put of a buffer and returns a slice of its memory.
    DeferPutBytes,
    /// `recover()` is called by a function that is not itself the deferred one.
    RecoverIndirect,
    /// A `defer` that releases a resource runs again in a loop.
    DeferInLoop,
    /// GC dropped pooled objects whose `Close` was never called.
    ConnLeak,
}

impl Kind {
    pub const ALL: [Kind; 8] = [
        Kind::UseAfterPut,
        Kind::UseAfterPutTaken,
        Kind::DirtyPut,
        Kind::DeferPutReturned,
        Kind::DeferPutBytes,
        Kind::RecoverIndirect,
        Kind::DeferInLoop,
        Kind::ConnLeak,
    ];

    /// The message key of its event (text in `i18n/pitfall_text.rs`).
    pub fn key(self) -> &'static str {
        match self {
            Kind::UseAfterPut => "pitfall.use_after_put",
            Kind::UseAfterPutTaken => "pitfall.use_after_put_taken",
            Kind::DirtyPut => "pitfall.dirty_put",
            Kind::DeferPutReturned => "pitfall.defer_put_returned",
            Kind::DeferPutBytes => "pitfall.defer_put_bytes",
            Kind::RecoverIndirect => "pitfall.recover_indirect",
            Kind::DeferInLoop => "pitfall.defer_in_loop",
            Kind::ConnLeak => "pitfall.conn_leak",
        }
    }

    /// The number of the lesson that explains it (`static/lessons/NN-*`).
    pub fn lesson(self) -> u8 {
        match self {
            Kind::UseAfterPut
            | Kind::UseAfterPutTaken
            | Kind::DeferPutReturned
            | Kind::DeferPutBytes => 6,
            Kind::DirtyPut => 5,
            Kind::ConnLeak => 7,
            Kind::RecoverIndirect => 14,
            Kind::DeferInLoop => 15,
        }
    }

    pub fn from_key(key: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// One warning: which detector, the 1-based source line, and the message arguments
/// after the line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub kind: Kind,
    pub line: u32,
    pub args: Vec<String>,
    /// The machine step it was found in.
    pub step: u64,
}

/// The detectors' state.
#[derive(Clone, Debug, Default)]
pub struct Detectors {
    /// Pooled pointers by the heap object they point into ([`use_after_put`]); several
    /// when the pool holds pointers to different parts of one object (`&items[i]`).
    tracked: BTreeMap<u32, Vec<use_after_put::Tracked>>,
    /// The pointer each tracked pool object id holds (an alias id shares its entry).
    by_id: BTreeMap<u32, Ptr>,
    /// Puts made by deferred calls of returning frames ([`defer_put`]).
    defer_puts: Vec<defer_put::DeferPut>,
    /// The `defer` statement of the native deferred call running now (a deferred
    /// `pool.Put(x)` runs with no frame of its own to say where it was deferred).
    pub(crate) defer_span: Option<crate::lang::span::Span>,
    /// Pooled objects with a `Close` method not yet called ([`conn_leak`]).
    open_closers: usize,
    /// Objects GC dropped unclosed during this step, told at the step's line.
    leaked: Vec<u32>,
    seen: BTreeSet<(Kind, u32)>,
    found: Vec<Found>,
}

impl Detectors {
    /// Every warning so far, in the order found.
    pub fn found(&self) -> &[Found] {
        &self.found
    }
}

/// The pointer inside a pointer value or an interface holding one.
fn pointer(v: &Value) -> Option<&Ptr> {
    match v {
        Value::Ptr(p) => Some(p),
        Value::Iface(_) => match v.dyn_parts() {
            Some((_, Value::Ptr(p))) => Some(p),
            _ => None,
        },
        _ => None,
    }
}

impl Machine {
    /// Reports `kind` at `line` (once per run for that line) as an event of this step.
    fn pitfall(&mut self, kind: Kind, line: u32, args: Vec<String>) {
        if !self.pitfalls.seen.insert((kind, line)) {
            return;
        }
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(line.to_string());
        all.extend(args.iter().cloned());
        self.events.push(Event {
            key: kind.key(),
            args: all,
            pool: None,
        });
        let step = self.steps;
        self.pitfalls.found.push(Found {
            kind,
            line,
            args,
            step,
        });
    }

    /// The line goroutine `gi` is executing (its top frame's current instruction).
    fn line_here(&self, gi: usize) -> u32 {
        let Some(fr) = self.gs.get(gi).and_then(|g| g.frames.last()) else {
            return 0;
        };
        let f = &self.prog.funcs[fr.func as usize];
        let span = f
            .spans
            .get(fr.pc.saturating_sub(1) as usize)
            .copied()
            .unwrap_or(f.span);
        self.line_of(span)
    }

    fn gid(&self, gi: usize) -> u32 {
        self.gs.get(gi).map_or(0, |g| g.id)
    }

    /// A function's name as the program spells it (`File.Close`, not `main.File.Close`).
    fn short_name(name: &str) -> String {
        let name = name.strip_prefix("main.").unwrap_or(name);
        // `(*File).Close`, Go's name for a pointer-receiver method, reads `File.Close`.
        match name.strip_prefix("(*").and_then(|n| n.split_once(')')) {
            Some((ty, rest)) => format!("{ty}{rest}"),
            None => name.to_string(),
        }
    }

    /// The short name of compiled function `func`.
    fn func_short_name(&self, func: u32) -> String {
        self.prog
            .funcs
            .get(func as usize)
            .map(|f| Self::short_name(&f.name))
            .unwrap_or_default()
    }
}
