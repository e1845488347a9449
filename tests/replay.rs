//! Time travel is exact: golden programs with goroutines replay from their recorded decisions
//! step for step; the state rebuilt at any step equals the state reached by stepping from the
//! start; stepping back then forward changes nothing; a fork shares its prefix and differs
//! after; a learner GC replays; random schedules replay from their decisions, for golden
//! programs and for random programs of the fuzzer's grammar.
#![cfg(not(target_arch = "wasm32"))]

use poolscope::lang::info::GoVersion;
use poolscope::pool::Place;
use poolscope::run::permalink;
use poolscope::run::{Decision, RunSpec, SchedKind, Timeline};
use poolscope::runtime::{self, Machine, Random, RoundRobin, Scheduler, Step, StepResult};
use proptest::prelude::*;
use std::path::Path;

mod fuzz_common;

/// One step as the UI would see it: the step (span, goroutine, P, caption, events, pool
/// events) and how much stdout there was after it.
type Rec = (Step, usize);

fn golden_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

/// `tests/golden/NAME.go` with the settings of its `// poolscope:` line.
fn golden(name: &str) -> RunSpec {
    let src = std::fs::read_to_string(golden_dir().join(format!("{name}.go"))).unwrap_or_default();
    let mut spec = RunSpec::new(src.clone());
    if let Some(cfg) = src
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("// poolscope:"))
    {
        for part in cfg.split([',', ' ']).filter(|p| !p.is_empty()) {
            if let Some(v) = part.strip_prefix("go") {
                spec.go = GoVersion::parse(v).unwrap_or_default();
            } else if let Some(n) = part.strip_prefix("procs=") {
                spec.procs = n.parse().unwrap_or(1);
            }
        }
    }
    spec
}

/// The golden programs with goroutines, sync, channels or pools that compile.
fn goroutine_programs() -> Vec<(String, RunSpec)> {
    let mut names: Vec<String> = std::fs::read_dir(golden_dir())
        .map(|d| {
            d.filter_map(|e| e.ok()?.file_name().into_string().ok())
                .filter_map(|f| f.strip_suffix(".go").map(str::to_string))
                .filter(|n| {
                    ["go_", "chan_", "sync_", "pool_"]
                        .iter()
                        .any(|p| n.starts_with(p))
                })
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let progs: Vec<(String, RunSpec)> = names
        .into_iter()
        .map(|n| {
            let s = golden(&n);
            (n, s)
        })
        .filter(|(_, s)| runtime::load(&s.source, &s.settings()).is_ok())
        .collect();
    assert!(progs.len() >= 30, "only {} programs load", progs.len());
    progs
}

/// Steps a fresh machine for `spec` to the end with `sched`: its trace and every state.
fn direct(
    spec: &RunSpec,
    sched: &mut dyn Scheduler,
    keep_states: bool,
) -> (Vec<Rec>, Vec<String>, Machine) {
    let mut m = runtime::load(&spec.source, &spec.settings()).expect("compiles");
    let mut trace = Vec::new();
    let mut states = vec![];
    if keep_states {
        states.push(state(&m));
    }
    while let StepResult::Step(st) = m.step(sched) {
        trace.push((st, m.stdout.len()));
        if keep_states {
            states.push(state(&m));
        }
    }
    (trace, states, m)
}

/// The trace of a timeline, read by going forward one step at a time.
fn timeline_trace(t: &mut Timeline) -> Vec<Rec> {
    (1..=t.len())
        .map(|n| {
            let mo = t.goto(n);
            (
                mo.step.clone().expect("a step led here"),
                mo.machine.stdout.len(),
            )
        })
        .collect()
}

fn timeline(spec: RunSpec, every: u64) -> Timeline {
    let mut t = Timeline::with_interval(spec, every).expect("compiles");
    t.run_to_end();
    t
}

fn with_runs(spec: &RunSpec, m: &Machine, sched: SchedKind) -> RunSpec {
    RunSpec {
        decisions: m
            .decisions
            .iter()
            .flat_map(|d| [d.gc.then_some(Decision::Gc), Some(Decision::Run(d.p))])
            .flatten()
            .collect(),
        sched,
        ..spec.clone()
    }
}

#[test]
fn golden_programs_replay_from_their_decisions() {
    for (name, spec) in goroutine_programs() {
        for procs in [spec.procs, 3] {
            let spec = RunSpec {
                procs,
                ..spec.clone()
            };
            let (want, _, m) = direct(&spec, &mut RoundRobin::default(), false);
            // Manual's default (lowest P) differs from round-robin, so only the recorded
            // decisions can give the same trace.
            let mut t = timeline(with_runs(&spec, &m, SchedKind::Manual), 16);
            assert_eq!(t.len() as usize, want.len(), "{name} procs={procs}");
            assert!(
                timeline_trace(&mut t) == want,
                "{name} procs={procs}: traces differ"
            );
            assert_eq!(t.goto(t.len()).machine.stdout, m.stdout, "{name}");
            assert_eq!(t.exit(), m.exit.as_ref(), "{name}");
        }
    }
}

#[test]
fn state_at_any_step_equals_stepping_from_the_start() {
    for (name, spec) in goroutine_programs() {
        let spec = RunSpec {
            procs: spec.procs.max(2),
            ..spec
        };
        let (trace, states, _) = direct(&spec, &mut RoundRobin::default(), true);
        let t = timeline(spec.clone(), 5);
        let len = trace.len() as u64;
        assert_eq!(t.len(), len, "{name}");
        for n in [0, 1, 4, 5, 6, len / 2, len.saturating_sub(1), len] {
            let n = n.min(len);
            let mo = t.state_at(n);
            assert_eq!(mo.machine.steps, n, "{name}");
            assert_same(
                &state(&mo.machine),
                &states[n as usize],
                &format!("{name}: state {n}"),
            );
            if n > 0 {
                assert!(
                    mo.step.as_ref() == Some(&trace[n as usize - 1].0),
                    "{name}: step {n}"
                );
            }
            // Going on from the rebuilt state gives the rest of the run.
            let runs: Vec<u32> = t
                .spec_at(len)
                .decisions
                .iter()
                .filter_map(|d| match d {
                    Decision::Run(p) => Some(*p),
                    Decision::Gc => None,
                })
                .collect();
            let mut m = mo.machine;
            let mut rest = Vec::new();
            let mut rr = RoundRobin::default();
            loop {
                let mut s = poolscope::run::run_spec::SpecScheduler {
                    runs: &runs,
                    gcs: &[],
                    pos: m.decisions.len(),
                    tail: &mut rr,
                    ready: None,
                };
                match m.step(&mut s) {
                    StepResult::Step(st) => rest.push((st, m.stdout.len())),
                    StepResult::Done(_) => break,
                }
            }
            assert!(
                rest[..] == trace[n as usize..],
                "{name}: the run from {n} differs"
            );
        }
    }
}

#[test]
fn a_timeline_records_in_chunks_as_far_as_asked() {
    let spec = golden("chan_pipeline");
    let whole = timeline(spec.clone(), 16);
    let mut t = Timeline::with_interval(spec, 16).expect("compiles");
    assert!(t.is_empty() && t.exit().is_none());
    assert!(!t.run_to(40));
    assert_eq!(t.len(), 40);
    assert_eq!(
        t.goto(1000).machine.steps,
        40,
        "goto clamps to the recorded end"
    );
    assert!(t.run_to(u64::MAX));
    assert_eq!((t.len(), t.exit()), (whole.len(), whole.exit()));
    assert!(t.marks() == whole.marks());
}

#[test]
fn step_back_then_forward_is_the_same_state() {
    for (name, spec) in goroutine_programs().into_iter().step_by(3) {
        let mut t = timeline(spec, 8);
        for n in (1..=t.len()).step_by(7) {
            let here = state(&t.goto(n).machine);
            let back = state(&t.step_back().machine);
            assert_eq!(t.state_at(n - 1).machine.steps, n - 1);
            assert!(
                back == state(&t.state_at(n - 1).machine),
                "{name}: back from {n}"
            );
            let again = state(&t.step_forward().machine);
            assert!(here == again, "{name}: back and forth at {n}");
        }
    }
}

/// The first step after which more than one P could run.
fn first_choice(t: &Timeline) -> Option<(u64, Vec<u32>)> {
    (0..t.len())
        .map(|k| (k, t.choices_at(k)))
        .find(|(_, c)| c.len() > 1)
}

#[test]
fn a_fork_shares_its_prefix_and_then_differs() {
    let mut forked = 0;
    for (name, spec) in goroutine_programs() {
        let spec = RunSpec { procs: 2, ..spec };
        let mut t = timeline(spec, 16);
        let Some((k, ready)) = first_choice(&t) else {
            continue;
        };
        let taken = t.marks()[k as usize].p as u32;
        let other = *ready.iter().find(|&&p| p != taken).expect("two ready Ps");
        let fork = t.fork(k, other);
        let mut f = timeline(fork.clone(), 16);
        let (a, b) = (timeline_trace(&mut t), timeline_trace(&mut f));
        assert!(a[..k as usize] == b[..k as usize], "{name}: prefix differs");
        assert_eq!(b[k as usize].0.p, other, "{name}: the fork's choice");
        assert_ne!(a[k as usize].0.p, b[k as usize].0.p, "{name}");
        // The fork travels through a permalink unchanged.
        let back = permalink::decode(&permalink::encode(&fork)).expect("decodes");
        assert!(
            timeline_trace(&mut timeline(back, 7)) == b,
            "{name}: link replay"
        );
        forked += 1;
    }
    // An idle P is ready whenever it could steal, so most programs with goroutines give a
    // choice at GOMAXPROCS=2.
    assert!(forked >= 20, "only {forked} programs had a choice");
}

#[test]
fn a_learner_gc_runs_at_the_next_step_and_replays() {
    let spec = golden("pool_new_get_put");
    let t = timeline(spec.clone(), 4);
    // The first step after which the pool holds an object in a private slot.
    let k = (1..=t.len())
        .find(|&n| {
            t.state_at(n)
                .machine
                .pool
                .objects()
                .any(|(_, place, _)| matches!(place, Place::Private { .. }))
        })
        .expect("an object reaches a private slot");
    let gc_spec = t.with_gc(k);
    assert_eq!(gc_spec.decisions.last(), Some(&Decision::Gc));
    let mut g = timeline(gc_spec, 4);
    // The GC rides on the next scheduling decision: step k + 1, or later if that step
    // only shows the rest of a pool call.
    let j = g
        .find_next(k, |m| m.flags & poolscope::run::timeline::MARK_GC != 0)
        .expect("the GC ran");
    let (before, after) = (t.state_at(j), g.state_at(j));
    assert_eq!(
        after.machine.pool.gc_count(),
        before.machine.pool.gc_count() + 1
    );
    let cleanup = |mo: &poolscope::run::Moment| {
        mo.step.as_ref().is_some_and(|st| {
            st.events.iter().any(|e| {
                e.pool
                    .as_ref()
                    .is_some_and(|p| p.key.starts_with("pool.cleanup"))
            })
        })
    };
    assert!(
        cleanup(&after) && !cleanup(&before),
        "step {j} shows poolCleanup"
    );
    assert!(g.marks()[..j as usize - 1] == t.marks()[..j as usize - 1]);
    // The runtime's own GC request at that step gives the same run.
    let mut m = runtime::load(&spec.source, &spec.settings()).expect("compiles");
    let mut want = Vec::new();
    let mut rr = RoundRobin::default();
    loop {
        if m.steps == k {
            m.gc_requested = true;
        }
        match m.step(&mut rr) {
            StepResult::Step(st) => want.push((st, m.stdout.len())),
            StepResult::Done(_) => break,
        }
    }
    let got = timeline_trace(&mut g);
    assert!(got == want, "the timeline's GC differs from the runtime's");
    // Its spec reproduces it, through a link too.
    let link = permalink::decode(&permalink::encode(&g.spec_at(g.len()))).expect("decodes");
    assert_eq!(
        link.decisions
            .iter()
            .filter(|d| **d == Decision::Gc)
            .count(),
        1
    );
    assert!(timeline_trace(&mut timeline(link, 3)) == got);
}

const PROP_PROGRAMS: [&str; 5] = [
    "chan_producer_consumer",
    "sync_waitgroup_results",
    "go_runnext_order",
    "pool_goroutines_one_p",
    "chan_pipeline",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn random_schedules_replay_from_their_decisions(seed in any::<u64>(), procs in 1u32..=4, which in 0usize..PROP_PROGRAMS.len(), gc_every in proptest::option::of(1u32..8)) {
        // Automatic GC follows from the machine's state: it replays without a decision.
        let spec = RunSpec { procs, seed, gc_every, ..golden(PROP_PROGRAMS[which]) };
        let (want, _, m) = direct(&spec, &mut Random::new(seed), false);
        let mut t = timeline(with_runs(&spec, &m, SchedKind::RoundRobin), 9);
        prop_assert!(timeline_trace(&mut t) == want);
        // The seed alone replays it too.
        let mut s = timeline(RunSpec { sched: SchedKind::Random, ..spec }, 9);
        prop_assert!(timeline_trace(&mut s) == want);
        prop_assert_eq!(&s.goto(s.len()).machine.stdout, &m.stdout);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    /// Random programs (the fuzzer's grammar: goroutines, channels, WaitGroups, pools,
    /// defer, panics) under random schedules: the same source, settings and decisions give
    /// the identical trace and state at every step, run again or replayed from decisions.
    #[test]
    fn random_programs_and_schedules_replay_identically(
        gen_seed in any::<u64>(),
        size in 2usize..8,
        seed in any::<u64>(),
        procs in 1u32..=4,
    ) {
        let src = fuzz_common::gen::program(&mut fuzz_common::Rng::new(gen_seed), size);
        let spec = RunSpec { procs, seed, budget: 5_000, ..RunSpec::new(src) };
        prop_assume!(runtime::load(&spec.source, &spec.settings()).is_ok());
        let (want, states, m) = direct(&spec, &mut Random::new(seed), true);
        let (again, again_states, _) = direct(&spec, &mut Random::new(seed), true);
        prop_assert!(again == want, "a second run differs");
        prop_assert!(again_states == states, "a second run's states differ");
        let mut t = timeline(with_runs(&spec, &m, SchedKind::RoundRobin), 7);
        prop_assert!(timeline_trace(&mut t) == want, "the decisions replay differently");
        prop_assert_eq!(&t.goto(t.len()).machine.stdout, &m.stdout);
    }
}

/// Equal debug texts, or a failure showing where they part.
fn assert_same(got: &str, want: &str, what: &str) {
    if got != want {
        let at = got
            .bytes()
            .zip(want.bytes())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        let around = |s: &str| {
            s.get(at.saturating_sub(150)..(at + 80).min(s.len()))
                .unwrap_or("")
                .to_string()
        };
        panic!(
            "{what} differs at byte {at}:\n got  ...{}\n want ...{}",
            around(got),
            around(want)
        );
    }
}

/// The machine's whole state as text, without the compiled program (its type table is a
/// hash map, printed in a different order by each compilation of the same source).
fn state(m: &Machine) -> String {
    let s = format!("{m:?}");
    let at = s.find(", gs: [").unwrap_or(0);
    s[at..].to_string()
}
