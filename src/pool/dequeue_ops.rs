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
            PushState::Load => match d.push_load() {
                Ok(slot) => {
                    self.state = PushState::CheckSlot { slot };
                    Poll::Pending
                }
                Err(full) => Poll::Ready(full),
            },
            PushState::CheckSlot { slot } => match d.push_check_slot(slot) {
                Ok(()) => {
                    self.state = PushState::Write { slot };
                    Poll::Pending
                }
                Err(busy) => Poll::Ready(busy),
            },
            PushState::Write { slot } => {
                d.push_write(slot, self.val);
                self.state = PushState::Publish { slot };
                Poll::Pending
            }
            PushState::Publish { slot } => Poll::Ready(d.push_publish(slot)),
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

impl PopState {
    /// The Load and Cas steps, which popHead and popTail share but for `cas`
    /// (which gives the slot now owned, or `None` when it lost a race).
    #[inline(always)]
    fn load_or_cas<T: Copy>(
        &mut self,
        d: &mut PoolDequeue<T>,
        cas: fn(&mut PoolDequeue<T>, u64) -> Option<u32>,
    ) -> Poll<PopOutcome<T>> {
        if let PopState::Cas { ptrs } = *self {
            let Some(slot) = cas(d, ptrs) else {
                *self = PopState::Load;
                return Poll::LostRace;
            };
            *self = PopState::Read { slot };
            return Poll::Pending;
        }
        match d.pop_load() {
            Some(ptrs) => {
                *self = PopState::Cas { ptrs };
                Poll::Pending
            }
            None => Poll::Ready(PopOutcome::Empty),
        }
    }
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
            PopState::Load | PopState::Cas { .. } => {
                self.state.load_or_cas(d, PoolDequeue::pop_head_cas)
            }
            // Unlike popTail, zeroing isn't racing with pushHead, so read and
            // zero are one step.
            PopState::Read { slot } | PopState::Clear { slot } => {
                self.state = PopState::Load;
                Poll::Ready(d.take_slot(slot))
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
            PopState::Load | PopState::Cas { .. } => {
                self.state.load_or_cas(d, PoolDequeue::pop_tail_cas)
            }
            PopState::Read { slot } => {
                // We now own slot; the value is read in the next step together
                // with clearing, but pushHead still sees the slot as busy until
                // then.
                self.state = PopState::Clear { slot };
                Poll::Pending
            }
            PopState::Clear { slot } => {
                self.state = PopState::Load;
                Poll::Ready(d.take_slot(slot))
            }
        }
    }
}

/// The steps themselves, shared by the step machines above and by the
/// run-to-completion operations below (which read like Go's functions).
impl<T: Copy> PoolDequeue<T> {
    /// pushHead's first step: the head slot, unless the queue is full.
    #[inline(always)]
    fn push_load(&self) -> Result<u32, PushOutcome> {
        let (head, tail) = unpack(self.head_tail);
        if tail.wrapping_add(self.vals.len() as u32) == head {
            // Queue is full.
            return Err(PushOutcome::Full);
        }
        Ok(self.slot_index(head))
    }

    /// Check if the head slot has been released by popTail.
    #[inline(always)]
    fn push_check_slot(&self, slot: u32) -> Result<(), PushOutcome> {
        // (A slot beyond the ring means a machine was stepped on another ring
        // than it started on: refuse rather than panic.)
        if self.vals.get(slot as usize).is_none_or(|v| v.is_some()) {
            // Another goroutine is still cleaning up the tail, so the queue is
            // actually still full.
            return Err(PushOutcome::SlotBusy);
        }
        Ok(())
    }

    /// The head slot is free, so we own it.
    #[inline(always)]
    fn push_write(&mut self, slot: u32, val: T) {
        if let Some(v) = self.vals.get_mut(slot as usize) {
            *v = Some(val);
        }
    }

    /// Increment head. This passes ownership of slot to popTail and acts as a
    /// store barrier for writing the slot.
    #[inline(always)]
    fn push_publish(&mut self, slot: u32) -> PushOutcome {
        self.head_tail = self.head_tail.wrapping_add(1 << DEQUEUE_BITS);
        PushOutcome::Pushed(self.at(slot))
    }

    /// A pop's first step: `head_tail` as loaded, unless the queue is empty.
    #[inline(always)]
    fn pop_load(&self) -> Option<u64> {
        let (head, tail) = unpack(self.head_tail);
        (tail != head).then_some(self.head_tail)
    }

    /// Confirm tail and decrement head. We do this before reading the value to
    /// take back ownership of this slot. `None`: the CAS lost a race.
    #[inline(always)]
    fn pop_head_cas(&mut self, ptrs: u64) -> Option<u32> {
        let (head, tail) = unpack(ptrs);
        let head = head.wrapping_sub(1);
        if self.head_tail != ptrs {
            return None;
        }
        self.head_tail = pack(head, tail);
        Some(self.slot_index(head))
    }

    /// Confirm head and tail (for our speculative check above) and increment
    /// tail. If this succeeds, then we own the slot at tail. `None`: the CAS lost
    /// a race.
    #[inline(always)]
    fn pop_tail_cas(&mut self, ptrs: u64) -> Option<u32> {
        let (head, tail) = unpack(ptrs);
        if self.head_tail != ptrs {
            return None;
        }
        self.head_tail = pack(head, tail.wrapping_add(1));
        Some(self.slot_index(tail))
    }

    /// Read the slot we own and zero it. For popTail this tells pushHead that
    /// we're done with the slot; zeroing is also important so we don't leave
    /// behind references that could keep this object live longer than necessary.
    #[inline(always)]
    fn take_slot(&mut self, slot: u32) -> PopOutcome<T> {
        match self.vals.get_mut(slot as usize).and_then(Option::take) {
            Some(v) => PopOutcome::Popped(v, self.at(slot)),
            // Unreachable while [tail, head) slots are filled; report empty
            // rather than panic.
            None => PopOutcome::Empty,
        }
    }
}

impl<T: Copy> PoolDequeue<T> {
    /// `pushHead` run to completion. Go returns false when full; see [`PushOutcome`].
    #[inline]
    pub fn push_head(&mut self, who: &Owner, val: T) -> Result<PushOutcome, RoleError> {
        self.check_owner(who)?;
        Ok(self.push_head_owned(val))
    }

    /// `pushHead` by a caller that already checked the owner.
    #[inline(always)]
    pub(crate) fn push_head_owned(&mut self, val: T) -> PushOutcome {
        let slot = match self.push_load() {
            Ok(slot) => slot,
            Err(full) => return full,
        };
        if let Err(busy) = self.push_check_slot(slot) {
            return busy;
        }
        self.push_write(slot, val);
        self.push_publish(slot)
    }

    /// `popHead` run to completion.
    #[inline]
    pub fn pop_head(&mut self, who: &Owner) -> Result<PopOutcome<T>, RoleError> {
        self.check_owner(who)?;
        Ok(self.pop_head_owned())
    }

    /// `popHead` by a caller that already checked the owner.
    #[inline(always)]
    pub(crate) fn pop_head_owned(&mut self) -> PopOutcome<T> {
        loop {
            let Some(ptrs) = self.pop_load() else {
                return PopOutcome::Empty;
            };
            if let Some(slot) = self.pop_head_cas(ptrs) {
                return self.take_slot(slot);
            }
        }
    }

    /// `popTail` run to completion.
    #[inline]
    pub fn pop_tail(&mut self) -> PopOutcome<T> {
        loop {
            let Some(ptrs) = self.pop_load() else {
                return PopOutcome::Empty;
            };
            if let Some(slot) = self.pop_tail_cas(ptrs) {
                return self.take_slot(slot);
            }
        }
    }
}
