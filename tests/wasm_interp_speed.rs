//! Interpreter throughput in Wasm: the two step workloads of `benches/interp.rs`, run by
//! wasm-bindgen-test under Node (V8). Ignored by default, so no suite runs it; run it on
//! purpose with the release profile (what the bundle ships):
//!
//! ```text
//! cargo test --profile release --target wasm32-unknown-unknown --test wasm_interp_speed -- --include-ignored --nocapture
//! ```
//!
//! It prints steps/s per round, by the wall clock and by the process's CPU time (Node's
//! `process.cpuUsage()`, which a busy machine disturbs less); docs/bench-interp.md holds
//! the figures. It asserts only that each workload ran to its end, so a timing never
//! decides whether it passes.
#![cfg(target_arch = "wasm32")]

use poolscope::runtime::{self, Exit, Machine, RoundRobin, Settings};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

const LOOP: &str = "package main\n\nfunc main() {\n\tx := 0\n\tfor i := 0; i < 200000; i++ {\n\t\tx += i\n\t}\n\t_ = x\n}\n";

const POOL: &str = "package main\n\nimport \"sync\"\n\nvar pool = sync.Pool{New: func() any { return new([64]byte) }}\n\nfunc main() {\n\tfor i := 0; i < 20000; i++ {\n\t\tb := pool.Get().(*[64]byte)\n\t\tb[0] = byte(i)\n\t\tpool.Put(b)\n\t}\n}\n";

fn load(src: &str) -> Machine {
    let s = Settings {
        budget: u64::MAX,
        ..Settings::default()
    };
    match runtime::load(src, &s) {
        Ok(m) => m,
        Err(o) => panic!("{}", o.stderr),
    }
}

fn get(obj: &JsValue, key: &str) -> Option<JsValue> {
    js_sys::Reflect::get(obj, &JsValue::from_str(key)).ok()
}

/// Milliseconds of CPU time this Node process has used (user + system), if under Node.
fn cpu_ms() -> Option<f64> {
    let process = get(&js_sys::global(), "process")?;
    let usage: js_sys::Function = get(&process, "cpuUsage")?.dyn_into().ok()?;
    let u = usage.call0(&process).ok()?;
    Some((get(&u, "user")?.as_f64()? + get(&u, "system")?.as_f64()?) / 1000.0)
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs.get(xs.len() / 2).copied().unwrap_or(f64::NAN)
}

#[wasm_bindgen_test]
#[ignore = "a benchmark: run with --include-ignored and the release profile"]
fn steps_per_second() {
    for (name, src, want_steps) in [
        ("simple_loop", LOOP, 400_000),
        ("pool_get_put", POOL, 180_000),
    ] {
        let start = load(src);
        let (mut wall, mut cpu) = (Vec::new(), Vec::new());
        for round in 0..9 {
            let mut m = start.clone();
            let (t0, c0) = (js_sys::Date::now(), cpu_ms());
            m.run(&mut RoundRobin::default());
            let ms = js_sys::Date::now() - t0;
            let cpu_used = cpu_ms().zip(c0).map(|(a, b)| a - b);
            assert!(m.exit == Some(Exit::Code(0)), "{name}: {:?}", m.exit);
            assert!(m.steps >= want_steps, "{name}: {} steps", m.steps);
            console_log!(
                "{name}: {} steps in {ms} ms wall, {cpu_used:?} ms CPU",
                m.steps
            );
            // The first two rounds warm up V8's tiers; they are printed, not counted.
            if round >= 2 {
                wall.push(m.steps as f64 / ms.max(1.0) / 1000.0);
                cpu.extend(cpu_used.map(|c| m.steps as f64 / c.max(1.0) / 1000.0));
            }
        }
        console_log!(
            "{name}: median {:.2} M steps/s by the wall clock, {:.2} M steps/s by CPU time",
            median(wall),
            median(cpu)
        );
    }
}
