//! `poolscope trace` tells each step in the same sentence the UI shows: a pool micro-step
//! by the pool's own text ("P0 pins itself…"), not by a generic "inside the pool call".

use std::process::Command;

fn trace(lesson: &str) -> Vec<String> {
    let path = format!(
        "{}/static/lessons/{lesson}/main.go",
        env!("CARGO_MANIFEST_DIR")
    );
    let out = Command::new(env!("CARGO_BIN_EXE_poolscope"))
        .args(["trace", &path])
        .output()
        .expect("runs");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn pool_micro_steps_carry_the_pools_sentence_in_both_languages() {
    let lines = trace("02-private-then-shared");
    let pool_steps: Vec<&String> = lines.iter().filter(|l| l.contains("\"pool.")).collect();
    assert!(pool_steps.len() > 10, "lesson 2 makes pool calls");
    for l in &pool_steps {
        assert!(
            !l.contains("Inside the pool call"),
            "generic caption in {l}"
        );
        assert!(!l.contains("\"en\":\"pool."), "untranslated key in {l}");
    }
    assert!(
        pool_steps
            .iter()
            .any(|l| l.contains("pins itself") && l.contains("固定")),
        "pin is told in English and Chinese"
    );
}

/// Methods carry Go's runtime names, as a traceback prints them: `main.(*File).Close`
/// for a pointer receiver (lesson 15's deferred Close), not `main.File.Close`.
#[test]
fn pointer_receiver_methods_have_gos_names() {
    let lines = trace("15-defer-in-loop");
    let defers: Vec<&String> = lines
        .iter()
        .filter(|l| l.contains("\"caption\":\"step.defer_run\""))
        .collect();
    assert!(!defers.is_empty(), "lesson 15 runs deferred calls");
    assert!(
        defers.iter().all(|l| l.contains("main.(*File).Close")),
        "{defers:?}"
    );
}
