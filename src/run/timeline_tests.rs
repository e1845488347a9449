//! Tests of the timeline's memory bounds: the snapshot count and the counted bytes stay
//! under their limits on long runs, and states rebuilt after thinning are still exact.

use super::*;

/// The state after every step of `src` run on its own, as text without the program
/// (whose type table is a hash map that prints in any order).
fn states_of(src: &str) -> Vec<String> {
    let spec = RunSpec::new(src);
    let show = |m: &Machine| {
        let s = format!("{m:?}");
        s[s.find(", gs: [").unwrap_or(0)..].to_string()
    };
    let Ok(mut m) = runtime::load(&spec.source, &spec.settings()) else {
        panic!("does not compile")
    };
    let mut out = vec![show(&m)];
    while let StepResult::Step(_) = m.step(&mut RoundRobin::default()) {
        out.push(show(&m));
    }
    out
}

fn printing_loop(n: u32) -> String {
    format!("package main\n\nimport \"fmt\"\n\nfunc main() {{\n\tfor i := 0; i < {n}; i++ {{\n\t\tfmt.Println(i)\n\t}}\n}}\n")
}

fn check_states(t: &Timeline, states: &[String], at: &[u64]) {
    for &n in at {
        let s = format!("{:?}", t.state_at(n).machine);
        let s = &s[s.find(", gs: [").unwrap_or(0)..];
        assert!(s == states[n as usize], "state {n} differs");
    }
}

#[test]
fn snapshots_stay_bounded_and_exact_on_a_long_printing_run() {
    let src = printing_loop(1500);
    let states = states_of(&src);
    let Ok(mut t) = Timeline::with_interval(RunSpec::new(src), 1) else {
        panic!("does not compile")
    };
    t.run_to_end();
    assert_eq!(t.len() as usize, states.len() - 1);
    assert!(t.snapshot_count() <= MAX_SNAPSHOTS);
    assert!(t.interval() >= 8, "every {}", t.interval());
    check_states(&t, &states, &[1, 2, 777, 2047, 2048, 2999, t.len()]);
}

#[test]
fn a_growing_heap_thins_the_snapshots_to_the_memory_limit() {
    // Each Println allocates its argument slice: the heap grows every iteration.
    let src = printing_loop(1000);
    let states = states_of(&src);
    let run = |limit| {
        let Ok(mut t) = Timeline::with_limits(RunSpec::new(src.clone()), 10, limit) else {
            panic!("does not compile")
        };
        t.run_to_end();
        t
    };
    let unlimited = run(usize::MAX);
    assert_eq!(unlimited.interval(), 10);
    let limit = unlimited.snapshot_bytes() / 4;
    let t = run(limit);
    assert!(
        t.snapshot_bytes() <= limit,
        "{} > {limit}",
        t.snapshot_bytes()
    );
    assert!(t.interval() > 10 && t.snapshot_count() > 1);
    check_states(&t, &states, &[1, 555, 1001, t.len()]);
}
