//! Every workshop lesson in `static/lessons/` runs on the engine with the settings in its
//! `lesson.toml` (`procs`, `go`) and prints what real Go printed (`expected.stdout`,
//! `expected.code`).

use poolscope::lang::info::GoVersion;
use poolscope::runtime::{run_source, RoundRobin, Settings};
use std::path::Path;

fn setting<'a>(toml: &'a str, key: &str) -> Option<&'a str> {
    toml.lines().find_map(|l| {
        let (k, v) = l.split_once('=')?;
        (k.trim() == key).then(|| v.trim().trim_matches('"'))
    })
}

#[test]
fn every_lesson_matches_real_go() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("static/lessons");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    names.sort();
    let mut failures = Vec::new();
    for d in &names {
        let Ok(src) = std::fs::read_to_string(d.join("main.go")) else {
            continue;
        };
        let toml = std::fs::read_to_string(d.join("lesson.toml")).unwrap_or_default();
        let mut s = Settings::default();
        if let Some(p) = setting(&toml, "procs").and_then(|p| p.parse().ok()) {
            s.procs = p;
        }
        if let Some(g) = setting(&toml, "go").and_then(GoVersion::parse) {
            s.go = g;
        }
        let want = std::fs::read_to_string(d.join("expected.stdout")).unwrap_or_default();
        let code: i32 = std::fs::read_to_string(d.join("expected.code"))
            .ok()
            .and_then(|c| c.trim().parse().ok())
            .unwrap_or(0);
        let out = run_source(&src, &s, &mut RoundRobin::default());
        if out.stdout != want || out.code != code {
            failures.push(format!(
                "{}: code {} (want {code})\n{}",
                d.display(),
                out.code,
                out.stderr
            ));
        }
    }
    assert!(names.len() >= 10, "lessons not found in {}", dir.display());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
