//! One digest per (program, settings, scheduler): FNV-1a over the whole step trace (each
//! step's span, goroutine, P, events and caption, and the output length after it), then the
//! final stdout, stderr and exit. Shared by `tests/determinism.rs` (native) and
//! `tests/browser.rs` (Wasm), which both compare with `tests/determinism/digests.txt`, so a
//! run that differs between the two (a `usize` width, a float format, a hash order) fails.
//!
//! Lessons are also digested through `run::session::record`, the frames the UI shows.

use poolscope::lang::info::GoVersion;
use poolscope::lessons::LESSONS;
use poolscope::run::session::record;
use poolscope::runtime::{self, Random, RoundRobin, Scheduler, Settings, StepResult};

/// Golden programs with goroutines, channels, timers, maps, floats, overflow, panics and
/// pools: the parts of the engine where a platform difference could hide; with the
/// GOMAXPROCS of their `// poolscope:` line (none of them asks for go1.21).
macro_rules! golden {
    ($name:literal, $procs:expr) => {
        (
            $name,
            $procs,
            include_str!(concat!("../golden/", $name, ".go")),
        )
    };
}

pub const GOLDEN: &[(&str, usize, &str)] = &[
    golden!("chan_pipeline", 1),
    golden!("chan_producer_consumer", 1),
    golden!("go_parallel_sum_procs4", 4),
    golden!("go_runnext_order", 1),
    golden!("map_basics", 1),
    golden!("fmt_collections", 1),
    golden!("fmt_floats", 1),
    golden!("types_sized_int_overflow", 1),
    golden!("panic_repanic", 1),
    golden!("pool_victim_mixed", 1),
    golden!("pool_goroutines_one_p", 1),
    golden!("pool_setgcpercent", 1),
    golden!("select_timeout", 1),
    golden!("sync_mutex_barging", 1),
    golden!("time_sleep_order", 1),
];

/// FNV-1a, 64 bits: the same on every platform, unlike `DefaultHasher`.
struct Fnv(u64);

impl Fnv {
    fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
    fn write(&mut self, s: &str) {
        for b in s.bytes() {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x0100_0000_01b3);
        }
        // A separator, so ("ab", "c") and ("a", "bc") differ.
        self.0 = (self.0 ^ 0xff).wrapping_mul(0x0100_0000_01b3);
    }
}

/// "steps digest" of running `src` to the end (or its budget) under `sched`.
fn run_digest(src: &str, s: &Settings, sched: &mut dyn Scheduler) -> String {
    let mut m = match runtime::load(src, s) {
        Ok(m) => m,
        Err(out) => return format!("0 compile:{}", out.code),
    };
    let mut h = Fnv::new();
    let mut steps = 0u64;
    let exit = loop {
        match m.step(sched) {
            StepResult::Step(st) => {
                steps += 1;
                h.write(&format!("{st:?}"));
                h.write(&m.stdout.len().to_string());
            }
            StepResult::Done(exit) => break exit,
        }
    };
    h.write(&m.stdout);
    h.write(&m.stderr);
    h.write(&format!("{exit:?}"));
    format!("{steps} {:016x}", h.0)
}

/// "frames digest" of the session the UI records for `src`.
fn session_digest(src: &str, s: &Settings) -> String {
    let session = record(src, s, 20_000);
    let mut h = Fnv::new();
    for f in &session.frames {
        h.write(&format!("{f:?}"));
    }
    h.write(&format!("{:?} {}", session.exit, session.truncated));
    format!("{} {:016x}", session.frames.len(), h.0)
}

/// Every digest, one line each: `program settings steps digest`.
pub fn digests() -> Vec<String> {
    let mut out = vec![];
    let mut line = |name: &str, how: &str, d: String| out.push(format!("{name} {how} {d}"));
    for &(name, procs, src) in GOLDEN {
        assert!(
            src.starts_with("// poolscope: procs=") == (procs > 1),
            "{name}"
        );
        let own = Settings {
            procs,
            ..Settings::default()
        };
        line(
            name,
            "own/rr",
            run_digest(src, &own, &mut RoundRobin::default()),
        );
        let s = Settings {
            procs: 2,
            seed: 7,
            ..own
        };
        line(
            name,
            "procs2/random7",
            run_digest(src, &s, &mut Random::new(7)),
        );
        let s = Settings {
            procs: 4,
            seed: 99,
            go: GoVersion::Go121,
            ..own
        };
        line(
            name,
            "procs4/go121/random99",
            run_digest(src, &s, &mut Random::new(99)),
        );
        let s = Settings { budget: 40, ..own };
        line(
            name,
            "budget40/rr",
            run_digest(src, &s, &mut RoundRobin::default()),
        );
    }
    for l in LESSONS {
        let own = l.settings("");
        line(
            l.slug,
            "lesson/rr",
            run_digest(l.source, &own, &mut RoundRobin::default()),
        );
        if !l.also_go.is_empty() {
            let s = l.settings(l.also_go);
            line(
                l.slug,
                "also_go/rr",
                run_digest(l.source, &s, &mut RoundRobin::default()),
            );
        }
        let s = Settings {
            procs: 4,
            seed: 3,
            ..own
        };
        line(
            l.slug,
            "procs4/random3",
            run_digest(l.source, &s, &mut Random::new(3)),
        );
        line(l.slug, "lesson/frames", session_digest(l.source, &own));
    }
    out
}

/// The committed digests, as lines.
pub const COMMITTED: &str = include_str!("digests.txt");

/// Lines of `got` that differ from `COMMITTED`, for a failure message.
pub fn differences(got: &[String]) -> Vec<String> {
    let want: Vec<&str> = COMMITTED.lines().filter(|l| !l.starts_with('#')).collect();
    let mut diff = vec![];
    for (i, g) in got.iter().enumerate() {
        match want.get(i) {
            Some(w) if w == g => {}
            Some(w) => diff.push(format!("want {w}\n got {g}")),
            None => diff.push(format!("extra {g}")),
        }
    }
    for w in want.iter().skip(got.len()) {
        diff.push(format!("missing {w}"));
    }
    diff
}
