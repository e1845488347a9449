//! The `poolscope` command line: runs Go programs on the engine.
//!
//! `poolscope run [--go 1.21|1.22] [--procs N] [--sched rr|random:SEED|replay:FILE] FILE.go`
//! prints what the built Go binary would print and exits with its status;
//! `poolscope trace FILE.go` prints every step as a JSON line.

use poolscope::lang::info::GoVersion;
use poolscope::lang::span::LineIndex;
use poolscope::run::caption::event_msg;
use poolscope::runtime::messages::{render, Lang};
use poolscope::runtime::{
    self, Decision, Exit, Random, Replay, RoundRobin, Scheduler, Settings, StepResult,
};
use std::io::Write;

fn usage() -> ! {
    eprintln!("usage: poolscope run|trace [--go 1.21|1.22] [--procs N] [--sched rr|random:SEED|replay:FILE] FILE.go");
    std::process::exit(2);
}

fn json_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(cmd) = args.first().cloned() else {
        usage()
    };
    let mut s = Settings::default();
    let mut sched: Box<dyn Scheduler> = Box::new(RoundRobin::default());
    let mut file = None;
    let mut i = 1;
    while i < args.len() {
        let a = &args[i];
        let val = args.get(i + 1).cloned().unwrap_or_default();
        match a.as_str() {
            "--go" => {
                s.go = GoVersion::parse(&val).unwrap_or_else(|| usage());
                i += 1;
            }
            "--procs" => {
                s.procs = val.parse().unwrap_or_else(|_| usage());
                i += 1;
            }
            "--sched" => {
                sched = if val == "rr" {
                    Box::new(RoundRobin::default())
                } else if let Some(seed) = val.strip_prefix("random:") {
                    Box::new(Random::new(seed.parse().unwrap_or_else(|_| usage())))
                } else if let Some(f) = val.strip_prefix("replay:") {
                    let text = std::fs::read_to_string(f).unwrap_or_default();
                    let ds = Decision::decode(&text);
                    Box::new(Replay::new(ds))
                } else {
                    usage()
                };
                i += 1;
            }
            f if !f.starts_with("--") => file = Some(f.to_string()),
            _ => usage(),
        }
        i += 1;
    }
    let Some(file) = file else { usage() };
    let src = match std::fs::read_to_string(&file) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("poolscope: {file}: {e}");
            std::process::exit(1);
        }
    };
    match cmd.as_str() {
        "run" => {
            let out = runtime::run_source(&src, &s, sched.as_mut());
            print!("{}", out.stdout);
            eprint!("{}", out.stderr);
            let _ = std::io::stdout().flush();
            std::process::exit(out.code);
        }
        "trace" => trace(&src, &s, sched.as_mut()),
        "dump" => match runtime::load(&src, &s) {
            Ok(m) => {
                for (i, f) in m.prog.funcs.iter().enumerate() {
                    println!(
                        "func {i} {} params={} locals={}",
                        f.name,
                        f.nparams,
                        f.zeros.len()
                    );
                    for (pc, op) in f.code.iter().enumerate() {
                        println!("  {pc:4} {op:?}");
                    }
                }
            }
            Err(o) => eprint!("{}", o.stderr),
        },
        _ => usage(),
    }
}

fn trace(src: &str, s: &Settings, sched: &mut dyn Scheduler) {
    let mut m = match runtime::load(src, s) {
        Ok(m) => m,
        Err(o) => {
            eprint!("{}", o.stderr);
            std::process::exit(o.code);
        }
    };
    let idx = LineIndex::new(src);
    let mut out = std::io::BufWriter::new(std::io::stdout());
    let mut printed = 0;
    loop {
        match m.step(sched) {
            StepResult::Step(st) => {
                let (line, col) = idx.line_col(st.span.lo);
                let events: Vec<String> = st
                    .events
                    .iter()
                    .map(|e| {
                        let args: Vec<String> = e.args.iter().map(|a| json_str(a)).collect();
                        format!(
                            "{{\"key\":{},\"args\":[{}]}}",
                            json_str(e.key),
                            args.join(",")
                        )
                    })
                    .collect();
                // A pool micro-step is told by the pool's own sentence ("popHead takes #4
                // from the head"), as the UI tells it, not by the generic "inside the pool call".
                let pool_step = st.events.iter().find_map(|e| e.pool.as_deref());
                let said = |lang: Lang, l: poolscope::i18n::Lang| match pool_step {
                    Some(pe) => poolscope::i18n::caption(l, &event_msg(&m.pool, pe)),
                    None => render(&st.caption, lang),
                };
                let (en, zh) = (
                    said(Lang::En, poolscope::i18n::Lang::En),
                    said(Lang::Zh, poolscope::i18n::Lang::Zh),
                );
                let new_out = &m.stdout[printed..];
                printed = m.stdout.len();
                let _ = writeln!(
                    out,
                    "{{\"step\":{},\"g\":{},\"p\":{},\"line\":{line},\"col\":{col},\"caption\":{},\"en\":{},\"zh\":{},\"events\":[{}],\"stdout\":{}}}",
                    m.steps,
                    st.gid,
                    st.p,
                    json_str(st.caption.key),
                    json_str(&en),
                    json_str(&zh),
                    events.join(","),
                    json_str(new_out)
                );
            }
            StepResult::Done(e) => {
                let code = match e {
                    Exit::Code(c) => c,
                    Exit::Budget => 3,
                };
                let _ = writeln!(
                    out,
                    "{{\"exit\":{code},\"stderr\":{},\"decisions\":{}}}",
                    json_str(&m.stderr),
                    json_str(&Decision::encode(&m.decisions))
                );
                let _ = out.flush();
                std::process::exit(code);
            }
        }
    }
}
