//! Bounded fuzzing of the engine inside `cargo test`: random text, token soups, mutations
//! of every known program and grammar-generated programs go through the lexer, parser,
//! checker, interpreter (small step budget) and session recorder. Any panic or hang fails
//! the test and names the input. `POOLSCOPE_FUZZ_CASES=N` runs N inputs per target;
//! docs/fuzzing.md has the longer command.
#![cfg(not(target_arch = "wasm32"))]

mod fuzz_common;

use fuzz_common::{base_seed, cases, corpus, gen, mutate, settings_for, Harness, Rng};
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

/// Runs `n` inputs made by `make` through every stage with random small settings.
fn text_target(target: &'static str, salt: u64, n: usize, make: fn(&mut Rng) -> String) {
    let mut h = Harness::new(target);
    let mut rng = Rng::new(base_seed() ^ salt);
    for i in 0..cases(n) {
        let src = make(&mut rng);
        let s = small_settings(&mut rng);
        h.program(&format!("{target} #{i}"), src, s, rng.next());
    }
    h.finish();
}

#[test]
fn random_text_never_breaks_the_engine() {
    text_target("text", 1, 15_000, |rng| mutate::random_text(rng, 400));
}

#[test]
fn token_soups_never_break_the_engine() {
    text_target("soup", 2, 15_000, |rng| mutate::token_soup(rng, 120));
}

#[test]
fn mutated_programs_never_break_the_engine() {
    let programs = corpus();
    let mut h = Harness::new("mutant");
    let mut rng = Rng::new(base_seed() ^ 3);
    for i in 0..cases(10_000) {
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
    for i in 0..cases(1_500) {
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
