//! Go's exact Get order with GOMAXPROCS=1, and the ports of TestPool and
//! TestPoolNew. Every expected sequence was printed by real Go (`real-go`, Go 1.27,
//! GOMAXPROCS=1) running the program named next to the test, kept in tests/pool_go/.

#[path = "pool_common/mod.rs"]
mod common;

use common::{get_n, get_or_new, keys, put_new, traced_get, G};
use poolscope::pool::{Engine, EventKind, GoFunc, Pid, Place};

const P0: Pid = Pid(0);

/// tests/pool_go/get_order.go prints 1 5 4 3 2 <nil>.
#[test]
fn get_order_one_p() {
    let mut e = Engine::new(1);
    let pool = e.new_pool("p", false);
    for i in 1..=5 {
        put_new(&mut e, pool, P0, &i.to_string());
    }
    let (first, ev) = traced_get(&mut e, pool, P0);
    assert_eq!(first, "1");
    assert_eq!(
        keys(&ev),
        [
            "pool.pin",
            "pool.get.private",
            "pool.unpin",
            "pool.get.return"
        ]
    );
    let (second, ev) = traced_get(&mut e, pool, P0);
    assert_eq!(second, "5");
    assert_eq!(
        keys(&ev),
        [
            "pool.pin",
            "pool.get.private_empty",
            "pool.dequeue.pop_head",
            "pool.unpin",
            "pool.get.return"
        ]
    );
    // The pop_head event animates ring 0's slot 3 (values 2,3,4,5 in slots 0..3),
    // leaving head 3, tail 0.
    let pop = &ev[2];
    assert_eq!(pop.func, GoFunc::PopHead);
    let ring = pop.ring.expect("ring mark");
    assert_eq!((ring.ring, ring.size, ring.slot), (0, 8, Some(3)));
    assert_eq!((ring.head, ring.tail), (3, 0));
    assert_eq!(
        pop.from,
        Some(Place::Ring {
            pool,
            p: P0,
            ring: 0,
            slot: 3
        })
    );
    assert_eq!(pop.to, Some(Place::Held { goroutine: G }));

    assert_eq!(get_n(&mut e, pool, P0, 3), ["4", "3", "2"]);
    let (last, ev) = traced_get(&mut e, pool, P0);
    assert_eq!(last, "<nil>");
    assert_eq!(
        keys(&ev),
        [
            "pool.pin",
            "pool.get.private_empty",
            "pool.dequeue.empty",
            "pool.get_slow.start",
            "pool.get_slow.try_steal",
            "pool.dequeue.empty",
            "pool.get_slow.no_victim",
            "pool.unpin",
            "pool.get.miss"
        ]
    );
    assert!(e.check_conservation().is_ok());
}

/// tests/pool_go/ring_order.go, first line: 1 20 19 ... 2 <nil> (popHead backs up
/// from ring 1 to ring 0).
#[test]
fn head_order_backs_up_through_rings() {
    let mut e = Engine::new(1);
    let pool = e.new_pool("p", false);
    for i in 1..=20 {
        put_new(&mut e, pool, P0, &i.to_string());
    }
    let v = e.view(pool).unwrap();
    let sizes: Vec<u32> = v.local[0].rings.iter().map(|r| r.size).collect();
    assert_eq!(sizes, [8, 16]);
    let mut want = vec!["1".to_string()];
    want.extend((2..=20).rev().map(|i| i.to_string()));
    want.push("<nil>".into());
    // The Get of 9 is the first from ring 0 after ring 1 ran dry.
    assert_eq!(get_n(&mut e, pool, P0, 12), want[..12]);
    let (nine, ev) = traced_get(&mut e, pool, P0);
    assert_eq!(nine, "9");
    assert!(keys(&ev).windows(3).any(|w| w
        == [
            "pool.dequeue.empty",
            "pool.chain.back_up",
            "pool.dequeue.pop_head"
        ]));
    assert_eq!(get_n(&mut e, pool, P0, 8), want[13..]);
}

/// tests/pool_go/victim_order.go: after one GC, 1 2 3 ... 20 <nil> (the victim's
/// private first, then its tails FIFO across both rings); after two GCs, <nil>.
#[test]
fn victim_after_one_and_two_gcs() {
    let mut e = Engine::new(1);
    let pool = e.new_pool("p", false);
    for i in 1..=20 {
        put_new(&mut e, pool, P0, &i.to_string());
    }
    e.gc(None);
    let (first, ev) = traced_get(&mut e, pool, P0);
    assert_eq!(first, "1");
    assert_eq!(
        keys(&ev),
        [
            "pool.pin",
            "pool.pin_slow.register",
            "pool.pin_slow.new_local",
            "pool.get.private_empty",
            "pool.chain.no_ring",
            "pool.get_slow.start",
            "pool.get_slow.try_steal",
            "pool.chain.no_ring",
            "pool.get_slow.victim_private",
            "pool.unpin",
            "pool.get.return"
        ]
    );
    let (second, ev) = traced_get(&mut e, pool, P0);
    assert_eq!(second, "2");
    let k = keys(&ev);
    let at = k
        .iter()
        .position(|k| *k == "pool.get_slow.try_victim")
        .unwrap();
    assert_eq!(
        k[at..],
        [
            "pool.get_slow.try_victim",
            "pool.dequeue.pop_tail",
            "pool.get_slow.victim_stolen",
            "pool.unpin",
            "pool.get.return"
        ]
    );
    let got: Vec<String> = get_n(&mut e, pool, P0, 7);
    assert_eq!(got, ["3", "4", "5", "6", "7", "8", "9"]);
    // Ring 0 of the victim is drained: the next tail pop unlinks it.
    let (ten, ev) = traced_get(&mut e, pool, P0);
    assert_eq!(ten, "10");
    assert!(keys(&ev).contains(&"pool.chain.unlink"));
    let rest = get_n(&mut e, pool, P0, 10);
    let want: Vec<String> = (11..=20).map(|i| i.to_string()).collect();
    assert_eq!(rest, want);
    let (nil, ev) = traced_get(&mut e, pool, P0);
    assert_eq!(nil, "<nil>");
    assert_eq!(ev[ev.len() - 3].key, "pool.get_slow.victim_off");
    assert_eq!(e.view(pool).unwrap().victim_size, 0);
    let s = e.stats(pool).unwrap();
    assert_eq!((s.gets_victim_private, s.gets_victim_stolen), (1, 19));

    for i in 1..=20 {
        put_new(&mut e, pool, P0, &i.to_string());
    }
    e.gc(None);
    e.gc(None);
    assert_eq!(get_n(&mut e, pool, P0, 1), ["<nil>"]);
    assert_eq!(e.stats(pool).unwrap().dropped_by_gc, 20);
    assert!(e.check_conservation().is_ok());
}

/// tests/pool_go/ring_order.go, second line: 10 1 2 3 <nil>: a Put after the GC
/// fills the new local's private; the victim is reached only after it.
#[test]
fn local_before_victim() {
    let mut e = Engine::new(1);
    let pool = e.new_pool("p", false);
    for i in 1..=3 {
        put_new(&mut e, pool, P0, &i.to_string());
    }
    e.gc(None);
    put_new(&mut e, pool, P0, "10");
    assert_eq!(get_n(&mut e, pool, P0, 5), ["10", "1", "2", "3", "<nil>"]);
}

/// Port of TestPool; tests/pool_go/test_pool.go prints <nil> / a b <nil> / c / <nil>.
#[test]
fn test_pool() {
    let mut e = Engine::new(1);
    let pool = e.new_pool("p", false);
    assert_eq!(get_n(&mut e, pool, P0, 1), ["<nil>"]);
    put_new(&mut e, pool, P0, "a");
    put_new(&mut e, pool, P0, "b");
    assert_eq!(get_n(&mut e, pool, P0, 3), ["a", "b", "<nil>"]);
    // Put in a large number of objects so they spill into stealable space.
    for _ in 0..100 {
        put_new(&mut e, pool, P0, "c");
    }
    // After one GC, the victim cache should keep them alive.
    e.gc(None);
    assert_eq!(get_n(&mut e, pool, P0, 1), ["c"]);
    // A second GC should drop the victim cache.
    e.gc(None);
    assert_eq!(get_n(&mut e, pool, P0, 1), ["<nil>"]);
    assert_eq!(e.stats(pool).unwrap().dropped_by_gc, 99);
    assert!(e.check_conservation().is_ok());
}

/// Port of TestPoolNew; tests/pool_go/test_pool_new.go prints 1 2 / 42 / 3.
#[test]
fn test_pool_new() {
    let mut e = Engine::new(1);
    let pool = e.new_pool("p", true);
    let get = |e: &mut Engine| get_or_new(e, pool, P0);
    assert_eq!(get(&mut e), "new#1");
    assert_eq!(get(&mut e), "new#2");
    put_new(&mut e, pool, P0, "42");
    assert_eq!(get(&mut e), "42");
    assert_eq!(get(&mut e), "new#3");
    let s = e.stats(pool).unwrap();
    assert_eq!((s.new_calls, s.misses, s.gets_private), (3, 3, 1));
    // The New event names the call number.
    let mut ev = Vec::new();
    let obj = e.new_from_new(pool, G, Some(&mut ev)).unwrap();
    assert_eq!(ev[0].kind, EventKind::NewObject);
    assert_eq!(ev[0].obj, Some(obj));
    assert_eq!(e.place_of(obj), Some(Place::Held { goroutine: G }));
}

/// tests/pool_go/new_nil_victim.go prints 100 / d a b c 200 / 300 400: Put(nil) is
/// ignored, a Put after a GC comes before the victim's objects, New runs only when
/// both are empty, and two GCs drop everything.
#[test]
fn new_nil_and_victim() {
    let mut e = Engine::new(1);
    let pool = e.new_pool("p", true);
    // New returns 100, 200, ... in the Go program: new#k stands for k*100.
    let get = |e: &mut Engine| -> String {
        let s = get_or_new(e, pool, P0);
        match s.strip_prefix("new#").and_then(|k| k.parse::<u32>().ok()) {
            Some(k) => (k * 100).to_string(),
            None => s,
        }
    };
    assert_eq!(
        e.put(pool, P0, G, None, None),
        Ok(poolscope::pool::PutOutcome::Ignored)
    );
    assert_eq!(get(&mut e), "100");
    for s in ["a", "b", "c"] {
        put_new(&mut e, pool, P0, s);
    }
    e.gc(None);
    put_new(&mut e, pool, P0, "d");
    let got: Vec<String> = (0..5).map(|_| get(&mut e)).collect();
    assert_eq!(got, ["d", "a", "b", "c", "200"]);
    put_new(&mut e, pool, P0, "e");
    e.gc(None);
    e.gc(None);
    assert_eq!([get(&mut e), get(&mut e)], ["300", "400"]);
    let s = e.stats(pool).unwrap();
    assert_eq!(
        (s.puts_nil, s.new_calls, s.gets_victim(), s.dropped_by_gc),
        (1, 4, 3, 1)
    );
}
