//! The objects table: each object's [`ObjectInfo`] and its place, packed in one
//! `u64` so that Put and Get move an object with a single store.
//!
//! Writing a 24-byte `Place` enum cost a store-forwarding stall that tripled the
//! time of a Put+Get pair. Values too big for their bits (never in practice) go to
//! an overflow map, so the encoding stays exact.

use super::object::{GoroutineId, ObjId, ObjectInfo, Origin, Pid, Place, PoolId};

const T_PRIVATE: u64 = 0;
const T_RING: u64 = 1;
const T_VPRIVATE: u64 = 2;
const T_VRING: u64 = 3;
const T_HELD: u64 = 4;
const T_COLLECTED: u64 = 5;
const T_LOST: u64 = 6;
const T_OVERFLOW: u64 = 7;

#[inline]
fn fits(v: u64, bits: u32) -> bool {
    v < (1 << bits)
}

// Packing: tag in bits 0..4; private slots: pool 4..24, p 24..44; ring slots:
// pool 4..16, p 16..28, ring 28..36, slot 36..64; held: goroutine 4..64. The
// encoders take plain numbers: building a `Place` first made LLVM spill it to the
// stack and reload it with a wider load (a store-forwarding stall).
#[inline(always)]
fn enc_private(t: u64, pool: PoolId, p: Pid) -> Option<u64> {
    let (pool, p) = (pool.0 as u64, p.0 as u64);
    ((pool | p) >> 20 == 0).then_some(t | pool << 4 | p << 24)
}

#[inline(always)]
fn enc_ring(t: u64, pool: PoolId, p: Pid, ring: u32, slot: u32) -> Option<u64> {
    let (pool, p, ring, slot) = (pool.0 as u64, p.0 as u64, ring as u64, slot as u64);
    // (One test for all four fields: `fits` for each, without four branches.)
    (pool >> 12 | p >> 12 | ring >> 8 | slot >> 28 == 0)
        .then_some(t | pool << 4 | p << 16 | ring << 28 | slot << 36)
}

#[inline(always)]
fn enc_held(g: GoroutineId) -> Option<u64> {
    fits(g.0, 60).then_some(T_HELD | g.0 << 4)
}

fn encode(place: Place) -> Option<u64> {
    match place {
        Place::Private { pool, p } => enc_private(T_PRIVATE, pool, p),
        Place::VictimPrivate { pool, p } => enc_private(T_VPRIVATE, pool, p),
        Place::Ring {
            pool,
            p,
            ring,
            slot,
        } => enc_ring(T_RING, pool, p, ring, slot),
        Place::VictimRing {
            pool,
            p,
            ring,
            slot,
        } => enc_ring(T_VRING, pool, p, ring, slot),
        Place::Held { goroutine } => enc_held(goroutine),
        Place::Collected => Some(T_COLLECTED),
        Place::Lost => Some(T_LOST),
    }
}

#[inline]
fn decode(v: u64) -> Option<Place> {
    let bits = |from: u32, n: u32| (v >> from) & ((1 << n) - 1);
    let pool = |n| PoolId(bits(4, n) as u32);
    Some(match v & 0xF {
        T_PRIVATE => Place::Private {
            pool: pool(20),
            p: Pid(bits(24, 20) as u32),
        },
        T_VPRIVATE => Place::VictimPrivate {
            pool: pool(20),
            p: Pid(bits(24, 20) as u32),
        },
        T_RING | T_VRING => {
            let (pool, p) = (pool(12), Pid(bits(16, 12) as u32));
            let (ring, slot) = (bits(28, 8) as u32, bits(36, 28) as u32);
            if v & 0xF == T_RING {
                Place::Ring {
                    pool,
                    p,
                    ring,
                    slot,
                }
            } else {
                Place::VictimRing {
                    pool,
                    p,
                    ring,
                    slot,
                }
            }
        }
        T_HELD => Place::Held {
            goroutine: GoroutineId(v >> 4),
        },
        T_COLLECTED => Place::Collected,
        T_LOST => Place::Lost,
        _ => return None,
    })
}

/// All objects, indexed by `ObjId`.
#[derive(Clone, Debug, Default)]
pub(crate) struct ObjectTable {
    objs: Vec<ObjectInfo>,
    places: Vec<u64>,
    overflow: Overflow,
}

/// The places that did not fit their packed word, by object id: a plain list with the
/// few map methods the table uses. It is empty in practice, and a `BTreeMap` here cost
/// the Wasm bundle a copy of its code for one more key/value type (2 KB gzip, see
/// docs/release-profile.md).
#[derive(Clone, Debug, Default)]
struct Overflow(Vec<(u32, Place)>);

impl Overflow {
    fn get(&self, id: &u32) -> Option<&Place> {
        self.0.iter().find(|e| e.0 == *id).map(|e| &e.1)
    }

    fn insert(&mut self, id: u32, place: Place) {
        self.remove(&id);
        self.0.push((id, place));
    }

    fn remove(&mut self, id: &u32) {
        self.0.retain(|e| e.0 != *id);
    }

    #[cfg(test)]
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl ObjectTable {
    pub fn insert(&mut self, origin: Origin, place: Place) -> ObjId {
        let id = ObjId(self.objs.len() as u32);
        self.objs.push(ObjectInfo {
            origin,
            closer: false,
            closed: false,
            leaked: false,
        });
        self.places.push(T_COLLECTED);
        self.set_place(id, place);
        id
    }

    #[inline]
    pub fn get(&self, id: ObjId) -> Option<&ObjectInfo> {
        self.objs.get(id.0 as usize)
    }

    #[inline]
    pub fn get_mut(&mut self, id: ObjId) -> Option<&mut ObjectInfo> {
        self.objs.get_mut(id.0 as usize)
    }

    /// Whether the object is in a local or victim array (a tag test on the
    /// packed word); `None` for an unknown id.
    #[inline]
    pub fn is_pooled(&self, id: ObjId) -> Option<bool> {
        match self.places.get(id.0 as usize) {
            Some(&T_OVERFLOW) => self.place(id).map(|p| p.is_pooled()),
            Some(v) => Some(v & 0xF <= T_VRING),
            None => None,
        }
    }

    #[inline]
    pub fn place(&self, id: ObjId) -> Option<Place> {
        let v = *self.places.get(id.0 as usize)?;
        decode(v).or_else(|| self.overflow.get(&id.0).copied())
    }

    /// Moves an object; unknown ids are ignored (callers validated them).
    pub fn set_place(&mut self, id: ObjId, place: Place) {
        self.set_code(id, encode(place), || place);
    }

    /// `set_place(id, Held { goroutine })` for hot paths.
    #[inline(always)]
    pub fn set_held(&mut self, id: ObjId, goroutine: GoroutineId) {
        self.set_code(id, enc_held(goroutine), || Place::Held { goroutine });
    }

    /// `set_place(id, Private { pool, p })` for hot paths.
    #[inline(always)]
    pub fn set_private(&mut self, id: ObjId, pool: PoolId, p: Pid) {
        self.set_code(id, enc_private(T_PRIVATE, pool, p), || Place::Private {
            pool,
            p,
        });
    }

    /// `set_place(id, Ring { pool, p, ring, slot })` for hot paths.
    #[inline(always)]
    pub fn set_ring(&mut self, id: ObjId, pool: PoolId, p: Pid, ring: u32, slot: u32) {
        self.set_code(id, enc_ring(T_RING, pool, p, ring, slot), || Place::Ring {
            pool,
            p,
            ring,
            slot,
        });
    }

    #[inline(always)]
    fn set_code(&mut self, id: ObjId, code: Option<u64>, place: impl FnOnce() -> Place) {
        let Some(slot) = self.places.get_mut(id.0 as usize) else {
            return;
        };
        match code {
            Some(v) => {
                if std::mem::replace(slot, v) == T_OVERFLOW {
                    self.overflow.remove(&id.0);
                }
            }
            None => {
                *slot = T_OVERFLOW;
                self.overflow.insert(id.0, place());
            }
        }
    }

    pub fn len(&self) -> usize {
        self.objs.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = (ObjId, Place, &ObjectInfo)> {
        self.objs.iter().enumerate().map(|(i, o)| {
            let id = ObjId(i as u32);
            (id, self.place(id).unwrap_or(Place::Collected), o)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_round_trip_including_overflow() {
        let mut t = ObjectTable::default();
        let id = t.insert(
            Origin::New {
                pool: PoolId(0),
                k: 1,
            },
            Place::Lost,
        );
        let places = [
            Place::Private {
                pool: PoolId(3),
                p: Pid(5),
            },
            Place::Ring {
                pool: PoolId(4095),
                p: Pid(4095),
                ring: 255,
                slot: (1 << 28) - 1,
            },
            Place::VictimPrivate {
                pool: PoolId(7),
                p: Pid(1),
            },
            Place::VictimRing {
                pool: PoolId(1),
                p: Pid(2),
                ring: 3,
                slot: 4,
            },
            Place::Held {
                goroutine: GoroutineId(42),
            },
            // Too big for the packed bits: kept exactly in the overflow map.
            Place::Ring {
                pool: PoolId(1 << 20),
                p: Pid(1 << 30),
                ring: 300,
                slot: 1 << 29,
            },
            Place::Held {
                goroutine: GoroutineId(u64::MAX),
            },
            Place::Collected,
            Place::Lost,
        ];
        for p in places {
            t.set_place(id, p);
            assert_eq!(t.place(id), Some(p));
        }
        assert!(t.overflow.is_empty(), "overflow entries are removed again");
    }
}
