//! Slicing (`s[lo:hi:max]`, strings) with Go's bounds errors, and `append` with Go's
//! growth rule (`nextslicecap` rounded to malloc size classes).

use super::bytecode::SliceOf;
use super::calls::Flow;
use super::heap::{grow_cap, MAX_ALLOC};
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

    pub(crate) fn append_op(&mut self, gi: usize, n: u32, spread: bool, elem: TypeId) -> Flow {
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
