//! `defer pool.Put(x)` in a function that returns `x`.
//!
//! The deferred Put runs after `return` has set the results but before the caller gets
//! them, so the caller receives an object that is already back in the pool, and the next
//! Get hands the same object to someone else ([`Kind::DeferPutReturned`], lesson 6).
//!
//! A Put made while a returning frame runs its deferred calls (the deferred call itself,
//! or a deferred closure calling Put) is remembered with that frame's depth; when the
//! frame returns, its results are compared with the pointers put.

use super::{pointer, Kind};
use crate::runtime::machine::{FrameKind, Machine};
use crate::runtime::value::{Ptr, Value};

/// A Put made by a deferred call of the frame at `depth` of goroutine `gid`.
#[derive(Clone, Debug)]
pub(super) struct DeferPut {
    gid: u32,
    depth: usize,
    ptr: Ptr,
    /// The line of the `defer` statement.
    line: u32,
}

impl Machine {
    /// The frame whose deferred calls goroutine `gi` is running now on a normal return,
    /// and the line of the `defer` statement: a native deferred call runs on the
    /// returning frame itself; a deferred closure is a frame just above it (the Put may
    /// be deeper, in a function the closure calls).
    fn returning_owner(&self, gi: usize) -> Option<(usize, u32)> {
        let frames = &self.gs.get(gi)?.frames;
        let top = frames.len().checked_sub(1)?;
        if let Some(span) = self.pitfalls.defer_span {
            return frames[top].returning.then(|| (top, self.line_of(span)));
        }
        let i = frames
            .iter()
            .rposition(|f| matches!(f.kind, FrameKind::Deferred { .. }))?;
        let below = i.checked_sub(1)?;
        let deferred = matches!(frames[i].kind, FrameKind::Deferred { by_panic: false });
        let span = self.prog.funcs.get(frames[i].func as usize)?.span;
        (deferred && frames[below].returning).then(|| (below, self.line_of(span)))
    }

    /// Goroutine `gi` puts `x`.
    pub(super) fn pit_defer_put(&mut self, gi: usize, x: &Value) {
        let Some(ptr) = pointer(x).cloned() else {
            return;
        };
        let Some((depth, line)) = self.returning_owner(gi) else {
            return;
        };
        let gid = self.gid(gi);
        self.pitfalls.defer_puts.push(DeferPut {
            gid,
            depth,
            ptr,
            line,
        });
    }

    /// The frame at `depth` of goroutine `gi` returned `results` (None: it left by a panic
    /// or its results go nowhere a caller sees).
    pub(crate) fn pit_returned(
        &mut self,
        gi: usize,
        depth: usize,
        func: u32,
        results: Option<&[Value]>,
    ) {
        if self.pitfalls.defer_puts.is_empty() {
            return;
        }
        let gid = self.gid(gi);
        let (mine, rest): (Vec<DeferPut>, Vec<DeferPut>) =
            std::mem::take(&mut self.pitfalls.defer_puts)
                .into_iter()
                .partition(|d| d.gid == gid && d.depth >= depth);
        self.pitfalls.defer_puts = rest;
        let Some(results) = results else { return };
        let name = self.func_short_name(func);
        for d in mine.iter().filter(|d| d.depth == depth) {
            if results.iter().any(|r| pointer(r) == Some(&d.ptr)) {
                let id = self.obj_ids.get(&d.ptr).copied().unwrap_or_default();
                self.pitfall(
                    Kind::DeferPutReturned,
                    d.line,
                    vec![name.clone(), format!("#{id}")],
                );
            }
        }
    }
}
