//! `poolChain`'s `pushHead`, `popHead` and `popTail` run to completion: what the
//! pool does, since a pool operation is atomic in the engine. They read like Go's
//! functions and are built from the same steps as the step machines
//! (`chain_ops.rs`, `chain_tail.rs`) that a driver interleaves, and report the same
//! [`ChainNote`]s in the same order (a test below checks both against each other).
//!
//! Running a step machine to completion instead cost a jump through its state
//! table for every step: most of the time of a Put or Get that reaches a ring.
//! With nothing interleaved, a ring's compare-and-swap cannot lose, so the
//! `LostRace` note never occurs here; the ring operations still retry as Go's do.

use super::chain::{ChainNote, ChainPop, PoolChain, RingSlot};
use super::chain_ops::{popped, ring_slot};
use super::dequeue::{Owner, PopOutcome, PushOutcome, RoleError};

impl<T: Copy> PoolChain<T> {
    /// `pushHead` run to completion; a chain push always succeeds.
    #[inline]
    pub fn push_head(
        &mut self,
        who: &Owner,
        val: T,
        note: &mut impl FnMut(ChainNote<T>),
    ) -> Result<RingSlot, RoleError> {
        // The chain's rings all belong to the chain's owner, so the ring
        // operations skip their own check.
        self.check_owner(who)?;
        let mut ring = self.head_or_init(note)?;
        loop {
            if let Some(e) = self.elt_mut(ring) {
                match e.d.push_head_owned(val) {
                    PushOutcome::Pushed(at) => {
                        let rs = ring_slot(ring, e.d.len(), at);
                        note(ChainNote::Pushed(val, rs));
                        return Ok(rs);
                    }
                    outcome => note(ChainNote::PushFailed { ring, outcome }),
                }
            }
            // The current dequeue is full. Allocate a new one of twice the size.
            ring = self.grow_noted(ring, note)?;
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
        let Some(mut ring) = self.head else {
            note(ChainNote::NoRing);
            return Ok(ChainPop::Empty);
        };
        loop {
            // A dropped ring was drained and cleared for good, and so was
            // everything older.
            let Some(e) = self.elt_mut(ring) else {
                return Ok(ChainPop::Empty);
            };
            if let PopOutcome::Popped(v, at) = e.d.pop_head_owned() {
                let rs = ring_slot(ring, e.d.len(), at);
                return Ok(popped(self, v, rs, note));
            }
            self.note_ring_empty(ring, note);
            // There may still be unconsumed elements in the previous dequeue, so
            // try backing up.
            let Some(to) = self.elt(ring).and_then(|e| e.prev) else {
                return Ok(ChainPop::Empty);
            };
            note(ChainNote::BackUp { from: ring, to });
            ring = to;
        }
    }

    /// `popTail` run to completion.
    #[inline]
    pub fn pop_tail(&mut self, note: &mut impl FnMut(ChainNote<T>)) -> ChainPop<T> {
        let Some(mut ring) = self.tail else {
            note(ChainNote::NoRing);
            return ChainPop::Empty;
        };
        loop {
            // It's important that we load the next pointer *before* popping the
            // tail (see `ChainPopTail`).
            let next = self.load_next(ring);
            if let Some(e) = self.elt_mut(ring) {
                if let PopOutcome::Popped(v, at) = e.d.pop_tail() {
                    let rs = ring_slot(ring, e.d.len(), at);
                    return popped(self, v, rs, note);
                }
            }
            self.note_ring_empty(ring, note);
            // This is the only dequeue. It's empty right now, but could be pushed
            // to in the future.
            let Some(next) = next else {
                return ChainPop::Empty;
            };
            // The tail of the chain has been drained, so move on to the next
            // dequeue. Try to drop it from the chain so the next pop doesn't have
            // to look at the empty dequeue again.
            if self.tail == Some(ring) {
                self.tail = Some(next);
                self.unlink(ring, next, note);
            }
            ring = next;
        }
    }
}

#[cfg(test)]
mod tests {
    //! The run-to-completion operations against their step machines: the same
    //! random operations on two chains give the same results, notes and rings.

    use super::super::chain_ops::{ChainPopHead, ChainPushHead};
    use super::super::chain_tail::ChainPopTail;
    use super::super::dequeue::Poll;
    use super::super::object::Pid;
    use super::*;

    fn stepped<R>(mut step: impl FnMut() -> Poll<R>) -> R {
        loop {
            if let Poll::Ready(r) = step() {
                return r;
            }
        }
    }

    #[test]
    fn run_to_completion_matches_the_step_machines() {
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut seen = [false; 4];
        for start in [0, u32::MAX - 40] {
            let (mut direct, who) = PoolChain::<u32>::new(Pid(0), start);
            let (mut machine, who2) = PoolChain::<u32>::new(Pid(0), start);
            for v in 0..20_000u32 {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                let (mut a, mut b) = (Vec::new(), Vec::new());
                // Phases of mostly pushes and of mostly pops, so rings grow,
                // drain and are unlinked.
                let pushes = if (v / 1000) % 2 == 0 { 5 } else { 2 };
                match x % 8 {
                    k if k < pushes => {
                        let r = direct.push_head(&who, v, &mut |n| a.push(n));
                        let mut op = ChainPushHead::new(v);
                        let s =
                            stepped(|| op.step(&mut machine, &who2, &mut |n| b.push(n)).unwrap());
                        assert_eq!(r, Ok(s));
                    }
                    k if k % 2 == 0 => {
                        let r = direct.pop_head(&who, &mut |n| a.push(n));
                        let mut op = ChainPopHead::new();
                        let s =
                            stepped(|| op.step(&mut machine, &who2, &mut |n| b.push(n)).unwrap());
                        assert_eq!(r, Ok(s));
                    }
                    _ => {
                        let r = direct.pop_tail(&mut |n| a.push(n));
                        let mut op = ChainPopTail::new();
                        let s = stepped(|| op.step(&mut machine, &mut |n| b.push(n)));
                        assert_eq!(r, s);
                    }
                }
                assert_eq!(a, b, "notes of operation {v}");
                for n in a {
                    match n {
                        ChainNote::Grow { .. } => seen[0] = true,
                        ChainNote::BackUp { .. } => seen[1] = true,
                        ChainNote::Unlink { .. } => seen[2] = true,
                        ChainNote::RingEmpty { .. } => seen[3] = true,
                        _ => {}
                    }
                }
                assert_eq!(
                    (direct.head, direct.tail, direct.base),
                    (machine.head, machine.tail, machine.base)
                );
                let slots = v % 128 == 0;
                let rings = |c: &PoolChain<u32>| {
                    c.rings()
                        .map(|(n, e)| {
                            let vals = if slots {
                                e.d.slots().to_vec()
                            } else {
                                Vec::new()
                            };
                            (n, e.d.head_tail(), vals, e.next, e.prev)
                        })
                        .collect::<Vec<_>>()
                };
                assert_eq!(rings(&direct), rings(&machine));
            }
        }
        assert_eq!(
            seen, [true; 4],
            "grow, back up, unlink, empty ring all happened"
        );
    }
}
