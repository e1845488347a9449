//! Native `fmt` printing functions (with user `String()`/`Error()` methods run as Go
//! calls in a first pass) and the `errors` values and helpers.

use super::calls::Flow;
pub use super::exec::NIL_DEREF;
use super::fmtverbs::verbs_of;
use super::format::Printer;
use super::machine::{FrameKind, Machine};
use super::natives::STDERR_OBJ;
use super::value::Value;
use crate::lang::types::Type;
use std::rc::Rc;

impl Machine {
    pub(crate) fn fmt_native(&mut self, gi: usize, name: &str, argc: u32) -> Flow {
        let a = self.args(gi, argc);
        // Operands start after the format string and/or writer.
        let (first, fmt_at) = match name {
            "fmt.Printf" | "fmt.Sprintf" | "fmt.Errorf" | "log.Printf" | "log.Fatalf"
            | "log.Panicf" => (1, Some(0)),
            "fmt.Fprintf" => (2, Some(1)),
            "fmt.Fprint" | "fmt.Fprintln" => (1, None),
            _ => (0, None),
        };
        let verbs = fmt_at
            .map(|i| verbs_of(a.get(i).map_or("", |v| v.as_str())))
            .unwrap_or_default();
        let packed = a.get(first).cloned().unwrap_or_default();
        let ops: Vec<Value> = self.heap.slice_elems(&packed).to_vec();
        let writer = match name.starts_with("fmt.Fprint") {
            true => a.get(..1).unwrap_or(&[]),
            false => &[],
        };
        self.pit_print(gi, writer.iter().chain(&ops));
        let format = |p: &Printer| match (name, fmt_at) {
            (_, Some(i)) => p.sprintf(super::natives::arg(&a, i).as_str(), &ops),
            (
                "fmt.Println" | "fmt.Sprintln" | "fmt.Fprintln" | "log.Println" | "log.Fatalln"
                | "log.Panicln",
                _,
            ) => p.sprintln(&ops),
            _ => p.sprint(&ops),
        };
        // First pass: which String()/Error() methods fmt calls, in order. Each runs as
        // Go code (a frame of its own); this native then runs again with one more result.
        let done = self.gs[gi]
            .frames
            .last()
            .map(|f| f.fmt_results.clone())
            .unwrap_or_default();
        let calls = {
            let mut p = self.printer();
            p.collect = Some(std::cell::RefCell::new(Vec::new()));
            format(&p);
            p.collect.map(|c| c.into_inner()).unwrap_or_default()
        };
        if let Some((code, recv)) = calls.get(done.len()).cloned() {
            if let Some(fr) = self.gs[gi].frames.last_mut() {
                fr.pc = fr.pc.saturating_sub(1);
            }
            self.gs[gi].stack.push(recv);
            return self.push_frame(gi, code, Rc::from(Vec::new()), 1, FrameKind::Shown);
        }
        if let Some(fr) = self.gs[gi].frames.last_mut() {
            fr.fmt_results.clear();
        }
        let text = format(&super::format::printer(&self.heap, &self.prog, done));
        let n = Value::Int(text.len() as i64);
        let r = match name {
            "fmt.Print" | "fmt.Println" | "fmt.Printf" => {
                self.print(&text);
                vec![n, Value::Nil]
            }
            n if n.starts_with("log.") => return self.log_output(gi, n, argc, text),
            "fmt.Fprint" | "fmt.Fprintln" | "fmt.Fprintf" => {
                let w = a.first().cloned().unwrap_or_default();
                self.write_any(gi, &w, &text);
                vec![n, Value::Nil]
            }
            "fmt.Errorf" => {
                let w = verbs
                    .iter()
                    .position(|&v| v == 'w')
                    .and_then(|i| ops.get(i).cloned());
                vec![match w {
                    Some(inner) => {
                        let cell = self
                            .heap
                            .new_cell(Value::agg(vec![Value::Str(Rc::from(text)), inner]));
                        Value::iface(self.prog.rt.wrap_error_ptr, Value::Ptr(cell))
                    }
                    None => self.new_error(&text),
                }]
            }
            _ => vec![Value::Str(Rc::from(text))],
        };
        self.native_ret(gi, argc, r)
    }

    /// `errors.New(text)`: a fresh `*errors.errorString`, so two are never equal.
    pub fn new_error(&mut self, text: &str) -> Value {
        let cell = self.heap.new_cell(Value::agg(vec![Value::str(text)]));
        Value::iface(self.prog.rt.error_string_ptr, Value::Ptr(cell))
    }

    pub(crate) fn unwrap_error(&self, e: &Value) -> Option<Value> {
        let (ty, inner) = e.dyn_parts()?;
        let field = if ty == self.prog.rt.wrap_error_ptr {
            1
        } else if ty == self.prog.rt.path_error_ptr {
            2
        } else {
            return None;
        };
        match inner {
            Value::Ptr(p) => Some(self.heap.load(p).field(field)),
            _ => None,
        }
    }

    pub(crate) fn errors_as(&mut self, a: &[Value]) -> bool {
        let prog = self.prog.clone();
        let Some((tt, Value::Ptr(target))) = a
            .get(1)
            .and_then(|t| t.dyn_parts())
            .map(|(t, v)| (t, v.clone()))
        else {
            return false;
        };
        let Type::Pointer(want) = prog.types.get(tt).clone() else {
            return false;
        };
        let mut e = a.first().cloned().unwrap_or_default();
        for _ in 0..100 {
            let Some((ty, inner)) = e.dyn_parts() else {
                return false;
            };
            if prog.types.is_interface(want) && super::types::implements(&prog.types, ty, want) {
                self.heap.store(&target, e.clone());
                return true;
            }
            if ty == want {
                self.heap.store(&target, inner.clone());
                return true;
            }
            match self.unwrap_error(&e) {
                Some(n) => e = n,
                None => return false,
            }
        }
        false
    }

    pub(crate) fn bytes_text(&self, v: &Value) -> String {
        let b: Vec<u8> = self
            .heap
            .slice_elems(v)
            .iter()
            .map(|x| x.as_int() as u8)
            .collect();
        String::from_utf8_lossy(&b).into_owned()
    }

    pub(crate) fn write_file(&mut self, f: &Value, text: &str) {
        match f {
            Value::Ptr(p) if p.obj == STDERR_OBJ => self.print_err(text),
            _ => self.print(text),
        }
    }

    /// `Fprint*` to an `io.Writer`: a file, a `*bytes.Buffer` or a `*strings.Builder`.
    pub(crate) fn write_any(&mut self, _gi: usize, w: &Value, text: &str) {
        let Some((_, inner)) = w.dyn_parts() else {
            return;
        };
        match inner {
            Value::Ptr(p) if p.obj >= STDERR_OBJ => self.write_file(inner, text),
            Value::Ptr(p) => match self.heap.load(p) {
                Value::Buf(mut b) => {
                    Rc::make_mut(&mut b).extend_from_slice(text.as_bytes());
                    self.heap.store(p, Value::Buf(b));
                }
                Value::Agg(_) => self.buffer_append(p, text.as_bytes()),
                _ => {}
            },
            _ => {}
        }
    }
}
