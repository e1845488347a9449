//! Replays every input the fuzzers ever broke the engine with
//! (`tests/fuzz_corpus/regressions/*.go`, one file per finding, named after the bug), so a
//! fixed panic or hang stays fixed. Each file runs through every stage with the settings
//! its `// poolscope:` header asks for.
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
