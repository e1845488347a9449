//! `poolChain`'s `pushHead`, `popHead` and `popTail` as step machines built from the
//! dequeue's. Each step may report a [`ChainNote`]; `PoolChain::push_head` etc. run
//! a machine to completion (what the pool does: a pool operation is atomic).

use super::chain::{ChainNote, ChainPop, PoolChain, RingSlot};
use super::dequeue::{Owner, Poll, PopOutcome, PushOutcome, RoleError, SlotAt};
use super::dequeue_ops::{PopHead, PushHead};

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
pub(crate) fn run<R>(grain: Grain, mut step: impl FnMut() -> Poll<R>) -> Poll<R> {
    loop {
        let r = step();
        if grain == Grain::Step || !matches!(r, Poll::Pending) {
            return r;
        }
    }
}

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
) -> Poll<ChainPop<T>> {
    if rs.ring < c.tail.unwrap_or(0) {
        c.drop_unlinked();
    }
    note(ChainNote::Popped(v, rs));
    Poll::Ready(ChainPop::Popped(v, rs))
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
                        popped(c, v, ring_slot(ring, size, at), note)
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
}
