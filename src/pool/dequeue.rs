//! `poolDequeue` (Go's `poolqueue.go`): a fixed-size single-producer, multi-consumer
//! ring whose head and tail indexes are packed into one 64-bit word.
//!
//! The word `head_tail` is the only thing producer and consumers race on. The
//! engine is single-threaded and deterministic, so "atomic" here means "one step of
//! a step machine" (`dequeue_ops.rs`): a seeded driver can interleave the steps of
//! several operations exactly where Go's goroutines could interleave, and the pool
//! runs each operation to completion.
//!
//! Roles are types: head operations need the [`Owner`] token of the dequeue's P
//! (only the owning P may push or pop the head); any P may pop the tail.
//!
//! Go stores `dequeueNil` for a nil value; the pool never pushes nil (Put(nil) is
//! ignored), so a slot here is simply `Option<T>`: `Some` is Go's "typ != nil".

use super::object::Pid;

/// Bits of `head_tail` used by each index.
pub const DEQUEUE_BITS: u32 = 32;

/// The maximum size of a poolDequeue.
///
/// This must be at most (1<<dequeueBits)/2 because detecting fullness depends on
/// wrapping around the ring buffer without wrapping around the index. Go divides by
/// 4 so this fits in an int on 32-bit.
pub const DEQUEUE_LIMIT: usize = (1 << DEQUEUE_BITS) / 4;

const MASK: u64 = (1 << DEQUEUE_BITS) - 1;

/// Splits `head_tail` into (head, tail).
#[inline]
pub fn unpack(ptrs: u64) -> (u32, u32) {
    (((ptrs >> DEQUEUE_BITS) & MASK) as u32, (ptrs & MASK) as u32)
}

/// Packs (head, tail) into one word, head in the high bits so that adding
/// `1 << DEQUEUE_BITS` increments head and its overflow falls off harmlessly.
#[inline]
pub fn pack(head: u32, tail: u32) -> u64 {
    ((head as u64) << DEQUEUE_BITS) | (tail as u64 & MASK)
}

/// Proof of being the P that owns a dequeue or chain: head operations take it.
///
/// Not `Clone`: the engine mints one when a goroutine pins a P, and a standalone
/// dequeue or chain hands out the one token of its owner when it is made.
#[derive(Debug, PartialEq, Eq)]
pub struct Owner {
    pid: Pid,
}

impl Owner {
    #[inline]
    pub(crate) fn mint(pid: Pid) -> Owner {
        Owner { pid }
    }

    #[inline]
    pub fn pid(&self) -> Pid {
        self.pid
    }

    /// Ok when this token is `owner`'s: head operations and `private` start here.
    #[inline]
    pub(crate) fn check(&self, owner: Pid) -> Result<(), RoleError> {
        if self.pid == owner {
            Ok(())
        } else {
            Err(RoleError::NotOwner {
                owner,
                caller: self.pid,
            })
        }
    }
}

/// Misuse of a dequeue or chain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoleError {
    /// A head operation by a P that does not own the queue.
    NotOwner { owner: Pid, caller: Pid },
    /// Ring sizes must be powers of two within `DEQUEUE_LIMIT` (the size asked
    /// for, saturated to u32).
    BadSize { size: u32 },
}

/// Progress of one step of an operation's step machine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Poll<R> {
    /// The step was taken; call `step` again.
    Pending,
    /// A compare-and-swap lost a race with another operation: the operation
    /// restarts from its first load on the next step.
    LostRace,
    /// The operation finished.
    Ready(R),
}

/// Where an operation touched the ring, and the indexes right after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SlotAt {
    /// Index into the ring's slots (`index & (len-1)`).
    pub slot: u32,
    /// `head` after the operation (next slot to fill).
    pub head: u32,
    /// `tail` after the operation (oldest value).
    pub tail: u32,
}

/// Result of `pushHead`. Go returns `false` for both failures; they differ here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PushOutcome {
    Pushed(SlotAt),
    /// `tail + len == head`: every slot is in use.
    Full,
    /// The head slot is still being cleared by a `popTail` that already moved
    /// the tail: the queue is in effect still full.
    SlotBusy,
}

/// Result of `popHead` / `popTail`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PopOutcome<T> {
    Popped(T, SlotAt),
    /// `tail == head` when loaded.
    Empty,
}

/// A lock-free (here: step-wise) fixed-size ring.
#[derive(Clone, Debug)]
pub struct PoolDequeue<T> {
    owner: Pid,
    /// headTail packs together a 32-bit head index and a 32-bit tail index. Both are
    /// indexes into vals modulo len(vals)-1.
    ///
    /// tail = index of oldest data in queue; head = index of next slot to fill.
    ///
    /// Slots in the range [tail, head) are owned by consumers. A consumer continues
    /// to own a slot outside this range until it clears the slot, at which point
    /// ownership passes to the producer.
    pub(crate) head_tail: u64,
    /// The ring; its length is a power of 2. `None` is an empty slot. A slot is
    /// still in use until *both* the tail has moved beyond it and it is `None`.
    pub(crate) vals: Vec<Option<T>>,
}

impl<T: Copy> PoolDequeue<T> {
    /// A ring of `size` slots owned by `owner`, with head and tail at `start`.
    pub(crate) fn with_owner(size: usize, owner: Pid, start: u32) -> Result<Self, RoleError> {
        if size == 0 || !size.is_power_of_two() || size > DEQUEUE_LIMIT {
            return Err(RoleError::BadSize {
                size: size.min(u32::MAX as usize) as u32,
            });
        }
        Ok(PoolDequeue {
            owner,
            head_tail: pack(start, start),
            vals: vec![None; size],
        })
    }

    /// A standalone ring and its owner's token. `start` sets head and tail (Go's
    /// test helper starts them 500 short of wrapping around).
    pub fn new(size: usize, owner: Pid, start: u32) -> Result<(Self, Owner), RoleError> {
        Ok((Self::with_owner(size, owner, start)?, Owner::mint(owner)))
    }

    pub fn owner(&self) -> Pid {
        self.owner
    }

    #[inline]
    pub(crate) fn check_owner(&self, who: &Owner) -> Result<(), RoleError> {
        who.check(self.owner)
    }

    /// Number of slots.
    pub fn len(&self) -> usize {
        self.vals.len()
    }

    pub fn is_empty(&self) -> bool {
        let (head, tail) = unpack(self.head_tail);
        head == tail
    }

    /// (head, tail) as the UI draws them.
    pub fn head_tail(&self) -> (u32, u32) {
        unpack(self.head_tail)
    }

    /// The slots, `None` where empty.
    pub fn slots(&self) -> &[Option<T>] {
        &self.vals
    }

    #[inline]
    pub(crate) fn slot_index(&self, i: u32) -> u32 {
        i & (self.vals.len() as u32 - 1)
    }

    #[inline]
    pub(crate) fn at(&self, slot: u32) -> SlotAt {
        let (head, tail) = unpack(self.head_tail);
        SlotAt { slot, head, tail }
    }
}
