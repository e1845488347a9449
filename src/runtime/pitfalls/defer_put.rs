//! `defer pool.Put(x)` in a function that returns `x`.
//!
//! The deferred Put runs after `return` has set the results but before the caller gets
//! them, so the caller receives an object that is already back in the pool, and the next
//! Get hands the same object to someone else ([`Kind::DeferPutReturned`], lesson 6).
//!
//! Returning `buf.Bytes()` of a buffer whose Put is deferred is the same mistake one step
//! removed ([`Kind::DeferPutBytes`]): the slice aliases the buffer's memory, which the
//! next user of the buffer overwrites (`Reset` keeps the array).
//!
//! A Put made while a returning frame runs its deferred calls (the deferred call itself,
//! or a deferred closure calling Put) is remembered with that frame's depth; when the
//! frame returns, its results are compared with the pointers put, and slices with the
//! arrays of the buffers put.

use super::{pointer, Kind};
use crate::runtime::machine::{FrameKind, Machine};
use crate::runtime::value::{Ptr, Value};

/// A Put made by a deferred call of the frame at `depth` of goroutine `gid`.
#[derive(Clone, Debug)]
pub(super) struct DeferPut {
    gid: u32,
    depth: usize,
    ptr: Ptr,
    /// The backing array of a `*bytes.Buffer` put.
    arr: Option<u32>,
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
        let arr = match x.dyn_parts() {
            Some((ty, _)) if self.prog.types.type_string(ty) == "*bytes.Buffer" => {
                match self.heap.load(&ptr).field(0) {
                    Value::Slice(s) => Some(s.arr),
                    _ => None,
                }
            }
            _ => None,
        };
        self.pitfalls.defer_puts.push(DeferPut {
            gid,
            depth,
            ptr,
            arr,
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
            let object = results.iter().any(|r| pointer(r) == Some(&d.ptr));
            let bytes = results
                .iter()
                .any(|r| matches!(r, Value::Slice(s) if Some(s.arr) == d.arr));
            let kind = match (object, bytes) {
                (true, _) => Kind::DeferPutReturned,
                (false, true) => Kind::DeferPutBytes,
                (false, false) => continue,
            };
            let id = self.obj_ids.get(&d.ptr).copied().unwrap_or_default();
            self.pitfall(kind, d.line, vec![name.clone(), format!("#{id}")]);
        }
    }
}
