//! Bounded fuzzing of the engine inside `cargo test`: random text, token soups, mutations
//! of every known program and grammar-generated programs go through the lexer, parser,
//! checker, interpreter (small step budget) and session recorder. Any panic or hang fails
//! the test and prints the input. Each target runs for its share of 64 s
//! (`fuzz_common::SHARES`); `POOLSCOPE_FUZZ_SECS=N` makes the whole pass N seconds,
//! `POOLSCOPE_FUZZ_CASES=N` runs exactly N inputs per target; docs/fuzzing.md has more.
#![cfg(not(target_arch = "wasm32"))]

mod fuzz_common;

use fuzz_common::{base_seed, corpus, gen, mutate, settings_for, Budget, Harness, Rng};
use poolscope::runtime::Settings;

/// Step budget per run: enough to get deep into loops, defers and goroutines, small enough
/// that a debug build runs thousands of inputs a minute.
const BUDGET: u64 = 20_000;

fn small_settings(rng: &mut Rng) -> Settings {
    Settings {
        budget: BUDGET,
        procs: 1 + rng.below(4),
        seed: rng.next(),
        go: if rng.chance(20) {
            poolscope::lang::GoVersion::Go121
        } else {
            poolscope::lang::GoVersion::Go122
        },
        gc_every: None,
    }
}

#[test]
fn every_known_program_runs_through_every_stage() {
    let mut h = Harness::new("corpus");
    for (name, src) in corpus() {
        let s = settings_for(&src, BUDGET);
        h.program(&name, src, s, 1);
    }
    h.finish();
}

/// Runs inputs made by `make` through every stage with random small settings, for the
/// target's share of the fuzzing time.
fn text_target(target: &'static str, salt: u64, make: fn(&mut Rng) -> String) {
    let mut h = Harness::new(target);
    let mut rng = Rng::new(base_seed() ^ salt);
    let budget = Budget::of(target);
    for i in (0..).take_while(|&i| budget.more(i)) {
        let src = make(&mut rng);
        let s = small_settings(&mut rng);
        h.program(&format!("{target} #{i}"), src, s, rng.next());
    }
    h.finish();
}

#[test]
fn random_text_never_breaks_the_engine() {
    text_target("text", 1, |rng| mutate::random_text(rng, 400));
}

#[test]
fn token_soups_never_break_the_engine() {
    text_target("soup", 2, |rng| mutate::token_soup(rng, 120));
}

#[test]
fn mutated_programs_never_break_the_engine() {
    let programs = corpus();
    let mut h = Harness::new("mutant");
    let mut rng = Rng::new(base_seed() ^ 3);
    let budget = Budget::of("mutant");
    for i in (0..).take_while(|&i| budget.more(i)) {
        let (name, src) = rng.pick(&programs);
        let (_, donor) = rng.pick(&programs);
        let mutant = mutate::mutate(&mut rng, src, donor);
        let s = settings_for(src, BUDGET);
        h.program(&format!("mutant #{i} of {name}"), mutant, s, rng.next());
    }
    h.finish();
}

#[test]
fn generated_programs_never_break_the_engine() {
    let mut h = Harness::new("generated");
    let mut rng = Rng::new(base_seed() ^ 4);
    let budget = Budget::of("generated");
    for i in (0..).take_while(|&i| budget.more(i)) {
        let size = 2 + rng.below(6);
        let src = gen::program(&mut rng, size);
        // Range over int needs go1.22, which the generator uses freely.
        let s = Settings {
            go: poolscope::lang::GoVersion::Go122,
            ..small_settings(&mut rng)
        };
        h.program(&format!("generated #{i}"), src, s, rng.next());
    }
    h.finish();
}

#[test]
fn the_bounded_pass_fuzzes_for_over_a_minute() {
    let total: f64 = fuzz_common::SHARES.iter().map(|&(_, s)| s).sum();
    assert!(total >= 60.0, "{total} s");
}
