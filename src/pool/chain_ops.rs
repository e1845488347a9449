//! `poolChain`'s `pushHead`, `popHead` and `popTail` as step machines built from the
//! dequeue's. Each step may report a [`ChainNote`]; `PoolChain::push_head` etc. run
//! a machine to completion (what the pool does: a pool operation is atomic).

use super::chain::{ChainNote, ChainPop, PoolChain, RingSlot};
use super::dequeue::{Owner, Poll, PopOutcome, PushOutcome, RoleError, SlotAt};
use super::dequeue_ops::{PopHead, PopTail, PushHead};

fn ring_slot<T: Copy>(c: &PoolChain<T>, ring: u32, at: SlotAt) -> RingSlot {
    let size = c.elt(ring).map_or(0, |e| e.d.len() as u32);
    RingSlot { ring, size, at }
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
        c.check_owner(who)?;
        match self.state {
            ChainPushState::Start => {
                let ring = match c.head {
                    Some(r) => r,
                    None => {
                        // Initialize the chain.
                        let r = c.init()?;
                        note(ChainNote::Init {
                            ring: r,
                            size: super::chain::INIT_SIZE as u32,
                        });
                        r
                    }
                };
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
                let r = op.step(&mut e.d, who)?;
                self.state = ChainPushState::Push { ring, op };
                match r {
                    Poll::Ready(PushOutcome::Pushed(at)) => {
                        let rs = ring_slot(c, ring, at);
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
                let (ring, size) = c.grow(from)?;
                note(ChainNote::Grow { ring, size });
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
        match self.state {
            ChainPopHeadState::Start => match c.head {
                None => {
                    note(ChainNote::NoRing);
                    Ok(Poll::Ready(ChainPop::Empty))
                }
                Some(ring) => {
                    self.state = ChainPopHeadState::Pop {
                        ring,
                        op: PopHead::new(),
                    };
                    Ok(Poll::Pending)
                }
            },
            ChainPopHeadState::Pop { ring, mut op } => {
                // A dropped ring was drained and cleared for good, and so was
                // everything older.
                let Some(e) = c.elt_mut(ring) else {
                    return Ok(Poll::Ready(ChainPop::Empty));
                };
                let r = op.step(&mut e.d, who)?;
                let (head, tail) = e.d.head_tail();
                self.state = ChainPopHeadState::Pop { ring, op };
                match r {
                    Poll::Ready(PopOutcome::Popped(v, at)) => {
                        let rs = ring_slot(c, ring, at);
                        if ring < c.tail.unwrap_or(0) {
                            c.drop_unlinked();
                        }
                        note(ChainNote::Popped(v, rs));
                        Ok(Poll::Ready(ChainPop::Popped(v, rs)))
                    }
                    Poll::Ready(PopOutcome::Empty) => {
                        note(ChainNote::RingEmpty { ring, head, tail });
                        // There may still be unconsumed elements in the previous
                        // dequeue, so try backing up.
                        self.state = ChainPopHeadState::Prev { ring };
                        Ok(Poll::Pending)
                    }
                    Poll::LostRace => {
                        note(ChainNote::LostRace { ring });
                        Ok(Poll::LostRace)
                    }
                    Poll::Pending => Ok(Poll::Pending),
                }
            }
            ChainPopHeadState::Prev { ring } => match c.elt(ring).and_then(|e| e.prev) {
                None => Ok(Poll::Ready(ChainPop::Empty)),
                Some(to) => {
                    note(ChainNote::BackUp { from: ring, to });
                    self.state = ChainPopHeadState::Pop {
                        ring: to,
                        op: PopHead::new(),
                    };
                    Ok(Poll::Pending)
                }
            },
        }
    }
}

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
                let next = match c.elt(ring) {
                    Some(e) => e.next,
                    // Dropped rings were unlinked, so they had a successor.
                    None => Some(ring + 1),
                };
                self.state = ChainPopTailState::Pop {
                    ring,
                    next,
                    op: PopTail::new(),
                };
                Poll::Pending
            }
            ChainPopTailState::Pop { ring, next, mut op } => {
                let r = match c.elt_mut(ring) {
                    Some(e) => op.step(&mut e.d),
                    None => Poll::Ready(PopOutcome::Empty),
                };
                self.state = ChainPopTailState::Pop { ring, next, op };
                match r {
                    Poll::Ready(PopOutcome::Popped(v, at)) => {
                        let rs = ring_slot(c, ring, at);
                        if ring < c.tail.unwrap_or(0) {
                            c.drop_unlinked();
                        }
                        note(ChainNote::Popped(v, rs));
                        Poll::Ready(ChainPop::Popped(v, rs))
                    }
                    Poll::Ready(PopOutcome::Empty) => {
                        let (head, tail) = c.elt(ring).map_or((0, 0), |e| e.d.head_tail());
                        note(ChainNote::RingEmpty { ring, head, tail });
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
                if let Some(e) = c.elt_mut(next) {
                    e.prev = None;
                }
                c.drop_unlinked();
                note(ChainNote::Unlink {
                    ring,
                    new_tail: next,
                });
                self.state = ChainPopTailState::LoadNext { ring: next };
                Poll::Pending
            }
        }
    }
}

impl<T: Copy> PoolChain<T> {
    /// `pushHead` run to completion; a chain push always succeeds.
    #[inline]
    pub fn push_head(
        &mut self,
        who: &Owner,
        val: T,
        note: &mut impl FnMut(ChainNote<T>),
    ) -> Result<RingSlot, RoleError> {
        let mut op = ChainPushHead::new(val);
        loop {
            if let Poll::Ready(r) = op.step(self, who, note)? {
                return Ok(r);
            }
        }
    }

    /// `popHead` run to completion.
    #[inline]
    pub fn pop_head(
        &mut self,
        who: &Owner,
        note: &mut impl FnMut(ChainNote<T>),
    ) -> Result<ChainPop<T>, RoleError> {
        let mut op = ChainPopHead::new();
        loop {
            if let Poll::Ready(r) = op.step(self, who, note)? {
                return Ok(r);
            }
        }
    }

    /// `popTail` run to completion.
    #[inline]
    pub fn pop_tail(&mut self, note: &mut impl FnMut(ChainNote<T>)) -> ChainPop<T> {
        let mut op = ChainPopTail::new();
        loop {
            if let Poll::Ready(r) = op.step(self, note) {
                return r;
            }
        }
    }
}
