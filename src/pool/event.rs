//! Engine events: the micro-steps of every pool operation, in order, for the UI to
//! animate and explain.
//!
//! An event carries no English: `key` is a stable message key (like
//! `"pool.get_slow.stolen"`) that the UI translates, with `args` for the template.
//! The placeholders `{p}`, `{pool}` and `{obj}` refer to the event's fields of the
//! same name. Events are pushed into a caller-provided `Vec`; passing `None` instead
//! turns them off, and then no event is even built.

use super::chain::{ChainNote, RingSlot};
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
    pub args: Vec<Arg>,
}

impl Event {
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
            args: Vec::new(),
        }
    }
    pub fn p(mut self, p: Pid) -> Self {
        self.p = Some(p);
        self
    }
    pub fn pool(mut self, pool: PoolId) -> Self {
        self.pool = Some(pool);
        self
    }
    pub fn obj(mut self, obj: ObjId) -> Self {
        self.obj = Some(obj);
        self
    }
    pub fn from(mut self, place: Place) -> Self {
        self.from = Some(place);
        self
    }
    pub fn to(mut self, place: Place) -> Self {
        self.to = Some(place);
        self
    }
    pub fn ring(mut self, ring: RingMark) -> Self {
        self.ring = Some(ring);
        self
    }
    pub fn arg(mut self, name: &'static str, value: ArgValue) -> Self {
        self.args.push(Arg { name, value });
        self
    }
    /// The argument named `name`.
    pub fn get_arg(&self, name: &str) -> Option<ArgValue> {
        self.args.iter().find(|a| a.name == name).map(|a| a.value)
    }
}

/// Every message key the engine emits, with the names of its `args`, in the order
/// they are pushed. The UI keeps one translation per key (English and Simplified
/// Chinese); a test checks that this list is exactly what the engine emits.
///
/// Chain and dequeue events (`pool.chain.*`, `pool.dequeue.*`) come from the
/// queue under `Put`/`Get`; their `owner` is the P whose chain it is, while the
/// event's `p` is the P doing the operation.
pub const KEYS: &[(&str, &[&str])] = &[
    // pin / pinSlow / unpin
    ("pool.pin", &[]),
    ("pool.pin_slow.new_local", &["old_size", "size"]),
    ("pool.pin_slow.register", &[]),
    ("pool.pin_slow.lost", &[]),
    ("pool.unpin", &["caller"]),
    // Put
    ("pool.put.nil", &[]),
    ("pool.put.private", &[]),
    ("pool.put.private_full", &[]),
    // Get
    ("pool.get.private", &[]),
    ("pool.get.private_empty", &[]),
    ("pool.get.return", &[]),
    ("pool.get.miss", &["call_new"]),
    // getSlow
    ("pool.get_slow.start", &["local_size"]),
    ("pool.get_slow.try_steal", &["from_p"]),
    ("pool.get_slow.stolen", &["from_p"]),
    ("pool.get_slow.no_victim", &["victim_size"]),
    ("pool.get_slow.victim_private", &[]),
    ("pool.get_slow.victim_private_empty", &[]),
    ("pool.get_slow.try_victim", &["from_p"]),
    ("pool.get_slow.victim_stolen", &["from_p"]),
    ("pool.get_slow.victim_off", &[]),
    // poolChain / poolDequeue
    ("pool.chain.init", &["owner", "size"]),
    ("pool.chain.grow", &["owner", "size"]),
    ("pool.chain.back_up", &["owner", "from_ring", "to_ring"]),
    ("pool.chain.unlink", &["owner", "ring", "new_tail"]),
    ("pool.chain.no_ring", &["owner"]),
    ("pool.dequeue.push_head", &["owner"]),
    ("pool.dequeue.pop_head", &["owner"]),
    ("pool.dequeue.pop_tail", &["owner"]),
    ("pool.dequeue.empty", &["owner", "ring", "head", "tail"]),
    ("pool.dequeue.full", &["owner", "ring"]),
    // Only when step machines are interleaved (never inside the atomic pool).
    ("pool.dequeue.slot_busy", &["owner", "ring"]),
    ("pool.dequeue.lost_race", &["owner", "ring"]),
    // poolCleanup (GC)
    ("pool.cleanup.start", &["old_pools", "all_pools"]),
    ("pool.cleanup.drop_victim", &[]),
    ("pool.cleanup.collect", &[]),
    ("pool.cleanup.local_to_victim", &["size"]),
    ("pool.cleanup.to_victim", &[]),
    ("pool.cleanup.end", &["gc"]),
    ("pool.leak", &[]),
    // Outside sync: New, GOMAXPROCS, Close
    ("pool.new.call", &["k", "goroutine"]),
    ("pool.gomaxprocs", &["old", "new"]),
    ("pool.object.closed", &[]),
];

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

/// Context for turning chain notes into events.
#[derive(Clone, Copy, Debug)]
pub(crate) struct ChainCtx {
    pub pool: PoolId,
    /// The P whose chain it is.
    pub owner: Pid,
    /// The P doing the operation.
    pub actor: Pid,
    pub victim: bool,
    pub func: GoFunc,
    pub goroutine: GoroutineId,
}

impl ChainCtx {
    pub fn place(&self, rs: RingSlot) -> Place {
        let (pool, p, ring, slot) = (self.pool, self.owner, rs.ring, rs.at.slot);
        if self.victim {
            Place::VictimRing {
                pool,
                p,
                ring,
                slot,
            }
        } else {
            Place::Ring {
                pool,
                p,
                ring,
                slot,
            }
        }
    }

    fn mark(&self, ring: u32, size: u32, slot: Option<u32>, head: u32, tail: u32) -> RingMark {
        RingMark {
            p: self.owner,
            victim: self.victim,
            ring,
            size,
            slot,
            head,
            tail,
        }
    }

    fn base(&self, kind: EventKind, key: &'static str) -> Event {
        Event::new(kind, self.func, key)
            .p(self.actor)
            .pool(self.pool)
            .arg("owner", ArgValue::P(self.owner))
    }

    /// The event for one chain note.
    pub fn event(&self, note: ChainNote<ObjId>) -> Event {
        use ChainNote as N;
        let held = Place::Held {
            goroutine: self.goroutine,
        };
        match note {
            N::Init { ring, size } => self
                .base(EventKind::RingNew, "pool.chain.init")
                .ring(self.mark(ring, size, None, 0, 0))
                .arg("size", ArgValue::Int(size as i64)),
            N::PushFailed { ring, outcome } => {
                let key = match outcome {
                    super::dequeue::PushOutcome::SlotBusy => "pool.dequeue.slot_busy",
                    _ => "pool.dequeue.full",
                };
                self.base(EventKind::RingFull, key)
                    .arg("ring", ArgValue::Int(ring as i64))
            }
            N::Grow { ring, size } => self
                .base(EventKind::RingNew, "pool.chain.grow")
                .ring(self.mark(ring, size, None, 0, 0))
                .arg("size", ArgValue::Int(size as i64)),
            N::Pushed(obj, rs) => self
                .base(EventKind::Move, "pool.dequeue.push_head")
                .obj(obj)
                .from(held)
                .to(self.place(rs))
                .ring(self.mark(rs.ring, rs.size, Some(rs.at.slot), rs.at.head, rs.at.tail)),
            N::Popped(obj, rs) => {
                let key = match self.func {
                    GoFunc::PopHead => "pool.dequeue.pop_head",
                    _ => "pool.dequeue.pop_tail",
                };
                self.base(EventKind::Move, key)
                    .obj(obj)
                    .from(self.place(rs))
                    .to(held)
                    .ring(self.mark(rs.ring, rs.size, Some(rs.at.slot), rs.at.head, rs.at.tail))
            }
            N::RingEmpty { ring, head, tail } => self
                .base(EventKind::Empty, "pool.dequeue.empty")
                .arg("ring", ArgValue::Int(ring as i64))
                .arg("head", ArgValue::Int(head as i64))
                .arg("tail", ArgValue::Int(tail as i64)),
            N::BackUp { from, to } => self
                .base(EventKind::BackUp, "pool.chain.back_up")
                .arg("from_ring", ArgValue::Int(from as i64))
                .arg("to_ring", ArgValue::Int(to as i64)),
            N::Unlink { ring, new_tail } => self
                .base(EventKind::RingUnlink, "pool.chain.unlink")
                .arg("ring", ArgValue::Int(ring as i64))
                .arg("new_tail", ArgValue::Int(new_tail as i64)),
            N::LostRace { ring } => self
                .base(EventKind::LostRace, "pool.dequeue.lost_race")
                .arg("ring", ArgValue::Int(ring as i64)),
            N::NoRing => self.base(EventKind::Empty, "pool.chain.no_ring"),
        }
    }
}
