//! `poolChain.popTail` as a step machine: any P pops the oldest ring; once a ring
//! is drained and a newer one exists, the ring is unlinked. Split from
//! `chain_ops.rs`, which has the head side; `chain_run.rs` runs it to completion.

use super::chain::{ChainNote, ChainPop, PoolChain};
use super::chain_ops::{popped, ring_slot};
use super::dequeue::{Poll, PopOutcome};
use super::dequeue_ops::PopTail;

/// `poolChain.popTail()`: pop the oldest ring; when it is drained and a newer ring
/// exists, unlink it and go on with the next.
#[derive(Clone, Copy, Debug)]
pub struct ChainPopTail {
    state: ChainPopTailState,
}

#[derive(Clone, Copy, Debug)]
enum ChainPopTailState {
    Start,
    LoadNext {
        ring: u32,
    },
    Pop {
        ring: u32,
        next: Option<u32>,
        op: PopTail,
    },
    CasTail {
        ring: u32,
        next: u32,
    },
    ClearPrev {
        ring: u32,
        next: u32,
    },
}

impl Default for ChainPopTail {
    fn default() -> Self {
        ChainPopTail {
            state: ChainPopTailState::Start,
        }
    }
}

impl ChainPopTail {
    pub fn new() -> Self {
        Self::default()
    }

    /// One step; any P may take it.
    #[inline]
    pub fn step<T: Copy>(
        &mut self,
        c: &mut PoolChain<T>,
        note: &mut impl FnMut(ChainNote<T>),
    ) -> Poll<ChainPop<T>> {
        match self.state {
            ChainPopTailState::Start => match c.tail {
                None => {
                    note(ChainNote::NoRing);
                    Poll::Ready(ChainPop::Empty)
                }
                Some(ring) => {
                    self.state = ChainPopTailState::LoadNext { ring };
                    Poll::Pending
                }
            },
            ChainPopTailState::LoadNext { ring } => {
                // It's important that we load the next pointer *before* popping the
                // tail. In general, the ring may be transiently empty, but if next
                // is set before the pop and the pop fails, then the ring is
                // permanently empty, which is the only condition under which it's
                // safe to drop it from the chain.
                let next = c.load_next(ring);
                self.state = ChainPopTailState::Pop {
                    ring,
                    next,
                    op: PopTail::new(),
                };
                Poll::Pending
            }
            ChainPopTailState::Pop { ring, next, mut op } => {
                let (r, size) = match c.elt_mut(ring) {
                    Some(e) => (op.step(&mut e.d), e.d.len()),
                    None => (Poll::Ready(PopOutcome::Empty), 0),
                };
                self.state = ChainPopTailState::Pop { ring, next, op };
                match r {
                    Poll::Ready(PopOutcome::Popped(v, at)) => {
                        Poll::Ready(popped(c, v, ring_slot(ring, size, at), note))
                    }
                    Poll::Ready(PopOutcome::Empty) => {
                        c.note_ring_empty(ring, note);
                        match next {
                            // This is the only dequeue. It's empty right now, but
                            // could be pushed to in the future.
                            None => Poll::Ready(ChainPop::Empty),
                            Some(next) => {
                                self.state = ChainPopTailState::CasTail { ring, next };
                                Poll::Pending
                            }
                        }
                    }
                    Poll::LostRace => {
                        note(ChainNote::LostRace { ring });
                        Poll::LostRace
                    }
                    Poll::Pending => Poll::Pending,
                }
            }
            ChainPopTailState::CasTail { ring, next } => {
                // The tail of the chain has been drained, so move on to the next
                // dequeue. Try to drop it from the chain so the next pop doesn't
                // have to look at the empty dequeue again.
                if c.tail == Some(ring) {
                    c.tail = Some(next);
                    self.state = ChainPopTailState::ClearPrev { ring, next };
                } else {
                    self.state = ChainPopTailState::LoadNext { ring: next };
                }
                Poll::Pending
            }
            ChainPopTailState::ClearPrev { ring, next } => {
                // We won the race. Clear the prev pointer so the drained ring can be
                // dropped and so popHead doesn't back up further than necessary.
                c.unlink(ring, next, note);
                self.state = ChainPopTailState::LoadNext { ring: next };
                Poll::Pending
            }
        }
    }
}

impl<T: Copy> PoolChain<T> {
    /// Loads `ring.next` (before popping the ring's tail).
    #[inline(always)]
    pub(crate) fn load_next(&self, ring: u32) -> Option<u32> {
        match self.elt(ring) {
            Some(e) => e.next,
            // Dropped rings were unlinked, so they had a successor.
            None => Some(ring + 1),
        }
    }

    /// Reports that a pop found `ring` empty.
    #[inline(always)]
    pub(crate) fn note_ring_empty(&self, ring: u32, note: &mut impl FnMut(ChainNote<T>)) {
        let (head, tail) = self.elt(ring).map_or((0, 0), |e| e.d.head_tail());
        note(ChainNote::RingEmpty { ring, head, tail });
    }

    /// After winning the CAS of the tail from `ring` to `next`: clear the prev
    /// pointer so the drained ring can be dropped and so popHead doesn't back up
    /// further than necessary.
    #[inline(never)]
    pub(crate) fn unlink(&mut self, ring: u32, next: u32, note: &mut impl FnMut(ChainNote<T>)) {
        if let Some(e) = self.elt_mut(next) {
            e.prev = None;
        }
        self.drop_unlinked();
        note(ChainNote::Unlink {
            ring,
            new_tail: next,
        });
    }
}
