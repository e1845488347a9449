//! A faithful, steppable port of Go's `sync.Pool` (`src/sync/pool.go`, `poolqueue.go`).
//!
//! This module imports nothing else from the crate and no web crate. Names follow
//! Go's (in snake_case) so the two can be read side by side: [`PoolDequeue`] with
//! `head_tail` and `push_head`/`pop_head`/`pop_tail`, [`PoolChain`], [`PoolLocal`]
//! `{private, shared}`, [`Pool`] `{local, victim}`, `get_slow`, `pin`/`pin_slow`,
//! `pool_cleanup` with `all_pools`/`old_pools`.
//!
//! # API overview (for the interpreter)
//!
//! ```
//! use poolscope::pool::{Engine, Event, GetOutcome, GoroutineId, Pid};
//!
//! let mut engine = Engine::new(1); // GOMAXPROCS = 1
//! let pool = engine.new_pool("bufPool", true); // `New` is set
//! let g = GoroutineId(1);
//! let mut events: Vec<Event> = Vec::new();
//!
//! // Get misses: the engine never runs New, it tells the interpreter to.
//! let out = engine.get(pool, Pid(0), g, Some(&mut events)).unwrap();
//! assert_eq!(out, GetOutcome::Miss { call_new: true });
//! // ... the interpreter runs New's Go code, then registers its result:
//! let obj = engine.new_from_new(pool, g, Some(&mut events)).unwrap();
//!
//! engine.put(pool, Pid(0), g, Some(obj), Some(&mut events)).unwrap();
//! engine.gc(Some(&mut events)); // runtime.GC(): poolCleanup
//! let out = engine.get(pool, Pid(0), g, None).unwrap(); // events off: pass None
//! assert!(matches!(out, GetOutcome::Got { obj: o, .. } if o == obj));
//! assert!(engine.check_conservation().is_ok());
//! ```
//!
//! - [`Engine::new`]`(gomaxprocs)`, [`Engine::new_pool`]`(name, has_new)`,
//!   [`Engine::set_has_new`] when the program assigns `p.New`.
//! - [`Engine::put`]`(pool, pid, goroutine, Some(obj) | None, events)`; `None` is
//!   Put(nil), ignored. A value the engine has never seen is first registered with
//!   [`Engine::adopt`]`(goroutine, description)`. Putting an object that is already
//!   in a pool (the same pointer twice) is [`PoolError::AlreadyPooled`]: adopt a
//!   second id for the alias.
//! - [`Engine::get`] returns [`GetOutcome::Got`] `{obj, source}` with a
//!   [`GetSource`], or [`GetOutcome::Miss`] `{call_new}`: run New and register
//!   its value with [`Engine::new_from_new`] (which counts New calls), or return nil.
//! - [`Engine::gc`] is `runtime.GC()`'s poolCleanup; [`Engine::set_procs`] is
//!   `runtime.GOMAXPROCS(n)`: like Go, pools notice it at their next `pin` from a P
//!   beyond their local array, and the old array's objects become `Lost`.
//! - [`Engine::mark_closer`] / [`Engine::mark_closed`]: objects with a `Close`
//!   method dropped by GC (or lost) without it are counted as leaked.
//! - [`Engine::place_of`], [`Engine::object`], [`Engine::stats`],
//!   [`Engine::view`] / [`Engine::views`] ([`PoolView`]: per P the private slot and
//!   the rings with size, head, tail and slots, for local and victim).
//! - Events: pass `Some(&mut vec)` to receive each micro-step ([`Event`]: kind, P,
//!   pool, object, from/to [`Place`], the [`RingMark`] with head/tail after, the
//!   [`GoFunc`] it mirrors, a message `key` and `args`), or `None` for speed.
//!   [`KEYS`] lists every key with its argument names, for translations.
//! - [`Engine::objects`] yields `(id, place, info)` for every object ever seen;
//!   [`Engine::check_conservation`] proves each is in exactly one place.
//! - Nothing panics on bad input: unknown pools/objects, `pid >= GOMAXPROCS`,
//!   GOMAXPROCS outside `1..=`[`MAX_PROCS`] are [`PoolError`]s.
//! - `Engine` is `Clone` and deterministic (no clock, no randomness): snapshot it
//!   for time travel.
//!
//! # Files
//!
//! `dequeue.rs`/`dequeue_ops.rs` poolDequeue and its step machines,
//! `chain.rs`/`chain_ops.rs`/`chain_tail.rs` poolChain (`chain_run.rs` runs its
//! operations to completion), `local.rs` poolLocal, `sync_pool.rs` Pool,
//! `engine.rs` the Engine and its API, `pin.rs`, `put.rs`, `get.rs` (Get and
//! getSlow), `cleanup.rs` poolCleanup and leak accounting, `object.rs` ids and
//! places, `table.rs` the objects table, `event.rs` events, `keys.rs` their message
//! keys, `notes.rs` chain notes as events, `stats.rs`,
//! `view.rs`, `check.rs` the conservation checker, `error.rs`.
//!
//! The dequeue and chain operations are also step machines ([`PushHead`],
//! [`PopHead`], [`PopTail`], [`ChainPushHead`], [`ChainPopHead`], [`ChainPopTail`])
//! that a seeded driver can interleave; the pool runs each to completion, built
//! from the same steps.

mod chain;
mod chain_ops;
mod chain_run;
mod chain_tail;
mod check;
mod cleanup;
mod dequeue;
mod dequeue_ops;
mod engine;
mod error;
mod event;
mod get;
mod keys;
mod local;
mod notes;
mod object;
mod pin;
mod put;
mod stats;
mod sync_pool;
mod table;
mod view;

pub use chain::{ChainElt, ChainNote, ChainPop, PoolChain, RingSlot, INIT_SIZE};
pub use chain_ops::{ChainPopHead, ChainPushHead};
pub use chain_tail::ChainPopTail;
pub use check::ConservationError;
pub use dequeue::{
    pack, unpack, Owner, Poll, PoolDequeue, PopOutcome, PushOutcome, RoleError, SlotAt,
    DEQUEUE_BITS, DEQUEUE_LIMIT,
};
pub use dequeue_ops::{PopHead, PopTail, PushHead};
pub use engine::{Engine, GetOutcome, GetSource, PutOutcome, MAX_PROCS};
pub use error::PoolError;
pub use event::{Arg, ArgValue, Args, Event, EventKind, Events, GoFunc, RingMark, MAX_ARGS};
pub use keys::KEYS;
pub use local::PoolLocal;
pub use object::{GoroutineId, ObjId, ObjectInfo, Origin, Pid, Place, PoolId};
pub use stats::PoolStats;
pub use sync_pool::Pool;
pub use view::{LocalView, PoolView, RingView};
