//! Read-only views a UI can draw: per pool, per P, the private slot and the chain's
//! rings (number, size, head, tail, slots), for both the local and victim arrays.

use super::engine::Engine;
use super::local::PoolLocal;
use super::object::{ObjId, Pid, PoolId};
use super::stats::PoolStats;

/// One ring of a chain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RingView {
    /// Ring number (0 = the chain's first ring).
    pub ring: u32,
    pub size: u32,
    pub head: u32,
    pub tail: u32,
    /// `slots[i]` is slot i; `None` where empty.
    pub slots: Vec<Option<ObjId>>,
    /// Pushes go to this ring.
    pub is_head: bool,
    /// Tail pops start at this ring.
    pub is_tail: bool,
}

/// One P's poolLocal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocalView {
    pub p: Pid,
    pub private: Option<ObjId>,
    /// Linked rings, oldest (tail) first.
    pub rings: Vec<RingView>,
}

/// One pool.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PoolView {
    pub id: PoolId,
    pub name: String,
    pub has_new: bool,
    /// `local`, one entry per P of the array (`localSize` entries; empty if nil).
    pub local: Vec<LocalView>,
    /// `victim`, the array itself (empty if nil).
    pub victim: Vec<LocalView>,
    /// `victimSize`: Gets look at `victim` only below this size.
    pub victim_size: usize,
    /// The pool is in `allPools` / `oldPools`.
    pub in_all_pools: bool,
    pub in_old_pools: bool,
    pub stats: PoolStats,
}

fn local_view(l: &PoolLocal) -> LocalView {
    let c = l.shared();
    LocalView {
        p: l.owner(),
        private: l.private(),
        rings: c
            .rings()
            .map(|(n, e)| {
                let d = e.dequeue();
                let (head, tail) = d.head_tail();
                RingView {
                    ring: n,
                    size: d.len() as u32,
                    head,
                    tail,
                    slots: d.slots().to_vec(),
                    is_head: c.head_ring() == Some(n),
                    is_tail: c.tail_ring() == Some(n),
                }
            })
            .collect(),
    }
}

impl Engine {
    /// A snapshot of one pool for drawing.
    pub fn view(&self, pool: PoolId) -> Option<PoolView> {
        let p = self.pool(pool)?;
        Some(PoolView {
            id: pool,
            name: p.name().to_string(),
            has_new: p.has_new(),
            local: p.local().iter().map(local_view).collect(),
            victim: p.victim().iter().map(local_view).collect(),
            victim_size: p.victim_size(),
            in_all_pools: self.all_pools.contains(&pool),
            in_old_pools: self.old_pools.contains(&pool),
            stats: p.stats().clone(),
        })
    }

    /// Views of every pool, by id.
    pub fn views(&self) -> Vec<PoolView> {
        self.pool_ids().filter_map(|id| self.view(id)).collect()
    }
}
