//! Conservation, property-tested: random sequences of Put, Get, GC and GOMAXPROCS
//! changes on random Ps over several pools. After every operation each object is in
//! exactly one place (the engine's checker compares its table with the structures),
//! no object held by the program moves without an operation on it, and only GC
//! collects while only a GOMAXPROCS change loses.

use std::collections::HashSet;

use poolscope::pool::{Engine, GetOutcome, GoroutineId, ObjId, Pid, Place, PoolId, PutOutcome};
use proptest::prelude::*;

const POOLS: u32 = 3;

#[derive(Clone, Debug)]
enum Op {
    /// Put a held object (index into the held list), or a fresh one.
    Put {
        pool: u32,
        p: usize,
        pick: Option<usize>,
    },
    PutNil {
        pool: u32,
        p: usize,
    },
    Get {
        pool: u32,
        p: usize,
    },
    Gc,
    Procs(usize),
    Close(usize),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0..POOLS, 0..4usize, proptest::option::of(0..8usize))
            .prop_map(|(pool, p, pick)| Op::Put { pool, p, pick }),
        1 => (0..POOLS, 0..4usize).prop_map(|(pool, p)| Op::PutNil { pool, p }),
        4 => (0..POOLS, 0..4usize).prop_map(|(pool, p)| Op::Get { pool, p }),
        1 => Just(Op::Gc),
        1 => (1..=4usize).prop_map(Op::Procs),
        1 => (0..8usize).prop_map(Op::Close),
    ]
}

fn count(e: &Engine, f: impl Fn(&Place) -> bool) -> usize {
    e.objects().filter(|(_, place, _)| f(place)).count()
}

/// Runs the ops, checking after each one; returns the engine.
fn run(ops: &[Op]) -> Result<Engine, TestCaseError> {
    let g = GoroutineId(7);
    let mut e = Engine::new(2);
    for i in 0..POOLS {
        e.new_pool(&format!("p{i}"), i != 0);
    }
    let mut held: Vec<ObjId> = Vec::new();
    let mut fresh = 0;
    for op in ops {
        let procs = e.gomaxprocs();
        let (collected, lost) = (
            count(&e, |p| *p == Place::Collected),
            count(&e, |p| *p == Place::Lost),
        );
        match *op {
            Op::Put { pool, p, pick } => {
                let obj = match pick.filter(|i| *i < held.len()) {
                    Some(i) => held.swap_remove(i),
                    None => {
                        fresh += 1;
                        let o = e.adopt(g, &format!("v{fresh}"));
                        if fresh % 3 == 0 {
                            e.mark_closer(o).unwrap();
                        }
                        o
                    }
                };
                let out = e
                    .put(PoolId(pool), Pid((p % procs) as u32), g, Some(obj), None)
                    .unwrap();
                prop_assert_ne!(out, PutOutcome::Ignored);
                prop_assert!(e.place_of(obj).unwrap().is_pooled());
                prop_assert_eq!(e.place_of(obj).unwrap().pool(), Some(PoolId(pool)));
            }
            Op::PutNil { pool, p } => {
                let out = e
                    .put(PoolId(pool), Pid((p % procs) as u32), g, None, None)
                    .unwrap();
                prop_assert_eq!(out, PutOutcome::Ignored);
            }
            Op::Get { pool, p } => match e
                .get(PoolId(pool), Pid((p % procs) as u32), g, None)
                .unwrap()
            {
                GetOutcome::Got { obj, .. } => {
                    prop_assert_eq!(e.place_of(obj), Some(Place::Held { goroutine: g }));
                    prop_assert!(!held.contains(&obj), "duplicated {:?}", obj);
                    held.push(obj);
                }
                GetOutcome::Miss { call_new } => {
                    prop_assert_eq!(call_new, pool != 0);
                    if call_new {
                        held.push(e.new_from_new(PoolId(pool), g, None).unwrap());
                    }
                }
            },
            Op::Gc => e.gc(None),
            Op::Procs(n) => {
                e.set_procs(n, None).unwrap();
            }
            Op::Close(i) => {
                if let Some(&obj) = held.get(i) {
                    e.mark_closed(obj, None).unwrap();
                }
            }
        }
        if let Err(err) = e.check_conservation() {
            return Err(TestCaseError::fail(format!("after {op:?}: {err:?}")));
        }
        // Held objects are exactly the ones the program holds.
        let in_hand: HashSet<ObjId> = e
            .objects()
            .filter(|(_, place, _)| matches!(place, Place::Held { .. }))
            .map(|(id, _, _)| id)
            .collect();
        prop_assert_eq!(&in_hand, &held.iter().copied().collect::<HashSet<_>>());
        // Only GC collects, only a pin after a GOMAXPROCS change loses; neither
        // comes back.
        let (c2, l2) = (
            count(&e, |p| *p == Place::Collected),
            count(&e, |p| *p == Place::Lost),
        );
        if matches!(op, Op::Gc) {
            prop_assert!(c2 >= collected);
        } else {
            prop_assert_eq!(c2, collected, "collected outside GC by {:?}", op);
        }
        prop_assert!(l2 >= lost);
        if !matches!(op, Op::Put { .. } | Op::Get { .. }) {
            prop_assert_eq!(l2, lost, "lost outside a pin by {:?}", op);
        }
    }
    // Stats agree with the table.
    let mut dropped = 0;
    let mut lost = 0;
    let mut leaked = 0;
    for id in e.pool_ids() {
        let s = e.stats(id).unwrap();
        dropped += s.dropped_by_gc;
        lost += s.lost_by_procs;
        leaked += s.leaked;
    }
    prop_assert_eq!(dropped as usize, count(&e, |p| *p == Place::Collected));
    prop_assert_eq!(lost as usize, count(&e, |p| *p == Place::Lost));
    let leaked_objs = e.objects().filter(|(_, _, o)| o.leaked).count();
    prop_assert_eq!(leaked as usize, leaked_objs);
    Ok(e)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn conservation(ops in proptest::collection::vec(op(), 0..40)) {
        run(&ops)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// The engine is deterministic and a clone is a faithful snapshot: the same
    /// operations give the same events, from scratch or from a clone.
    #[test]
    fn replay_is_exact(ops in proptest::collection::vec(op(), 0..40)) {
        let a = run(&ops)?;
        let b = run(&ops)?;
        let snap = a.clone();
        prop_assert_eq!(a.views(), b.views());
        prop_assert_eq!(snap.views(), b.views());
        let mut e1 = a;
        let mut e2 = snap;
        let g = GoroutineId(7);
        for k in 0..30usize {
            let (mut v1, mut v2) = (Vec::new(), Vec::new());
            let pool = PoolId((k % 3) as u32);
            let p = Pid((k % e1.gomaxprocs()) as u32);
            let r1 = e1.get(pool, p, g, Some(&mut v1)).unwrap();
            let r2 = e2.get(pool, p, g, Some(&mut v2)).unwrap();
            prop_assert_eq!(r1, r2);
            prop_assert_eq!(v1, v2);
        }
    }
}
