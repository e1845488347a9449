//! Engine events: the micro-steps of every pool operation, in order, for the UI to
//! animate and explain.
//!
//! An event carries no English: `key` is a stable message key (like
//! `"pool.get_slow.stolen"`) that the UI translates, with `args` for the template.
//! The placeholders `{p}`, `{pool}` and `{obj}` refer to the event's fields of the
//! same name. Events are pushed into a caller-provided `Vec`; passing `None` instead
//! turns them off, and then no event is even built.

use super::object::{GoroutineId, ObjId, Pid, Place, PoolId};

/// The Go function a step mirrors.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GoFunc {
    Put,
    Get,
    GetSlow,
    Pin,
    PinSlow,
    /// `runtime_procUnpin`.
    ProcUnpin,
    PushHead,
    PopHead,
    PopTail,
    PoolCleanup,
    /// The pool's `New` function (run by the interpreter).
    New,
    /// `runtime.GOMAXPROCS(n)`.
    Gomaxprocs,
    /// A program value entering the engine's view (not a Go function of sync).
    Adopt,
    /// The object's `Close` method.
    Close,
}

/// What kind of step it is, for the animation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EventKind {
    /// A P was pinned (preemption off) / unpinned.
    Pin,
    Unpin,
    /// A place was looked at and found empty.
    Empty,
    /// An object moved from `from` to `to`.
    Move,
    /// A place was looked at and found taken (Put's private slot).
    Occupied,
    /// A function was entered or a P's chain is about to be tried.
    Call,
    /// getSlow found an object (after the pop that moved it).
    Found,
    /// A ring was made (first ring, or a new head ring of twice the size).
    RingNew,
    /// A push found the head ring full.
    RingFull,
    /// popHead backed up to the previous ring.
    BackUp,
    /// A drained ring was unlinked from the chain.
    RingUnlink,
    /// A CAS lost a race and the operation retried.
    LostRace,
    /// pinSlow registered the pool in allPools or made a new local array.
    Alloc,
    /// getSlow found nothing in the victim cache and set victimSize = 0.
    VictimOff,
    /// GC dropped an object from a victim cache.
    Collect,
    /// A GOMAXPROCS change lost an object with the old local array.
    Lose,
    /// A dropped object still owed a Close: a leaked resource.
    Leak,
    /// Put(nil) did nothing.
    Ignore,
    /// Get found nothing (New will be called if set).
    Miss,
    /// Get returns an object to the goroutine.
    Return,
    /// New made an object.
    NewObject,
    /// The program's own value was registered.
    Adopt,
    /// GOMAXPROCS changed.
    Procs,
    /// poolCleanup's phases.
    Cleanup,
    /// Close was called on an object.
    Closed,
}

/// A ring touched by a step, with head and tail right after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RingMark {
    pub p: Pid,
    /// The ring is in the victim array rather than local.
    pub victim: bool,
    pub ring: u32,
    pub size: u32,
    pub slot: Option<u32>,
    pub head: u32,
    pub tail: u32,
}

/// A value for a message template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgValue {
    P(Pid),
    Pool(PoolId),
    Obj(ObjId),
    Goroutine(GoroutineId),
    Int(i64),
    Bool(bool),
    Func(GoFunc),
}

/// A named template argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Arg {
    pub name: &'static str,
    pub value: ArgValue,
}

impl Default for Arg {
    fn default() -> Self {
        Arg {
            name: "",
            value: ArgValue::Int(0),
        }
    }
}

/// The most arguments a key has (see [`super::KEYS`]).
pub const MAX_ARGS: usize = 4;

/// An event's arguments, stored inline: events on must stay cheap (at least 1M
/// pool operations per second), and a `Vec` per event made malloc and free the
/// main cost. Derefs to `[Arg]`.
#[derive(Clone, Copy, Debug, Default)]
pub struct Args {
    len: u8,
    items: [Arg; MAX_ARGS],
}

impl Args {
    /// Appends an argument; a key never has more than `MAX_ARGS` (checked against
    /// `KEYS` by a test), so a fifth would be dropped rather than panic.
    #[inline(always)]
    fn push(&mut self, arg: Arg) {
        if let Some(slot) = self.items.get_mut(self.len as usize) {
            *slot = arg;
            self.len += 1;
        }
    }
}

impl std::ops::Deref for Args {
    type Target = [Arg];
    fn deref(&self) -> &[Arg] {
        &self.items[..self.len as usize]
    }
}

impl<'a> IntoIterator for &'a Args {
    type Item = &'a Arg;
    type IntoIter = std::slice::Iter<'a, Arg>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl PartialEq for Args {
    fn eq(&self, other: &Args) -> bool {
        self[..] == other[..]
    }
}

impl Eq for Args {}

/// One micro-step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    pub kind: EventKind,
    pub func: GoFunc,
    pub key: &'static str,
    pub p: Option<Pid>,
    pub pool: Option<PoolId>,
    pub obj: Option<ObjId>,
    pub from: Option<Place>,
    pub to: Option<Place>,
    pub ring: Option<RingMark>,
    pub args: Args,
}

impl Event {
    #[inline(always)]
    pub fn new(kind: EventKind, func: GoFunc, key: &'static str) -> Event {
        Event {
            kind,
            func,
            key,
            p: None,
            pool: None,
            obj: None,
            from: None,
            to: None,
            ring: None,
            args: Args::default(),
        }
    }
    #[inline(always)]
    pub fn p(mut self, p: Pid) -> Self {
        self.p = Some(p);
        self
    }
    #[inline(always)]
    pub fn pool(mut self, pool: PoolId) -> Self {
        self.pool = Some(pool);
        self
    }
    #[inline(always)]
    pub fn obj(mut self, obj: ObjId) -> Self {
        self.obj = Some(obj);
        self
    }
    #[inline(always)]
    pub fn from(mut self, place: Place) -> Self {
        self.from = Some(place);
        self
    }
    #[inline(always)]
    pub fn to(mut self, place: Place) -> Self {
        self.to = Some(place);
        self
    }
    #[inline(always)]
    pub fn ring(mut self, ring: RingMark) -> Self {
        self.ring = Some(ring);
        self
    }
    #[inline(always)]
    pub fn arg(mut self, name: &'static str, value: ArgValue) -> Self {
        self.args.push(Arg { name, value });
        self
    }
    /// The argument named `name`.
    pub fn get_arg(&self, name: &str) -> Option<ArgValue> {
        self.args.iter().find(|a| a.name == name).map(|a| a.value)
    }
}

/// Where events go: `None` turns them off.
pub type Events<'a> = Option<&'a mut Vec<Event>>;

/// Pushes the event built by `f`, only when events are on.
///
/// Building an event is kept out of line so that, with events off, an operation's
/// hot path carries only the `None` test and no stack space for an `Event`.
#[inline(always)]
pub(crate) fn emit(out: &mut Events<'_>, f: impl FnOnce() -> Event) {
    if let Some(v) = out {
        push(v, f);
    }
}

#[inline(never)]
fn push(v: &mut Vec<Event>, f: impl FnOnce() -> Event) {
    v.push(f());
}

/// Where the hot paths (Put, Get, pin, the chain operations under them) send
/// their events: the caller's `Vec`, or [`Off`].
///
/// The public operations take [`Events`] and pick a sink once, at entry, so the
/// events-off code is compiled for `Off` and holds no event code at all: no
/// `None` test per step, and no values kept on the stack for closures that would
/// build an event.
pub(crate) trait Sink {
    /// Whether events are wanted (for work done only to describe a step).
    const ON: bool;
    /// Pushes the event built by `f` (which `Off` never calls).
    fn emit(&mut self, f: impl FnOnce() -> Event);
    /// The sink as [`Events`], for the cold paths that take one (`pin_slow`).
    fn events(&mut self) -> Events<'_>;
}

/// Events off.
pub(crate) struct Off;

impl Sink for Off {
    const ON: bool = false;
    #[inline(always)]
    fn emit(&mut self, _f: impl FnOnce() -> Event) {}
    #[inline(always)]
    fn events(&mut self) -> Events<'_> {
        None
    }
}

impl Sink for Vec<Event> {
    const ON: bool = true;
    #[inline(always)]
    fn emit(&mut self, f: impl FnOnce() -> Event) {
        push(self, f);
    }
    #[inline(always)]
    fn events(&mut self) -> Events<'_> {
        Some(self)
    }
}
