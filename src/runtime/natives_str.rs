//! Native `strings` functions and the `bytes.Buffer` / `strings.Builder` methods.

use super::calls::Flow;
use super::machine::Machine;
use super::value::Value;
use std::rc::Rc;

fn sv(a: &[Value], i: usize) -> &str {
    a.get(i).map_or("", |v| v.as_str())
}

/// Runs a `strings.X` function.
pub fn strings_native(m: &mut Machine, name: &str, a: &[Value]) -> Vec<Value> {
    let s = sv(a, 0);
    let t = sv(a, 1);
    let str_slice = |m: &mut Machine, parts: Vec<String>| {
        let n = parts.len();
        let elems = parts.into_iter().map(|p| Value::Str(Rc::from(p))).collect();
        m.heap.new_slice(elems, n, &Value::str(""))
    };
    let out = match name {
        "strings.Contains" => Value::Bool(s.contains(t)),
        "strings.Count" => Value::Int(if t.is_empty() {
            s.chars().count() as i64 + 1
        } else {
            s.matches(t).count() as i64
        }),
        "strings.HasPrefix" => Value::Bool(s.starts_with(t)),
        "strings.HasSuffix" => Value::Bool(s.ends_with(t)),
        "strings.Index" => Value::Int(s.find(t).map_or(-1, |i| i as i64)),
        "strings.EqualFold" => Value::Bool(s.to_lowercase() == t.to_lowercase()),
        "strings.Repeat" => {
            let n = a.get(1).map_or(0, |v| v.as_int());
            if n < 0 {
                return vec![Value::str("")];
            }
            let n = (n as usize).min((1 << 24) / s.len().max(1));
            Value::Str(Rc::from(s.repeat(n)))
        }
        "strings.Replace" | "strings.ReplaceAll" => {
            let new = sv(a, 2);
            let n = if name == "strings.Replace" {
                a.get(3).map_or(-1, |v| v.as_int())
            } else {
                -1
            };
            let r = if n < 0 {
                s.replace(t, new)
            } else {
                s.replacen(t, new, n as usize)
            };
            Value::Str(Rc::from(r))
        }
        "strings.ToLower" => Value::Str(Rc::from(s.to_lowercase())),
        "strings.ToUpper" => Value::Str(Rc::from(s.to_uppercase())),
        "strings.TrimSpace" => Value::str(s.trim()),
        "strings.TrimPrefix" => Value::str(s.strip_prefix(t).unwrap_or(s)),
        "strings.TrimSuffix" => Value::str(s.strip_suffix(t).unwrap_or(s)),
        "strings.Fields" => {
            let parts = s.split_whitespace().map(str::to_string).collect();
            return vec![str_slice(m, parts)];
        }
        "strings.Split" => {
            let parts: Vec<String> = if t.is_empty() {
                s.chars().map(|c| c.to_string()).collect()
            } else {
                s.split(t).map(str::to_string).collect()
            };
            return vec![str_slice(m, parts)];
        }
        "strings.Join" => {
            let parts: Vec<String> = m
                .heap
                .slice_elems(&super::natives::arg(a, 0))
                .iter()
                .map(|v| v.as_str().to_string())
                .collect();
            Value::Str(Rc::from(parts.join(t)))
        }
        _ => Value::Nil,
    };
    vec![out]
}

impl Machine {
    /// Runs a `bytes.Buffer` / `strings.Builder` method or constructor.
    pub fn buffer_native(&mut self, gi: usize, name: &str, argc: u32, a: &[Value]) -> Flow {
        if name == "bytes.NewBuffer" {
            let b = Value::agg(vec![a.first().cloned().unwrap_or_default(), Value::Int(0)]);
            let p = self.heap.new_cell(b);
            return self.native_ret(gi, argc, vec![Value::Ptr(p)]);
        }
        if name == "bytes.NewBufferString" {
            let bytes: Vec<Value> = sv(a, 0).bytes().map(|b| Value::Int(b as i64)).collect();
            let n = bytes.len();
            let cap = if n == 0 {
                0
            } else {
                super::heap::grow_cap(n as u64, 0, 1, true) as usize
            };
            let s = self.heap.new_slice(bytes, cap, &Value::Int(0));
            let p = self.heap.new_cell(Value::agg(vec![s, Value::Int(0)]));
            return self.native_ret(gi, argc, vec![Value::Ptr(p)]);
        }
        if let Some(method) = name.strip_prefix("bytes.Buffer.") {
            return self.bytes_buffer_native(gi, method, argc, a);
        }
        let Some(Value::Ptr(p)) = a.first().cloned() else {
            return self.rt_panic(super::exec::NIL_DEREF);
        };
        let mut buf = match self.heap.load(&p) {
            Value::Buf(b) => b,
            _ => Rc::new(Vec::new()),
        };
        let method = name.rsplit('.').next().unwrap_or("");
        let arg = a.get(1).cloned().unwrap_or_default();
        let results = match method {
            "Write" => {
                let bytes: Vec<u8> = self
                    .heap
                    .slice_elems(&arg)
                    .iter()
                    .map(|b| b.as_int() as u8)
                    .collect();
                Rc::make_mut(&mut buf).extend_from_slice(&bytes);
                vec![Value::Int(bytes.len() as i64), Value::Nil]
            }
            "WriteString" => {
                Rc::make_mut(&mut buf).extend_from_slice(arg.as_str().as_bytes());
                vec![Value::Int(arg.as_str().len() as i64), Value::Nil]
            }
            "WriteByte" => {
                Rc::make_mut(&mut buf).push(arg.as_int() as u8);
                vec![Value::Nil]
            }
            "WriteRune" => {
                let c = char::from_u32(arg.as_int() as u32).unwrap_or('\u{FFFD}');
                let mut tmp = [0u8; 4];
                let enc = c.encode_utf8(&mut tmp);
                Rc::make_mut(&mut buf).extend_from_slice(enc.as_bytes());
                vec![Value::Int(enc.len() as i64), Value::Nil]
            }
            "String" => vec![Value::Str(Rc::from(
                String::from_utf8_lossy(&buf).into_owned(),
            ))],
            "Bytes" => {
                let elems: Vec<Value> = buf.iter().map(|b| Value::Int(*b as i64)).collect();
                let n = elems.len();
                vec![self.heap.new_slice(elems, n, &Value::Int(0))]
            }
            "Len" => vec![Value::Int(buf.len() as i64)],
            "Cap" => vec![Value::Int(buf.capacity() as i64)],
            "Reset" => {
                Rc::make_mut(&mut buf).clear();
                vec![]
            }
            "Truncate" => {
                let n = arg.as_int();
                if n < 0 || n as usize > buf.len() {
                    return self.rt_panic_plain("bytes.Buffer: truncation out of range");
                }
                Rc::make_mut(&mut buf).truncate(n as usize);
                vec![]
            }
            "Grow" => {
                if arg.as_int() < 0 {
                    return self.rt_panic_plain("bytes.Buffer.Grow: negative count");
                }
                vec![]
            }
            _ => vec![],
        };
        self.heap.store(&p, Value::Buf(buf));
        self.native_ret(gi, argc, results)
    }
}
