//! A runaway program ends with a clear message instead of hanging the page.
#![cfg(not(target_arch = "wasm32"))]

use poolscope::runtime::{run_source, RoundRobin, Settings};

#[test]
fn an_empty_infinite_loop_meets_the_step_budget() {
    let settings = Settings {
        budget: 10_000,
        ..Settings::default()
    };
    let src = "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n";
    let out = run_source(src, &settings, &mut RoundRobin::default());
    assert_ne!(out.code, 0);
    assert!(
        out.stderr.contains("10000"),
        "the message names the budget: {}",
        out.stderr
    );
}
