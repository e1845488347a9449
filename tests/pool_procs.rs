//! GOMAXPROCS changes, as Go's pool sees them: nothing happens until a P beyond the
//! local array pins (then pinSlow makes a new array and the old one's objects are
//! lost), a shrink keeps the larger array until the next GC, and a P beyond the
//! victim array skips the victim.

#[path = "pool_common/mod.rs"]
mod common;

use common::{get_n, keys, put_new, G};
use poolscope::pool::{ArgValue, Engine, EventKind, GetOutcome, GetSource, Pid, Place, PutOutcome};

const P0: Pid = Pid(0);
const P1: Pid = Pid(1);

/// A P beyond the victim array (GOMAXPROCS grew after the GC) skips the victim.
#[test]
fn pid_beyond_victim_size() {
    let mut e = Engine::new(1);
    let pool = e.new_pool("p", true);
    put_new(&mut e, pool, P0, "a");
    e.gc(None);
    e.set_procs(2, None).unwrap();
    let mut ev = Vec::new();
    let out = e.get(pool, P1, G, Some(&mut ev)).unwrap();
    assert_eq!(out, GetOutcome::Miss { call_new: true });
    let no_victim = ev
        .iter()
        .find(|e| e.key == "pool.get_slow.no_victim")
        .unwrap();
    assert_eq!(no_victim.get_arg("victim_size"), Some(ArgValue::Int(1)));
    assert_eq!(
        ev.last().unwrap().get_arg("call_new"),
        Some(ArgValue::Bool(true))
    );
    // P0 still finds it.
    assert_eq!(get_n(&mut e, pool, P0, 1), ["a"]);
}

/// GOMAXPROCS grows: nothing happens until a P beyond the local array pins; then
/// pinSlow makes a new array and the old one's objects are lost (leaked if they
/// owed a Close).
#[test]
fn gomaxprocs_change_loses_objects() {
    let mut e = Engine::new(1);
    let pool = e.new_pool("p", false);
    let a = put_new(&mut e, pool, P0, "a");
    let b = e.adopt(G, "b");
    let c = e.adopt(G, "c");
    e.mark_closer(b).unwrap();
    e.mark_closer(c).unwrap();
    e.mark_closed(c, None).unwrap();
    e.put(pool, P0, G, Some(b), None).unwrap();
    e.put(pool, P0, G, Some(c), None).unwrap();
    let mut ev = Vec::new();
    assert_eq!(e.set_procs(2, Some(&mut ev)), Ok(1));
    assert_eq!(keys(&ev), ["pool.gomaxprocs"]);
    // P0 is inside the old array: no reallocation.
    assert_eq!(get_n(&mut e, pool, P0, 1), ["a"]);
    assert_eq!(e.pool(pool).unwrap().local_size(), 1);
    // P1 is not: pinSlow replaces the array and loses b and c.
    let mut ev = Vec::new();
    let out = e.put(pool, P1, G, Some(a), Some(&mut ev)).unwrap();
    assert_eq!(out, PutOutcome::Private);
    assert_eq!(
        keys(&ev),
        [
            "pool.pin",
            "pool.pin_slow.new_local",
            "pool.pin_slow.lost",
            "pool.leak",
            "pool.pin_slow.lost",
            "pool.put.private",
            "pool.unpin"
        ]
    );
    assert_eq!(ev[1].get_arg("old_size"), Some(ArgValue::Int(1)));
    assert_eq!(ev[1].get_arg("size"), Some(ArgValue::Int(2)));
    assert_eq!(ev[2].kind, EventKind::Lose);
    assert_eq!((ev[3].kind, ev[3].obj), (EventKind::Leak, Some(b)));
    assert_eq!(e.place_of(b), Some(Place::Lost));
    assert_eq!(e.place_of(c), Some(Place::Lost));
    let s = e.stats(pool).unwrap();
    assert_eq!((s.lost_by_procs, s.leaked), (2, 1));
    assert!(e.object(b).unwrap().leaked && !e.object(c).unwrap().leaked);
    assert!(e.check_conservation().is_ok());
}

/// GOMAXPROCS shrinks: as in Go, pools keep their larger local array until the
/// next GC (pinSlow runs only for a pid beyond it), so getSlow still steals from
/// the P that no longer exists; after a GC the new array has the new size.
#[test]
fn gomaxprocs_shrink_keeps_the_array_until_gc() {
    let mut e = Engine::new(2);
    let pool = e.new_pool("p", false);
    put_new(&mut e, pool, P1, "a");
    put_new(&mut e, pool, P1, "b");
    e.set_procs(1, None).unwrap();
    let mut ev = Vec::new();
    let out = e.get(pool, P0, G, Some(&mut ev)).unwrap();
    assert!(
        matches!(out, GetOutcome::Got { source: GetSource::Stolen { from_p }, .. } if from_p == P1)
    );
    assert!(!keys(&ev).contains(&"pool.pin_slow.new_local"));
    assert_eq!(e.pool(pool).unwrap().local_size(), 2);
    // P1 is gone: its private "a" is out of reach of P0 (only shared chains are
    // stolen), and after a GC it sits in P1's victim private, which only P1's
    // Gets look at, until the next GC collects it.
    assert_eq!(get_n(&mut e, pool, P0, 1), ["<nil>"]);
    e.gc(None);
    assert_eq!(get_n(&mut e, pool, P0, 1), ["<nil>"]);
    assert_eq!(e.pool(pool).unwrap().local_size(), 1);
    e.gc(None);
    assert_eq!(e.stats(pool).unwrap().dropped_by_gc, 1);
    assert!(e.check_conservation().is_ok());
}
