//! The machine: all state of a running program as plain data (goroutines with their
//! frames, value stacks, defer records and panics; Ps with run queues; the heap; the
//! pool state; virtual time; output). `Clone` is a snapshot.

use super::bytecode::Program;
use super::heap::Heap;
use super::messages::Caption;
use super::sched::{Decision, P};
use super::value::Value;
use crate::lang::span::Span;
use std::rc::Rc;

/// Default step budget.
pub const DEFAULT_BUDGET: u64 = 1_000_000;
/// Frames one goroutine may hold before Go's stack-overflow fatal error.
pub const MAX_FRAMES: usize = 20_000;
/// Goroutines a program may start.
pub const MAX_GOROUTINES: usize = 10_000;
/// Bytes a program may print (stdout and stderr together): the output is kept whole, and
/// a print loop of long strings would otherwise run the page out of memory.
pub const MAX_OUTPUT: usize = 1 << 24;

/// A `defer`red call: the function value and arguments, evaluated at the statement.
#[derive(Clone, Debug)]
pub struct DeferRec {
    pub func: Value,
    pub args: Vec<Value>,
    pub span: Span,
}

/// Why a frame was called, which decides where its results go.
#[derive(Clone, Debug, PartialEq)]
pub enum FrameKind {
    /// An ordinary call: results are pushed for the caller.
    Normal,
    /// A deferred call; `by_panic` when run by a panic unwinding (so `recover` works).
    Deferred { by_panic: bool },
    /// The body of a goroutine: results are dropped, returning ends the goroutine.
    GoRoot,
    /// `New` called by `Pool.Get` on a miss: its result is registered with the pool
    /// engine, then returned by `Get`.
    PoolNew { pool: u32 },
    /// A `String()`/`Error()` call made for `fmt`: the result goes to the caller's
    /// `fmt_results`, and the `fmt` native runs again.
    Shown,
    /// The `Error()`/`String()` of an uncaught panic's value, for `panic: ...`.
    PanicText,
}

/// One activation.
#[derive(Clone, Debug)]
pub struct Frame {
    pub func: u32,
    pub pc: u32,
    /// Stack index of local slot 0.
    pub bp: u32,
    /// Stack height to restore on return (below the arguments and function value).
    pub ret_sp: u32,
    pub caps: Rc<[Value]>,
    pub defers: Vec<DeferRec>,
    pub kind: FrameKind,
    /// Executing its `return`: results are set and defers are running.
    pub returning: bool,
    /// Texts returned by `String()`/`Error()` calls a `fmt` native in this frame made.
    pub fmt_results: Vec<String>,
}

/// A panic in flight.
#[derive(Clone, Debug)]
pub struct PanicRec {
    pub value: Value,
    pub recovered: bool,
    /// Re-raised with the value it recovered (`[recovered, repanicked]`).
    pub repanicked: bool,
    /// `runtime.Goexit` rather than a panic.
    pub goexit: bool,
    /// Frame depth when raised: recovering in a frame at or below it ends this panic.
    pub depth: usize,
    /// The value's `Error()`/`String()` text, once computed for printing.
    pub text: Option<String>,
}

/// What a goroutine is doing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GStatus {
    Runnable,
    Running,
    /// Blocked, with Go's wait reason (`chan receive`, `sync.WaitGroup.Wait`, ...).
    Waiting(&'static str),
    /// Sleeping until virtual time `t` (`Goroutine::sleep_seq` orders equal deadlines).
    Sleeping(u64),
    Dead,
}

#[derive(Clone, Debug)]
pub struct Goroutine {
    pub id: u32,
    pub frames: Vec<Frame>,
    pub stack: Vec<Value>,
    /// Panics in flight, oldest first.
    pub panics: Vec<PanicRec>,
    /// Unwinding the stack for the newest panic.
    pub unwinding: bool,
    pub status: GStatus,
    /// Value delivered by whoever woke it (a received value, a select index).
    pub wake: Option<Value>,
    /// Channels a blocked `select` waits on (to leave their queues once woken).
    pub select_chans: Vec<u32>,
    /// When its sleep was set, to fire equal deadlines in Go's timer-heap order.
    pub sleep_seq: u64,
    /// The call a new goroutine makes when it first runs: function value and arguments.
    pub start: Option<(Value, Vec<Value>)>,
}

/// How the run ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Exit {
    /// Exit status.
    Code(i32),
    /// The step budget ran out.
    Budget,
}

/// A pool or scheduling event inside a step, with a message key and arguments.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub key: &'static str,
    pub args: Vec<String>,
    /// The pool engine's own record of a pool micro-step (places, rings, objects).
    pub pool: Option<Box<crate::pool::Event>>,
}

/// What one step did.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub span: Span,
    pub gid: u32,
    pub p: u32,
    pub events: Vec<Event>,
    pub caption: Caption,
}

/// The whole machine.
#[derive(Clone, Debug)]
pub struct Machine {
    pub prog: Rc<Program>,
    pub gs: Vec<Goroutine>,
    pub ps: Vec<P>,
    /// Goroutines made runnable by `Gosched`, Go's global run queue.
    pub global_q: std::collections::VecDeque<u32>,
    pub heap: Heap,
    pub stdout: String,
    pub stderr: String,
    pub exit: Option<Exit>,
    pub steps: u64,
    pub budget: u64,
    /// Virtual time in nanoseconds.
    pub now: u64,
    /// Seed state for map iteration order.
    pub rng: u64,
    pub pool: crate::pool::Engine,
    /// Every scheduling decision taken, for replay.
    pub decisions: Vec<Decision>,
    /// Events gathered during the current step.
    pub events: Vec<Event>,
    pub next_gid: u32,
    /// Pool engine id of each `sync.Pool` by address.
    pub pool_ids: std::collections::BTreeMap<super::value::Ptr, u32>,
    /// Values of pooled objects by engine object id.
    pub pool_objs: std::collections::BTreeMap<u32, Value>,
    /// Object id of each pointer ever put into a pool (identity).
    pub obj_ids: std::collections::BTreeMap<super::value::Ptr, u32>,
    /// Mutex, WaitGroup, Once state by address.
    pub syncs: std::collections::BTreeMap<super::value::Ptr, super::natives_sync::SyncObj>,
    /// `time.After` timers: (fire time, sequence, channel).
    pub timers: Vec<(u64, u64, u32)>,
    /// Counts timers set (sleeps included), to order equal deadlines.
    pub timer_seq: u64,
    pub gc_percent: i64,
    /// What the current step did, when more than "ran a statement" (set by defer, go,
    /// recover, return with deferred calls).
    pub note: Option<Caption>,
    /// The UI asked for a GC before the next step (recorded in that step's decision).
    pub gc_requested: bool,
    /// The scheduler (a replay) says a GC ran before this step.
    pub gc_replayed: bool,
    /// Automatic GC: every this many heap allocations (a setting, `None` = off).
    pub gc_every: Option<u32>,
    /// Heap size (objects ever allocated) at which the next automatic GC runs.
    pub gc_next_at: usize,
    /// The main goroutine ended by `runtime.Goexit`.
    pub main_goexited: bool,
    /// The standard logger's state: `log.SetFlags`, `log.SetPrefix`, `log.SetOutput`
    /// (nil: stderr).
    pub log_flags: i64,
    pub log_prefix: Rc<str>,
    pub log_out: Value,
    /// Pool micro-steps of the last pool call still to show, one per step, with the
    /// call's span, goroutine and P.
    pub pool_pending: std::collections::VecDeque<Event>,
    pub pool_at: (Span, u32, u32),
    /// The pitfall detectors' state ([`super::pitfalls`]).
    pub pitfalls: super::pitfalls::Detectors,
}

impl Machine {
    /// A machine ready to run `prog` with `procs` Ps.
    pub fn new(prog: Rc<Program>, procs: usize, seed: u64) -> Machine {
        let mut heap = Heap::default();
        for z in &prog.globals {
            heap.alloc(super::heap::Obj::Cell(z.clone()));
        }
        let procs = procs.clamp(1, 64);
        let mut m = Machine {
            gs: Vec::new(),
            ps: (0..procs).map(|_| P::default()).collect(),
            global_q: Default::default(),
            heap,
            stdout: String::new(),
            stderr: String::new(),
            exit: None,
            steps: 0,
            budget: DEFAULT_BUDGET,
            now: 0,
            rng: seed ^ 0x9e37_79b9_7f4a_7c15,
            pool: crate::pool::Engine::new(procs),
            decisions: Vec::new(),
            events: Vec::new(),
            next_gid: 1,
            pool_ids: Default::default(),
            pool_objs: Default::default(),
            obj_ids: Default::default(),
            syncs: Default::default(),
            timers: Vec::new(),
            timer_seq: 0,
            gc_percent: 100,
            note: None,
            gc_requested: false,
            gc_replayed: false,
            gc_every: None,
            gc_next_at: usize::MAX,
            main_goexited: false,
            log_flags: 3,
            log_prefix: Rc::from(""),
            log_out: Value::Nil,
            pool_pending: Default::default(),
            pool_at: (Span::default(), 0, 0),
            pitfalls: Default::default(),
            prog,
        };
        let entry = m.prog.entry;
        let gid = m.spawn(Value::Nil, Some(entry), Vec::new());
        if let Some(g) = m.gs.get_mut(gid) {
            g.status = GStatus::Running;
        }
        m.ps[0].cur = Some(gid as u32);
        m.ps[0].runnext = None;
        m
    }

    /// Next pseudo-random number (xorshift), for map iteration order and `random:` scheduling.
    pub fn rand(&mut self) -> u64 {
        let mut x = self.rng;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.rng = x;
        x
    }

    pub fn event(&mut self, key: &'static str, args: Vec<String>) {
        self.events.push(Event {
            key,
            args,
            pool: None,
        });
    }

    /// Writes to the program's standard output.
    pub fn print(&mut self, s: &str) {
        if self.output_fits(s) {
            self.stdout.push_str(s);
        }
    }

    /// Writes to the program's standard error.
    pub fn print_err(&mut self, s: &str) {
        if self.output_fits(s) {
            self.stderr.push_str(s);
        }
    }

    /// Whether `s` may still be printed; if not, the program ends (exit status 2) with a
    /// line saying which limit it met, and `s` is dropped.
    fn output_fits(&mut self, s: &str) -> bool {
        if self.stdout.len() + self.stderr.len() + s.len() <= MAX_OUTPUT {
            return true;
        }
        if self.exit.is_none() {
            self.stderr.push_str(&format!(
                "poolscope: the program's output exceeds the limit of {MAX_OUTPUT} bytes\n\nexit status 2\n"
            ));
            self.exit = Some(Exit::Code(2));
        }
        false
    }

    /// Runs a GC (the pools' `poolCleanup`) before the next step, as the UI may ask at
    /// any step; the request is recorded so the run replays.
    pub fn request_gc(&mut self) {
        self.gc_requested = true;
    }

    /// Turns on automatic GC every `n` heap allocations from now (or off with `None`).
    /// The heap never frees an object, so its length counts every allocation so far; the
    /// GC runs at the start of the first step that finds the count reached. It reads only
    /// the machine's own state, so a replay collects at the same steps.
    pub fn set_gc_every(&mut self, n: Option<u32>) {
        self.gc_every = n.filter(|&n| n > 0);
        self.gc_next_at = match self.gc_every {
            Some(n) => self.heap.objs.len().saturating_add(n as usize),
            None => usize::MAX,
        };
    }

    /// Whether an automatic GC is due now; if so, counts the next one from here.
    pub(crate) fn auto_gc_due(&mut self) -> bool {
        let len = self.heap.objs.len();
        match self.gc_every {
            Some(n) if len >= self.gc_next_at => {
                self.gc_next_at = len.saturating_add(n as usize);
                true
            }
            _ => false,
        }
    }

    pub fn finished(&self) -> bool {
        self.exit.is_some()
    }

    /// Number of goroutines not yet dead.
    pub fn live_goroutines(&self) -> usize {
        self.gs.iter().filter(|g| g.status != GStatus::Dead).count()
    }
}
