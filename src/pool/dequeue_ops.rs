//! The three `poolDequeue` operations as step machines: `pushHead`, `popHead`,
//! `popTail`. Each `step` is one access to shared state (a load, a CAS, a slot read
//! or write), so a driver can interleave operations exactly where Go's goroutines
//! could. `PoolDequeue::push_head` etc. run one machine to completion.

use super::dequeue::{
    pack, unpack, Owner, Poll, PoolDequeue, PopOutcome, PushOutcome, RoleError, DEQUEUE_BITS,
};

/// `pushHead(val)`: load, check the head slot, write it, publish by adding to head.
#[derive(Clone, Copy, Debug)]
pub struct PushHead<T> {
    val: T,
    state: PushState,
}

#[derive(Clone, Copy, Debug)]
enum PushState {
    Load,
    CheckSlot { slot: u32 },
    Write { slot: u32 },
    Publish { slot: u32 },
}

impl<T: Copy> PushHead<T> {
    pub fn new(val: T) -> Self {
        PushHead {
            val,
            state: PushState::Load,
        }
    }

    /// One step; only the owner may take it.
    #[inline]
    pub fn step(
        &mut self,
        d: &mut PoolDequeue<T>,
        who: &Owner,
    ) -> Result<Poll<PushOutcome>, RoleError> {
        d.check_owner(who)?;
        Ok(self.step_owned(d))
    }

    /// One step by a caller that already checked the owner (the chain, which
    /// owns all its rings, checks once per operation).
    #[inline]
    pub(crate) fn step_owned(&mut self, d: &mut PoolDequeue<T>) -> Poll<PushOutcome> {
        match self.state {
            PushState::Load => {
                let (head, tail) = unpack(d.head_tail);
                if tail.wrapping_add(d.vals.len() as u32) == head {
                    // Queue is full.
                    return Poll::Ready(PushOutcome::Full);
                }
                self.state = PushState::CheckSlot {
                    slot: d.slot_index(head),
                };
                Poll::Pending
            }
            PushState::CheckSlot { slot } => {
                // Check if the head slot has been released by popTail.
                // (A slot beyond the ring means the machine was stepped on another
                // ring than it started on: refuse rather than panic.)
                if d.vals.get(slot as usize).is_none_or(|v| v.is_some()) {
                    // Another goroutine is still cleaning up the tail, so the
                    // queue is actually still full.
                    return Poll::Ready(PushOutcome::SlotBusy);
                }
                self.state = PushState::Write { slot };
                Poll::Pending
            }
            PushState::Write { slot } => {
                // The head slot is free, so we own it.
                if let Some(v) = d.vals.get_mut(slot as usize) {
                    *v = Some(self.val);
                }
                self.state = PushState::Publish { slot };
                Poll::Pending
            }
            PushState::Publish { slot } => {
                // Increment head. This passes ownership of slot to popTail and
                // acts as a store barrier for writing the slot.
                d.head_tail = d.head_tail.wrapping_add(1 << DEQUEUE_BITS);
                Poll::Ready(PushOutcome::Pushed(d.at(slot)))
            }
        }
    }
}

/// `popHead()`: load, CAS head-1 (taking back the slot), then read and zero it.
#[derive(Clone, Copy, Debug)]
pub struct PopHead {
    state: PopState,
}

/// `popTail()`: load, CAS tail+1 (owning the slot), read it, then clear it, which
/// hands the slot back to pushHead.
#[derive(Clone, Copy, Debug)]
pub struct PopTail {
    state: PopState,
}

#[derive(Clone, Copy, Debug)]
enum PopState {
    Load,
    Cas { ptrs: u64 },
    Read { slot: u32 },
    Clear { slot: u32 },
}

impl Default for PopHead {
    fn default() -> Self {
        PopHead {
            state: PopState::Load,
        }
    }
}

impl Default for PopTail {
    fn default() -> Self {
        PopTail {
            state: PopState::Load,
        }
    }
}

impl PopHead {
    pub fn new() -> Self {
        Self::default()
    }

    /// One step; only the owner may take it.
    #[inline]
    pub fn step<T: Copy>(
        &mut self,
        d: &mut PoolDequeue<T>,
        who: &Owner,
    ) -> Result<Poll<PopOutcome<T>>, RoleError> {
        d.check_owner(who)?;
        Ok(self.step_owned(d))
    }

    /// One step by a caller that already checked the owner.
    #[inline]
    pub(crate) fn step_owned<T: Copy>(&mut self, d: &mut PoolDequeue<T>) -> Poll<PopOutcome<T>> {
        match self.state {
            PopState::Load => {
                let (head, tail) = unpack(d.head_tail);
                if tail == head {
                    return Poll::Ready(PopOutcome::Empty);
                }
                self.state = PopState::Cas { ptrs: d.head_tail };
                Poll::Pending
            }
            PopState::Cas { ptrs } => {
                // Confirm tail and decrement head. We do this before reading the
                // value to take back ownership of this slot.
                let (head, tail) = unpack(ptrs);
                let head = head.wrapping_sub(1);
                if d.head_tail != ptrs {
                    self.state = PopState::Load;
                    return Poll::LostRace;
                }
                d.head_tail = pack(head, tail);
                self.state = PopState::Read {
                    slot: d.slot_index(head),
                };
                Poll::Pending
            }
            // Unlike popTail, zeroing isn't racing with pushHead, so read and
            // zero are one step.
            PopState::Read { slot } | PopState::Clear { slot } => {
                self.state = PopState::Load;
                match d.vals.get_mut(slot as usize).and_then(Option::take) {
                    Some(v) => Poll::Ready(PopOutcome::Popped(v, d.at(slot))),
                    // Unreachable while [tail, head) slots are filled; report empty
                    // rather than panic.
                    None => Poll::Ready(PopOutcome::Empty),
                }
            }
        }
    }
}

impl PopTail {
    pub fn new() -> Self {
        Self::default()
    }

    /// One step; any P may take it.
    #[inline]
    pub fn step<T: Copy>(&mut self, d: &mut PoolDequeue<T>) -> Poll<PopOutcome<T>> {
        match self.state {
            PopState::Load => {
                let (head, tail) = unpack(d.head_tail);
                if tail == head {
                    return Poll::Ready(PopOutcome::Empty);
                }
                self.state = PopState::Cas { ptrs: d.head_tail };
                Poll::Pending
            }
            PopState::Cas { ptrs } => {
                // Confirm head and tail (for our speculative check above) and
                // increment tail. If this succeeds, then we own the slot at tail.
                let (head, tail) = unpack(ptrs);
                if d.head_tail != ptrs {
                    self.state = PopState::Load;
                    return Poll::LostRace;
                }
                d.head_tail = pack(head, tail.wrapping_add(1));
                self.state = PopState::Read {
                    slot: d.slot_index(tail),
                };
                Poll::Pending
            }
            PopState::Read { slot } => {
                // We now own slot; the value is read in the next step together
                // with clearing, but pushHead still sees the slot as busy until
                // then.
                self.state = PopState::Clear { slot };
                Poll::Pending
            }
            PopState::Clear { slot } => {
                // Tell pushHead that we're done with this slot. Zeroing the slot
                // is also important so we don't leave behind references that could
                // keep this object live longer than necessary.
                self.state = PopState::Load;
                match d.vals.get_mut(slot as usize).and_then(Option::take) {
                    Some(v) => Poll::Ready(PopOutcome::Popped(v, d.at(slot))),
                    None => Poll::Ready(PopOutcome::Empty),
                }
            }
        }
    }
}

impl<T: Copy> PoolDequeue<T> {
    /// `pushHead` run to completion. Go returns false when full; see [`PushOutcome`].
    #[inline]
    pub fn push_head(&mut self, who: &Owner, val: T) -> Result<PushOutcome, RoleError> {
        self.check_owner(who)?;
        let mut op = PushHead::new(val);
        loop {
            if let Poll::Ready(r) = op.step_owned(self) {
                return Ok(r);
            }
        }
    }

    /// `popHead` run to completion.
    #[inline]
    pub fn pop_head(&mut self, who: &Owner) -> Result<PopOutcome<T>, RoleError> {
        self.check_owner(who)?;
        let mut op = PopHead::new();
        loop {
            if let Poll::Ready(r) = op.step_owned(self) {
                return Ok(r);
            }
        }
    }

    /// `popTail` run to completion.
    #[inline]
    pub fn pop_tail(&mut self) -> PopOutcome<T> {
        let mut op = PopTail::new();
        loop {
            if let Poll::Ready(r) = op.step(self) {
                return r;
            }
        }
    }
}
