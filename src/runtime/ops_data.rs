//! Instructions on data: indexing, slicing, maps, `append`, `len`/`cap`/`copy`,
//! conversions, type assertions and composite literals, with Go's runtime errors.

use super::bytecode::Op;
use super::calls::Flow;
use super::heap::{MapObj, Obj, MAX_ALLOC};
use super::machine::Machine;
use super::types::implements;
use super::value::{Ptr, Value};
use crate::lang::types::TypeId;

fn index_err(i: i64, len: usize) -> String {
    format!("runtime error: index out of range [{i}] with length {len}")
}

impl Machine {
    pub(crate) fn popv(&mut self, gi: usize) -> Value {
        self.gs[gi].stack.pop().unwrap_or_default()
    }

    pub(crate) fn pushv(&mut self, gi: usize, v: Value) -> Flow {
        self.gs[gi].stack.push(v);
        Flow::Go
    }

    pub(crate) fn fail(&mut self, msg: String) -> Flow {
        self.rt_panic(&msg)
    }

    /// Executes a data instruction.
    pub fn exec_data(&mut self, gi: usize, op: &Op) -> Flow {
        match op {
            Op::Index => {
                let i = self.popv(gi).as_int();
                let x = self.popv(gi);
                match &x {
                    Value::Str(s) => match (i >= 0).then(|| s.as_bytes().get(i as usize)).flatten()
                    {
                        Some(b) => self.pushv(gi, Value::Int(*b as i64)),
                        None => self.fail(index_err(i, s.len())),
                    },
                    Value::Agg(a) => match (i >= 0).then(|| a.get(i as usize)).flatten() {
                        Some(v) => {
                            let v = v.clone();
                            self.pushv(gi, v)
                        }
                        None => self.fail(index_err(i, a.len())),
                    },
                    _ => {
                        let elems = self.heap.slice_elems(&x);
                        match (i >= 0).then(|| elems.get(i as usize)).flatten() {
                            Some(v) => {
                                let v = v.clone();
                                self.pushv(gi, v)
                            }
                            None => self.fail(index_err(i, elems.len())),
                        }
                    }
                }
            }
            Op::ElemPtr => {
                let i = self.popv(gi).as_int();
                match self.popv(gi) {
                    Value::Slice(s) => {
                        if i < 0 || i >= s.len as i64 {
                            return self.fail(index_err(i, s.len as usize));
                        }
                        self.pushv(
                            gi,
                            Value::Ptr(Ptr {
                                obj: s.arr,
                                path: Box::new([s.off + i as u32]),
                            }),
                        )
                    }
                    Value::Ptr(p) => {
                        let n = match self.heap.load(&p) {
                            Value::Agg(a) => a.len(),
                            _ => 0,
                        };
                        if i < 0 || i as usize >= n {
                            return self.fail(index_err(i, n));
                        }
                        self.pushv(gi, Value::Ptr(p.child(i as u32)))
                    }
                    Value::Nil => self.fail(index_err(i, 0)),
                    _ => self.rt_panic(super::exec::NIL_DEREF),
                }
            }
            Op::MapIndex { ok, zero } => {
                let k = self.popv(gi);
                let m = self.popv(gi);
                let got = match m {
                    Value::Map(id) => self.heap.map(id).and_then(|m| m.get(&k)).cloned(),
                    _ => None,
                };
                let found = got.is_some();
                self.pushv(gi, got.unwrap_or_else(|| zero.clone()));
                if *ok {
                    self.pushv(gi, Value::Bool(found));
                }
                Flow::Go
            }
            Op::MapHas => {
                let k = self.popv(gi);
                let m = self.popv(gi);
                let has = matches!(m, Value::Map(id) if self.heap.map(id).is_some_and(|m| m.get(&k).is_some()));
                self.pushv(gi, Value::Bool(has))
            }
            Op::MapStore => {
                let v = self.popv(gi);
                let k = self.popv(gi);
                match self.popv(gi) {
                    Value::Map(id) => {
                        if super::heap::Key::of(&k).is_none() {
                            return self.fail("runtime error: hash of unhashable type".into());
                        }
                        if let Some(m) = self.heap.map_mut(id) {
                            m.insert(k, v);
                        }
                        Flow::Go
                    }
                    _ => self.fail("assignment to entry in nil map".into()),
                }
            }
            Op::MapDelete => {
                let k = self.popv(gi);
                if let Value::Map(id) = self.popv(gi) {
                    if let Some(m) = self.heap.map_mut(id) {
                        m.delete(&k);
                    }
                }
                Flow::Go
            }
            Op::MapKeys => {
                let m = self.popv(gi);
                let seed = self.rand();
                let keys = match m {
                    Value::Map(id) => self
                        .heap
                        .map(id)
                        .map(|m| m.iter_keys(seed))
                        .unwrap_or_default(),
                    _ => Vec::new(),
                };
                let n = keys.len();
                let v = self.heap.new_slice(keys, n, &Value::Nil);
                self.pushv(gi, v)
            }
            Op::StrNext => {
                let i = self.popv(gi).as_int().max(0) as usize;
                let s = self.popv(gi);
                let bytes = s.as_str().as_bytes();
                let (r, w) = decode_rune(bytes.get(i..).unwrap_or(&[]));
                self.pushv(gi, Value::Int(r as i64));
                self.pushv(gi, Value::Int((i + w) as i64))
            }
            Op::Slice { of, lo, hi, max } => self.slice_op(gi, *of, *lo, *hi, *max),
            Op::Convert { from, to } => {
                let v = self.popv(gi);
                let r = self.convert(v, *from, *to);
                self.pushv(gi, r)
            }
            Op::Assert { src, ty, ok, zero } => self.assert_op(gi, *src, *ty, *ok, zero),
            Op::DynType => {
                let v = self.popv(gi);
                let t = v.dyn_parts().map_or(-1, |(t, _)| t.0 as i64);
                self.pushv(gi, Value::Int(t))
            }
            Op::IsType(ty) => {
                let v = self.popv(gi);
                let prog = self.prog.clone();
                let is = match v.dyn_parts() {
                    None => *ty == TypeId::UNTYPED_NIL,
                    Some((t, _)) if prog.types.is_interface(*ty) => implements(&prog.types, t, *ty),
                    Some((t, _)) => t == *ty,
                };
                self.pushv(gi, Value::Bool(is))
            }
            Op::MakeAgg(n) => {
                let vs = self.pop_values(gi, *n as usize);
                self.pushv(gi, Value::agg(vs))
            }
            Op::MakeSliceLit { n, zero } => {
                let vs = self.pop_values(gi, *n as usize);
                let v = self.heap.new_slice(vs, *n as usize, zero);
                self.pushv(gi, v)
            }
            Op::MakeSlice { has_cap, zero } => {
                let cap = if *has_cap {
                    Some(self.popv(gi).as_int())
                } else {
                    None
                };
                let len = self.popv(gi).as_int();
                let cap = cap.unwrap_or(len);
                if len < 0 {
                    return self.fail("runtime error: makeslice: len out of range".into());
                }
                if cap < len {
                    return self.fail("runtime error: makeslice: cap out of range".into());
                }
                if cap as u64 > (1u64 << 48) / 8 {
                    // Beyond Go's maxAlloc: makeslice itself panics.
                    return self.fail("runtime error: makeslice: len out of range".into());
                }
                if cap as u64 > MAX_ALLOC {
                    return self.out_of_memory(cap as u64);
                }
                let v = self
                    .heap
                    .new_slice(vec![zero.clone(); len as usize], cap as usize, zero);
                self.pushv(gi, v)
            }
            Op::MakeMap => {
                let id = self.heap.alloc(Obj::Map(MapObj::default()));
                self.pushv(gi, Value::Map(id))
            }
            Op::MapLit(n) => {
                let vs = self.pop_values(gi, 2 * *n as usize);
                let mut m = MapObj::default();
                for kv in vs.chunks(2) {
                    m.insert(kv[0].clone(), kv[1].clone());
                }
                let id = self.heap.alloc(Obj::Map(m));
                self.pushv(gi, Value::Map(id))
            }
            Op::Append { n, spread, elem } => self.append_op(gi, *n, *spread, *elem, None),
            Op::AppendStack {
                n,
                elem,
                slot,
                k,
                ladder,
            } => {
                let st = super::slices::StackStore {
                    slot: *slot,
                    k: *k,
                    ladder: *ladder,
                };
                self.append_op(gi, *n, false, *elem, Some(st))
            }
            Op::MoveToHeap {
                slot,
                elem,
                keep_cap,
            } => self.move_to_heap(gi, *slot, *elem, *keep_cap),
            Op::Len | Op::Cap => {
                let v = self.popv(gi);
                let cap = matches!(op, Op::Cap);
                let n = match &v {
                    Value::Str(s) => s.len(),
                    Value::Slice(s) => (if cap { s.cap } else { s.len }) as usize,
                    Value::Map(id) => self.heap.map(*id).map_or(0, |m| m.len()),
                    Value::Agg(a) => a.len(),
                    Value::Chan(id) => match self.heap.objs.get(*id as usize) {
                        Some(Obj::Chan(c)) => {
                            if cap {
                                c.cap
                            } else if c.timer {
                                0
                            } else {
                                c.buf.len()
                            }
                        }
                        _ => 0,
                    },
                    Value::Ptr(p) => match self.heap.load(p) {
                        Value::Agg(a) => a.len(),
                        _ => 0,
                    },
                    _ => 0,
                };
                self.pushv(gi, Value::Int(n as i64))
            }
            Op::Copy => {
                let src = self.popv(gi);
                let dst = self.popv(gi);
                let items: Vec<Value> = match &src {
                    Value::Str(s) => s.bytes().map(|b| Value::Int(b as i64)).collect(),
                    _ => self.heap.slice_elems(&src).to_vec(),
                };
                let mut n = 0;
                if let Value::Slice(d) = dst {
                    n = items.len().min(d.len as usize);
                    if let Some(a) = self.heap.array_mut(d.arr) {
                        for (i, v) in items.into_iter().take(n).enumerate() {
                            if let Some(slot) = a.get_mut(d.off as usize + i) {
                                *slot = v;
                            }
                        }
                    }
                }
                self.pushv(gi, Value::Int(n as i64))
            }
            _ => self.exec_chan(gi, op),
        }
    }

    pub(crate) fn pop_values(&mut self, gi: usize, n: usize) -> Vec<Value> {
        let st = &mut self.gs[gi].stack;
        let at = st.len().saturating_sub(n);
        st.split_off(at)
    }
}

/// Decodes one UTF-8 rune as Go's `for range` over a string does (invalid → U+FFFD, width 1).
pub fn decode_rune(b: &[u8]) -> (u32, usize) {
    if b.is_empty() {
        return (0xFFFD, 1);
    }
    let n = match b[0] {
        0x00..=0x7F => return (b[0] as u32, 1),
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return (0xFFFD, 1),
    };
    match b
        .get(..n)
        .and_then(|s| std::str::from_utf8(s).ok())
        .and_then(|s| s.chars().next())
    {
        Some(c) => (c as u32, n),
        None => (0xFFFD, 1),
    }
}
