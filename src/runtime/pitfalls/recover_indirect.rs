//! `recover()` called outside a directly deferred function.
//!
//! Go's `recover` stops a panic only when the deferred function itself calls it; called
//! by a helper of that function, it returns nil and the panic goes on (lesson 14). It is
//! flagged ([`Kind::RecoverIndirect`]) when the frame calling it is not a deferred call
//! and either a panic is in flight or some frame below it is a deferred call (the author
//! meant it to work there). `recover()` with neither, as in plain `main`, is just nil.

use super::Kind;
use crate::runtime::machine::{FrameKind, Machine};

impl Machine {
    /// Goroutine `gi` calls `recover()` in its top frame.
    pub(crate) fn pit_recover(&mut self, gi: usize) {
        let Some(g) = self.gs.get(gi) else { return };
        let Some((top, below)) = g.frames.split_last() else {
            return;
        };
        let deferred = |k: &FrameKind| matches!(k, FrameKind::Deferred { .. });
        if deferred(&top.kind) {
            return;
        }
        let panicking = g.panics.last().is_some_and(|p| !p.recovered && !p.goexit);
        if !panicking && !below.iter().any(|f| deferred(&f.kind)) {
            return;
        }
        let name = self.func_short_name(top.func);
        let line = self.line_here(gi);
        self.pitfall(Kind::RecoverIndirect, line, vec![name]);
    }
}
