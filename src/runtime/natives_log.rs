//! The standard logger (`log.Print*`, `Fatal*`, `Panic*`, `SetFlags`, `SetPrefix`,
//! `SetOutput`) and the error a failed `os.Open` returns.
//!
//! Go's logger writes one line per call: the prefix, a header the flags ask for
//! (`formatHeader` in Go's `log/log.go`), the message and a newline if it has none. The
//! engine never reads a clock, so the date and time come from the virtual clock, started
//! where the Go playground starts its fake time, 2009-11-10 23:00:00 UTC; `time.Sleep`
//! moves it on. A real run prints the wall clock there, which is why the golden harness
//! compares a log header's date and time by shape only (see `tests/golden.rs`).

use super::calls::Flow;
use super::machine::{Exit, Machine};
use super::natives::arg;
use super::value::Value;
use crate::lang::types::TypeId;
use std::rc::Rc;

/// `syscall.ENOENT.Error()`.
pub const ENOENT_TEXT: &str = "no such file or directory";

/// The virtual clock's zero, in seconds since 1970: 2009-11-10 23:00:00 UTC.
const EPOCH_UNIX: i64 = 1_257_894_000;

// Go's log flags.
const LDATE: i64 = 1;
const LTIME: i64 = 2;
const LMICROSECONDS: i64 = 4;
const LLONGFILE: i64 = 8;
const LSHORTFILE: i64 = 16;
const LMSGPREFIX: i64 = 64;

/// Whether native `name` is a logger call that formats its operands as `fmt` does.
pub fn log_prints(name: &str) -> bool {
    matches!(
        name,
        "log.Print"
            | "log.Println"
            | "log.Printf"
            | "log.Fatal"
            | "log.Fatalln"
            | "log.Fatalf"
            | "log.Panic"
            | "log.Panicln"
            | "log.Panicf"
    )
}

/// Civil date of a day count since 1970-01-01 (Howard Hinnant's `civil_from_days`).
fn civil(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// The header Go's `formatHeader` writes for `flags` at virtual time `now_ns`, with the
/// caller's `line` for the file flags.
pub fn log_header(flags: i64, prefix: &str, now_ns: u64, line: u32) -> String {
    let mut h = String::new();
    if flags & LMSGPREFIX == 0 {
        h.push_str(prefix);
    }
    if flags & (LDATE | LTIME | LMICROSECONDS) != 0 {
        let ns = now_ns as i64;
        let secs = EPOCH_UNIX + ns.div_euclid(1_000_000_000);
        if flags & LDATE != 0 {
            let (y, m, d) = civil(secs.div_euclid(86_400));
            h.push_str(&format!("{y:04}/{m:02}/{d:02} "));
        }
        if flags & (LTIME | LMICROSECONDS) != 0 {
            let t = secs.rem_euclid(86_400);
            h.push_str(&format!("{:02}:{:02}:{:02}", t / 3600, t / 60 % 60, t % 60));
            if flags & LMICROSECONDS != 0 {
                h.push_str(&format!(".{:06}", ns.rem_euclid(1_000_000_000) / 1000));
            }
            h.push(' ');
        }
    }
    if flags & (LSHORTFILE | LLONGFILE) != 0 {
        // The program is always prog.go; a real build prints its temporary directory in
        // front with Llongfile, which the engine has none of.
        let file = if flags & LSHORTFILE != 0 {
            "prog.go"
        } else {
            "/tmp/prog.go"
        };
        h.push_str(&format!("{file}:{line}: "));
    }
    if flags & LMSGPREFIX != 0 {
        h.push_str(prefix);
    }
    h
}

impl Machine {
    /// The logger natives that print nothing.
    pub(crate) fn log_native(&mut self, gi: usize, name: &str, argc: u32) -> Flow {
        let a = self.args(gi, argc);
        let r = match name {
            "log.SetFlags" => {
                self.log_flags = arg(&a, 0).as_int();
                vec![]
            }
            "log.Flags" => vec![Value::Int(self.log_flags)],
            "log.SetPrefix" => {
                self.log_prefix = Rc::from(arg(&a, 0).as_str());
                vec![]
            }
            "log.Prefix" => vec![Value::Str(self.log_prefix.clone())],
            "log.SetOutput" => {
                self.log_out = arg(&a, 0);
                vec![]
            }
            _ => return self.rt_panic("poolscope: unknown native"),
        };
        self.native_ret(gi, argc, r)
    }

    /// Writes one log line with `text` already formatted; `Fatal*` then exits with
    /// status 1 (deferred calls do not run) and `Panic*` panics with `text`.
    pub(crate) fn log_output(&mut self, gi: usize, name: &str, argc: u32, text: String) -> Flow {
        let line = self.call_line(gi);
        let mut out = log_header(self.log_flags, &self.log_prefix, self.now, line);
        out.push_str(&text);
        if !text.ends_with('\n') {
            out.push('\n');
        }
        match self.log_out.clone() {
            Value::Nil => self.print_err(&out),
            w => self.write_any(gi, &w, &out),
        }
        if name.starts_with("log.Fatal") {
            self.exit = Some(Exit::Code(1));
            return Flow::Switch;
        }
        self.native_ret(gi, argc, vec![]);
        if name.starts_with("log.Panic") {
            return Flow::Panic(Value::iface(TypeId::STRING, Value::Str(Rc::from(text))));
        }
        Flow::Go
    }

    /// The source line of the call goroutine `gi` is making.
    fn call_line(&self, gi: usize) -> u32 {
        let Some(fr) = self.gs.get(gi).and_then(|g| g.frames.last()) else {
            return 0;
        };
        let Some(f) = self.prog.funcs.get(fr.func as usize) else {
            return 0;
        };
        let span = f
            .spans
            .get(fr.pc.saturating_sub(1) as usize)
            .copied()
            .unwrap_or(f.span);
        self.prog.lines.line_col(span.lo).0
    }

    /// `syscall.Errno.Is`: ENOENT is `os.ErrNotExist` for `errors.Is`.
    pub(crate) fn errno_is(&self, e: &Value, target: &Value) -> bool {
        let rt = &self.prog.rt;
        let is_errno = e.dyn_parts().is_some_and(|(t, _)| t == rt.errno);
        let is_not_exist = matches!(
            target.dyn_parts(),
            Some((t, Value::Ptr(p))) if t == rt.error_string_ptr && p.obj == rt.err_not_exist_obj
        );
        is_errno && is_not_exist
    }

    /// The `*fs.PathError` for operation `op` on `path` that failed with ENOENT.
    pub fn path_error(&mut self, op: &str, path: &str) -> Value {
        let errno = Value::iface(self.prog.rt.errno, Value::agg(vec![]));
        let cell = self
            .heap
            .new_cell(Value::agg(vec![Value::str(op), Value::str(path), errno]));
        Value::iface(self.prog.rt.path_error_ptr, Value::Ptr(cell))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_follows_the_flags() {
        assert_eq!(log_header(3, "", 0, 7), "2009/11/10 23:00:00 ");
        assert_eq!(log_header(0, "p: ", 0, 7), "p: ");
        assert_eq!(log_header(16, "", 0, 7), "prog.go:7: ");
        assert_eq!(log_header(16 | 64, "[p] ", 0, 7), "prog.go:7: [p] ");
        assert_eq!(log_header(16, "[p] ", 0, 7), "[p] prog.go:7: ");
        // One hour and 1.5 ms later, the date turns over.
        let later = 3_600_000_000_000 + 1_500_000;
        assert_eq!(log_header(7, "", later, 1), "2009/11/11 00:00:00.001500 ");
    }

    #[test]
    fn civil_dates() {
        assert_eq!(civil(0), (1970, 1, 1));
        assert_eq!(civil(EPOCH_UNIX / 86_400), (2009, 11, 10));
        assert_eq!(civil(11_016), (2000, 2, 29));
    }
}
