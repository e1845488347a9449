//! `poolChain`'s `pushHead`, `popHead` and `popTail` as step machines built from the
//! dequeue's. Each step may report a [`ChainNote`]; `PoolChain::push_head` etc. run
//! a machine to completion (what the pool does: a pool operation is atomic).

use super::chain::{ChainNote, ChainPop, PoolChain, RingSlot};
use super::dequeue::{Owner, Poll, PopOutcome, PushOutcome, RoleError, SlotAt};
use super::dequeue_ops::{PopHead, PopTail, PushHead};

/// How much of a ring operation one chain step takes: one ring step (so a driver
/// can interleave them), or the whole ring operation (the pool's atomic use,
/// which then looks the ring up once instead of once per ring step).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Grain {
    Step,
    WholeRingOp,
}

/// Runs `step` once, or while it is `Pending` for `Grain::WholeRingOp`.
#[inline(always)]
fn run<R>(grain: Grain, mut step: impl FnMut() -> Poll<R>) -> Poll<R> {
    loop {
        let r = step();
        if grain == Grain::Step || !matches!(r, Poll::Pending) {
            return r;
        }
    }
}

fn ring_slot(ring: u32, size: usize, at: SlotAt) -> RingSlot {
    RingSlot {
        ring,
        size: size as u32,
        at,
    }
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
        self.step_owned(c, note, Grain::Step)
    }

    /// One step by a caller that already checked the owner: the chain's rings
    /// all belong to the chain's owner, so ring steps skip their own check.
    #[inline]
    pub(crate) fn step_owned(
        &mut self,
        c: &mut PoolChain<T>,
        note: &mut impl FnMut(ChainNote<T>),
        grain: Grain,
    ) -> Result<Poll<RingSlot>, RoleError> {
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
                let r = run(grain, || op.step_owned(&mut e.d));
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
        Ok(self.step_owned(c, note, Grain::Step))
    }

    /// One step by a caller that already checked the owner.
    #[inline]
    pub(crate) fn step_owned<T: Copy>(
        &mut self,
        c: &mut PoolChain<T>,
        note: &mut impl FnMut(ChainNote<T>),
        grain: Grain,
    ) -> Poll<ChainPop<T>> {
        match self.state {
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
                    return Poll::Ready(ChainPop::Empty);
                };
                let r = run(grain, || op.step_owned(&mut e.d));
                let (head, tail) = e.d.head_tail();
                let size = e.d.len();
                self.state = ChainPopHeadState::Pop { ring, op };
                match r {
                    Poll::Ready(PopOutcome::Popped(v, at)) => {
                        let rs = ring_slot(ring, size, at);
                        if ring < c.tail.unwrap_or(0) {
                            c.drop_unlinked();
                        }
                        note(ChainNote::Popped(v, rs));
                        Poll::Ready(ChainPop::Popped(v, rs))
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
        self.step_with(c, note, Grain::Step)
    }

    #[inline]
    pub(crate) fn step_with<T: Copy>(
        &mut self,
        c: &mut PoolChain<T>,
        note: &mut impl FnMut(ChainNote<T>),
        grain: Grain,
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
                let (r, size) = match c.elt_mut(ring) {
                    Some(e) => (run(grain, || op.step(&mut e.d)), e.d.len()),
                    None => (Poll::Ready(PopOutcome::Empty), 0),
                };
                self.state = ChainPopTailState::Pop { ring, next, op };
                match r {
                    Poll::Ready(PopOutcome::Popped(v, at)) => {
                        let rs = ring_slot(ring, size, at);
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
        self.check_owner(who)?;
        let mut op = ChainPushHead::new(val);
        loop {
            if let Poll::Ready(r) = op.step_owned(self, note, Grain::WholeRingOp)? {
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
        self.check_owner(who)?;
        let mut op = ChainPopHead::new();
        loop {
            if let Poll::Ready(r) = op.step_owned(self, note, Grain::WholeRingOp) {
                return Ok(r);
            }
        }
    }

    /// `popTail` run to completion.
    #[inline]
    pub fn pop_tail(&mut self, note: &mut impl FnMut(ChainNote<T>)) -> ChainPop<T> {
        let mut op = ChainPopTail::new();
        loop {
            if let Poll::Ready(r) = op.step_with(self, note, Grain::WholeRingOp) {
                return r;
            }
        }
    }
}
