//! Each lesson's program prints what real Go printed (`expected.stdout`, `expected.code`
//! beside its `main.go`, written by tests/golden/regen.sh), under the lesson's own settings,
//! and under its second Go version where it compares two (`expected-go1.21.*`).
//!
//! Lessons the engine cannot run yet are listed in `static/lessons/PENDING` with a reason;
//! `pending_lessons_still_fail` fails as soon as one passes, so the list cannot go stale.
#![cfg(not(target_arch = "wasm32"))]

use poolscope::lessons::{LessonData, LESSONS};
use poolscope::run::questions::{ask_frame, line_reveals, lines_begun, reveal_frame};
use poolscope::run::session::record;
use poolscope::runtime::{run_source, RoundRobin};
use std::path::Path;

fn dir(l: &LessonData) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("static/lessons")
        .join(l.slug)
}

fn check_version(l: &LessonData, go: &str, suffix: &str) -> Result<(), String> {
    let read = |f: &str| std::fs::read_to_string(dir(l).join(format!("expected{suffix}.{f}")));
    let want_out =
        read("stdout").map_err(|e| format!("{}: expected{suffix}.stdout: {e}", l.slug))?;
    let want_code: i32 = read("code")
        .ok()
        .and_then(|c| c.trim().parse().ok())
        .unwrap_or(0);
    let settings = l.settings(go);
    let out = run_source(l.source, &settings, &mut RoundRobin::default());
    if out.stdout != want_out || out.code != want_code {
        return Err(format!(
            "{} (go {go}): exit {} (want {want_code})\n--- want\n{want_out}--- got\n{}{}",
            l.slug, out.code, out.stdout, out.stderr
        ));
    }
    Ok(())
}

fn check(l: &LessonData) -> Result<(), String> {
    check_version(l, l.go, "")?;
    if !l.also_go.is_empty() {
        check_version(l, l.also_go, &format!("-go{}", l.also_go))?;
    }
    Ok(())
}

fn pending() -> Vec<(String, String)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("static/lessons/PENDING");
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            l.split_once(':')
                .map(|(a, b)| (a.trim().to_string(), b.trim().to_string()))
        })
        .collect()
}

#[test]
fn lessons_print_what_real_go_printed() {
    let pending = pending();
    let failures: Vec<String> = LESSONS
        .iter()
        .filter(|l| !pending.iter().any(|(s, _)| s == l.slug))
        .filter_map(|l| check(l).err())
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn pending_lessons_still_fail() {
    for (slug, reason) in pending() {
        let l = LESSONS
            .iter()
            .find(|l| l.slug == slug)
            .unwrap_or_else(|| panic!("PENDING names unknown lesson {slug}"));
        assert!(
            check(l).is_err(),
            "{slug} passes now: remove it from static/lessons/PENDING ({reason})"
        );
    }
}

/// Every question's right answer is what the engine shows at its reveal step, and the run
/// pauses to ask before that step.
#[test]
fn questions_are_answered_by_the_engine_at_their_reveal_step() {
    let pending = pending();
    let mut checked = 0;
    let mut failures = Vec::new();
    for l in LESSONS
        .iter()
        .filter(|l| !pending.iter().any(|(s, _)| s == l.slug))
    {
        for (i, q) in l.questions.iter().enumerate() {
            let settings = l.settings(q.go);
            let s = record(l.source, &settings, 50_000);
            let line = q.reveal_line as usize;
            let Some(at) = reveal_frame(&s.frames, line) else {
                failures.push(format!("{} q{i}: the run never prints line {line}", l.slug));
                continue;
            };
            let text = s.frames[at]
                .stdout
                .lines()
                .nth(line - 1)
                .unwrap_or_default()
                .to_string();
            if !line_reveals(&text, q) {
                failures.push(format!(
                    "{} q{i}: line {line} {text:?} does not show the answer",
                    l.slug
                ));
            }
            let ask = ask_frame(&s.frames, q).unwrap_or(usize::MAX);
            let before = s
                .frames
                .get(ask)
                .map_or(usize::MAX, |f| lines_begun(&f.stdout));
            if ask >= at || before >= line {
                failures.push(format!(
                    "{} q{i}: asked at {ask}, after the reveal at {at}",
                    l.slug
                ));
            }
            checked += 1;
        }
    }
    assert!(checked >= 20, "only {checked} questions checked");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
