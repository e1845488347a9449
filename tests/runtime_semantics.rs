//! Engine-level behaviour the golden files cannot show: scheduling order on one P,
//! exact replay and time travel, limits, and that a machine is plain cloneable data.

use poolscope::run::{RunSpec, SchedKind, Timeline};
use poolscope::runtime::{self, Exit, Machine, Random, Replay, RoundRobin, Settings, StepResult};

fn load(src: &str, s: &Settings) -> Machine {
    match runtime::load(src, s) {
        Ok(m) => m,
        Err(o) => panic!("does not compile: {}", o.stderr),
    }
}

/// Every step as (goroutine, P, span start), and the final output.
fn trace(m: &mut Machine, sched: &mut dyn runtime::Scheduler) -> (Vec<(u32, u32, u32)>, String) {
    let mut steps = Vec::new();
    loop {
        match m.step(sched) {
            StepResult::Step(s) => steps.push((s.gid, s.p, s.span.lo)),
            StepResult::Done(_) => return (steps, m.stdout.clone()),
        }
    }
}

const WORKERS: &str = r#"package main

import (
	"fmt"
	"sync"
)

var pool = sync.Pool{New: func() any { return new(int) }}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := pool.Get().(*int)
			*p = i
			mu.Lock()
			total += *p
			mu.Unlock()
			pool.Put(p)
		}()
	}
	wg.Wait()
	fmt.Println("total", total)
}
"#;

#[test]
fn one_p_runs_new_goroutines_runnext_first() {
    // Go 1.27 with GOMAXPROCS=1 prints g 3, g 1, g 2 (runnext, then the queue).
    let src = r#"package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println("g", i)
		}()
	}
	wg.Wait()
}
"#;
    let out = runtime::run_source(src, &Settings::default(), &mut RoundRobin::default());
    assert_eq!(out.stdout, "g 3\ng 1\ng 2\n");
    assert_eq!(out.code, 0);
}

#[test]
fn a_snapshot_resumes_exactly() {
    let s = Settings {
        procs: 4,
        ..Settings::default()
    };
    let mut m = load(WORKERS, &s);
    let mut sched = Random::new(9);
    for _ in 0..40 {
        m.step(&mut sched);
    }
    let mut copy = m.clone();
    let mut sched2 = sched.clone();
    let a = trace(&mut m, &mut sched);
    let b = trace(&mut copy, &mut sched2);
    assert_eq!(a, b);
    assert_eq!(a.1, "total 21\n");
}

#[test]
fn recorded_decisions_replay_the_same_run() {
    let s = Settings {
        procs: 4,
        ..Settings::default()
    };
    for seed in [1, 2, 3, 42] {
        let mut m = load(WORKERS, &s);
        let a = trace(&mut m, &mut Random::new(seed));
        let mut again = load(WORKERS, &s);
        let b = trace(&mut again, &mut Replay::new(m.decisions.clone()));
        assert_eq!(a, b, "seed {seed}");
        assert_eq!(a.1, "total 21\n");
    }
}

#[test]
fn stepping_back_and_forward_rebuilds_identical_states() {
    let s = Settings {
        procs: 2,
        ..Settings::default()
    };
    // The run on a timeline (src/run/timeline.rs), with a snapshot every 16 steps.
    let spec = RunSpec {
        sched: SchedKind::Random,
        ..RunSpec::with_settings(WORKERS, &s)
    };
    let mut t = Timeline::with_interval(spec, 16).expect("compiles");
    t.run_to_end();
    assert!(t.snapshot_count() > 2);
    // The same run stepped from its start (sharing the compiled program, whose type
    // table prints in hash order).
    let mut m = t.state_at(0).machine;
    let mut sched = Random::new(s.seed);
    let mut states = vec![format!("{:?}", m)];
    while let StepResult::Step(_) = m.step(&mut sched) {
        states.push(format!("{:?}", m));
    }
    assert_eq!(states.len() as u64, t.len() + 1);
    for k in [0usize, 1, 15, 16, 17, 40, states.len() - 1] {
        let back = t.state_at(k as u64).machine;
        assert_eq!(format!("{:?}", back), states[k], "state after step {k}");
    }
    // Stepping back one step at a time is exact too.
    for k in (0..states.len()).rev().step_by(7) {
        let back = &t.goto(k as u64).machine;
        assert_eq!(format!("{:?}", back), states[k], "back to step {k}");
    }
}

#[test]
fn the_step_budget_stops_an_endless_loop() {
    let src = "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n";
    let s = Settings {
        budget: 5_000,
        ..Settings::default()
    };
    let mut m = load(src, &s);
    assert_eq!(m.run(&mut RoundRobin::default()), Exit::Budget);
    assert_eq!(m.steps, 5_000);
    let out = runtime::run_source(src, &s, &mut RoundRobin::default());
    assert!(
        out.stderr.contains("budget of 5000 steps"),
        "{}",
        out.stderr
    );
}

#[test]
fn deep_recursion_is_gos_stack_overflow() {
    let src = "package main\n\nfunc f(n int) int { return f(n+1) + 1 }\n\nfunc main() { f(0) }\n";
    let out = runtime::run_source(src, &Settings::default(), &mut RoundRobin::default());
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr.lines().next(),
        Some("runtime: goroutine stack exceeds 1000000000-byte limit")
    );
    assert!(out.stderr.contains("fatal error: stack overflow"));
}

#[test]
fn oversized_allocations_fail_clearly() {
    let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tn := 1 << 40\n\ts := make([]int, n)\n\tfmt.Println(len(s))\n}\n";
    let out = runtime::run_source(src, &Settings::default(), &mut RoundRobin::default());
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr.lines().next(),
        Some("fatal error: runtime: out of memory")
    );
    assert!(out.stderr.contains("exceeds the limit"));
}

#[test]
fn too_many_goroutines_stop_the_program() {
    let src = "package main\n\nfunc main() {\n\tch := make(chan int)\n\tfor {\n\t\tgo func() { <-ch }()\n\t}\n}\n";
    let out = runtime::run_source(src, &Settings::default(), &mut RoundRobin::default());
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("too many goroutines"), "{}", out.stderr);
}

#[test]
fn steps_carry_pool_events_with_message_keys() {
    let src = "package main\n\nimport \"sync\"\n\nfunc main() {\n\tvar p sync.Pool\n\tp.Put(new(int))\n\t_ = p.Get()\n}\n";
    let mut m = load(src, &Settings::default());
    let mut keys = Vec::new();
    while let StepResult::Step(s) = m.step(&mut RoundRobin::default()) {
        keys.extend(s.events.iter().map(|e| e.key));
        assert!(!s.caption.key.is_empty());
    }
    assert!(keys.iter().any(|k| k.starts_with("pool.put")), "{keys:?}");
    assert!(keys.iter().any(|k| k.starts_with("pool.get")), "{keys:?}");
}

#[test]
fn bytes_buffer_grows_like_go() {
    // Expected output printed by real Go 1.27 (bytes/buffer.go's grow rules).
    let src = r#"package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	var b bytes.Buffer
	for i := 0; i < 10; i++ {
		b.WriteString(strings.Repeat("x", i*13))
		fmt.Print(b.Len(), ":", b.Cap(), " ")
	}
	fmt.Println()
	b.Reset()
	b.WriteString("hi")
	fmt.Println(b.Len(), b.Cap(), b.String())
	fmt.Fprintf(&b, " %d", 42)
	fmt.Println(b.String())
	c := bytes.NewBufferString("abc")
	c.WriteByte('d')
	fmt.Println(c.String(), c.Len())
}
"#;
    let want = "0:0 13:64 39:64 78:128 130:256 195:256 273:512 364:512 468:512 585:1024 \n2 1024 hi\nhi 42\nabcd 4\n";
    let out = runtime::run_source(src, &Settings::default(), &mut RoundRobin::default());
    assert_eq!(out.stdout, want);
}

#[test]
fn fmt_calls_user_string_and_error_methods_at_every_depth() {
    // Expected output printed by real Go 1.27; the uncaught panic prints Error().
    let src = r#"package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string { return [...]string{"red", "green"}[c] }

type E struct{ Code int }

func (e *E) Error() string { return fmt.Sprintf("code %d", e.Code) }

type P struct {
	Name string
	C    Color
	Err  error
}

func main() {
	fmt.Println([]Color{0, 1}, Color(1))
	fmt.Printf("%v %d %s\n", Color(0), Color(1), Color(1))
	p := P{"x", 1, &E{3}}
	fmt.Printf("%v %+v\n", p, p)
	fmt.Println(map[string]Color{"a": 1})
	var e error = &E{7}
	fmt.Println(e, errors.New("plain"))
	fmt.Printf("%q %x %5s|%-6v|\n", Color(1), "hi", Color(0), e)
	var ip *int
	fmt.Println(ip == nil, fmt.Sprint(nil), fmt.Sprintf("%v", []any{1, "a", nil}))
	fmt.Printf("%6.2f%% %03d %t %8.3e\n", 12.345, 7, false, 123456.789)
	fmt.Printf("%v %v\n", int8(-5), uint8(200))
	fmt.Printf("%T %T %T\n", Color(1), &E{}, p)
	type inner struct{ A, B int }
	fmt.Printf("%v %+v\n", []inner{{1, 2}}, &inner{3, 4})
	panic(&E{9})
}
"#;
    let want = "[red green] green\nred 1 green\n{x green code 3} {Name:x C:green Err:code 3}\nmap[a:green]\ncode 7 plain\n\"green\" 6869   red|code 7|\ntrue <nil> [1 a <nil>]\n 12.35% 007 false 1.235e+05\n-5 200\nmain.Color *main.E main.P\n[{1 2}] &{A:3 B:4}\n";
    let out = runtime::run_source(src, &Settings::default(), &mut RoundRobin::default());
    assert_eq!(out.stdout, want);
    assert_eq!(out.stderr.lines().next(), Some("panic: code 9"));
    assert_eq!(out.code, 2);
}

#[test]
fn a_gc_requested_by_the_ui_is_recorded_and_replays() {
    let src = "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n\tvar p sync.Pool\n\tp.Put(\"a\")\n\tfmt.Println(\"put\")\n\tfmt.Println(\"next\")\n\tfmt.Println(p.Get())\n}\n";
    let s = Settings::default();
    let mut m = load(src, &s);
    let mut rr = RoundRobin::default();
    let mut events = Vec::new();
    for k in 0.. {
        if k == 3 {
            m.request_gc(); // one GC moves the object to the victim cache: Get still finds it
        }
        match m.step(&mut rr) {
            StepResult::Step(st) => events.extend(st.events.iter().map(|e| e.key)),
            StepResult::Done(_) => break,
        }
    }
    assert_eq!(m.stdout, "put\nnext\na\n");
    assert!(m.decisions.iter().any(|d| d.gc));
    let encoded = runtime::Decision::encode(&m.decisions);
    let mut again = load(src, &s);
    let mut replay = Replay::new(runtime::Decision::decode(&encoded));
    let mut events2 = Vec::new();
    while let StepResult::Step(st) = again.step(&mut replay) {
        events2.extend(st.events.iter().map(|e| e.key));
    }
    assert_eq!(events, events2);
    assert_eq!(again.stdout, m.stdout);
}

#[test]
fn no_pooled_object_is_lost_under_random_schedules_on_four_ps() {
    let s = Settings {
        procs: 4,
        ..Settings::default()
    };
    for seed in 0..20 {
        let mut m = load(WORKERS, &s);
        let mut sched = Random::new(seed);
        while let StepResult::Step(_) = m.step(&mut sched) {
            assert!(
                m.pool.check_conservation().is_ok(),
                "seed {seed} after step {}",
                m.steps
            );
        }
        assert_eq!(m.stdout, "total 21\n", "seed {seed}");
    }
}

#[test]
fn forking_at_a_step_keeps_the_past_and_replays() {
    let s = Settings {
        procs: 2,
        ..Settings::default()
    };
    let mut m = load(WORKERS, &s);
    let mut rr = RoundRobin::default();
    while let StepResult::Step(_) = m.step(&mut rr) {}
    let mut t = Timeline::with_interval(RunSpec::with_settings(WORKERS, &s), 8).expect("compiles");
    t.run_to_end();
    let k = 30u64;
    let mut fork = t.state_at(k).machine;
    // Pool micro-steps take no scheduling decision, so compare the decisions made so far.
    assert_eq!(fork.steps, k);
    assert_eq!(fork.decisions[..], m.decisions[..fork.decisions.len()]);
    // At step k the UI picks P1 (if it can run), then the run goes on with random choices.
    let mut manual = poolscope::runtime::Manual { choice: Some(1) };
    fork.step(&mut manual);
    let mut rnd = Random::new(77);
    while let StepResult::Step(_) = fork.step(&mut rnd) {}
    assert_eq!(fork.stdout, "total 21\n");
    let mut again = load(WORKERS, &s);
    let a = trace(&mut again, &mut Replay::new(fork.decisions.clone()));
    assert_eq!(a.1, fork.stdout);
    assert_eq!(again.decisions, fork.decisions);
}
