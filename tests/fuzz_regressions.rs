//! Replays every input the fuzzers ever broke the engine with
//! (`tests/fuzz_corpus/regressions/*.go`, one file per finding, named after the bug), so a
//! fixed panic or hang stays fixed. Each file runs through every stage with the settings
//! its `// poolscope:` header asks for; each `*.link` file (a `run=` text) must decode to
//! a run or an error without panicking.
#![cfg(not(target_arch = "wasm32"))]

mod fuzz_common;

use fuzz_common::{go_files, repo, settings_for, Harness};

fn regressions() -> Vec<(String, String)> {
    let mut out = Vec::new();
    go_files(&repo().join("tests/fuzz_corpus/regressions"), &mut out);
    out
}

#[test]
fn every_regression_input_runs_through_every_stage() {
    let inputs = regressions();
    assert!(!inputs.is_empty(), "the regression corpus is committed");
    let mut h = Harness::new("regression");
    for (name, src) in inputs {
        let s = settings_for(&src, 20_000);
        h.program(&name, src, s, 1);
    }
    h.finish();
}

#[test]
fn every_link_regression_decodes_or_is_refused() {
    let dir = repo().join("tests/fuzz_corpus/regressions");
    let mut h = Harness::new("link-regression");
    let mut n = 0;
    for e in std::fs::read_dir(dir).expect("the corpus").flatten() {
        let path = e.path();
        if path.extension().is_some_and(|x| x == "link") {
            let text = std::fs::read_to_string(&path).expect("readable");
            let input = text.clone();
            h.input(&path.display().to_string(), &input, move || {
                let _ = poolscope::run::permalink::decode(&text);
            });
            n += 1;
        }
    }
    assert!(n >= 1, "the link regressions are committed");
    h.finish();
}
