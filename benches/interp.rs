//! Interpreter throughput: steps per second on a simple loop, and the cost of jumping
//! to any step of a 1M-step run through snapshots plus replay.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use poolscope::run::{RunSpec, Timeline};
use poolscope::runtime::{self, Machine, RoundRobin, Settings};

const LOOP: &str = "package main\n\nfunc main() {\n\tx := 0\n\tfor i := 0; i < 200000; i++ {\n\t\tx += i\n\t}\n\t_ = x\n}\n";

const POOL: &str = "package main\n\nimport \"sync\"\n\nvar pool = sync.Pool{New: func() any { return new([64]byte) }}\n\nfunc main() {\n\tfor i := 0; i < 20000; i++ {\n\t\tb := pool.Get().(*[64]byte)\n\t\tb[0] = byte(i)\n\t\tpool.Put(b)\n\t}\n}\n";

fn load(src: &str, budget: u64) -> Machine {
    let s = Settings {
        budget,
        ..Settings::default()
    };
    match runtime::load(src, &s) {
        Ok(m) => m,
        Err(o) => panic!("{}", o.stderr),
    }
}

fn steps_of(m: &Machine) -> u64 {
    let mut m = m.clone();
    m.run(&mut RoundRobin::default());
    m.steps
}

fn bench_steps(c: &mut Criterion) {
    for (name, src) in [("simple_loop", LOOP), ("pool_get_put", POOL)] {
        let start = load(src, u64::MAX);
        let n = steps_of(&start);
        let mut g = c.benchmark_group("steps");
        g.throughput(Throughput::Elements(n));
        g.sample_size(10);
        g.bench_function(name, |b| {
            b.iter(|| {
                let mut m = start.clone();
                m.run(&mut RoundRobin::default());
                m.steps
            })
        });
        g.finish();
    }
}

fn bench_time_travel(c: &mut Criterion) {
    let src = "package main\n\nfunc main() {\n\tx := 0\n\tfor i := 0; i < 600000; i++ {\n\t\tx += i\n\t}\n\t_ = x\n}\n";
    let spec = RunSpec {
        budget: 1_000_000,
        ..RunSpec::new(src)
    };
    let mut t = Timeline::with_interval(spec, 10_000).expect("compiles");
    t.run_to_end();
    let total = t.len();
    let mut k = 0u64;
    let mut g = c.benchmark_group("time_travel");
    g.sample_size(20);
    g.bench_function("jump_to_step_of_1M_run", |b| {
        b.iter(|| {
            k = (k + 390_001) % total;
            t.state_at(k).machine.steps
        })
    });
    g.finish();
}

criterion_group!(benches, bench_steps, bench_time_travel);
criterion_main!(benches);
