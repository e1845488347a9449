//! Errors of the engine's API. None of them can come from a well-formed program run
//! by a correct interpreter; they report misuse instead of panicking.

use std::fmt;

use super::dequeue::RoleError;
use super::object::{ObjId, Pid, Place, PoolId};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PoolError {
    UnknownPool(PoolId),
    UnknownObject(ObjId),
    /// `pid >= GOMAXPROCS`.
    NoSuchP {
        pid: Pid,
        procs: usize,
    },
    /// GOMAXPROCS must be at least 1.
    BadProcs(usize),
    /// Put of an object that is already inside a pool: the program puts the same
    /// pointer twice. The interpreter can `adopt` a second id for the alias.
    AlreadyPooled {
        obj: ObjId,
        place: Place,
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
            PoolError::BadProcs(n) => write!(f, "GOMAXPROCS must be at least 1, not {n}"),
            PoolError::AlreadyPooled { obj, place } => {
                write!(f, "{obj} is already in a pool at {place:?}")
            }
            PoolError::Role(e) => write!(f, "queue misuse: {e:?}"),
        }
    }
}

impl std::error::Error for PoolError {}
