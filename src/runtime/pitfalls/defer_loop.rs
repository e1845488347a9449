//! `defer` inside a loop over resources.
//!
//! Deferred calls run when the function returns, not at the end of a loop iteration: a
//! `defer f.Close()` in a loop keeps every file open until then (lesson 15). Flagged
//! ([`Kind::DeferInLoop`]) when a `defer` statement whose call releases something (a
//! method named in [`RELEASES`]) runs a second time while the first record of the same
//! statement is still pending in the same frame. A `defer` in a function that the loop
//! calls is a new frame each time, so it is not flagged.

use super::Kind;
use crate::lang::span::Span;
use crate::runtime::machine::Machine;

/// Method names that release a resource.
pub const RELEASES: &[&str] = &["Close", "Unlock", "RUnlock", "Release", "Put", "Stop"];

impl Machine {
    /// Goroutine `gi` executes `defer` at `span`, deferring the function named `name`.
    pub(crate) fn pit_defer(&mut self, gi: usize, span: Span, name: &str) {
        let method = name.rsplit('.').next().unwrap_or("");
        if !RELEASES.contains(&method) {
            return;
        }
        let Some(fr) = self.gs.get(gi).and_then(|g| g.frames.last()) else {
            return;
        };
        let pending = fr.defers.iter().filter(|d| d.span == span).count();
        if pending == 0 {
            return;
        }
        let func = self.func_short_name(fr.func);
        let line = self.line_of(span);
        let args = vec![Self::short_name(name), (pending + 1).to_string(), func];
        self.pitfall(Kind::DeferInLoop, line, args);
    }
}
