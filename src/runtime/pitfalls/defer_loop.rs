//! `defer` inside a loop over resources.
//!
//! Deferred calls run when the function returns, not at the end of a loop iteration: a
//! `defer f.Close()` in a loop keeps every file open until then (lesson 15). Flagged
//! ([`Kind::DeferInLoop`]) when a `defer` statement runs a second time while an earlier
//! record of the same statement is still pending in the same frame, and the deferred
//! call releases something: a method named in [`RELEASES`], or a function literal that
//! calls one (`defer func() { f.Close() }()`). A `defer` in a function that the loop
//! calls is a new frame each time, so it is not flagged.

use super::Kind;
use crate::lang::span::Span;
use crate::runtime::bytecode::Op;
use crate::runtime::machine::Machine;
use crate::runtime::value::{Func, Value};

/// Method names that release a resource.
pub const RELEASES: &[&str] = &["Close", "Unlock", "RUnlock", "Release", "Put", "Stop"];

/// How far back in a frame's pending defers to look for the same statement: one loop
/// iteration's worth, so a loop of many defers stays linear.
const LOOKBACK: usize = 16;

fn releases(name: &str) -> bool {
    RELEASES.contains(&name.rsplit('.').next().unwrap_or(""))
}

impl Machine {
    /// The releasing call `func` makes, if any: itself, or one its literal's body calls.
    fn released(&self, func: &Value, name: &str) -> Option<String> {
        if releases(name) {
            return Some(Self::short_name(name));
        }
        let Value::Func(f) = func else { return None };
        let Func::Closure { func, .. } = &**f else {
            return None;
        };
        let code = &self.prog.funcs.get(*func as usize)?.code;
        code.iter().find_map(|op| {
            let callee = match op {
                Op::Call { func, .. } | Op::Bind { func } => {
                    self.prog.funcs.get(*func as usize)?.name.as_str()
                }
                Op::CallNative { id, .. } | Op::BindNative { id } => {
                    crate::runtime::natives::NATIVES.get(*id as usize)?
                }
                Op::CallIface { name, .. } | Op::BindIface { name } => {
                    self.prog.names.get(*name as usize)?.as_str()
                }
                _ => return None,
            };
            releases(callee).then(|| Self::short_name(callee))
        })
    }

    /// Goroutine `gi` executes `defer` at `span`, deferring `func` (named `name`).
    pub(crate) fn pit_defer(&mut self, gi: usize, span: Span, func: &Value, name: &str) {
        let Some(fr) = self.gs.get(gi).and_then(|g| g.frames.last()) else {
            return;
        };
        let again = fr
            .defers
            .iter()
            .rev()
            .take(LOOKBACK)
            .any(|d| d.span == span);
        if !again {
            return;
        }
        let Some(call) = self.released(func, name) else {
            return;
        };
        let pending = fr.defers.iter().filter(|d| d.span == span).count();
        let owner = self.func_short_name(fr.func);
        let line = self.line_of(span);
        let args = vec![call, (pending + 1).to_string(), owner];
        self.pitfall(Kind::DeferInLoop, line, args);
    }
}
