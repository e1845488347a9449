//! `poolLocal`: one P's part of a pool, its `private` slot and its `shared` chain.
//!
//! `private` can be used only by the respective P; on `shared` the local P can
//! pushHead/popHead and any P can popTail. The head side and `private` need the
//! P's [`Owner`] token, which `pin` hands out.

use super::chain::PoolChain;
use super::dequeue::{Owner, RoleError};
use super::object::{ObjId, Pid, Place, PoolId};

/// Go's `poolLocal` (without the false-sharing pad).
#[derive(Clone, Debug)]
pub struct PoolLocal {
    /// The P this poolLocal belongs to: its index in the local (or victim) array.
    owner: Pid,
    /// Can be used only by the respective P.
    pub(crate) private: Option<ObjId>,
    /// Local P can pushHead/popHead; any P can popTail.
    pub(crate) shared: PoolChain<ObjId>,
}

impl PoolLocal {
    pub(crate) fn new(owner: Pid) -> Self {
        PoolLocal {
            owner,
            private: None,
            shared: PoolChain::with_owner(owner, 0),
        }
    }

    pub fn owner(&self) -> Pid {
        self.owner
    }

    pub fn private(&self) -> Option<ObjId> {
        self.private
    }

    pub fn shared(&self) -> &PoolChain<ObjId> {
        &self.shared
    }

    #[inline]
    fn check(&self, who: &Owner) -> Result<(), RoleError> {
        who.check(self.owner)
    }

    /// `x := l.private; l.private = nil`.
    #[inline]
    pub(crate) fn take_private(&mut self, who: &Owner) -> Result<Option<ObjId>, RoleError> {
        self.check(who)?;
        Ok(self.private.take())
    }

    /// `if l.private == nil { l.private = x }`: false when the slot is taken.
    #[inline]
    pub(crate) fn put_private(&mut self, who: &Owner, x: ObjId) -> Result<bool, RoleError> {
        self.check(who)?;
        if self.private.is_some() {
            return Ok(false);
        }
        self.private = Some(x);
        Ok(true)
    }

    /// Every object in this poolLocal with its place, as part of `pool`'s local
    /// array or (with `victim`) its victim array.
    pub fn objects(&self, pool: PoolId, victim: bool) -> impl Iterator<Item = (ObjId, Place)> + '_ {
        let p = self.owner;
        let private = self.private.map(|o| (o, Place::Private { pool, p }));
        let shared = self.shared.values().map(move |(o, ring, slot)| {
            (
                o,
                Place::Ring {
                    pool,
                    p,
                    ring,
                    slot,
                },
            )
        });
        private
            .into_iter()
            .chain(shared)
            .map(move |(o, place)| (o, if victim { place.to_victim() } else { place }))
    }
}
