//! The pitfall detectors (`runtime::pitfalls`): each buggy program under `tests/pitfalls/`
//! warns exactly where its bug is, and its corrected version not at all; the lessons that
//! show a bug trigger its detector, and the others none.
#![cfg(not(target_arch = "wasm32"))]

use poolscope::runtime::pitfalls::Kind;
use poolscope::runtime::{load, run_source, RoundRobin, Settings, StepResult};
use std::path::Path;

/// Runs `src` to the end and returns every warning as (kind, line), checking that each
/// was also an event of the step that found it.
fn warnings_of(src: &str, settings: &Settings) -> Vec<(Kind, u32)> {
    let mut m = load(src, settings).expect("compiles");
    let mut sched = RoundRobin::default();
    let mut from_events = Vec::new();
    while let StepResult::Step(s) = m.step(&mut sched) {
        for e in &s.events {
            if let Some(k) = Kind::from_key(e.key) {
                let line: u32 = e.args[0].parse().expect("the first argument is the line");
                from_events.push((k, line));
            }
        }
    }
    let found: Vec<(Kind, u32)> = m
        .pitfalls
        .found()
        .iter()
        .map(|f| (f.kind, f.line))
        .collect();
    assert_eq!(found, from_events, "every warning is an event of its step");
    found
}

fn program(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/pitfalls")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The warnings of `tests/pitfalls/NAME`, after checking that the program prints what real
/// Go printed (`NAME.stdout`, exit status `NAME.code` or 0): the buggy versions really
/// misbehave, and the fixed ones don't.
fn warnings(name: &str) -> Vec<(Kind, u32)> {
    let src = program(name);
    let base = name.trim_end_matches(".go");
    let want = program(&format!("{base}.stdout"));
    let code = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/pitfalls/{base}.code")),
    )
    .map_or(0, |c| c.trim().parse().unwrap_or(-1));
    let out = run_source(&src, &Settings::default(), &mut RoundRobin::default());
    assert_eq!(
        (out.stdout.as_str(), out.code),
        (want.as_str(), code),
        "{name}"
    );
    warnings_of(&src, &Settings::default())
}

/// Asserts that the buggy program warns exactly `want` (kind, line, text on that line),
/// in that order, and the fixed one not at all.
fn pair(name: &str, want: &[(Kind, u32, &str)]) {
    let buggy = format!("{name}_buggy.go");
    let src = program(&buggy);
    let got = warnings(&buggy);
    let expected: Vec<(Kind, u32)> = want.iter().map(|&(k, l, _)| (k, l)).collect();
    assert_eq!(got, expected, "{buggy}");
    for &(_, line, text) in want {
        let code = src.lines().nth(line as usize - 1).unwrap_or("");
        assert!(
            code.contains(text),
            "{buggy}:{line} is {code:?}, not {text:?}"
        );
    }
    let fixed = format!("{name}_fixed.go");
    assert_eq!(warnings(&fixed), [], "{fixed} warns");
}

#[test]
fn use_after_put_while_in_the_pool() {
    pair(
        "use_after_put",
        &[
            (Kind::UseAfterPut, 17, "m.text = \"changed after Put\""),
            (Kind::UseAfterPut, 18, "fmt.Println(m.text)"),
            (Kind::UseAfterPut, 19, "fmt.Println(m)"),
        ],
    );
}

#[test]
fn use_after_put_once_another_goroutine_got_it() {
    pair(
        "use_after_put_taken",
        &[(Kind::UseAfterPutTaken, 28, "m.text = \"main again\"")],
    );
}

#[test]
fn put_of_a_buffer_not_reset() {
    pair(
        "dirty_put",
        &[
            (Kind::DirtyPut, 18, "buffers.Put(b)"),
            (Kind::DirtyPut, 24, "defer builders.Put(sb)"),
        ],
    );
}

#[test]
fn defer_put_of_the_returned_object() {
    pair(
        "defer_put",
        &[
            (Kind::DeferPutReturned, 17, "defer conns.Put(c)"),
            (Kind::DeferPutReturned, 23, "defer func() {"),
            (Kind::DeferPutBytes, 33, "defer func() {"),
        ],
    );
}

#[test]
fn recover_outside_a_directly_deferred_function() {
    // The helper without a panic is found first (quiet runs first), then the one whose
    // nil lets the panic kill the program.
    pair(
        "recover",
        &[
            (Kind::RecoverIndirect, 13, "recover()"),
            (Kind::RecoverIndirect, 7, "recover()"),
        ],
    );
}

#[test]
fn defer_in_a_loop_over_resources() {
    // A method value, and a function literal that calls Close.
    pair(
        "defer_loop",
        &[
            (Kind::DeferInLoop, 20, "defer f.Close()"),
            (Kind::DeferInLoop, 28, "defer func() {"),
        ],
    );
}

#[test]
fn sync_pool_of_connections_dropped_by_gc() {
    pair("conn_leak", &[(Kind::ConnLeak, 27, "runtime.GC()")]);
}

#[test]
fn each_warning_names_the_lesson_that_explains_it() {
    let lesson = |k: Kind| k.lesson();
    assert_eq!(lesson(Kind::UseAfterPut), 6);
    assert_eq!(lesson(Kind::UseAfterPutTaken), 6);
    assert_eq!(lesson(Kind::DirtyPut), 5);
    assert_eq!(lesson(Kind::DeferPutReturned), 6);
    assert_eq!(lesson(Kind::DeferPutBytes), 6);
    assert_eq!(lesson(Kind::RecoverIndirect), 14);
    assert_eq!(lesson(Kind::DeferInLoop), 15);
    assert_eq!(lesson(Kind::ConnLeak), 7);
    for k in Kind::ALL {
        assert_eq!(Kind::from_key(k.key()), Some(k));
        let n = format!("{:02}-", k.lesson());
        assert!(
            poolscope::lessons::LESSONS
                .iter()
                .any(|l| l.slug.starts_with(&n)),
            "lesson {n} exists"
        );
    }
}

/// The lessons that show a bug trigger its detector, on the line of the bug; the
/// others trigger none (a warning there would be a false positive).
#[test]
fn lessons_trigger_exactly_the_detectors_of_the_bugs_they_show() {
    let want: &[(&str, &[(Kind, u32)])] = &[
        ("05", &[(Kind::DirtyPut, 14)]),
        (
            "06",
            &[
                (Kind::DeferPutReturned, 24),
                (Kind::UseAfterPut, 35),
                (Kind::UseAfterPut, 37),
                (Kind::UseAfterPut, 38),
            ],
        ),
        ("07", &[(Kind::ConnLeak, 75)]),
        ("14", &[(Kind::RecoverIndirect, 11)]),
        ("15", &[(Kind::DeferInLoop, 20)]),
    ];
    assert_eq!(poolscope::lessons::LESSONS.len(), 16);
    for l in poolscope::lessons::LESSONS {
        let number = &l.slug[..2];
        let expected = want
            .iter()
            .find(|(n, _)| *n == number)
            .map_or(&[][..], |(_, w)| w);
        let got = warnings_of(l.source, &l.settings(""));
        assert_eq!(got, expected, "lesson {}", l.slug);
        for &(k, _) in expected {
            let own: u32 = number.parse().unwrap_or(0);
            assert_eq!(u32::from(k.lesson()), own, "lesson {} links itself", l.slug);
        }
    }
    // Lesson 12 under Go 1.21 too: its deferred closures in a loop hold no resource.
    let twelve = poolscope::lessons::find("12").expect("lesson 12");
    assert_eq!(warnings_of(twelve.source, &twelve.settings("1.21")), []);
}

/// Every warning has a sentence in English and Simplified Chinese (full-width punctuation)
/// with every hole filled, and a recorded run carries it on the step that found it, with
/// its lesson.
#[test]
fn warnings_are_told_in_both_languages_on_their_step() {
    use poolscope::i18n::{caption, Lang, Msg, PITFALL_TEXT};
    for k in Kind::ALL {
        let (_, en, zh) = PITFALL_TEXT
            .iter()
            .find(|(key, _, _)| *key == k.key())
            .unwrap_or_else(|| panic!("no text for {}", k.key()));
        for i in 0..8 {
            let hole = format!("{{{i}}}");
            assert_eq!(en.contains(&hole), zh.contains(&hole), "{} {hole}", k.key());
        }
        assert!(zh.contains('：') && !zh.contains(':'), "{zh}");
    }
    let l = poolscope::lessons::find("06").expect("lesson 6");
    let s = poolscope::run::session::record(l.source, &l.settings(""), 10_000);
    let found: Vec<(usize, &poolscope::run::Warning)> = s
        .frames
        .iter()
        .flat_map(|f| f.warnings.iter().map(move |w| (f.line.unwrap_or(0), w)))
        .collect();
    assert_eq!(found.len(), 4);
    let (_, first) = found[0];
    assert_eq!((first.line, first.lesson), (24, 6));
    assert_eq!(
        caption(Lang::En, &first.caption),
        "acquireBuggy defers the Put of #0 on line 24 and also returns #0: the Put runs before the caller gets it, so the caller holds an object that is already back in the pool."
    );
    assert_eq!(
        caption(Lang::Zh, &first.caption),
        "acquireBuggy 在第 24 行 defer 了 #0 的 Put，又把 #0 返回：Put 在调用者拿到它之前就执行了，所以调用者手里的对象已经回到池里。"
    );
    // A use after Put is told on the step of the line that uses it.
    for (step_line, w) in &found[1..] {
        assert_eq!(*step_line, w.line);
        assert!(!caption(Lang::Zh, &w.caption).contains('{'));
    }
    let link = Msg::new("pitfall.link").arg("0", "6");
    assert_eq!(caption(Lang::En, &link), "Lesson 6 explains this");
    assert_eq!(caption(Lang::Zh, &link), "第 6 课讲解了这个问题");
}

/// Settings from a golden program's first line (`// poolscope: go1.21 procs=4`).
fn golden_settings(src: &str) -> Settings {
    let mut s = Settings::default();
    let first = src.lines().next().unwrap_or("");
    if let Some(cfg) = first.strip_prefix("// poolscope:") {
        for part in cfg.split(|c: char| c == ',' || c.is_whitespace()) {
            if let Some(v) = part.strip_prefix("go") {
                s.go = poolscope::lang::info::GoVersion::parse(v).unwrap_or_default();
            } else if let Some(n) = part.strip_prefix("procs=") {
                s.procs = n.parse().unwrap_or(1);
            }
        }
    }
    s
}

/// Over every golden and seed program (each checked against real Go elsewhere), only
/// those written to show one of these bugs warn, and exactly there: the rest are the
/// detectors' widest check for false positives.
#[test]
fn golden_programs_warn_only_where_they_show_a_bug() {
    use Kind::*;
    let want: &[(&str, &[(Kind, u32)])] = &[
        ("golden/defer_in_loop_resources", &[(DeferInLoop, 17)]),
        ("golden/pool_buffer_bytes_alias", &[(DeferPutBytes, 15)]),
        ("golden/pool_buffer_no_reset", &[(DirtyPut, 22)]),
        (
            "golden/pool_defer_put_bug",
            &[
                (DeferPutReturned, 26),
                (UseAfterPut, 32),
                (UseAfterPut, 34),
                (UseAfterPut, 35),
                (UseAfterPut, 36),
            ],
        ),
        (
            "golden/recover_in_nested_func_fails",
            &[(RecoverIndirect, 8)],
        ),
        ("golden/recover_indirect", &[(RecoverIndirect, 6)]),
        // g1 puts its buffer unreset and keeps writing to it after g2 got it.
        (
            "golden/sync_pool_use_after_put",
            &[(DirtyPut, 22), (UseAfterPutTaken, 25)],
        ),
        // The article's pools that `defer Put` what they return.
        (
            "seed/s4_1_connection_pool",
            &[(DeferPutReturned, 35), (UseAfterPut, 44), (UseAfterPut, 45)],
        ),
        (
            "seed/s4_3_instance_pool",
            &[(DeferPutReturned, 22), (UseAfterPut, 36)],
        ),
    ];
    let mut checked = 0;
    for dir in ["golden", "seed"] {
        let base = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests")
            .join(dir);
        let mut paths: Vec<_> = std::fs::read_dir(&base)
            .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        paths.retain(|p| p.extension().is_some_and(|e| e == "go"));
        paths.sort();
        for p in paths {
            let src = std::fs::read_to_string(&p).unwrap_or_default();
            let settings = golden_settings(&src);
            if load(&src, &settings).is_err() {
                continue; // a compile-error golden
            }
            let stem = p.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            let name = format!("{dir}/{stem}");
            let expected = want
                .iter()
                .find(|(n, _)| *n == name)
                .map_or(&[][..], |(_, w)| w);
            assert_eq!(warnings_of(&src, &settings), expected, "{name}");
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} programs");
}

/// Time travel marks the steps that warned, so a player can run to the next pitfall, and
/// the step it lands on carries the warning.
#[test]
fn the_timeline_marks_the_steps_that_warn() {
    use poolscope::run::timeline::MARK_PITFALL;
    use poolscope::run::{RunSpec, Timeline};
    let l = poolscope::lessons::find("06").expect("lesson 6");
    let mut t = Timeline::new(RunSpec::new(l.source)).expect("compiles");
    t.run_to_end();
    let mut lines = Vec::new();
    let mut from = 0;
    while let Some(n) = t.find_next(from, |m| m.flags & MARK_PITFALL != 0) {
        let moment = t.goto(n);
        let step = moment.step.as_ref().expect("a step led here");
        let w: Vec<_> = step
            .events
            .iter()
            .filter_map(poolscope::run::caption::warning)
            .collect();
        assert_eq!(w.len(), 1, "step {n}");
        lines.push(w[0].line);
        from = n;
    }
    assert_eq!(lines, [24, 35, 37, 38]);
}

/// A warning found in a pool call is told on every frame of that statement, including
/// its last, where stepping by statement lands.
#[test]
fn a_warning_in_a_pool_call_stays_on_the_whole_statement() {
    use poolscope::run::nav::group_of;
    for (lesson, line) in [("05", 14), ("07", 75)] {
        let l = poolscope::lessons::find(lesson).expect("lesson");
        let s = poolscope::run::session::record(l.source, &l.settings(""), 10_000);
        let at = s
            .frames
            .iter()
            .position(|f| !f.warnings.is_empty())
            .expect("a frame warns");
        let (first, last) = group_of(&s.frames, at);
        assert_eq!(
            first, at,
            "lesson {lesson}: found on the statement's own step"
        );
        assert!(
            last > first,
            "lesson {lesson}: the statement has micro-steps"
        );
        for f in &s.frames[first..=last] {
            let lines: Vec<usize> = f.warnings.iter().map(|w| w.line).collect();
            assert_eq!(lines, [line], "lesson {lesson}");
        }
        assert!(s.frames[last + 1..].iter().all(|f| f.warnings.is_empty()));
    }
}

/// Closing a connection after GC leaked it does not hide the Close of another one held
/// meanwhile: only the GC pair that dropped the unclosed one warns, not the later pair
/// that drops the closed one.
#[test]
fn a_late_close_of_a_leaked_connection_is_not_a_close_of_another() {
    let src = "package main

import (
	\"runtime\"
	\"sync\"
)

type Conn struct{ id int }

func (c *Conn) Close() {}

func main() {
	var p, q sync.Pool
	b := &Conn{2}
	q.Put(b)
	c := q.Get().(*Conn)
	a := &Conn{1}
	p.Put(a)
	runtime.GC()
	runtime.GC()
	a.Close()
	c.Close()
	q.Put(c)
	runtime.GC()
	runtime.GC()
}
";
    assert_eq!(
        warnings_of(src, &Settings::default()),
        [(Kind::ConnLeak, 20)]
    );
}

/// A pool of pointers to the elements of one array: each element has its own history,
/// so using one element while others are in the pool is fine, and only the element used
/// after its own Put warns. (Reading `items[i]` of a pooled element would be a use too.)
#[test]
fn pointers_into_one_array_are_tracked_apart() {
    let src = "package main

import (
	\"fmt\"
	\"sync\"
)

type Item struct{ n int }

func main() {
	var pool sync.Pool
	items := make([]Item, 3)
	for i := range items {
		pool.Put(&items[i])
	}
	a := pool.Get().(*Item)
	b := pool.Get().(*Item)
	a.n = 1
	b.n = 2
	pool.Put(a)
	b.n++
	fmt.Println(b.n)
	pool.Put(b)
	b.n = 7
}
";
    assert_eq!(
        warnings_of(src, &Settings::default()),
        [(Kind::UseAfterPut, 24)]
    );
}
