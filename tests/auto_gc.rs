//! Automatic GC every N allocations (a setting of the playground, not of Go): it runs
//! Go's `poolCleanup` at the start of the first step that finds N more heap objects
//! allocated, as a step's events, and replays exactly because it follows from the
//! machine's own state.

use poolscope::run::{RunSpec, Timeline};
use poolscope::runtime::{self, RoundRobin, Settings, StepResult};

const PUTS: &str = r#"package main

import (
	"fmt"
	"sync"
)

func main() {
	p := sync.Pool{New: func() any { return new(int) }}
	for i := 0; i < 12; i++ {
		x := new(int)
		*x = i
		p.Put(x)
	}
	fmt.Println("done")
}
"#;

/// Runs `src` to the end; the keys of every step's events, and the pool's GC count.
fn run(gc_every: Option<u32>) -> (Vec<Vec<&'static str>>, u64, String) {
    let s = Settings {
        gc_every,
        ..Settings::default()
    };
    let mut m = runtime::load(PUTS, &s).expect("compiles");
    let mut rr = RoundRobin::default();
    let mut keys = Vec::new();
    while let StepResult::Step(st) = m.step(&mut rr) {
        keys.push(st.events.iter().map(|e| e.key).collect());
    }
    (keys, m.pool.gc_count(), m.stdout)
}

#[test]
fn off_by_default() {
    assert_eq!(Settings::default().gc_every, None);
    let (keys, gcs, out) = run(None);
    assert_eq!(gcs, 0);
    assert_eq!(out, "done\n");
    assert!(!keys.iter().flatten().any(|k| *k == "gc.auto"));
}

#[test]
fn collects_every_n_allocations_as_pool_cleanup() {
    let (keys, gcs, out) = run(Some(4));
    // The program's output does not change: the pool only loses cached objects.
    assert_eq!(out, "done\n");
    // 12 `new(int)`s and the closure: at least two GCs at 4 allocations each.
    assert!(gcs >= 2, "{gcs} GCs");
    let autos: Vec<usize> = (keys.iter().enumerate())
        .filter(|(_, k)| k.contains(&"gc.auto"))
        .map(|(i, _)| i)
        .collect();
    assert_eq!(autos.len() as u64, gcs, "each GC is announced by its step");
    // Each one runs Go's poolCleanup in that step (its first micro-step is the step's own).
    for &i in &autos {
        assert!(
            keys[i].iter().any(|k| k.starts_with("pool.cleanup")),
            "step {i}: {:?}",
            keys[i]
        );
    }
    // A smaller interval collects more often.
    let (_, more, _) = run(Some(2));
    assert!(more > gcs, "{more} vs {gcs}");
}

#[test]
fn automatic_gcs_replay_exactly_and_are_not_decisions() {
    let spec = RunSpec {
        gc_every: Some(3),
        ..RunSpec::new(PUTS)
    };
    let mut t = Timeline::with_interval(spec.clone(), 7).expect("compiles");
    t.run_to_end();
    // No learner GC was recorded: the automatic ones follow from the settings.
    assert!(t
        .spec_at(t.len())
        .decisions
        .iter()
        .all(|d| matches!(d, poolscope::run::Decision::Run(_))));
    let (_, gcs, _) = run(Some(3));
    assert_eq!(t.state_at(t.len()).machine.pool.gc_count(), gcs);
    // Every step rebuilt from a snapshot matches stepping from the start.
    let mut m = runtime::load(PUTS, &spec.settings()).expect("compiles");
    let mut rr = RoundRobin::default();
    for n in 1..=t.len() {
        let _ = m.step(&mut rr);
        let at = t.state_at(n).machine;
        assert_eq!(
            (at.pool.gc_count(), at.heap.objs.len(), at.gc_next_at),
            (m.pool.gc_count(), m.heap.objs.len(), m.gc_next_at),
            "step {n}"
        );
    }
}
