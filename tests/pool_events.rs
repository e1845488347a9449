//! The event catalogue `KEYS` is exactly what the engine emits: every emitted key
//! is listed with exactly its argument names, and every listed key is emitted by
//! some scenario (except the two that only interleaved step machines produce).
//! Every event also names its pool (except GOMAXPROCS and cleanup phases) and a
//! Move names its object and both places.

#[path = "pool_common/mod.rs"]
mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::G;
use poolscope::pool::{Engine, Event, EventKind, GetOutcome, Pid, KEYS};

/// A run touching every path: steals, victim paths, growth and unlinking,
/// GOMAXPROCS loss, leaks, New, Put(nil), Close.
fn scenario() -> Vec<Event> {
    let mut ev = Vec::new();
    let mut e = Engine::new(2);
    let pool = e.new_pool("p", true);
    let put = |e: &mut Engine, p: u32, s: &str, ev: &mut Vec<Event>| {
        let o = e.adopt(G, s);
        e.mark_closer(o).unwrap();
        e.put(pool, Pid(p), G, Some(o), Some(ev)).unwrap();
    };
    e.put(pool, Pid(0), G, None, Some(&mut ev)).unwrap();
    for i in 0..30 {
        put(&mut e, 1, &i.to_string(), &mut ev);
    }
    // popHead backs up from ring 1 to ring 0 on P1.
    for _ in 0..25 {
        e.get(pool, Pid(1), G, Some(&mut ev)).unwrap();
    }
    // Steal from P1, then miss and call New.
    for _ in 0..6 {
        if let GetOutcome::Miss { call_new: true } = e.get(pool, Pid(0), G, Some(&mut ev)).unwrap()
        {
            let o = e.new_from_new(pool, G, Some(&mut ev)).unwrap();
            e.mark_closed(o, Some(&mut ev)).unwrap();
        }
    }
    for i in 0..20 {
        put(&mut e, 1, &i.to_string(), &mut ev);
    }
    put(&mut e, 0, "x", &mut ev);
    e.gc(Some(&mut ev));
    // Victim private of P0, then victim steals across rings (unlinking ring 0).
    for _ in 0..23 {
        e.get(pool, Pid(0), G, Some(&mut ev)).unwrap();
    }
    put(&mut e, 0, "y", &mut ev);
    put(&mut e, 0, "z", &mut ev);
    e.gc(Some(&mut ev));
    e.gc(Some(&mut ev));
    put(&mut e, 0, "w", &mut ev);
    put(&mut e, 0, "v", &mut ev);
    e.gc(Some(&mut ev));
    e.set_procs(3, Some(&mut ev)).unwrap();
    // P2 is beyond the victim (size 2) and the local array (size 2): pinSlow.
    e.get(pool, Pid(2), G, Some(&mut ev)).unwrap();
    put(&mut e, 0, "u", &mut ev);
    put(&mut e, 0, "t", &mut ev);
    e.set_procs(4, Some(&mut ev)).unwrap();
    e.get(pool, Pid(3), G, Some(&mut ev)).unwrap();
    assert!(e.check_conservation().is_ok());
    ev
}

#[test]
fn keys_catalogue_matches_emitted_events() {
    let catalogue: BTreeMap<&str, &[&str]> = KEYS.iter().copied().collect();
    assert_eq!(catalogue.len(), KEYS.len(), "duplicate key in KEYS");
    let ev = scenario();
    let mut seen = BTreeSet::new();
    for e in &ev {
        let names: Vec<&str> = e.args.iter().map(|a| a.name).collect();
        let Some(want) = catalogue.get(e.key) else {
            panic!("{} is emitted but not in KEYS", e.key)
        };
        assert_eq!(&names[..], *want, "arguments of {}", e.key);
        seen.insert(e.key);
        if e.kind == EventKind::Move {
            assert!(
                e.obj.is_some() && e.from.is_some() && e.to.is_some(),
                "{e:?}"
            );
        }
        if !matches!(
            e.kind,
            EventKind::Procs | EventKind::Cleanup | EventKind::Closed
        ) {
            assert!(e.pool.is_some(), "{e:?}");
        }
    }
    let only_stepped = ["pool.dequeue.slot_busy", "pool.dequeue.lost_race"];
    for (key, _) in KEYS {
        if !only_stepped.contains(key) {
            assert!(seen.contains(key), "{key} is in KEYS but never emitted");
        }
    }
}
