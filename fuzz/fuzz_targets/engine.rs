//! libFuzzer target: any bytes, as text, through the lexer, parser, checker, the
//! interpreter with a small step budget, and the session recorder. A panic, an abort or a
//! timeout (`-timeout=10`) is a finding; add it to tests/fuzz_corpus/regressions/.
#![no_main]

use libfuzzer_sys::fuzz_target;
use poolscope::runtime::{run_source, Random, RoundRobin, Settings};

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    let _ = poolscope::lang::lex(src);
    let _ = poolscope::lang::parse(src);
    let opts = poolscope::lang::CheckOptions::default();
    if poolscope::lang::compile_front(src, &opts).is_err() {
        return;
    }
    // The first byte picks the Ps and the schedule, so libFuzzer can explore them too.
    let knob = data.first().copied().unwrap_or(0) as usize;
    let settings = Settings {
        budget: 20_000,
        procs: 1 + knob % 4,
        seed: knob as u64,
        ..Settings::default()
    };
    let _ = run_source(src, &settings, &mut RoundRobin::default());
    let _ = run_source(src, &settings, &mut Random::new(knob as u64));
    let _ = poolscope::run::session::record(src, &settings, 2_000);
});
