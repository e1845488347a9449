//! Object identity and places: every value the pool ever saw has an [`ObjId`], an
//! [`Origin`] and exactly one [`Place`] at every step.
//!
//! Go's pool holds `any` values and forgets where they came from; the playground must
//! show each object moving, so the engine keeps a table of objects (`table.rs`)
//! beside the pool structures. The conservation checker (`check.rs`) proves the
//! table and the structures agree.

use std::fmt;
use std::sync::Arc;

/// Identity of one object, `obj#N` in the UI.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjId(pub u32);

/// Identity of one `sync.Pool` value in the program.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PoolId(pub u32);

/// A processor P, `0 <= pid < GOMAXPROCS`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Pid(pub u32);

impl Pid {
    /// The index into a pool's per-P arrays.
    #[inline]
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// A goroutine of the interpreter (the engine only stores it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GoroutineId(pub u64);

impl fmt::Display for ObjId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "obj#{}", self.0)
    }
}

impl fmt::Display for Pid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "P{}", self.0)
    }
}

/// Where an object came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The `k`-th call (1-based) of `pool`'s `New` function.
    New { pool: PoolId, k: u32 },
    /// A value the program made and Put; the description is the interpreter's
    /// (for example the Go expression or the printed value). Shared, so that a
    /// snapshot of the engine (a clone, for time travel) does not copy it.
    Program { description: Arc<str> },
}

/// The one place an object is in.
///
/// `ring` is the chain's ring number: the first ring of a P's chain is ring 0 (size 8),
/// each new ring gets the next number and twice the size, so a ring keeps its number
/// after older rings are unlinked. `slot` is the index into that ring's slots.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Place {
    /// `local[p].private` of `pool`.
    Private { pool: PoolId, p: Pid },
    /// `local[p].shared`, ring `ring`, slot `slot`.
    Ring {
        pool: PoolId,
        p: Pid,
        ring: u32,
        slot: u32,
    },
    /// `victim[p].private`.
    VictimPrivate { pool: PoolId, p: Pid },
    /// `victim[p].shared`, ring `ring`, slot `slot`.
    VictimRing {
        pool: PoolId,
        p: Pid,
        ring: u32,
        slot: u32,
    },
    /// Held by a goroutine (or a variable it set).
    Held { goroutine: GoroutineId },
    /// Dropped from a victim cache by GC.
    Collected,
    /// Left in a local array that `pinSlow` replaced after a GOMAXPROCS change.
    Lost,
}

impl Place {
    /// True for places inside a pool's local or victim arrays.
    pub fn is_pooled(&self) -> bool {
        matches!(
            self,
            Place::Private { .. }
                | Place::Ring { .. }
                | Place::VictimPrivate { .. }
                | Place::VictimRing { .. }
        )
    }

    /// The pool this place belongs to, if any.
    pub fn pool(&self) -> Option<PoolId> {
        match *self {
            Place::Private { pool, .. }
            | Place::Ring { pool, .. }
            | Place::VictimPrivate { pool, .. }
            | Place::VictimRing { pool, .. } => Some(pool),
            _ => None,
        }
    }

    /// The same slot in the victim array (what poolCleanup does to `local`).
    pub(crate) fn to_victim(self) -> Place {
        match self {
            Place::Private { pool, p } => Place::VictimPrivate { pool, p },
            Place::Ring {
                pool,
                p,
                ring,
                slot,
            } => Place::VictimRing {
                pool,
                p,
                ring,
                slot,
            },
            other => other,
        }
    }
}

/// What the engine knows about one object besides its place
/// ([`super::Engine::place_of`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ObjectInfo {
    pub origin: Origin,
    /// The object's type has a `Close` method (set by the interpreter).
    pub closer: bool,
    /// `Close` was called on it.
    pub closed: bool,
    /// GC (or a GOMAXPROCS change) dropped it while a Close was still owed.
    pub leaked: bool,
}

impl ObjectInfo {
    /// A closer that was never closed: dropping it now leaks the resource.
    pub fn owes_close(&self) -> bool {
        self.closer && !self.closed
    }
}
