//! Pool engine benchmarks: Put+Get pairs, Put×100 then Get×100 (each with events
//! off and on), and a mixed workload of 1M operations over 8 Ps. Figures are in
//! docs/bench-pool.md beside real Go's.
//!
//! Run: `cargo bench --bench pool -- --warm-up-time 1 --measurement-time 3`.

use std::hint::black_box;

use criterion::{criterion_group, Criterion, Throughput};
use poolscope::pool::{Engine, Event, GetOutcome, GoroutineId, ObjId, Pid, PoolId};

const G: GoroutineId = GoroutineId(1);

fn pair(c: &mut Criterion) {
    let mut grp = c.benchmark_group("put_get_pair");
    grp.throughput(Throughput::Elements(2));
    let mut e = Engine::new(1);
    let pool = e.new_pool("p", false);
    let obj = e.adopt(G, "1");
    // Events off: nothing but the two calls, like Go's `p.Put(1); sink = p.Get()`.
    grp.bench_function("events_off", |b| {
        b.iter(|| {
            e.put(pool, Pid(0), G, Some(obj), None).unwrap();
            black_box(e.get(pool, Pid(0), G, None).unwrap())
        })
    });
    let mut ev: Vec<Event> = Vec::with_capacity(64);
    grp.bench_function("events_on", |b| {
        b.iter(|| {
            ev.clear();
            e.put(pool, Pid(0), G, Some(obj), Some(&mut ev)).unwrap();
            black_box(e.get(pool, Pid(0), G, Some(&mut ev)).unwrap())
        })
    });
    grp.finish();
}

fn burst(c: &mut Criterion) {
    let mut grp = c.benchmark_group("put100_get100");
    grp.throughput(Throughput::Elements(200));
    let mut e = Engine::new(1);
    let pool = e.new_pool("p", false);
    let objs: Vec<ObjId> = (0..100).map(|i| e.adopt(G, &i.to_string())).collect();
    grp.bench_function("events_off", |b| {
        b.iter(|| {
            for &o in &objs {
                e.put(pool, Pid(0), G, Some(o), None).unwrap();
            }
            for _ in 0..100 {
                black_box(e.get(pool, Pid(0), G, None).unwrap());
            }
        })
    });
    let mut ev: Vec<Event> = Vec::with_capacity(4096);
    grp.bench_function("events_on", |b| {
        b.iter(|| {
            ev.clear();
            for &o in &objs {
                e.put(pool, Pid(0), G, Some(o), Some(&mut ev)).unwrap();
            }
            for _ in 0..100 {
                black_box(e.get(pool, Pid(0), G, Some(&mut ev)).unwrap());
            }
        })
    });
    grp.finish();
}

/// 1M operations over 8 Ps and 4 pools: ~49% Put, ~49% Get (New on a miss for
/// half the pools), a GC every ~4096 ops. The op stream comes from a fixed LCG,
/// so every run does the same work.
fn mixed(e: &mut Engine, pools: &[PoolId], ev: Option<&mut Vec<Event>>, ops: u32) -> u64 {
    let mut held: Vec<ObjId> = Vec::with_capacity(4096);
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    let mut hits = 0;
    let mut ev = ev;
    for _ in 0..ops {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let r = (x >> 33) as u32;
        let pool = pools[(r & 3) as usize];
        let pid = Pid((r >> 2) & 7);
        if let Some(v) = ev.as_deref_mut() {
            // Keep the sink bounded; a UI drains it after every step.
            if v.len() > 4096 {
                v.clear();
            }
        }
        match (r >> 5) % 4096 {
            0 => e.gc(ev.as_deref_mut()),
            k if k % 2 == 0 => {
                let obj = match held.pop() {
                    Some(o) => o,
                    None => e.adopt(G, "v"),
                };
                e.put(pool, pid, G, Some(obj), ev.as_deref_mut()).unwrap();
            }
            _ => match e.get(pool, pid, G, ev.as_deref_mut()).unwrap() {
                GetOutcome::Got { obj, .. } => {
                    hits += 1;
                    held.push(obj);
                }
                GetOutcome::Miss { call_new: true } => {
                    held.push(e.new_from_new(pool, G, ev.as_deref_mut()).unwrap());
                }
                GetOutcome::Miss { call_new: false } => {}
            },
        }
    }
    hits
}

fn mixed_1m(c: &mut Criterion) {
    let mut grp = c.benchmark_group("mixed_1m_8p");
    grp.sample_size(10);
    grp.throughput(Throughput::Elements(1_000_000));
    for events in [false, true] {
        grp.bench_function(if events { "events_on" } else { "events_off" }, |b| {
            let mut ev: Vec<Event> = Vec::with_capacity(8192);
            b.iter(|| {
                let mut e = Engine::new(8);
                let pools: Vec<PoolId> = (0..4).map(|i| e.new_pool("p", i % 2 == 0)).collect();
                let sink = events.then_some(&mut ev);
                black_box(mixed(&mut e, &pools, sink, 1_000_000))
            })
        });
    }
    grp.finish();
}

criterion_group!(benches, pair, burst, mixed_1m);

/// `POOL_LOOPS=pair:N` (or `burst:N`) runs N bare iterations of a workload with
/// events off and exits, for counting instructions: run it under
/// `valgrind --tool=callgrind` with N and with 0, and divide the difference by N
/// (tests/pool_go/count_loops.go is the same for real Go).
fn main() {
    if let Ok(spec) = std::env::var("POOL_LOOPS") {
        let (work, n) = spec.split_once(':').unwrap_or((&spec, "0"));
        let n: u32 = n.parse().unwrap_or(0);
        let mut e = Engine::new(1);
        let pool = e.new_pool("p", false);
        let objs: Vec<ObjId> = (0..100).map(|i| e.adopt(G, &i.to_string())).collect();
        for _ in 0..n {
            if work == "burst" {
                for &o in &objs {
                    e.put(pool, Pid(0), G, Some(black_box(o)), None).unwrap();
                }
                for _ in 0..100 {
                    black_box(e.get(pool, Pid(0), G, None).unwrap());
                }
            } else {
                e.put(pool, Pid(0), G, Some(black_box(objs[0])), None)
                    .unwrap();
                black_box(e.get(pool, Pid(0), G, None).unwrap());
            }
        }
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
