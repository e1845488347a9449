//! The resumable interpreter: goroutines on simulated Ps, defer, panic and recover,
//! driving the pool engine. Its whole state is data ([`Machine`] is `Clone`), and
//! [`Machine::step`] advances it one statement or micro-step at a time.
//!
//! Entry points: [`load`] compiles Go source into a [`Machine`]; [`run_source`] runs a
//! program to the end and returns its output as the built Go binary would print it.
//!
//! How it fits together:
//! - `compile/`: checked AST ([`crate::lang::Checked`]) → bytecode ([`bytecode::Program`]).
//!   Captured and address-taken variables live in heap cells; every statement starts
//!   with `Op::Stmt`, where a step ends.
//! - [`machine`]: the state (goroutines with frames, value stacks, defer records and
//!   panics; Ps; heap; pool engine; virtual time; output). [`step`]: one global step,
//!   asking a [`Scheduler`] which P runs ([`sched`]: runnext, run queues, stealing).
//! - [`exec`], [`ops_data`], [`convert`], [`dispatch`], [`chan`]: instructions;
//!   [`calls`]: calls, returns, deferred calls, panics, recover as frame transitions.
//! - [`natives`] and friends: the library (`fmt`, `errors`, `strings`, `bytes`, `sync`
//!   with `sync.Pool` bridged to [`crate::pool::Engine`], `runtime`, `time`, `os`).
//!   Time travel (snapshots plus replayed [`Decision`]s) is `crate::run::timeline`'s.
//! - [`messages`]: step captions as keys with English and Chinese templates.
//! - [`pitfalls`]: detectors of the mistakes the lessons teach (use after Put, Put
//!   without Reset, `defer Put` of a returned object, indirect `recover`, `defer` in a
//!   loop, pooled connections never closed), fed by small `pit_*` hooks; they warn
//!   with ordinary events.

pub mod arith;
pub mod bytecode;
pub mod calls;
pub mod chan;
pub mod chunks;
pub mod compile;
pub mod convert;
pub mod dispatch;
pub mod exec;
pub mod fmtnum;
pub mod fmtverbs;
pub mod format;
pub mod heap;
pub mod machine;
pub mod messages;
pub mod natives;
pub mod natives_buf;
pub mod natives_fmt;
pub mod natives_log;
pub mod natives_str;
pub mod natives_sync;
pub mod ops_data;
pub mod pitfalls;
pub mod sched;
pub mod slices;
pub mod step;
pub mod types;
pub mod value;

pub use machine::{Exit, Machine, Step};
pub use sched::{Decision, Manual, Random, Replay, RoundRobin, Scheduler};
pub use step::StepResult;

use crate::lang::info::{CheckOptions, GoVersion};
use std::rc::Rc;

/// Settings of a run.
#[derive(Clone, Debug)]
pub struct Settings {
    pub go: GoVersion,
    pub procs: usize,
    pub seed: u64,
    pub budget: u64,
    /// Collect garbage (Go's `poolCleanup`) every this many heap allocations; `None`
    /// (the default) collects only on `runtime.GC()` or when the learner asks.
    pub gc_every: Option<u32>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            go: GoVersion::Go122,
            procs: 1,
            seed: 1,
            budget: machine::DEFAULT_BUDGET,
            gc_every: None,
        }
    }
}

/// What a finished run printed and its exit status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Output {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

/// Compiles `src`; on failure returns the output gc would print (`prog.go:L:C: msg`,
/// status 1).
pub fn load(src: &str, s: &Settings) -> Result<Machine, Output> {
    let opts = CheckOptions { go_version: s.go };
    let ck = match crate::lang::compile_front(src, &opts) {
        Ok(ck) => ck,
        Err(diags) => {
            let diags = crate::lang::diag::limit_like_gc(diags);
            let err = crate::lang::diag::render("prog.go", src, &diags);
            return Err(Output {
                stdout: String::new(),
                stderr: err,
                code: 1,
            });
        }
    };
    let prog = compile::compile(&ck, src).map_err(|errs| {
        let idx = crate::lang::span::LineIndex::new(src);
        let mut err = String::new();
        for e in errs {
            let (l, c) = idx.line_col(e.span.lo);
            err.push_str(&format!("prog.go:{l}:{c}: {}\n", e.msg));
        }
        Output {
            stdout: String::new(),
            stderr: err,
            code: 1,
        }
    })?;
    let mut m = Machine::new(Rc::new(prog), s.procs, s.seed);
    m.budget = s.budget;
    m.set_gc_every(s.gc_every);
    Ok(m)
}

/// Runs `src` to the end with `sched`.
pub fn run_source(src: &str, s: &Settings, sched: &mut dyn Scheduler) -> Output {
    let mut m = match load(src, s) {
        Ok(m) => m,
        Err(o) => return o,
    };
    let exit = m.run(sched);
    let code = match exit {
        Exit::Code(c) => c,
        Exit::Budget => {
            m.stderr.push_str(&messages::render_key(
                "run.budget",
                &[m.budget.to_string()],
                messages::Lang::En,
            ));
            m.stderr.push('\n');
            3
        }
    };
    Output {
        stdout: m.stdout,
        stderr: m.stderr,
        code,
    }
}
