//! `poolChain`: a dynamically-sized version of `poolDequeue`.
//!
//! A queue of rings where each ring is double the size of the previous one (the
//! first holds 8). Once a ring fills up, a new one is made and pushes only ever go
//! to the newest ring; pops from the tail come from the oldest, and once a ring is
//! exhausted it is unlinked. The operations are step machines (`chain_ops.rs`) built
//! from the dequeue's; a chain-level [`ChainNote`] reports each step worth showing.
//!
//! Go links `poolChainElt`s with pointers. Here each ring has a number (0 for the
//! first, +1 for each new one) that never changes, so the UI can follow a ring after
//! older rings are unlinked; `next` and `prev` hold ring numbers.

use std::collections::VecDeque;

use super::dequeue::{Owner, PoolDequeue, PushOutcome, RoleError, SlotAt, DEQUEUE_LIMIT};
use super::object::Pid;

/// Size of a chain's first ring. Must be a power of 2.
pub const INIT_SIZE: usize = 8;

/// One ring of a chain.
#[derive(Clone, Debug)]
pub struct ChainElt<T> {
    pub(crate) d: PoolDequeue<T>,
    /// next is written by the producer and read by consumers. It only transitions
    /// from None to Some.
    pub(crate) next: Option<u32>,
    /// prev is written by consumers and read by the producer. It only transitions
    /// from Some to None.
    pub(crate) prev: Option<u32>,
}

impl<T> ChainElt<T> {
    pub fn dequeue(&self) -> &PoolDequeue<T> {
        &self.d
    }
    pub fn next(&self) -> Option<u32> {
        self.next
    }
    pub fn prev(&self) -> Option<u32> {
        self.prev
    }
}

/// Where in a chain an operation touched a slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RingSlot {
    /// Ring number (0 = the chain's first ring).
    pub ring: u32,
    /// Number of slots of that ring.
    pub size: u32,
    pub at: SlotAt,
}

/// Result of a chain pop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChainPop<T> {
    Popped(T, RingSlot),
    Empty,
}

/// One step of a chain operation worth showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChainNote<T> {
    /// pushHead made the chain's first ring.
    Init {
        ring: u32,
        size: u32,
    },
    /// The head ring refused the push (full, or its head slot still being cleared).
    PushFailed {
        ring: u32,
        outcome: PushOutcome,
    },
    /// A new head ring of twice the size was linked after `ring - 1`.
    Grow {
        ring: u32,
        size: u32,
    },
    Pushed(T, RingSlot),
    Popped(T, RingSlot),
    /// The ring had `head == tail` when loaded.
    RingEmpty {
        ring: u32,
        head: u32,
        tail: u32,
    },
    /// popHead backs up to the previous ring: it may still hold values.
    BackUp {
        from: u32,
        to: u32,
    },
    /// popTail found `ring` drained with a next ring, and moved the tail past it.
    Unlink {
        ring: u32,
        new_tail: u32,
    },
    /// A CAS on `ring` lost a race; the operation retries.
    LostRace {
        ring: u32,
    },
    /// The chain has no ring yet.
    NoRing,
}

/// Go's `poolChain`.
#[derive(Clone, Debug)]
pub struct PoolChain<T> {
    owner: Pid,
    /// Where each new ring starts its head and tail (0 in the pool; near the
    /// wrap-around in tests).
    start: u32,
    /// head is the ring to push to. This is only accessed by the producer.
    pub(crate) head: Option<u32>,
    /// tail is the ring to popTail from. This is accessed by consumers.
    pub(crate) tail: Option<u32>,
    /// Rings not yet dropped, oldest first: `elts[i]` is ring `base + i`.
    pub(crate) elts: VecDeque<ChainElt<T>>,
    pub(crate) base: u32,
}

impl<T: Copy> PoolChain<T> {
    pub(crate) fn with_owner(owner: Pid, start: u32) -> Self {
        PoolChain {
            owner,
            start,
            head: None,
            tail: None,
            elts: VecDeque::new(),
            base: 0,
        }
    }

    /// A standalone chain and its owner's token; each ring's indexes start at
    /// `start`.
    pub fn new(owner: Pid, start: u32) -> (Self, Owner) {
        (Self::with_owner(owner, start), Owner::mint(owner))
    }

    pub fn owner(&self) -> Pid {
        self.owner
    }

    #[inline]
    pub(crate) fn check_owner(&self, who: &Owner) -> Result<(), RoleError> {
        who.check(self.owner)
    }

    /// The ring pushes go to.
    pub fn head_ring(&self) -> Option<u32> {
        self.head
    }

    /// The ring tail pops start from.
    pub fn tail_ring(&self) -> Option<u32> {
        self.tail
    }

    /// Ring `n` if it is still linked or not yet dropped.
    #[inline]
    pub fn elt(&self, n: u32) -> Option<&ChainElt<T>> {
        n.checked_sub(self.base)
            .and_then(|i| self.elts.get(i as usize))
    }

    #[inline]
    pub(crate) fn elt_mut(&mut self, n: u32) -> Option<&mut ChainElt<T>> {
        n.checked_sub(self.base)
            .and_then(|i| self.elts.get_mut(i as usize))
    }

    /// Rings not yet dropped, oldest first, with their numbers.
    pub fn rings(&self) -> impl Iterator<Item = (u32, &ChainElt<T>)> {
        self.elts
            .iter()
            .enumerate()
            .map(move |(i, e)| (self.base + i as u32, e))
    }

    /// Every value with its ring and slot (for GC and the checker).
    pub fn values(&self) -> impl Iterator<Item = (T, u32, u32)> + '_ {
        self.rings().flat_map(|(n, e)| {
            e.d.vals
                .iter()
                .enumerate()
                .filter_map(move |(s, v)| v.map(|v| (v, n, s as u32)))
        })
    }

    /// True when no ring holds a value.
    pub fn is_empty(&self) -> bool {
        self.elts
            .iter()
            .all(|e| e.d.vals.iter().all(|v| v.is_none()))
    }

    /// Makes the first ring (Go's lazy initialisation in pushHead).
    pub(crate) fn init(&mut self) -> Result<u32, RoleError> {
        let d = PoolDequeue::with_owner(INIT_SIZE, self.owner, self.start)?;
        self.elts.push_back(ChainElt {
            d,
            next: None,
            prev: None,
        });
        self.head = Some(self.base);
        self.tail = Some(self.base);
        Ok(self.base)
    }

    /// Links a new head ring of twice `from`'s size (at most `DEQUEUE_LIMIT`).
    pub(crate) fn grow(&mut self, from: u32) -> Result<(u32, u32), RoleError> {
        let old = self.elt(from).map_or(INIT_SIZE / 2, |e| e.d.len());
        let size = (old * 2).min(DEQUEUE_LIMIT);
        let n = self.base + self.elts.len() as u32;
        let d = PoolDequeue::with_owner(size, self.owner, self.start)?;
        self.elts.push_back(ChainElt {
            d,
            next: None,
            prev: Some(from),
        });
        self.head = Some(n);
        if let Some(e) = self.elt_mut(from) {
            e.next = Some(n);
        }
        Ok((n, size as u32))
    }

    /// Drops unlinked rings (older than the tail) once every slot is cleared.
    ///
    /// In Go an unlinked dequeue lives on while a popHead or popTail that already
    /// won its CAS still has to read or clear its slot; the garbage collector frees
    /// it later. Here such a ring stays until its last slot is cleared.
    pub(crate) fn drop_unlinked(&mut self) {
        let Some(tail) = self.tail else { return };
        while self.base < tail
            && self.elts.len() > 1
            && self
                .elts
                .front()
                .is_some_and(|e| e.d.vals.iter().all(Option::is_none))
        {
            self.elts.pop_front();
            self.base += 1;
        }
    }
}
