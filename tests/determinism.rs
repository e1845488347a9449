//! The same run gives the same trace, here and in the browser: every digest of
//! `determinism/trace.rs` matches `tests/determinism/digests.txt`, which `tests/browser.rs`
//! checks under Wasm too. After a deliberate engine change, rewrite the file with
//! `POOLSCOPE_BLESS=1 cargo test --test determinism` and commit it with the change.
#![cfg(not(target_arch = "wasm32"))]

#[path = "determinism/trace.rs"]
mod trace;

#[test]
fn native_traces_match_the_committed_digests() {
    let got = trace::digests();
    if std::env::var_os("POOLSCOPE_BLESS").is_some() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/determinism/digests.txt");
        let head = "# program settings steps digest: see tests/determinism/trace.rs\n";
        std::fs::write(path, format!("{head}{}\n", got.join("\n"))).unwrap();
        return;
    }
    let diff = trace::differences(&got);
    assert!(diff.is_empty(), "traces changed:\n{}", diff.join("\n"));
}

#[test]
fn a_run_digested_twice_is_the_same() {
    assert_eq!(trace::digests(), trace::digests());
}
