//! Turning chain notes (`ChainNote`, what a poolChain step did) into engine
//! events, with the pool, the Ps and the places that the chain itself does not know.

use super::chain::{ChainNote, RingSlot};
use super::event::{ArgValue, Event, EventKind, GoFunc, RingMark};
use super::object::{GoroutineId, ObjId, Pid, Place, PoolId};

/// Context for turning chain notes into events.
#[derive(Clone, Copy, Debug)]
pub(crate) struct ChainCtx {
    pub pool: PoolId,
    /// The P whose chain it is.
    pub owner: Pid,
    /// The P doing the operation.
    pub actor: Pid,
    pub victim: bool,
    pub func: GoFunc,
    pub goroutine: GoroutineId,
}

impl ChainCtx {
    pub fn place(&self, rs: RingSlot) -> Place {
        let (pool, p, ring, slot) = (self.pool, self.owner, rs.ring, rs.at.slot);
        if self.victim {
            Place::VictimRing {
                pool,
                p,
                ring,
                slot,
            }
        } else {
            Place::Ring {
                pool,
                p,
                ring,
                slot,
            }
        }
    }

    fn mark(&self, ring: u32, size: u32, slot: Option<u32>, head: u32, tail: u32) -> RingMark {
        RingMark {
            p: self.owner,
            victim: self.victim,
            ring,
            size,
            slot,
            head,
            tail,
        }
    }

    fn base(&self, kind: EventKind, key: &'static str) -> Event {
        Event::new(kind, self.func, key)
            .p(self.actor)
            .pool(self.pool)
            .arg("owner", ArgValue::P(self.owner))
    }

    /// The event for one chain note.
    pub fn event(&self, note: ChainNote<ObjId>) -> Event {
        use ChainNote as N;
        let held = Place::Held {
            goroutine: self.goroutine,
        };
        match note {
            N::Init { ring, size } => self
                .base(EventKind::RingNew, "pool.chain.init")
                .ring(self.mark(ring, size, None, 0, 0))
                .arg("size", ArgValue::Int(size as i64)),
            N::PushFailed { ring, outcome } => {
                let key = match outcome {
                    super::dequeue::PushOutcome::SlotBusy => "pool.dequeue.slot_busy",
                    _ => "pool.dequeue.full",
                };
                self.base(EventKind::RingFull, key)
                    .arg("ring", ArgValue::Int(ring as i64))
            }
            N::Grow { ring, size } => self
                .base(EventKind::RingNew, "pool.chain.grow")
                .ring(self.mark(ring, size, None, 0, 0))
                .arg("size", ArgValue::Int(size as i64)),
            N::Pushed(obj, rs) => self
                .base(EventKind::Move, "pool.dequeue.push_head")
                .obj(obj)
                .from(held)
                .to(self.place(rs))
                .ring(self.mark(rs.ring, rs.size, Some(rs.at.slot), rs.at.head, rs.at.tail)),
            N::Popped(obj, rs) => {
                let key = match self.func {
                    GoFunc::PopHead => "pool.dequeue.pop_head",
                    _ => "pool.dequeue.pop_tail",
                };
                self.base(EventKind::Move, key)
                    .obj(obj)
                    .from(self.place(rs))
                    .to(held)
                    .ring(self.mark(rs.ring, rs.size, Some(rs.at.slot), rs.at.head, rs.at.tail))
            }
            N::RingEmpty { ring, head, tail } => self
                .base(EventKind::Empty, "pool.dequeue.empty")
                .arg("ring", ArgValue::Int(ring as i64))
                .arg("head", ArgValue::Int(head as i64))
                .arg("tail", ArgValue::Int(tail as i64)),
            N::BackUp { from, to } => self
                .base(EventKind::BackUp, "pool.chain.back_up")
                .arg("from_ring", ArgValue::Int(from as i64))
                .arg("to_ring", ArgValue::Int(to as i64)),
            N::Unlink { ring, new_tail } => self
                .base(EventKind::RingUnlink, "pool.chain.unlink")
                .arg("ring", ArgValue::Int(ring as i64))
                .arg("new_tail", ArgValue::Int(new_tail as i64)),
            N::LostRace { ring } => self
                .base(EventKind::LostRace, "pool.dequeue.lost_race")
                .arg("ring", ArgValue::Int(ring as i64)),
            N::NoRing => self.base(EventKind::Empty, "pool.chain.no_ring"),
        }
    }
}
