//! Helpers shared by the pool integration tests.
#![allow(dead_code)]

use poolscope::pool::{Engine, Event, GetOutcome, GoroutineId, ObjId, Origin, Pid, PoolId};

pub const G: GoroutineId = GoroutineId(1);

/// What Go would print for the value behind an outcome: the adopted
/// description, `new#k` for the k-th New call, or `<nil>`.
pub fn show(e: &Engine, out: GetOutcome) -> String {
    match out {
        GetOutcome::Got { obj, .. } => show_obj(e, obj),
        GetOutcome::Miss { .. } => "<nil>".to_string(),
    }
}

pub fn show_obj(e: &Engine, obj: ObjId) -> String {
    match &e.object(obj).expect("known object").origin {
        Origin::Program { description } => description.to_string(),
        Origin::New { k, .. } => format!("new#{k}"),
    }
}

/// Put a fresh program value described by `s`.
pub fn put_new(e: &mut Engine, pool: PoolId, pid: Pid, s: &str) -> ObjId {
    let obj = e.adopt(G, s);
    e.put(pool, pid, G, Some(obj), None).expect("put");
    obj
}

/// Gets `n` times on `pid`, printing each like Go's fmt.Print.
pub fn get_n(e: &mut Engine, pool: PoolId, pid: Pid, n: usize) -> Vec<String> {
    (0..n)
        .map(|_| {
            let out = e.get(pool, pid, G, None).expect("get");
            show(e, out)
        })
        .collect()
}

/// The message keys of an event list.
pub fn keys(ev: &[Event]) -> Vec<&'static str> {
    ev.iter().map(|e| e.key).collect()
}

/// Runs one Get with events on and returns (printed value, events).
pub fn traced_get(e: &mut Engine, pool: PoolId, pid: Pid) -> (String, Vec<Event>) {
    let mut ev = Vec::new();
    let out = e.get(pool, pid, G, Some(&mut ev)).expect("get");
    (show(e, out), ev)
}

/// One Get that, like Go's `Get`, calls New on a miss when the pool has one;
/// printed like `show` (New's k-th value as `new#k`).
pub fn get_or_new(e: &mut Engine, pool: PoolId, pid: Pid) -> String {
    match e.get(pool, pid, G, None).expect("get") {
        GetOutcome::Miss { call_new: true } => {
            let obj = e.new_from_new(pool, G, None).expect("new");
            show_obj(e, obj)
        }
        out => show(e, out),
    }
}
