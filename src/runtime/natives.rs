//! The library implemented natively: `fmt`, `errors`, `strings`, `bytes.Buffer` and
//! `strings.Builder`, `os`. Each native is named `pkg.Func` or `pkg.Type.Method` in
//! [`NATIVES`]; its id is its index. Sync, time and runtime natives live in
//! `natives_sync.rs`.

use super::bytecode::Program;
use super::calls::Flow;
use super::format::Printer;
use super::machine::{Exit, Machine};
use super::value::{Ptr, Value};
use crate::lang::types::{FuncId, Type, TypeId, TypeTable};
use std::rc::Rc;

pub use super::exec::NIL_DEREF;

/// Every native, by id.
pub const NATIVES: &[&str] = &[
    "fmt.Print",
    "fmt.Println",
    "fmt.Printf",
    "fmt.Sprint",
    "fmt.Sprintln",
    "fmt.Sprintf",
    "fmt.Errorf",
    "fmt.Fprint",
    "fmt.Fprintln",
    "fmt.Fprintf",
    "errors.New",
    "errors.Is",
    "errors.As",
    "errors.Unwrap",
    "bytes.Buffer.Write",
    "bytes.Buffer.WriteString",
    "bytes.Buffer.WriteByte",
    "bytes.Buffer.WriteRune",
    "bytes.Buffer.String",
    "bytes.Buffer.Bytes",
    "bytes.Buffer.Len",
    "bytes.Buffer.Cap",
    "bytes.Buffer.Reset",
    "bytes.Buffer.Grow",
    "bytes.Buffer.Truncate",
    "bytes.NewBuffer",
    "bytes.NewBufferString",
    "strings.Builder.Write",
    "strings.Builder.WriteString",
    "strings.Builder.WriteByte",
    "strings.Builder.WriteRune",
    "strings.Builder.String",
    "strings.Builder.Len",
    "strings.Builder.Cap",
    "strings.Builder.Reset",
    "strings.Builder.Grow",
    "strings.Contains",
    "strings.Count",
    "strings.Fields",
    "strings.HasPrefix",
    "strings.HasSuffix",
    "strings.Index",
    "strings.Join",
    "strings.Repeat",
    "strings.Replace",
    "strings.ReplaceAll",
    "strings.Split",
    "strings.ToLower",
    "strings.ToUpper",
    "strings.TrimPrefix",
    "strings.TrimSpace",
    "strings.TrimSuffix",
    "strings.EqualFold",
    "os.Exit",
    "os.Getenv",
    "os.File.Write",
    "os.File.WriteString",
    "builtin.print",
    "builtin.close",
    "builtin.panic",
    "builtin.println",
    "errors.errorString.Error",
    "fmt.wrapError.Error",
    "fmt.wrapError.Unwrap",
    "runtime.Error.Error",
    "runtime.Error.RuntimeError",
    "sync.Pool.Get",
    "sync.Pool.Put",
    "sync.WaitGroup.Add",
    "sync.WaitGroup.Done",
    "sync.WaitGroup.Wait",
    "sync.WaitGroup.Go",
    "sync.Mutex.Lock",
    "sync.Mutex.Unlock",
    "sync.Mutex.TryLock",
    "sync.RWMutex.Lock",
    "sync.RWMutex.Unlock",
    "sync.RWMutex.RLock",
    "sync.RWMutex.RUnlock",
    "sync.Once.Do",
    "runtime.GC",
    "runtime.GOMAXPROCS",
    "runtime.Gosched",
    "runtime.Goexit",
    "runtime.NumCPU",
    "runtime.NumGoroutine",
    "runtime.KeepAlive",
    "debug.SetGCPercent",
    "debug.FreeOSMemory",
    "time.Sleep",
    "time.After",
    "time.Now",
    "time.Since",
    "time.Time.Sub",
    "time.Duration.String",
    "time.Duration.Seconds",
    "time.Duration.Milliseconds",
    "time.Tick",
    "log.SetFlags",
    "log.Print",
    "log.Println",
    "log.Printf",
    "log.Fatal",
    "log.Fatalf",
    "os.Open",
    "os.File.Close",
    "os.File.Name",
    "log.Flags",
    "log.SetPrefix",
    "log.Prefix",
    "log.SetOutput",
    "log.Fatalln",
    "log.Panic",
    "log.Panicln",
    "log.Panicf",
    "fs.PathError.Error",
    "fs.PathError.Unwrap",
    "syscall.Errno.Error",
    "bytes.Equal",
    "bytes.Contains",
];

/// Argument `i` of a native call (nil when missing: the checker guarantees arity, this
/// only keeps bad input from panicking).
pub fn arg(a: &[Value], i: usize) -> Value {
    a.get(i).cloned().unwrap_or_default()
}

/// The id of native `name`.
pub fn native_id(name: &str) -> Option<u16> {
    NATIVES.iter().position(|n| *n == name).map(|i| i as u16)
}

/// First `FuncId` used for the runtime's own methods (`*errors.errorString.Error`).
pub const RT_FUNC_BASE: u32 = u32::MAX - 0x1_0000;

/// The compiled function or native behind a checker `FuncId`.
pub fn code_of(prog: &Program, f: FuncId) -> Result<u32, u16> {
    if f.0 >= RT_FUNC_BASE {
        return Err((f.0 - RT_FUNC_BASE) as u16);
    }
    prog.func_map
        .get(f.0 as usize)
        .copied()
        .unwrap_or(Err(u16::MAX))
}

/// A native method for a dynamic type that has no checker method (none today: all
/// runtime types register their methods), kept for robustness.
pub fn iface_native(_prog: &Program, _ty: TypeId, _name: &str) -> Option<u16> {
    None
}

/// The zero value of type `ty`.
pub fn zero_value(t: &TypeTable, ty: TypeId) -> Value {
    zero_depth(t, ty, 0)
}

fn zero_depth(t: &TypeTable, ty: TypeId, depth: u32) -> Value {
    use super::types::{lib_type, Lib};
    match lib_type(t, ty) {
        Some(Lib::BytesBuffer) => return super::natives_buf::zero_buffer(),
        Some(Lib::StringsBuilder) => return Value::Buf(Rc::new(Vec::new())),
        Some(Lib::Duration) => return Value::Int(0),
        Some(_) => {}
        None => {}
    }
    if depth > 32 {
        return Value::Nil;
    }
    match t.under(ty) {
        Type::Basic(k) if k.is_boolean() => Value::Bool(false),
        Type::Basic(k) if k.is_integer() => Value::Int(0),
        Type::Basic(k) if k.is_float() => Value::Float(0.0),
        Type::Basic(k) if k.is_string() => Value::str(""),
        Type::Struct(fs) => Value::agg(fs.iter().map(|f| zero_depth(t, f.ty, depth + 1)).collect()),
        Type::Array(n, e) => Value::agg(vec![
            zero_depth(t, *e, depth + 1);
            (*n).min(1 << 16) as usize
        ]),
        _ => Value::Nil,
    }
}

/// Whether `v` is the nil-dereference runtime error (Go adds a SIGSEGV line).
pub fn is_nil_deref(v: &Value) -> bool {
    matches!(v.dyn_parts(), Some((_, Value::Str(s))) if &**s == NIL_DEREF)
}

/// `time.Duration.String`.
pub fn duration_string(d: i64) -> String {
    if d == 0 {
        return "0s".into();
    }
    let neg = d < 0;
    let u = d.unsigned_abs();
    let s = if u < 1_000 {
        format!("{u}ns")
    } else if u < 1_000_000 {
        format!("{}µs", trim_frac(u as f64 / 1e3))
    } else if u < 1_000_000_000 {
        format!("{}ms", trim_frac(u as f64 / 1e6))
    } else {
        let mut out = String::new();
        let h = u / 3_600_000_000_000;
        let m = (u / 60_000_000_000) % 60;
        let secs = (u % 60_000_000_000) as f64 / 1e9;
        if h > 0 {
            out.push_str(&format!("{h}h"));
        }
        if h > 0 || m > 0 {
            out.push_str(&format!("{m}m"));
        }
        out.push_str(&format!("{}s", trim_frac(secs)));
        out
    };
    if neg {
        format!("-{s}")
    } else {
        s
    }
}

fn trim_frac(x: f64) -> String {
    let s = format!("{x:.9}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.to_string()
}

/// The compiled `Error()`/`String()` method Go calls to print panic value `v`, with
/// its receiver.
pub fn user_text_method(m: &Machine, v: &Value) -> Option<(u32, Value)> {
    let (ty, inner) = v.dyn_parts()?;
    super::format::printer(&m.heap, &m.prog, Vec::new()).user_method(ty, inner)
}

/// How a panic value prints after `panic: ` (Go's `printpanicval`).
pub fn panic_value_text(m: &Machine, v: &Value) -> String {
    let prog = &m.prog;
    let pr = super::format::printer(&m.heap, prog, Vec::new());
    match v {
        Value::Shown(s) => s.to_string(),
        Value::Iface(b) => {
            if let Some(t) = pr.native_text(b.0, &b.1) {
                return t;
            }
            let t = &prog.types;
            let named = t.named(b.0).is_some();
            let sp = super::format::Spec {
                verb: 'v',
                ..Default::default()
            };
            match t.under(b.0) {
                Type::Basic(k) => {
                    let mut s = String::new();
                    if k.is_float() {
                        s = format!("{:+e}", b.1.as_float());
                        s = go_print_float(b.1.as_float()).unwrap_or(s);
                    } else {
                        pr.value(&mut s, b.0, &b.1, &sp, 1);
                    }
                    if k.is_string() && named {
                        format!("{}({})", t.type_string(b.0), super::fmtnum::quote(&s))
                    } else if named {
                        format!("{}({s})", t.type_string(b.0))
                    } else {
                        s
                    }
                }
                _ => format!("({}) 0xc000012345", t.type_string(b.0)),
            }
        }
        _ => "nil".into(),
    }
}

/// The runtime's `print(float64)` form: `+1.500000e+000`.
fn go_print_float(f: f64) -> Option<String> {
    let s = format!("{:.6e}", f);
    let (m, e) = s.split_once('e')?;
    let e: i32 = e.parse().ok()?;
    let sign = if f < 0.0 { "" } else { "+" };
    Some(format!(
        "{sign}{m}e{}{:03}",
        if e < 0 { '-' } else { '+' },
        e.abs()
    ))
}

impl Machine {
    pub(crate) fn args(&self, gi: usize, argc: u32) -> Vec<Value> {
        let st = &self.gs[gi].stack;
        st[st.len().saturating_sub(argc as usize)..].to_vec()
    }

    /// Pops the arguments and pushes `results`.
    pub fn native_ret(&mut self, gi: usize, argc: u32, results: Vec<Value>) -> Flow {
        let st = &mut self.gs[gi].stack;
        st.truncate(st.len().saturating_sub(argc as usize));
        st.extend(results);
        Flow::Go
    }

    pub(crate) fn printer(&self) -> Printer<'_> {
        super::format::printer(&self.heap, &self.prog, Vec::new())
    }

    /// Runs native `id` with `argc` arguments on the stack.
    pub fn call_native(&mut self, gi: usize, id: u16, argc: u32) -> Flow {
        let Some(&name) = NATIVES.get(id as usize) else {
            return self.rt_panic("poolscope: unknown native");
        };
        if name.starts_with("fmt.") || super::natives_log::log_prints(name) {
            return self.fmt_native(gi, name, argc);
        }
        if name.starts_with("log.") {
            return self.log_native(gi, name, argc);
        }
        let a = self.args(gi, argc);
        self.pit_buffer_call(gi, name, &a);
        let s = |i: usize| a.get(i).map(|v| v.as_str().to_string()).unwrap_or_default();
        let int = |i: usize| a.get(i).map(|v| v.as_int()).unwrap_or(0);
        let r = match name {
            "errors.New" => vec![self.new_error(&s(0))],
            "errors.Is" => {
                let mut e = a.first().cloned().unwrap_or_default();
                let target = a.get(1).cloned().unwrap_or_default();
                let mut found = false;
                for _ in 0..100 {
                    if super::arith::equal(&e, &target) || self.errno_is(&e, &target) {
                        found = true;
                        break;
                    }
                    match self.unwrap_error(&e) {
                        Some(n) => e = n,
                        None => break,
                    }
                }
                vec![Value::Bool(found)]
            }
            "errors.Unwrap" | "fmt.wrapError.Unwrap" => {
                vec![self
                    .unwrap_error(&super::natives::arg(&a, 0))
                    .unwrap_or_default()]
            }
            "errors.As" => vec![Value::Bool(self.errors_as(&a))],
            "errors.errorString.Error" | "fmt.wrapError.Error" => match a.first() {
                Some(Value::Ptr(p)) => vec![self.heap.load(p).field(0)],
                _ => return self.rt_panic(NIL_DEREF),
            },
            "runtime.Error.Error" => vec![super::natives::arg(&a, 0)],
            "runtime.Error.RuntimeError" => vec![],
            "os.Exit" => {
                self.exit = Some(Exit::Code(int(0) as i32));
                return Flow::Switch;
            }
            "os.Getenv" => vec![Value::str("")],
            // The playground has no files: every open fails as on a machine without them,
            // with the *fs.PathError Go returns.
            "os.Open" => vec![Value::Nil, self.path_error("open", &s(0))],
            // A nil *File: Close reports os.ErrInvalid, Name dereferences nil.
            "os.File.Close" => vec![match super::natives::arg(&a, 0) {
                Value::Nil => self.new_error("invalid argument"),
                _ => Value::Nil,
            }],
            "os.File.Name" => vec![Value::str(match super::natives::arg(&a, 0) {
                Value::Ptr(p) if p.obj == STDERR_OBJ => "/dev/stderr",
                Value::Ptr(p) if p.obj == STDOUT_OBJ => "/dev/stdout",
                _ => return self.rt_panic(NIL_DEREF),
            })],
            "fs.PathError.Error" => {
                let pe = self.prog.rt.path_error_ptr;
                let text = self.printer().native_text(pe, &super::natives::arg(&a, 0));
                match text {
                    Some(t) => vec![Value::str(&t)],
                    None => return self.rt_panic(NIL_DEREF),
                }
            }
            "fs.PathError.Unwrap" => match a.first() {
                Some(Value::Ptr(p)) => vec![self.heap.load(p).field(2)],
                _ => return self.rt_panic(NIL_DEREF),
            },
            "syscall.Errno.Error" => vec![Value::str(super::natives_log::ENOENT_TEXT)],
            "os.File.Write" | "os.File.WriteString" => {
                let text = if name.ends_with("String") {
                    s(1)
                } else {
                    self.bytes_text(&super::natives::arg(&a, 1))
                };
                self.write_file(&super::natives::arg(&a, 0), &text);
                vec![Value::Int(text.len() as i64), Value::Nil]
            }
            "builtin.close" => {
                let ch = a.first().cloned().unwrap_or_default();
                self.native_ret(gi, argc, vec![]);
                return self.chan_close(gi, ch);
            }
            "builtin.panic" => {
                let v = a.first().cloned().unwrap_or_default();
                self.native_ret(gi, argc, vec![]);
                return Flow::Panic(v);
            }
            "builtin.print" | "builtin.println" => {
                let parts: Vec<String> = a
                    .iter()
                    .map(|v| {
                        self.printer().operand(
                            v,
                            &super::format::Spec {
                                verb: 'v',
                                ..Default::default()
                            },
                        )
                    })
                    .collect();
                let text = if name == "builtin.println" {
                    parts.join(" ") + "\n"
                } else {
                    parts.concat()
                };
                self.print_err(&text);
                vec![]
            }
            "bytes.Equal" | "bytes.Contains" => {
                let (a0, a1) = (arg(&a, 0), arg(&a, 1));
                let (x, y) = (self.heap.slice_elems(&a0), self.heap.slice_elems(&a1));
                let r = if name == "bytes.Equal" {
                    x.len() == y.len() && x.iter().zip(y).all(|(p, q)| p.as_int() == q.as_int())
                } else {
                    y.is_empty()
                        || x.windows(y.len())
                            .any(|w| w.iter().zip(y).all(|(p, q)| p.as_int() == q.as_int()))
                };
                vec![Value::Bool(r)]
            }
            n if n.starts_with("bytes.") || n.starts_with("strings.Builder.") => {
                return self.buffer_native(gi, n, argc, &a)
            }
            n if n.starts_with("strings.") => {
                let len = super::natives_str::result_len(self, n, &a);
                if len > super::heap::MAX_ALLOC {
                    return self.out_of_memory(len);
                }
                super::natives_str::strings_native(self, n, &a)
            }
            _ => return self.sync_native(gi, name, argc, &a),
        };
        self.native_ret(gi, argc, r)
    }
}

/// Heap object numbers standing for `os.Stdout` and `os.Stderr`.
pub const STDOUT_OBJ: u32 = u32::MAX - 1;
pub const STDERR_OBJ: u32 = u32::MAX - 2;

/// The value of `os.Stdout` / `os.Stderr`.
pub fn std_file(stderr: bool) -> Value {
    Value::Ptr(Ptr::cell(if stderr { STDERR_OBJ } else { STDOUT_OBJ }))
}
