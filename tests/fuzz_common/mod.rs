//! Shared machinery of the stable-toolchain fuzz tests (`tests/fuzz_*.rs`): a seeded
//! generator, the corpus of known programs, and `Harness`, which feeds one input to every
//! stage of the engine on its own thread, so that a panic or a hang is reported with the
//! input that caused it instead of killing the whole test run.
//!
//! Knobs (see docs/fuzzing.md): by default each target fuzzes for its share of
//! [`SHARES`] (64 s in all, so `cargo test` always spends over a minute fuzzing);
//! `POOLSCOPE_FUZZ_SECS` sets that total (e.g. `5` for a quick local run),
//! `POOLSCOPE_FUZZ_CASES` instead sets exactly how many inputs each target tries (the same
//! inputs on every machine), and `POOLSCOPE_FUZZ_SEED` picks another part of the input
//! space. Input #i of a target depends only on the seed, never on the clock.
#![allow(dead_code)] // each fuzz_*.rs test binary uses its own part of this module

pub mod gen;
pub mod mutate;

use poolscope::runtime::{run_source, Random, RoundRobin, Settings};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How long one input may take through all stages before it counts as a hang. The step
/// budget keeps real runs far below this (a few ms in a debug build; the slowest limit
/// tests take ~2 s of CPU, which a machine shared by many builds can stretch past 10 s of
/// wall time).
pub const HANG_LIMIT: Duration = Duration::from_secs(20);

/// Stack of the thread that runs one input. Wasm gives the page 1 MiB; a debug build uses
/// several times more stack per Rust frame than a release Wasm build, so 8 MiB here is
/// roughly as strict as the page.
pub const STACK: usize = 8 << 20;

/// xorshift64*: small, seeded, the same sequence on every machine.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    /// [`Rng::pick`] for word lists, returning the word itself.
    pub fn word(&mut self, words: &[&'static str]) -> &'static str {
        words[self.below(words.len())]
    }
}

fn env_num(name: &str) -> Option<u64> {
    std::env::var(name).ok()?.trim().parse().ok()
}

/// Seconds of the default bounded pass each time-boxed target gets; they add up to 64.
pub const SHARES: &[(&str, f64)] = &[
    ("text", 8.0),
    ("soup", 8.0),
    ("mutant", 16.0),
    ("generated", 18.0),
    ("link", 6.0),
    ("permalink", 8.0),
];

/// Inputs every time-boxed target tries however slow the machine, so none is skipped.
pub const MIN_CASES: usize = 50;

/// How long a target fuzzes, or how many inputs it tries.
pub struct Budget {
    cases: Option<usize>,
    deadline: Instant,
}

impl Budget {
    /// The budget of `target` (a name in [`SHARES`]), starting now: its share of
    /// `POOLSCOPE_FUZZ_SECS` (default: the shares as listed), or `POOLSCOPE_FUZZ_CASES`
    /// inputs when that is set.
    pub fn of(target: &str) -> Budget {
        let share = SHARES
            .iter()
            .find(|(t, _)| *t == target)
            .map_or(1.0, |&(_, s)| s);
        let total: f64 = SHARES.iter().map(|&(_, s)| s).sum();
        let secs = std::env::var("POOLSCOPE_FUZZ_SECS")
            .ok()
            .and_then(|v| v.trim().parse::<f64>().ok())
            .map_or(share, |all| all.max(0.0) * share / total);
        Budget {
            cases: env_num("POOLSCOPE_FUZZ_CASES").map(|n| n as usize),
            deadline: Instant::now() + Duration::from_secs_f64(secs),
        }
    }

    /// Whether input number `i` (0-based) is to be tried.
    pub fn more(&self, i: usize) -> bool {
        match self.cases {
            Some(n) => i < n,
            None => i < MIN_CASES || Instant::now() < self.deadline,
        }
    }
}

/// The base seed: `POOLSCOPE_FUZZ_SEED` if set, else fixed so CI is reproducible.
pub fn base_seed() -> u64 {
    env_num("POOLSCOPE_FUZZ_SEED").unwrap_or(0x5EED)
}

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `.go` files under `dir` (recursively), as (path from the repo root, source).
pub fn go_files(dir: &Path, out: &mut Vec<(String, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            go_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "go") {
            if let Ok(src) = std::fs::read_to_string(&p) {
                let name = p.strip_prefix(repo()).unwrap_or(&p).display().to_string();
                out.push((name, src));
            }
        }
    }
}

/// Every known Go program: golden, seed, lessons and the committed fuzz seeds, as
/// (path, source), in a stable order. Regressions are replayed by their own test.
pub fn corpus() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for dir in [
        "tests/golden",
        "tests/seed",
        "static/lessons",
        "tests/fuzz_corpus/seeds",
    ] {
        go_files(&repo().join(dir), &mut out);
    }
    out
}

/// Settings a program asks for in its `// poolscope:` header, with the fuzz budget.
pub fn settings_for(src: &str, budget: u64) -> Settings {
    let mut s = Settings {
        budget,
        ..Settings::default()
    };
    for line in src.lines().take_while(|l| l.starts_with("//")) {
        let Some(rest) = line.strip_prefix("// poolscope:") else {
            continue;
        };
        for word in rest.split_whitespace() {
            if word == "go1.21" {
                s.go = poolscope::lang::GoVersion::Go121;
            } else if let Some(n) = word.strip_prefix("procs=") {
                s.procs = n.parse().unwrap_or(1).clamp(1, 8);
            }
        }
    }
    s
}

/// Feeds `src` to every stage: lexer, parser, checker, the interpreter (round-robin and a
/// seeded random schedule) and the session recorder. Panics are the caller's to catch.
pub fn all_stages(src: &str, settings: &Settings, seed: u64) {
    let toks = poolscope::lang::lex(src);
    assert!(!toks.is_empty(), "lex always ends with Eof");
    let (_file, _diags) = poolscope::lang::parse(src);
    let opts = poolscope::lang::CheckOptions {
        go_version: settings.go,
    };
    let compiled = poolscope::lang::compile_front(src, &opts).is_ok();
    let out = run_source(src, settings, &mut RoundRobin::default());
    if !compiled {
        assert_eq!(out.code, 1, "a compile error exits 1: {}", out.stderr);
        return;
    }
    run_source(src, settings, &mut Random::new(seed));
    poolscope::run::session::record(src, settings, 2_000);
}

/// Runs `work` on a fresh thread; `Err` says how it panicked or that it hung.
pub fn guarded(work: impl FnOnce() + Send + 'static) -> Result<Duration, String> {
    let (tx, rx) = mpsc::channel();
    let start = Instant::now();
    let spawned = std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(move || {
            let r = catch_unwind(AssertUnwindSafe(work)).map_err(|e| {
                e.downcast_ref::<String>()
                    .cloned()
                    .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_else(|| "non-string panic".into())
            });
            let _ = tx.send(r);
        });
    if let Err(e) = spawned {
        return Err(format!("could not start a thread: {e}"));
    }
    match rx.recv_timeout(HANG_LIMIT) {
        Ok(Ok(())) => Ok(start.elapsed()),
        Ok(Err(msg)) => Err(format!("panicked: {msg}")),
        // The thread is left running; the test fails, and the process ends with it.
        Err(_) => Err(format!("hung: no answer after {HANG_LIMIT:?}")),
    }
}

/// Collects failures of one fuzz target and reports them all, each with its input saved
/// under the target dir so it can be committed to `tests/fuzz_corpus/regressions/`.
pub struct Harness {
    target: &'static str,
    failures: Vec<String>,
    tried: usize,
    seed: u64,
    slowest: (Duration, String),
    started: Instant,
}

impl Harness {
    pub fn new(target: &'static str) -> Harness {
        Harness {
            target,
            failures: Vec::new(),
            tried: 0,
            seed: base_seed(),
            slowest: (Duration::ZERO, String::new()),
            started: Instant::now(),
        }
    }

    /// Tries `src` through [`all_stages`]; `name` says where the input came from.
    pub fn program(&mut self, name: &str, src: String, settings: Settings, seed: u64) {
        let input = src.clone();
        let r = guarded(move || all_stages(&src, &settings, seed));
        self.record(name, &input, r);
    }

    /// Tries any piece of work on `input` (e.g. the link decoder).
    pub fn input(&mut self, name: &str, input: &str, work: impl FnOnce() + Send + 'static) {
        let r = guarded(work);
        self.record(name, input, r);
    }

    fn record(&mut self, name: &str, input: &str, r: Result<Duration, String>) {
        self.tried += 1;
        match r {
            Ok(d) if d > self.slowest.0 => {
                // Kept so a slow input (a hang in the making) can be looked at.
                save_failure(self.target, usize::MAX, input);
                self.slowest = (d, name.to_string());
            }
            Ok(_) => {}
            Err(why) => {
                let saved = save_failure(self.target, self.failures.len(), input);
                // The input itself (its start, if long), so the log alone reproduces it.
                let shown: String = input.chars().take(4000).collect();
                let cut = if shown.len() < input.len() {
                    "\n[…]"
                } else {
                    ""
                };
                self.failures.push(format!(
                    "{name}: {why}\n    input saved to {saved}\n----- input -----\n{shown:?}{cut}\n-----------------"
                ));
            }
        }
    }

    /// Fails the test naming every bad input; otherwise prints what was covered.
    pub fn finish(self) {
        eprintln!(
            "{}: {} inputs (seed {:#x}) in {:.1?}, slowest {:.1?} ({})",
            self.target,
            self.tried,
            self.seed,
            self.started.elapsed(),
            self.slowest.0,
            self.slowest.1
        );
        assert!(
            self.failures.is_empty(),
            "{}: {} of {} inputs failed (POOLSCOPE_FUZZ_SEED={} replays the same inputs):\n{}",
            self.target,
            self.failures.len(),
            self.tried,
            self.seed,
            self.failures.join("\n")
        );
    }
}

/// Writes `input` to `fuzz-failures/TARGET-N.go` in the target's tmp dir (`N` = `usize::MAX`
/// names the slowest input, `TARGET-slowest.go`).
fn save_failure(target: &str, n: usize, input: &str) -> String {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("fuzz-failures");
    let file = match n {
        usize::MAX => format!("{target}-slowest.go"),
        n => format!("{target}-{n}.go"),
    };
    let path = dir.join(file);
    match std::fs::create_dir_all(&dir).and_then(|_| std::fs::write(&path, input)) {
        Ok(()) => path.display().to_string(),
        Err(e) => format!("(not saved: {e})"),
    }
}
