//! The conservation checker: every object is in exactly one place, and the objects
//! table agrees with what the pool structures actually hold.
//!
//! Also checks the rings' own invariant between operations: the slots in
//! `[tail, head)` are filled and every other slot is empty.

use std::collections::HashMap;

use super::engine::Engine;
use super::local::PoolLocal;
use super::object::{ObjId, Place, PoolId};

/// A broken invariant, for test failure messages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConservationError {
    /// The object sits in two places of the structures.
    Duplicated {
        obj: ObjId,
        first: Place,
        second: Place,
    },
    /// The table says one place, the structures another.
    Misplaced {
        obj: ObjId,
        table: Place,
        found: Place,
    },
    /// The table says the object is in a pool, but no structure holds it.
    Missing { obj: ObjId, table: Place },
    /// A structure holds an id the table does not know.
    Unknown { obj: ObjId, found: Place },
    /// A ring slot disagrees with the ring's head and tail.
    BadRing {
        pool: PoolId,
        place: Place,
        detail: &'static str,
    },
}

fn scan(
    pool: PoolId,
    locals: &[PoolLocal],
    victim: bool,
    found: &mut HashMap<ObjId, Place>,
) -> Result<(), ConservationError> {
    for l in locals {
        let p = l.owner();
        for (obj, place) in l.objects(pool, victim) {
            if let Some(first) = found.insert(obj, place) {
                return Err(ConservationError::Duplicated {
                    obj,
                    first,
                    second: place,
                });
            }
        }
        for (ring, e) in l.shared().rings() {
            let d = e.dequeue();
            let (head, tail) = d.head_tail();
            let n = head.wrapping_sub(tail) as usize;
            let bad = |detail| ConservationError::BadRing {
                pool,
                place: Place::Ring {
                    pool,
                    p,
                    ring,
                    slot: 0,
                },
                detail,
            };
            if n > d.len() {
                return Err(bad("head - tail exceeds the ring size"));
            }
            let filled = d.slots().iter().filter(|v| v.is_some()).count();
            if filled != n {
                return Err(bad("filled slots differ from head - tail"));
            }
            for k in 0..n as u32 {
                let i = tail.wrapping_add(k) & (d.len() as u32 - 1);
                if d.slots()[i as usize].is_none() {
                    return Err(bad("empty slot inside [tail, head)"));
                }
            }
        }
    }
    Ok(())
}

impl Engine {
    /// Checks that no object is lost or duplicated: each object the structures hold
    /// appears once, at the place the table gives, and every object the table puts
    /// in a pool is really there.
    pub fn check_conservation(&self) -> Result<(), ConservationError> {
        let mut found = HashMap::new();
        for (i, p) in self.pools.iter().enumerate() {
            let id = PoolId(i as u32);
            scan(id, p.local(), false, &mut found)?;
            scan(id, p.victim(), true, &mut found)?;
        }
        for (&obj, &place) in &found {
            match self.objects.place(obj) {
                None => return Err(ConservationError::Unknown { obj, found: place }),
                Some(table) if table != place => {
                    return Err(ConservationError::Misplaced {
                        obj,
                        table,
                        found: place,
                    })
                }
                Some(_) => {}
            }
        }
        for (obj, table, _) in self.objects.iter() {
            if table.is_pooled() && !found.contains_key(&obj) {
                return Err(ConservationError::Missing { obj, table });
            }
        }
        Ok(())
    }
}
