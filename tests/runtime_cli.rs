//! The `poolscope` command line: `run` prints what the Go binary prints and exits with
//! its status; `trace` prints one JSON object per step and the decisions at the end,
//! which `--sched replay:FILE` replays.

use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_poolscope"))
}

fn golden(name: &str) -> String {
    format!("{}/tests/golden/{name}.go", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn run_prints_stdout_stderr_and_exits_with_the_status() {
    let out = bin()
        .args(["run", &golden("panic_uncaught_error")])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let want = std::fs::read_to_string(golden("panic_uncaught_error").replace(".go", ".stdout"))
        .unwrap_or_default();
    assert_eq!(String::from_utf8_lossy(&out.stdout), want);
    let err = String::from_utf8_lossy(&out.stderr);
    let want1 = std::fs::read_to_string(golden("panic_uncaught_error").replace(".go", ".stderr1"))
        .unwrap_or_default();
    assert_eq!(err.lines().next(), want1.lines().next());
}

#[test]
fn compile_errors_exit_1_in_gc_format() {
    let out = bin()
        .args(["run", &golden("err_undefined")])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("prog.go:"));
}

#[test]
fn trace_decisions_replay_the_same_run() {
    let lesson = format!(
        "{}/static/lessons/03-stealing-4-ps/main.go",
        env!("CARGO_MANIFEST_DIR")
    );
    let out = bin()
        .args(["trace", "--procs", "3", "--sched", "random:7", &lesson])
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.len() > 10);
    assert!(
        lines[0].starts_with("{\"step\":1,") && lines[0].contains("\"caption\":"),
        "{}",
        lines[0]
    );
    let last = lines.last().copied().unwrap_or("");
    let start = last.find("\"decisions\":\"").map(|i| i + 13).unwrap_or(0);
    let decisions = &last[start..last.len().saturating_sub(2)];
    let file = std::env::temp_dir().join(format!("poolscope-decisions-{}.txt", std::process::id()));
    std::fs::write(&file, decisions).expect("writes");
    let a = bin()
        .args(["run", "--procs", "3", "--sched", "random:7", &lesson])
        .output()
        .expect("runs");
    let replay = format!("replay:{}", file.display());
    let b = bin()
        .args(["run", "--procs", "3", "--sched", &replay, &lesson])
        .output()
        .expect("runs");
    let _ = std::fs::remove_file(&file);
    assert_eq!(a.stdout, b.stdout);
    assert_eq!(a.status.code(), b.status.code());
}
