//! Property tests: random programs never make the interpreter panic, and any run
//! replays to an identical trace from its recorded decisions.

use poolscope::runtime::{self, Random, Replay, Settings, StepResult};
use proptest::prelude::*;

/// Statement snippets that use the variables declared in `PRELUDE`.
const SNIPPETS: &[&str] = &[
    "x++",
    "x = x * 3 % 7",
    "s = append(s, x)",
    "m[x%3] = x",
    "delete(m, 1)",
    "fmt.Println(x, s, m, len(s), cap(s))",
    "if x > 3 { x -= 2 } else { x += 5 }",
    "for i := 0; i < 3; i++ { x += i }",
    "for k, v := range m { x += k + v }",
    "defer func() { recover() }()",
    "defer fmt.Println(\"deferred\", x)",
    "go func() { ch <- x }()",
    "select { case v := <-ch: x = v; default: }",
    "p.Put(&x)",
    "if q, ok := p.Get().(*int); ok { x += *q }",
    "runtime.GC()",
    "mu.Lock(); x++; mu.Unlock()",
    "_ = s[x%5]",
    "x = x / (x - x + 1)",
    "var e error = errors.New(\"e\"); _ = e",
    "panic(x)",
    "wg.Add(1); go func() { defer wg.Done(); x++ }(); wg.Wait()",
    "f := func(n int) int { return n * x }; x = f(2) % 100",
];

const PRELUDE: &str = "package main\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n\t\"runtime\"\n\t\"sync\"\n)\n\nvar _ = errors.New\nvar _ = runtime.GC\n\nfunc main() {\n\tx := 1\n\ts := []int{1, 2}\n\tm := map[int]int{}\n\tch := make(chan int, 1)\n\tvar p sync.Pool\n\tvar mu sync.Mutex\n\tvar wg sync.WaitGroup\n\t_, _, _, _, _, _, _ = x, s, m, ch, &p, &mu, &wg\n";

fn program(picks: &[usize]) -> String {
    let mut src = PRELUDE.to_string();
    for &i in picks {
        src.push('\t');
        src.push_str(SNIPPETS[i % SNIPPETS.len()]);
        src.push('\n');
    }
    src.push_str("}\n");
    src
}

/// The golden programs, as mutation seeds.
fn golden_sources() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "go"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v.iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn random_programs_never_panic_and_replay(picks in proptest::collection::vec(0usize..100, 0..12), seed in 0u64..1000, procs in 1usize..4) {
        let src = program(&picks);
        let s = Settings { procs, budget: 20_000, ..Settings::default() };
        let mut m = match runtime::load(&src, &s) {
            Ok(m) => m,
            Err(_) => return Ok(()), // e.g. a snippet made a variable unused: gc rejects it too
        };
        let mut steps = Vec::new();
        let mut sched = Random::new(seed);
        while let StepResult::Step(st) = m.step(&mut sched) {
            steps.push((st.gid, st.p, st.span.lo));
        }
        let mut again = runtime::load(&src, &s).map_err(|o| TestCaseError::fail(o.stderr))?;
        let mut replay = Replay::new(m.decisions.clone());
        let mut steps2 = Vec::new();
        while let StepResult::Step(st) = again.step(&mut replay) {
            steps2.push((st.gid, st.p, st.span.lo));
        }
        prop_assert_eq!(steps, steps2);
        prop_assert_eq!(&m.stdout, &again.stdout);
    }

    #[test]
    fn arbitrary_text_never_panics(text in "[a-z(){}\\[\\]:=+*/%<>!&|^.,; \\n\"0-9]{0,200}") {
        let src = format!("package main\n\nfunc main() {{\n{text}\n}}\n");
        let s = Settings { budget: 5_000, ..Settings::default() };
        let _ = runtime::run_source(&src, &s, &mut Random::new(1));
    }

    #[test]
    fn mutated_golden_programs_never_panic(pick in 0usize..1000, cuts in proptest::collection::vec((0usize..400, 0usize..3), 1..4), seed in 0u64..100) {
        let sources = golden_sources();
        prop_assume!(!sources.is_empty());
        let mut lines: Vec<String> = sources[pick % sources.len()].lines().map(str::to_string).collect();
        for (at, how) in cuts {
            if lines.is_empty() {
                break;
            }
            let i = at % lines.len();
            match how {
                0 => {
                    lines.remove(i);
                }
                1 => {
                    let l = lines[i].clone();
                    lines.insert(i, l);
                }
                _ => {
                    let j = (i * 7 + 3) % lines.len();
                    lines.swap(i, j);
                }
            }
        }
        let src = lines.join("\n");
        let s = Settings { budget: 20_000, procs: 1 + (seed as usize % 3), ..Settings::default() };
        let _ = runtime::run_source(&src, &s, &mut Random::new(seed));
    }
}
