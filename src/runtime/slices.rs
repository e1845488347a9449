//! Slicing (`s[lo:hi:max]`, strings) with Go's bounds errors, and `append` with Go's
//! growth rule (`nextslicecap` rounded to malloc size classes), including the stack
//! buffer gc gives appends that do not escape (see `lang::stackslice`).

use super::bytecode::SliceOf;
use super::calls::Flow;
use super::heap::{grow_cap, roundupsize, Obj, MAX_ALLOC};
use super::machine::Machine;
use super::types::{noscan, size_of};
use super::value::{SliceRef, Value};
use crate::lang::types::TypeId;
use std::rc::Rc;

impl Machine {
    /// An allocation beyond the interpreter's limit: Go's out-of-memory fatal error,
    /// with a line saying which limit was hit.
    pub fn out_of_memory(&mut self, n: u64) -> Flow {
        self.stderr.push_str(&format!(
            "fatal error: runtime: out of memory\npoolscope: an allocation of {n} elements exceeds the limit of {MAX_ALLOC}\n\nexit status 2\n"
        ));
        self.exit = Some(super::machine::Exit::Code(2));
        Flow::Switch
    }

    pub(crate) fn slice_op(
        &mut self,
        gi: usize,
        of: SliceOf,
        lo: bool,
        hi: bool,
        max: bool,
    ) -> Flow {
        let mx = if max {
            Some(self.popv(gi).as_int())
        } else {
            None
        };
        let h = if hi {
            Some(self.popv(gi).as_int())
        } else {
            None
        };
        let l = if lo { self.popv(gi).as_int() } else { 0 };
        let x = self.popv(gi);
        if let (SliceOf::String, Value::Str(s)) = (of, &x) {
            let n = s.len() as i64;
            let h = h.unwrap_or(n);
            if h < 0 || h > n {
                return self.fail(format!(
                    "runtime error: slice bounds out of range [:{h}] with length {n}"
                ));
            }
            if l < 0 || l > h {
                return self.fail(format!(
                    "runtime error: slice bounds out of range [{l}:{h}]"
                ));
            }
            let sub = String::from_utf8_lossy(&s.as_bytes()[l as usize..h as usize]).into_owned();
            return self.pushv(gi, Value::Str(Rc::from(sub)));
        }
        let s = match (&x, of) {
            (Value::Slice(s), _) => *s,
            (Value::Nil, _) => SliceRef {
                arr: u32::MAX,
                off: 0,
                len: 0,
                cap: 0,
            },
            (Value::Ptr(_), SliceOf::ArrayPtr) => {
                return self
                    .fail("runtime error: slicing arrays is not supported by poolscope".into());
            }
            _ => return self.rt_panic(super::exec::NIL_DEREF),
        };
        let cap = s.cap as i64;
        let mx = mx.unwrap_or(cap);
        if mx < 0 || mx > cap {
            return self.fail(format!(
                "runtime error: slice bounds out of range [::{mx}] with capacity {cap}"
            ));
        }
        let h = h.unwrap_or(s.len as i64);
        if h < 0 || h > mx {
            return self.fail(if max {
                format!("runtime error: slice bounds out of range [:{h}:{mx}]")
            } else {
                format!("runtime error: slice bounds out of range [:{h}] with capacity {cap}")
            });
        }
        if l < 0 || l > h {
            return self.fail(format!(
                "runtime error: slice bounds out of range [{l}:{h}]"
            ));
        }
        if s.arr == u32::MAX {
            return self.pushv(gi, Value::Nil);
        }
        let r = SliceRef {
            arr: s.arr,
            off: s.off + l as u32,
            len: (h - l) as u32,
            cap: (mx - l) as u32,
        };
        self.pushv(gi, Value::Slice(r))
    }

    pub(crate) fn append_op(
        &mut self,
        gi: usize,
        n: u32,
        spread: bool,
        elem: TypeId,
        store: Option<StackStore>,
    ) -> Flow {
        let mut items = self.pop_values(gi, n as usize);
        if spread {
            let last = items.pop().unwrap_or_default();
            match &last {
                Value::Str(s) => items.extend(s.bytes().map(|b| Value::Int(b as i64))),
                _ => items.extend(self.heap.slice_elems(&last).iter().cloned()),
            }
        }
        let s = self.popv(gi);
        let old = match s {
            Value::Slice(r) => r,
            _ => SliceRef {
                arr: u32::MAX,
                off: 0,
                len: 0,
                cap: 0,
            },
        };
        if items.is_empty() {
            return self.pushv(gi, s);
        }
        let new_len = old.len as u64 + items.len() as u64;
        if new_len > MAX_ALLOC {
            return self.out_of_memory(new_len);
        }
        if new_len <= old.cap as u64 {
            if let Some(a) = self.heap.array_mut(old.arr) {
                for (i, v) in items.into_iter().enumerate() {
                    if let Some(slot) = a.get_mut((old.off + old.len) as usize + i) {
                        *slot = v;
                    }
                }
            }
            return self.pushv(
                gi,
                Value::Slice(SliceRef {
                    len: new_len as u32,
                    ..old
                }),
            );
        }
        if let Some(st) = store {
            if let Some(v) = self.grow_on_stack(gi, old, items.clone(), new_len, elem, st) {
                return self.pushv(gi, v);
            }
        }
        let prog = self.prog.clone();
        let cap = grow_cap(
            new_len,
            old.cap as u64,
            size_of(&prog.types, elem),
            noscan(&prog.types, elem),
        );
        let mut elems: Vec<Value> = self.heap.slice_elems(&s).to_vec();
        elems.extend(items);
        let zero = super::natives::zero_value(&prog.types, elem);
        let v = self.heap.new_slice(elems, cap as usize, &zero);
        self.pushv(gi, v)
    }
}

/// An append's stack buffer: hidden local `slot` holds it once made (a slice of `k`
/// elements); `ladder` is gc's `growsliceBuf` strategy.
#[derive(Clone, Copy, Debug)]
pub struct StackStore {
    pub slot: u32,
    pub k: u32,
    pub ladder: bool,
}

impl Machine {
    fn frame_slot(&mut self, gi: usize, slot: u32) -> Option<&mut Value> {
        let g = self.gs.get_mut(gi)?;
        let bp = g.frames.last()?.bp as usize;
        g.stack.get_mut(bp + slot as usize)
    }

    /// The stack buffer of `slot` (made and zeroed now if this call has none yet).
    fn stack_buffer(&mut self, gi: usize, st: StackStore, elem: TypeId) -> u32 {
        if let Some(Value::Slice(r)) = self.frame_slot(gi, st.slot).cloned() {
            return r.arr;
        }
        let zero = super::natives::zero_value(&self.prog.types, elem);
        let arr = self.heap.alloc(Obj::Array(vec![zero; st.k as usize]));
        let whole = Value::Slice(SliceRef {
            arr,
            off: 0,
            len: st.k,
            cap: st.k,
        });
        if let Some(v) = self.frame_slot(gi, st.slot) {
            *v = whole;
        }
        arr
    }

    /// Growing `old` to `new_len` elements in the frame's stack buffer, as gc does,
    /// or `None` to grow on the heap.
    fn grow_on_stack(
        &mut self,
        gi: usize,
        old: SliceRef,
        items: Vec<Value>,
        new_len: u64,
        elem: TypeId,
        st: StackStore,
    ) -> Option<Value> {
        if new_len > st.k as u64 {
            return None;
        }
        let used = matches!(self.frame_slot(gi, st.slot), Some(Value::Slice(_)));
        let prog = self.prog.clone();
        let size = size_of(&prog.types, elem).max(1);
        let (cap, keep) = if st.ladder {
            // growsliceBuf: move into the buffer, then one size class up.
            let cap = roundupsize(new_len * size, noscan(&prog.types, elem)) / size;
            (cap.min(st.k as u64), old.len)
        } else if used || old.len != 0 {
            return None;
        } else {
            // The whole buffer at the first growth from empty.
            (st.k as u64, 0)
        };
        let arr = self.stack_buffer(gi, st, elem);
        let mut elems: Vec<Value> = if old.arr == arr && old.off == 0 {
            self.heap.array(arr)[..keep as usize].to_vec()
        } else {
            self.heap
                .slice_elems(&Value::Slice(old))
                .iter()
                .take(keep as usize)
                .cloned()
                .collect()
        };
        elems.extend(items);
        let zero = super::natives::zero_value(&prog.types, elem);
        let buf = self.heap.array_mut(arr)?;
        for (i, slot) in buf.iter_mut().enumerate().take(cap as usize) {
            *slot = elems.get(i).cloned().unwrap_or_else(|| zero.clone());
        }
        Some(Value::Slice(SliceRef {
            arr,
            off: 0,
            len: new_len as u32,
            cap: cap as u32,
        }))
    }

    /// gc's `move2heap`: a slice in this frame's stack buffer `slot` is copied to the
    /// heap, keeping its capacity (`moveSlice`) or rounding its length up to a size
    /// class (`moveSliceNoCap`).
    pub(crate) fn move_to_heap(
        &mut self,
        gi: usize,
        slot: u32,
        elem: TypeId,
        keep_cap: bool,
    ) -> Flow {
        let v = self.popv(gi);
        let buf = match self.frame_slot(gi, slot) {
            Some(Value::Slice(b)) => b.arr,
            _ => return self.pushv(gi, v),
        };
        let Value::Slice(r) = v else {
            return self.pushv(gi, v);
        };
        if r.arr != buf {
            return self.pushv(gi, v);
        }
        let prog = self.prog.clone();
        let size = size_of(&prog.types, elem).max(1);
        let all = self.heap.array(buf).to_vec();
        let (n, cap) = if keep_cap {
            (r.cap, r.cap as u64)
        } else {
            let c = roundupsize(r.len as u64 * size, noscan(&prog.types, elem)) / size;
            (r.len, c)
        };
        let elems: Vec<Value> = all
            .iter()
            .skip(r.off as usize)
            .take(n as usize)
            .cloned()
            .collect();
        let zero = super::natives::zero_value(&prog.types, elem);
        let moved = self.heap.new_slice(elems, cap as usize, &zero);
        let moved = match moved {
            Value::Slice(m) => Value::Slice(SliceRef { len: r.len, ..m }),
            other => other,
        };
        self.pushv(gi, moved)
    }
}
