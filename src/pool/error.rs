//! Errors of the engine's API. None of them can come from a well-formed program run
//! by a correct interpreter; they report misuse instead of panicking.
//!
//! Kept to 12 bytes so that `Result<GetOutcome, PoolError>` comes back in
//! registers: a Get/Put returned through memory cost a store-forwarding stall.

use std::fmt;

use super::dequeue::RoleError;
use super::object::{ObjId, Pid, PoolId};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PoolError {
    UnknownPool(PoolId),
    UnknownObject(ObjId),
    /// `pid >= GOMAXPROCS`.
    NoSuchP {
        pid: Pid,
        procs: u32,
    },
    /// GOMAXPROCS must be in `1..=MAX_PROCS` (the value, saturated to u32).
    BadProcs(u32),
    /// Put of an object that is already inside a pool (see `place_of`): the
    /// program puts the same pointer twice. The interpreter can `adopt` a second id
    /// for the alias.
    AlreadyPooled {
        obj: ObjId,
    },
    /// A dequeue or chain was used against its role (an engine bug if it happens).
    Role(RoleError),
}

impl From<RoleError> for PoolError {
    fn from(e: RoleError) -> Self {
        PoolError::Role(e)
    }
}

impl fmt::Display for PoolError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PoolError::UnknownPool(p) => write!(f, "unknown pool {}", p.0),
            PoolError::UnknownObject(o) => write!(f, "unknown object {o}"),
            PoolError::NoSuchP { pid, procs } => {
                write!(f, "{pid} does not exist with GOMAXPROCS={procs}")
            }
            PoolError::BadProcs(n) => write!(f, "GOMAXPROCS {n} is out of range"),
            PoolError::AlreadyPooled { obj } => write!(f, "{obj} is already in a pool"),
            PoolError::Role(e) => write!(f, "queue misuse: {e:?}"),
        }
    }
}

impl std::error::Error for PoolError {}
