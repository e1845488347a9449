//! The engine on several Ps: every Get path of getSlow with its event sequence, GC
//! leak accounting, Put(nil), views and API errors (GOMAXPROCS: pool_procs.rs).

#[path = "pool_common/mod.rs"]
mod common;

use common::{get_n, keys, put_new, show_obj, traced_get, G};
use poolscope::pool::{
    ArgValue, Engine, EventKind, GetOutcome, GetSource, GoFunc, Pid, Place, PoolError, PoolId,
    PutOutcome,
};

const P0: Pid = Pid(0);
const P1: Pid = Pid(1);

/// getSlow steals the *oldest* object of another P with popTail.
#[test]
fn steal_from_other_p() {
    let mut e = Engine::new(2);
    let pool = e.new_pool("p", false);
    for s in ["a", "b", "c"] {
        put_new(&mut e, pool, P1, s);
    }
    let mut ev = Vec::new();
    let out = e.get(pool, P0, G, Some(&mut ev)).unwrap();
    let GetOutcome::Got { obj, source } = out else {
        panic!("expected a hit, got {out:?}")
    };
    assert_eq!(show_obj(&e, obj), "b");
    assert_eq!(source, GetSource::Stolen { from_p: P1 });
    assert_eq!(
        keys(&ev),
        [
            "pool.pin",
            "pool.get.private_empty",
            "pool.chain.no_ring",
            "pool.get_slow.start",
            "pool.get_slow.try_steal",
            "pool.dequeue.pop_tail",
            "pool.get_slow.stolen",
            "pool.unpin",
            "pool.get.return"
        ]
    );
    assert_eq!(ev[4].get_arg("from_p"), Some(ArgValue::P(P1)));
    let pop = &ev[5];
    assert_eq!((pop.func, pop.p), (GoFunc::PopTail, Some(P0)));
    assert_eq!(
        pop.from,
        Some(Place::Ring {
            pool,
            p: P1,
            ring: 0,
            slot: 0
        })
    );
    let mark = pop.ring.unwrap();
    assert_eq!((mark.p, mark.head, mark.tail), (P1, 2, 1));
    // P1's private "a" is never stolen: only shared chains are.
    assert_eq!(get_n(&mut e, pool, P0, 2), ["c", "<nil>"]);
    assert_eq!(e.stats(pool).unwrap().gets_stolen, 2);
}

/// After a GC: the victim's private of this P, then victim popTail from
/// (pid+i)%size, starting with this P; when nothing is left, victimSize = 0 even
/// though another P's victim private still holds an object.
#[test]
fn victim_private_then_victim_steal_then_victim_off() {
    let mut e = Engine::new(2);
    let pool = e.new_pool("p", false);
    put_new(&mut e, pool, P0, "x");
    for s in ["a", "b", "c"] {
        put_new(&mut e, pool, P1, s);
    }
    e.gc(None);
    // The view after the GC: no local array, the old one is the victim.
    let v = e.view(pool).unwrap();
    assert!(v.local.is_empty() && v.in_old_pools && !v.in_all_pools);
    assert_eq!((v.victim.len(), v.victim_size), (2, 2));
    let p1 = &v.victim[1];
    assert_eq!(p1.private.map(|o| show_obj(&e, o)), Some("a".to_string()));
    let ring = &p1.rings[0];
    assert_eq!((ring.size, ring.head, ring.tail), (8, 2, 0));
    let shared: Vec<String> = ring
        .slots
        .iter()
        .flatten()
        .map(|o| show_obj(&e, *o))
        .collect();
    assert_eq!(shared, ["b", "c"]);
    let (x, ev) = traced_get(&mut e, pool, P0);
    assert_eq!(x, "x");
    assert!(keys(&ev).contains(&"pool.get_slow.victim_private"));
    let (b, ev) = traced_get(&mut e, pool, P0);
    assert_eq!(b, "b");
    let k = keys(&ev);
    let at = k
        .iter()
        .position(|k| *k == "pool.get_slow.victim_private_empty")
        .unwrap();
    assert_eq!(
        k[at..],
        [
            "pool.get_slow.victim_private_empty",
            "pool.get_slow.try_victim",
            "pool.chain.no_ring",
            "pool.get_slow.try_victim",
            "pool.dequeue.pop_tail",
            "pool.get_slow.victim_stolen",
            "pool.unpin",
            "pool.get.return"
        ]
    );
    assert_eq!(ev[at + 1].get_arg("from_p"), Some(ArgValue::P(P0)));
    assert_eq!(ev[at + 3].get_arg("from_p"), Some(ArgValue::P(P1)));
    assert_eq!(
        ev[at + 4].from,
        Some(Place::VictimRing {
            pool,
            p: P1,
            ring: 0,
            slot: 0
        })
    );
    assert_eq!(ev[at + 4].ring.map(|m| m.victim), Some(true));
    assert_eq!(get_n(&mut e, pool, P0, 1), ["c"]);
    let (nil, ev) = traced_get(&mut e, pool, P0);
    assert_eq!(nil, "<nil>");
    assert!(keys(&ev).contains(&"pool.get_slow.victim_off"));
    assert_eq!(e.view(pool).unwrap().victim_size, 0);
    // "a" sits in P1's victim private, out of reach: P1 finds no victim.
    let (nil, ev) = traced_get(&mut e, pool, P1);
    assert_eq!(nil, "<nil>");
    assert!(keys(&ev).contains(&"pool.get_slow.no_victim"));
    let a = e
        .objects()
        .find(|(id, _, _)| show_obj(&e, *id) == "a")
        .map(|(id, _, _)| id)
        .unwrap();
    assert_eq!(e.place_of(a), Some(Place::VictimPrivate { pool, p: P1 }));
    // The next GC collects it.
    e.gc(None);
    assert_eq!(e.place_of(a), Some(Place::Collected));
    let s = e.stats(pool).unwrap();
    assert_eq!(
        (s.gets_victim_private, s.gets_victim_stolen, s.dropped_by_gc),
        (1, 2, 1)
    );
    assert!(e.check_conservation().is_ok());
}

/// GC drops the victim: closers never closed are leaked, closed ones are not.
#[test]
fn gc_leaks_unclosed_closers() {
    let mut e = Engine::new(1);
    let pool = e.new_pool("conns", false);
    let open = e.adopt(G, "conn1");
    let shut = e.adopt(G, "conn2");
    let plain = e.adopt(G, "buf");
    for o in [open, shut] {
        e.mark_closer(o).unwrap();
    }
    e.mark_closed(shut, None).unwrap();
    for o in [open, shut, plain] {
        e.put(pool, P0, G, Some(o), None).unwrap();
    }
    let mut ev = Vec::new();
    e.gc(Some(&mut ev));
    assert!(!keys(&ev).contains(&"pool.leak"));
    assert_eq!(e.place_of(open), Some(Place::VictimPrivate { pool, p: P0 }));
    let mut ev = Vec::new();
    e.gc(Some(&mut ev));
    let leaks: Vec<_> = ev.iter().filter(|e| e.kind == EventKind::Leak).collect();
    assert_eq!(leaks.len(), 1);
    assert_eq!(leaks[0].obj, Some(open));
    assert_eq!(leaks[0].func, GoFunc::PoolCleanup);
    assert_eq!(e.stats(pool).unwrap().leaked, 1);
    assert_eq!(e.stats(pool).unwrap().dropped_by_gc, 3);
    for o in [open, shut, plain] {
        assert_eq!(e.place_of(o), Some(Place::Collected));
    }
}

/// Put: private first, then pushHead on the shared chain, which grows.
#[test]
fn put_events_and_growth() {
    let mut e = Engine::new(1);
    let pool = e.new_pool("p", false);
    put_new(&mut e, pool, P0, "0");
    let x = e.adopt(G, "1");
    let mut ev = Vec::new();
    let out = e.put(pool, P0, G, Some(x), Some(&mut ev)).unwrap();
    assert_eq!(out, PutOutcome::Shared { ring: 0, slot: 0 });
    assert_eq!(
        keys(&ev),
        [
            "pool.pin",
            "pool.put.private_full",
            "pool.chain.init",
            "pool.dequeue.push_head",
            "pool.unpin"
        ]
    );
    assert_eq!(ev[3].from, Some(Place::Held { goroutine: G }));
    assert_eq!(
        ev[3].to,
        Some(Place::Ring {
            pool,
            p: P0,
            ring: 0,
            slot: 0
        })
    );
    for i in 2..=8 {
        put_new(&mut e, pool, P0, &i.to_string());
    }
    let y = e.adopt(G, "9");
    let mut ev = Vec::new();
    e.put(pool, P0, G, Some(y), Some(&mut ev)).unwrap();
    assert_eq!(
        keys(&ev)[2..5],
        [
            "pool.dequeue.full",
            "pool.chain.grow",
            "pool.dequeue.push_head"
        ]
    );
    assert_eq!(ev[3].get_arg("size"), Some(ArgValue::Int(16)));
    let v = e.view(pool).unwrap();
    let rings = &v.local[0].rings;
    assert_eq!(rings.len(), 2);
    assert!(rings[0].is_tail && !rings[0].is_head && rings[1].is_head);
    assert_eq!((rings[0].head, rings[0].tail), (8, 0));
    assert_eq!(rings[1].slots[0], Some(y));
    assert!(v.in_all_pools && !v.in_old_pools);
    assert_eq!(e.stats(pool).unwrap().puts, 10);
}

/// Put(nil) is ignored without pinning.
#[test]
fn put_nil_is_ignored() {
    let mut e = Engine::new(1);
    let pool = e.new_pool("p", false);
    let mut ev = Vec::new();
    assert_eq!(
        e.put(pool, P0, G, None, Some(&mut ev)),
        Ok(PutOutcome::Ignored)
    );
    assert_eq!(keys(&ev), ["pool.put.nil"]);
    assert_eq!(ev[0].kind, EventKind::Ignore);
    assert_eq!(e.stats(pool).unwrap().puts_nil, 1);
    assert!(e.all_pools().is_empty());
}

/// allPools / oldPools: a pool unused since the last GC loses its victim at the
/// next one and leaves oldPools.
#[test]
fn all_pools_and_old_pools() {
    let mut e = Engine::new(1);
    let used = e.new_pool("used", false);
    let idle = e.new_pool("idle", false);
    put_new(&mut e, used, P0, "u");
    put_new(&mut e, idle, P0, "i");
    assert_eq!(e.all_pools(), [used, idle]);
    e.gc(None);
    assert!(e.all_pools().is_empty());
    assert_eq!(e.old_pools(), [used, idle]);
    put_new(&mut e, used, P0, "u2");
    assert_eq!(e.all_pools(), [used]);
    e.gc(None);
    assert_eq!(e.old_pools(), [used]);
    let v = e.view(idle).unwrap();
    assert!(v.victim.is_empty() && v.local.is_empty());
    assert_eq!(get_n(&mut e, used, P0, 2), ["u2", "<nil>"]);
}

#[test]
fn api_errors() {
    let mut e = Engine::new(1);
    let pool = e.new_pool("p", false);
    let x = put_new(&mut e, pool, P0, "x");
    assert_eq!(
        e.put(pool, P0, G, Some(x), None),
        Err(PoolError::AlreadyPooled { obj: x })
    );
    assert_eq!(
        e.get(pool, P1, G, None),
        Err(PoolError::NoSuchP { pid: P1, procs: 1 })
    );
    assert_eq!(
        e.get(PoolId(9), P0, G, None),
        Err(PoolError::UnknownPool(PoolId(9)))
    );
    assert!(matches!(
        e.put(pool, P0, G, Some(poolscope::pool::ObjId(99)), None),
        Err(PoolError::UnknownObject(_))
    ));
    assert_eq!(e.set_procs(0, None), Err(PoolError::BadProcs(0)));
    // A collected object the program still references may be Put again.
    e.gc(None);
    e.gc(None);
    assert_eq!(e.place_of(x), Some(Place::Collected));
    assert_eq!(e.put(pool, P0, G, Some(x), None), Ok(PutOutcome::Private));
    assert!(e.check_conservation().is_ok());
}
