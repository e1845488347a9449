//! Time travel on a long run: jump to a random step of a 1M-step loop, step back, and what
//! the snapshots cost in memory, for a few snapshot intervals (to choose
//! `timeline::DEFAULT_EVERY`). Memory is counted, not guessed: a counting global allocator
//! gives the bytes live before and after a `Timeline` is built (everything it holds: the
//! snapshots, one `StepMark` and one P choice per step, the head machine).
//! Figures: docs/bench-time-travel.md.

use criterion::{criterion_group, criterion_main, Criterion};
use poolscope::run::{RunSpec, Timeline};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Counts the bytes currently allocated.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call goes straight to the system allocator with the same arguments; the
// counter only observes sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        LIVE.fetch_add(l.size(), Ordering::Relaxed);
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        LIVE.fetch_sub(l.size(), Ordering::Relaxed);
        unsafe { System.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        LIVE.fetch_add(new, Ordering::Relaxed);
        LIVE.fetch_sub(l.size(), Ordering::Relaxed);
        unsafe { System.realloc(p, l, new) }
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// Two steps per iteration (the loop header and the body): 1,000,002 steps.
const LOOP: &str = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 0\n\tfor i := 0; i < 500000; i++ {\n\t\tx += i\n\t}\n\tfmt.Println(x)\n}\n";

/// The same length, printing a line every iteration: output grows to 3.4 MB.
const PRINTING: &str = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor i := 0; i < 500000; i++ {\n\t\tfmt.Println(i)\n\t}\n}\n";

fn build(src: &str, every: u64) -> (Timeline, Duration, usize) {
    let spec = RunSpec {
        budget: 2_000_000,
        ..RunSpec::new(src)
    };
    let before = LIVE.load(Ordering::Relaxed);
    let t0 = Instant::now();
    let mut t = match Timeline::with_interval(spec, every) {
        Ok(t) => t,
        Err(o) => panic!("{}", o.stderr),
    };
    t.run_to_end();
    let took = t0.elapsed();
    let bytes = LIVE.load(Ordering::Relaxed).saturating_sub(before);
    (t, took, bytes)
}

/// xorshift: the steps to jump to, the same on every run.
fn targets(len: u64, n: usize) -> Vec<u64> {
    let mut x = 0x9e37_79b9_7f4a_7c15u64;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            1 + x % len
        })
        .collect()
}

fn bench_jumps(c: &mut Criterion) {
    for (name, src) in [("loop", LOOP), ("printing", PRINTING)] {
        for every in [1024, 4096, 16384] {
            if name == "printing" && every != poolscope::run::timeline::DEFAULT_EVERY {
                continue;
            }
            let (mut t, took, bytes) = build(src, every);
            let len = t.len();
            println!(
                "{name} every={every}: {len} steps recorded in {took:.2?} ({:.2} M steps/s); \
                 time-travel memory {:.1} MB ({} snapshots, interval {}); stdout {} bytes",
                len as f64 / took.as_secs_f64() / 1e6,
                bytes as f64 / 1e6,
                t.snapshot_count(),
                t.interval(),
                t.goto(len).machine.stdout.len(),
            );
            let jumps = targets(len, 1000);
            let mut i = 0;
            let mut g = c.benchmark_group(format!("time_travel_{name}"));
            g.sample_size(10)
                .warm_up_time(Duration::from_millis(500))
                .measurement_time(Duration::from_secs(3));
            g.bench_function(format!("jump_every_{every}"), |b| {
                b.iter(|| {
                    i = (i + 1) % jumps.len();
                    t.state_at(jumps[i]).machine.steps
                })
            });
            t.goto(len);
            g.bench_function(format!("step_back_every_{every}"), |b| {
                b.iter(|| {
                    if t.current().machine.steps == 0 {
                        t.goto(len);
                    }
                    t.step_back().machine.steps
                })
            });
            g.finish();
        }
    }
}

criterion_group!(benches, bench_jumps);
criterion_main!(benches);
