//! `bytes.Buffer` as Go's struct `{buf []byte, off int}` with its growth rules
//! (`bytes/buffer.go`: `tryGrowByReslice`, `grow`, `growSlice`), so `Bytes()` aliases
//! the buffer's memory exactly as in Go: after `Reset` the next writes overwrite what
//! an earlier `Bytes()` returned.

use super::calls::Flow;
use super::heap::grow_cap;
use super::machine::Machine;
use super::value::{Ptr, SliceRef, Value};
use std::rc::Rc;

const SMALL_BUFFER_SIZE: usize = 64;

/// A buffer's fields.
struct Buf {
    buf: Option<SliceRef>,
    off: usize,
}

/// The zero `bytes.Buffer`.
pub fn zero_buffer() -> Value {
    Value::agg(vec![Value::Nil, Value::Int(0)])
}

impl Machine {
    fn buf_load(&self, p: &Ptr) -> Buf {
        let v = self.heap.load(p);
        let buf = match v.field(0) {
            Value::Slice(s) => Some(s),
            _ => None,
        };
        Buf {
            buf,
            off: v.field(1).as_int().max(0) as usize,
        }
    }

    fn buf_store(&mut self, p: &Ptr, b: &Buf) {
        let s = b.buf.map_or(Value::Nil, Value::Slice);
        self.heap
            .store(p, Value::agg(vec![s, Value::Int(b.off as i64)]));
    }

    fn buf_bytes(&self, b: &Buf) -> Vec<u8> {
        let Some(s) = b.buf else { return Vec::new() };
        let all = self.heap.slice_elems(&Value::Slice(s));
        all.get(b.off..)
            .unwrap_or(&[])
            .iter()
            .map(|v| v.as_int() as u8)
            .collect()
    }

    /// `grow(n)`: makes room for `n` more bytes, returning where to write them.
    fn buf_grow(&mut self, b: &mut Buf, n: usize) -> usize {
        let len = b.buf.map_or(0, |s| s.len as usize);
        let m = len - b.off.min(len);
        if m == 0 && b.off != 0 {
            if let Some(s) = &mut b.buf {
                s.len = 0;
            }
            b.off = 0;
        }
        // tryGrowByReslice
        if let Some(s) = &mut b.buf {
            if n <= (s.cap - s.len) as usize {
                let at = s.len as usize;
                s.len += n as u32;
                return at;
            }
        }
        if b.buf.is_none() && n == 0 {
            return 0; // tryGrowByReslice succeeds on a nil buffer for zero bytes
        }
        if b.buf.is_none() && n <= SMALL_BUFFER_SIZE {
            let arr =
                self.heap
                    .new_slice(vec![Value::Int(0); n], SMALL_BUFFER_SIZE, &Value::Int(0));
            if let Value::Slice(s) = arr {
                b.buf = Some(s);
            }
            return 0;
        }
        let old: Vec<Value> = match b.buf {
            Some(s) => self
                .heap
                .slice_elems(&Value::Slice(s))
                .get(b.off..)
                .unwrap_or(&[])
                .to_vec(),
            None => Vec::new(),
        };
        let c = b.buf.map_or(0, |s| s.cap as usize);
        if n <= c / 2 - m.min(c / 2) && b.buf.is_some() {
            // Slide the unread bytes down instead of allocating.
            if let Some(s) = b.buf {
                if let Some(a) = self.heap.array_mut(s.arr) {
                    for (i, v) in old.iter().enumerate() {
                        if let Some(slot) = a.get_mut(s.off as usize + i) {
                            *slot = v.clone();
                        }
                    }
                }
            }
        } else {
            // growSlice: append([]byte(nil), make([]byte, c)...) with c = max(len+n, 2*cap).
            let want = (m + n).max(2 * c);
            let cap = grow_cap(want as u64, 0, 1, true) as usize;
            let mut elems = old.clone();
            elems.resize(m, Value::Int(0));
            let v = self.heap.new_slice(elems, cap, &Value::Int(0));
            if let Value::Slice(s) = v {
                b.buf = Some(s);
            }
        }
        b.off = 0;
        if let Some(s) = &mut b.buf {
            s.len = (m + n) as u32;
        }
        m
    }

    fn buf_write(&mut self, b: &mut Buf, bytes: &[u8]) {
        let at = self.buf_grow(b, bytes.len());
        if let Some(s) = b.buf {
            if let Some(a) = self.heap.array_mut(s.arr) {
                for (i, x) in bytes.iter().enumerate() {
                    if let Some(slot) = a.get_mut(s.off as usize + at + i) {
                        *slot = Value::Int(*x as i64);
                    }
                }
            }
        }
    }

    /// Appends to the `bytes.Buffer` at `p` (for `fmt.Fprint*`).
    pub fn buffer_append(&mut self, p: &Ptr, bytes: &[u8]) {
        let mut b = self.buf_load(p);
        self.buf_write(&mut b, bytes);
        self.buf_store(p, &b);
    }

    /// Runs a `bytes.Buffer` method on the buffer `a[0]` points at.
    pub fn bytes_buffer_native(&mut self, gi: usize, method: &str, argc: u32, a: &[Value]) -> Flow {
        let Some(Value::Ptr(p)) = a.first().cloned() else {
            return self.rt_panic(super::exec::NIL_DEREF);
        };
        let mut b = self.buf_load(&p);
        let arg = a.get(1).cloned().unwrap_or_default();
        let results = match method {
            "Write" | "WriteString" | "WriteByte" | "WriteRune" => {
                let bytes: Vec<u8> = match method {
                    "Write" => self
                        .heap
                        .slice_elems(&arg)
                        .iter()
                        .map(|x| x.as_int() as u8)
                        .collect(),
                    "WriteString" => arg.as_str().as_bytes().to_vec(),
                    "WriteByte" => vec![arg.as_int() as u8],
                    _ => char::from_u32(arg.as_int() as u32)
                        .unwrap_or('\u{FFFD}')
                        .to_string()
                        .into_bytes(),
                };
                self.buf_write(&mut b, &bytes);
                if method == "WriteByte" {
                    vec![Value::Nil]
                } else {
                    vec![Value::Int(bytes.len() as i64), Value::Nil]
                }
            }
            "String" => vec![Value::Str(Rc::from(
                String::from_utf8_lossy(&self.buf_bytes(&b)).into_owned(),
            ))],
            "Bytes" => vec![match b.buf {
                Some(s) => {
                    let off = b.off.min(s.len as usize) as u32;
                    Value::Slice(SliceRef {
                        arr: s.arr,
                        off: s.off + off,
                        len: s.len - off,
                        cap: s.cap - off,
                    })
                }
                None => Value::Nil,
            }],
            "Len" => vec![Value::Int(b.buf.map_or(0, |s| s.len as i64) - b.off as i64)],
            "Cap" => vec![Value::Int(b.buf.map_or(0, |s| s.cap as i64))],
            "Reset" => {
                if let Some(s) = &mut b.buf {
                    s.len = 0;
                }
                b.off = 0;
                vec![]
            }
            "Truncate" => {
                let n = arg.as_int();
                let len = b.buf.map_or(0, |s| s.len as i64) - b.off as i64;
                if n < 0 || n > len {
                    return self.rt_panic_plain("bytes.Buffer: truncation out of range");
                }
                if let Some(s) = &mut b.buf {
                    s.len = (b.off as i64 + n) as u32;
                }
                vec![]
            }
            "Grow" => {
                let n = arg.as_int();
                if n < 0 {
                    return self.rt_panic_plain("bytes.Buffer.Grow: negative count");
                }
                let m = self.buf_grow(&mut b, n as usize);
                if let Some(s) = &mut b.buf {
                    s.len = m as u32;
                }
                vec![]
            }
            _ => vec![],
        };
        self.buf_store(&p, &b);
        self.native_ret(gi, argc, results)
    }
}
