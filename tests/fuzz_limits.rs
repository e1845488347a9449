//! The limits that keep a hostile or runaway program from hanging or killing the page, each
//! ending the run with a clear message: the step budget, Go's stack overflow, huge `make`s
//! and appends, too many goroutines, growing strings, long output and oversized sources.
//! Every case runs on a guarded thread (tests/fuzz_common), so a hang fails instead of
//! stalling CI. Expected first lines come from real Go (`real-go`) where Go has one.
#![cfg(not(target_arch = "wasm32"))]

mod fuzz_common;

use fuzz_common::guarded;
use poolscope::run::session::{record, MAX_SOURCE};
use poolscope::runtime::{run_source, Output, RoundRobin, Settings};

fn run(src: &'static str, budget: u64) -> Output {
    let (tx, rx) = std::sync::mpsc::channel();
    let settings = Settings {
        budget,
        ..Settings::default()
    };
    let r = guarded(move || {
        let _ = tx.send(run_source(src, &settings, &mut RoundRobin::default()));
    });
    if let Err(why) = r {
        panic!("the run did not end cleanly: {why}");
    }
    rx.recv().expect("the run sent its output")
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or("")
}

/// Runs `src` and checks it ends with exit status 2 and `line` first on stderr, as the
/// Go binary would; returns the output for further checks.
fn ends_with(src: &'static str, budget: u64, line: &str) -> Output {
    let out = run(src, budget);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert_eq!(first_line(&out.stderr), line);
    out
}

const STACK_OVERFLOW: &str = "runtime: goroutine stack exceeds 1000000000-byte limit";
const OUT_OF_MEMORY: &str = "fatal error: runtime: out of memory";

const ENDLESS: &str = "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n";

/// Runs `src`, which must end at the step budget with a message naming it.
fn meets_budget(src: &'static str, budget: u64) -> Output {
    let out = run(src, budget);
    assert_ne!(out.code, 0);
    assert!(out.stderr.contains(&budget.to_string()), "{}", out.stderr);
    out
}

#[test]
fn the_step_budget_ends_a_run_and_names_itself() {
    meets_budget(ENDLESS, 5_000);
}

/// A recording keeps every frame, each a snapshot of the whole state, so a program whose
/// state grows as it runs must not make the recording grow with frames × state: a link to
/// an endless recursion or a goroutine flood killed the page this way (out of memory).
#[test]
fn a_recording_of_a_growing_state_stays_bounded() {
    const RECURSE: &str =
        "package main\n\nfunc f(n int) int { return f(n+1) + 1 }\n\nfunc main() { f(0) }\n";
    const FLOOD: &str =
        "package main\n\nfunc main() {\n\tfor {\n\t\tgo func() { select {} }()\n\t}\n}\n";
    const FILL: &str = "package main\n\nimport \"sync\"\n\nfunc main() {\n\tvar p sync.Pool\n\tfor {\n\t\tp.Put(1)\n\t}\n}\n";
    for src in [RECURSE, FLOOD, FILL] {
        let (tx, rx) = std::sync::mpsc::channel();
        let r = guarded(move || {
            let s = record(src, &Settings::default(), 20_000);
            // Goroutines with their calls and defers, and pool ring slots, in all frames.
            let items: usize = s
                .frames
                .iter()
                .map(|f| {
                    f.goroutines
                        .iter()
                        .map(|g| 1 + g.calls.len() + g.defers.len())
                        .sum::<usize>()
                        + f.pools
                            .iter()
                            .flat_map(|p| p.local.iter().flat_map(|l| &l.rings))
                            .map(|r| r.slots.len())
                            .sum::<usize>()
                })
                .sum();
            let _ = tx.send((s.truncated, items, s.frames.len()));
        });
        if let Err(why) = r {
            panic!("recording {src} did not end cleanly: {why}");
        }
        let (truncated, items, frames) = rx.recv().expect("a session");
        assert!(truncated, "{src}: the recording stops early");
        assert!(
            items <= poolscope::run::session::MAX_RECORDED,
            "{src}: {items} items in {frames} frames"
        );
    }
}

#[test]
fn a_recorded_run_that_meets_the_budget_says_so() {
    let settings = Settings {
        budget: 5_000,
        ..Settings::default()
    };
    let s = record(ENDLESS, &settings, 100_000);
    assert!(!s.truncated, "the budget, not the frame limit, ended it");
    let last = s.frames.last().expect("frames");
    assert!(last.stderr.contains("5000"), "{:?}", last.stderr);
    let direct = run(ENDLESS, 5_000);
    assert_eq!(s.exit, Some(direct.code), "record and run agree");
}

#[test]
fn deep_recursion_is_gos_stack_overflow() {
    let out = ends_with(
        "package main\n\nfunc f(n int) int { return f(n+1) + 1 }\n\nfunc main() { f(0) }\n",
        2_000_000,
        STACK_OVERFLOW,
    );
    assert!(out.stderr.contains("fatal error: stack overflow"));
}

#[test]
fn recursion_through_closures_defers_and_methods_in_a_goroutine_overflows_too() {
    // The interpreter keeps Go frames in data, not on the Rust stack, so any shape of
    // recursion ends in Go's message, never a native stack overflow.
    ends_with(
        r#"package main

type T struct{}

func (t *T) even(n int) bool { return n == 0 || t.odd(n+1) }
func (t *T) odd(n int) bool  { return n != 0 && t.even(n+1) }

func main() {
	var t T
	done := make(chan bool)
	go func() {
		var f func(int) int
		f = func(n int) int { defer func() {}(); return f(n+1) + 1 }
		f(0)
		done <- t.even(1)
	}()
	<-done
}
"#,
        2_000_000,
        STACK_OVERFLOW,
    );
}

#[test]
fn make_of_a_huge_slice_is_gos_out_of_memory() {
    let out = ends_with(
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tn := 1 << 40\n\ts := make([]int, n)\n\tfmt.Println(len(s))\n}\n",
        10_000,
        OUT_OF_MEMORY,
    );
    assert!(out.stderr.contains("exceeds the limit"), "{}", out.stderr);
}

#[test]
fn make_with_a_negative_length_panics_as_in_go() {
    ends_with(
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tn := -1\n\ts := make([]int, n)\n\tfmt.Println(len(s))\n}\n",
        10_000,
        "panic: runtime error: makeslice: len out of range",
    );
}

#[test]
#[ignore = "slow: builds a 16M-element slice first (~7 s and 1.7 GB in a debug build); run with --ignored"]
fn append_doubling_meets_the_allocation_limit() {
    ends_with(
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := []int{1}\n\tfor i := 0; i < 40; i++ {\n\t\ts = append(s, s...)\n\t}\n\tfmt.Println(len(s))\n}\n",
        10_000,
        OUT_OF_MEMORY,
    );
}

#[test]
fn too_many_goroutines_end_with_a_message() {
    let out = run(
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int)\n\tfor i := 0; i < 20000; i++ {\n\t\tgo func() { <-ch }()\n\t}\n\tfmt.Println(\"started\")\n}\n",
        1_000_000,
    );
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("too many goroutines (limit 10000)"),
        "{}",
        out.stderr
    );
}

const STRING_DOUBLING: &str = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := \"x\"\n\tfor i := 0; i < 45; i++ {\n\t\ts += s\n\t}\n\tfmt.Println(len(s))\n}\n";

const BUILDER_DOUBLING: &str = "package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\nfunc main() {\n\tvar b strings.Builder\n\tb.WriteString(\"x\")\n\tfor i := 0; i < 45; i++ {\n\t\tb.WriteString(b.String())\n\t}\n\tfmt.Println(b.Len())\n}\n";

/// bytes.Buffer keeps Go's byte slice (one interpreter value per byte), so doubling it to
/// the limit is slow in a debug build; one write past the limit shows the same check.
const BUFFER_OVERFLOW: &str = "package main\n\nimport (\n\t\"bytes\"\n\t\"fmt\"\n\t\"strings\"\n)\n\nfunc main() {\n\tvar b bytes.Buffer\n\tb.WriteByte('x')\n\tb.WriteString(strings.Repeat(\"x\", 1<<24))\n\tfmt.Println(b.Len())\n}\n";

const HUGE_REPEAT: &str = "package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\nfunc main() {\n\ts := strings.Repeat(\"x\", 1<<40)\n\tfmt.Println(len(s))\n}\n";

/// Growing text past the allocation limit must end like `make` does, not abort the process
/// (a Rust out-of-memory abort is a dead page in Wasm).
fn assert_out_of_memory(src: &'static str) {
    ends_with(src, 10_000, OUT_OF_MEMORY);
}

#[test]
fn string_doubling_meets_the_allocation_limit() {
    assert_out_of_memory(STRING_DOUBLING);
}

#[test]
fn builder_doubling_meets_the_allocation_limit() {
    assert_out_of_memory(BUILDER_DOUBLING);
}

#[test]
fn a_buffer_write_past_the_limit_is_out_of_memory() {
    assert_out_of_memory(BUFFER_OVERFLOW);
}

#[test]
fn a_huge_repeat_is_gos_out_of_memory() {
    assert_out_of_memory(HUGE_REPEAT);
}

const CHATTY: &str = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor i := 0; ; i++ {\n\t\tfmt.Println(\"a line of output that is fairly long, number\", i)\n\t}\n}\n";

#[test]
fn long_output_ends_at_the_budget_with_everything_printed_so_far() {
    // The engine keeps all output (about 4 MiB here at the default budget); trimming to
    // the last N lines is the console's job, and the budget bounds the total.
    let out = meets_budget(CHATTY, 80_000);
    let lines = out.stdout.lines().count();
    assert!(lines > 5_000, "{lines} lines");
    assert!(out.stdout.ends_with('\n'), "no line is cut in half");
}

/// Frames show prefixes of one shared copy of the output, so a printing loop costs its
/// output once, not once a frame (it used to cost 98 MB for 2,000 frames).
#[test]
fn recorded_frames_share_one_copy_of_the_output() {
    let settings = Settings::default();
    let s = record(CHATTY, &settings, 2_000);
    let last = s.frames.last().map_or(0, |f| f.stdout.len());
    assert!(last > 10_000, "the loop printed: {last} bytes");
    let copies: std::collections::HashSet<*const u8> = s
        .frames
        .iter()
        .filter(|f| !f.stdout.is_empty())
        .map(|f| f.stdout.as_ptr())
        .collect();
    assert_eq!(copies.len(), 1, "every frame points into one copy");
}

/// A Go file of about `bytes` bytes: many small functions, all called.
fn big_source(bytes: usize) -> String {
    let mut src = String::from("package main\n\nimport \"fmt\"\n\n");
    let mut calls = String::new();
    let mut i = 0;
    while src.len() + calls.len() < bytes {
        src.push_str(&format!(
            "func f{i}(a int) int {{\n\tb := a*{i} + 1\n\treturn b\n}}\n\n"
        ));
        calls.push_str(&format!("\tfmt.Println(f{i}({i}))\n"));
        i += 1;
    }
    src + "func main() {\n" + &calls + "}\n"
}

#[test]
fn a_large_source_compiles_and_runs_without_hanging() {
    // 256 KiB of valid Go: the front end is close to linear, so this takes well under the
    // hang limit even in a debug build.
    let src = big_source(256 << 10);
    let r = guarded(move || {
        let settings = Settings {
            budget: 50_000,
            ..Settings::default()
        };
        let out = run_source(&src, &settings, &mut RoundRobin::default());
        assert!(out.stderr.is_empty() || out.code == 3, "{}", out.stderr);
    });
    if let Err(why) = r {
        panic!("{why}");
    }
}

#[test]
fn record_refuses_a_source_over_the_limit_with_a_message() {
    let src = big_source(MAX_SOURCE + 1);
    let s = record(&src, &Settings::default(), 100);
    assert_eq!(s.exit, Some(1));
    let msg = s.errors.first().map(|e| e.message.as_str()).unwrap_or("");
    assert!(msg.contains("up to 64 KiB"), "{msg:?}");
    let fits = big_source(MAX_SOURCE - 200);
    assert!(fits.len() <= MAX_SOURCE);
    assert!(record(&fits, &Settings::default(), 100).errors.is_empty());
}

/// Programs nesting one construct `depth` times: parentheses, blocks, composite types,
/// `if`s, function literals and composite literals.
fn nested(shape: usize, depth: usize) -> String {
    let body = match shape {
        0 => format!(
            "\tx := {}1{}\n\tfmt.Println(x)\n",
            "(".repeat(depth),
            ")".repeat(depth)
        ),
        1 => format!("{}fmt.Println(1){}\n", "{".repeat(depth), "}".repeat(depth)),
        2 => format!("\tvar x {}int\n\tfmt.Println(x)\n", "[]".repeat(depth)),
        3 => format!(
            "{}fmt.Println(1){}\n",
            "if true {".repeat(depth),
            "}".repeat(depth)
        ),
        4 => format!(
            "\tx := {}1{}\n\tfmt.Println(x)\n",
            "func() int { return ".repeat(depth),
            "}()".repeat(depth)
        ),
        _ => format!(
            "\tx := {}1{}\n\tfmt.Println(x)\n",
            "[]any{".repeat(depth),
            "}".repeat(depth)
        ),
    };
    format!("package main\n\nimport \"fmt\"\n\nfunc main() {{\n{body}}}\n")
}

#[test]
fn deep_nesting_runs_or_is_refused_with_gcs_message() {
    // The parser refuses nesting past its limit (as gc does, far deeper); everything just
    // under it must still run through every stage without overflowing the Rust stack.
    for shape in 0..6 {
        for depth in [20, 90, 10_000] {
            let src = nested(shape, depth);
            let (tx, rx) = std::sync::mpsc::channel();
            let r = guarded(move || {
                let s = Settings {
                    budget: 50_000,
                    ..Settings::default()
                };
                fuzz_common::all_stages(&src, &s, 1);
                let _ = tx.send(run_source(&src, &s, &mut RoundRobin::default()));
            });
            if let Err(why) = r {
                panic!("shape {shape} at depth {depth}: {why}");
            }
            let out = rx.recv().expect("output");
            assert!(
                out.code == 0 || out.stderr.contains("program too deeply nested"),
                "shape {shape} at depth {depth}: {}",
                out.stderr
            );
            if depth == 10_000 {
                assert_eq!(out.code, 1, "shape {shape} at depth {depth}");
            }
        }
    }
}

#[test]
fn printing_past_the_output_limit_ends_the_run_with_a_message() {
    // 8 MiB a print: without a limit the kept output would run the page out of memory.
    let out = run(
        "package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\nfunc main() {\n\ts := strings.Repeat(\"x\", 1<<23)\n\tfor {\n\t\tfmt.Print(s)\n\t}\n}\n",
        1_000_000,
    );
    assert_eq!(out.code, 2);
    assert!(
        out.stdout.len() <= poolscope::runtime::machine::MAX_OUTPUT,
        "{} bytes kept",
        out.stdout.len()
    );
    assert!(
        out.stderr
            .contains("output exceeds the limit of 16777216 bytes"),
        "{}",
        out.stderr
    );
}
