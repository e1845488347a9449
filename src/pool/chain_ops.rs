//! `poolChain`'s `pushHead` and `popHead` as step machines built from the dequeue's,
//! for a driver to interleave. Each step may report a [`ChainNote`]. The same
//! operations run to completion (what the pool does: a pool operation is atomic)
//! are in `chain_run.rs`, built from the same steps.

use super::chain::{ChainNote, ChainPop, PoolChain, RingSlot};
use super::dequeue::{Owner, Poll, PopOutcome, PushOutcome, RoleError, SlotAt};
use super::dequeue_ops::{PopHead, PushHead};

pub(crate) fn ring_slot(ring: u32, size: usize, at: SlotAt) -> RingSlot {
    RingSlot {
        ring,
        size: size as u32,
        at,
    }
}

/// A pop (head or tail) took `v` from `rs`: report it, and drop the ring if it
/// was unlinked while this pop still had to clear its slot.
#[inline]
pub(crate) fn popped<T: Copy>(
    c: &mut PoolChain<T>,
    v: T,
    rs: RingSlot,
    note: &mut impl FnMut(ChainNote<T>),
) -> ChainPop<T> {
    if rs.ring < c.tail.unwrap_or(0) {
        c.drop_unlinked();
    }
    note(ChainNote::Popped(v, rs));
    ChainPop::Popped(v, rs)
}

/// `poolChain.pushHead(val)`.
#[derive(Clone, Copy, Debug)]
pub struct ChainPushHead<T> {
    val: T,
    state: ChainPushState<T>,
}

#[derive(Clone, Copy, Debug)]
enum ChainPushState<T> {
    Start,
    Push { ring: u32, op: PushHead<T> },
    Grow { from: u32 },
}

impl<T: Copy> ChainPushHead<T> {
    pub fn new(val: T) -> Self {
        ChainPushHead {
            val,
            state: ChainPushState::Start,
        }
    }

    /// One step; only the owner may take it.
    #[inline]
    pub fn step(
        &mut self,
        c: &mut PoolChain<T>,
        who: &Owner,
        note: &mut impl FnMut(ChainNote<T>),
    ) -> Result<Poll<RingSlot>, RoleError> {
        // The chain's rings all belong to the chain's owner, so ring steps skip
        // their own check.
        c.check_owner(who)?;
        match self.state {
            ChainPushState::Start => {
                let ring = c.head_or_init(note)?;
                self.state = ChainPushState::Push {
                    ring,
                    op: PushHead::new(self.val),
                };
                Ok(Poll::Pending)
            }
            ChainPushState::Push { ring, mut op } => {
                let Some(e) = c.elt_mut(ring) else {
                    self.state = ChainPushState::Grow { from: ring };
                    return Ok(Poll::Pending);
                };
                let r = op.step_owned(&mut e.d);
                let size = e.d.len();
                self.state = ChainPushState::Push { ring, op };
                match r {
                    Poll::Ready(PushOutcome::Pushed(at)) => {
                        let rs = ring_slot(ring, size, at);
                        note(ChainNote::Pushed(self.val, rs));
                        Ok(Poll::Ready(rs))
                    }
                    Poll::Ready(outcome) => {
                        // The current dequeue is full. Allocate a new one of twice
                        // the size.
                        note(ChainNote::PushFailed { ring, outcome });
                        self.state = ChainPushState::Grow { from: ring };
                        Ok(Poll::Pending)
                    }
                    Poll::Pending => Ok(Poll::Pending),
                    Poll::LostRace => Ok(Poll::LostRace),
                }
            }
            ChainPushState::Grow { from } => {
                let ring = c.grow_noted(from, note)?;
                self.state = ChainPushState::Push {
                    ring,
                    op: PushHead::new(self.val),
                };
                Ok(Poll::Pending)
            }
        }
    }
}

/// `poolChain.popHead()`: pop the head ring, backing up through `prev` while the
/// rings are empty.
#[derive(Clone, Copy, Debug)]
pub struct ChainPopHead {
    state: ChainPopHeadState,
}

#[derive(Clone, Copy, Debug)]
enum ChainPopHeadState {
    Start,
    Pop { ring: u32, op: PopHead },
    Prev { ring: u32 },
}

impl Default for ChainPopHead {
    fn default() -> Self {
        ChainPopHead {
            state: ChainPopHeadState::Start,
        }
    }
}

impl ChainPopHead {
    pub fn new() -> Self {
        Self::default()
    }

    /// One step; only the owner may take it.
    #[inline]
    pub fn step<T: Copy>(
        &mut self,
        c: &mut PoolChain<T>,
        who: &Owner,
        note: &mut impl FnMut(ChainNote<T>),
    ) -> Result<Poll<ChainPop<T>>, RoleError> {
        c.check_owner(who)?;
        Ok(match self.state {
            ChainPopHeadState::Start => match c.head {
                None => {
                    note(ChainNote::NoRing);
                    Poll::Ready(ChainPop::Empty)
                }
                Some(ring) => {
                    self.state = ChainPopHeadState::Pop {
                        ring,
                        op: PopHead::new(),
                    };
                    Poll::Pending
                }
            },
            ChainPopHeadState::Pop { ring, mut op } => {
                // A dropped ring was drained and cleared for good, and so was
                // everything older.
                let Some(e) = c.elt_mut(ring) else {
                    return Ok(Poll::Ready(ChainPop::Empty));
                };
                let r = op.step_owned(&mut e.d);
                let (head, tail) = e.d.head_tail();
                let size = e.d.len();
                self.state = ChainPopHeadState::Pop { ring, op };
                match r {
                    Poll::Ready(PopOutcome::Popped(v, at)) => {
                        Poll::Ready(popped(c, v, ring_slot(ring, size, at), note))
                    }
                    Poll::Ready(PopOutcome::Empty) => {
                        note(ChainNote::RingEmpty { ring, head, tail });
                        // There may still be unconsumed elements in the previous
                        // dequeue, so try backing up.
                        self.state = ChainPopHeadState::Prev { ring };
                        Poll::Pending
                    }
                    Poll::LostRace => {
                        note(ChainNote::LostRace { ring });
                        Poll::LostRace
                    }
                    Poll::Pending => Poll::Pending,
                }
            }
            ChainPopHeadState::Prev { ring } => match c.elt(ring).and_then(|e| e.prev) {
                None => Poll::Ready(ChainPop::Empty),
                Some(to) => {
                    note(ChainNote::BackUp { from: ring, to });
                    self.state = ChainPopHeadState::Pop {
                        ring: to,
                        op: PopHead::new(),
                    };
                    Poll::Pending
                }
            },
        })
    }
}

impl<T: Copy> PoolChain<T> {
    /// The ring pushes go to, made first if the chain has none (Go's lazy
    /// initialisation in pushHead).
    #[inline]
    pub(crate) fn head_or_init(
        &mut self,
        note: &mut impl FnMut(ChainNote<T>),
    ) -> Result<u32, RoleError> {
        if let Some(r) = self.head {
            return Ok(r);
        }
        // Initialize the chain.
        let r = self.init()?;
        note(ChainNote::Init {
            ring: r,
            size: super::chain::INIT_SIZE as u32,
        });
        Ok(r)
    }

    /// The current dequeue is full. Allocate a new one of twice the size.
    #[inline(never)]
    pub(crate) fn grow_noted(
        &mut self,
        from: u32,
        note: &mut impl FnMut(ChainNote<T>),
    ) -> Result<u32, RoleError> {
        let (ring, size) = self.grow(from)?;
        note(ChainNote::Grow { ring, size });
        Ok(ring)
    }
}
