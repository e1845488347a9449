//! The standard-library members the subset supports, described as data: one body-less Go
//! source text per package, parsed and declared by the same parser and checker as the
//! user's program. The interpreter implements these functions and methods natively and
//! finds them by `(package path, receiver type, name)` (see `info::FuncInfo`).
//!
//! Struct types the interpreter keeps opaque (`sync.Mutex`, `bytes.Buffer`) are declared
//! without fields here; only fields a program may touch (`sync.Pool.New`) are listed.

/// The prelude source of an importable package, by import path.
pub fn prelude(path: &str) -> Option<&'static str> {
    Some(match path {
        "fmt" => FMT,
        "sync" => SYNC,
        "bytes" => BYTES,
        "strings" => STRINGS,
        "time" => TIME,
        "runtime" => RUNTIME,
        "runtime/debug" => DEBUG,
        "os" => OS,
        "errors" => ERRORS,
        "log" => LOG,
        _ => return None,
    })
}

/// Every import path the subset supports.
pub const PACKAGES: [&str; 10] = [
    "fmt",
    "sync",
    "bytes",
    "strings",
    "time",
    "runtime",
    "runtime/debug",
    "os",
    "errors",
    "log",
];

const FMT: &str = r#"package fmt
type Stringer interface { String() string }
type writer = interface { Write(p []byte) (n int, err error) }
func Print(a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string
func Errorf(format string, a ...any) error
func Fprint(w writer, a ...any) (n int, err error)
func Fprintln(w writer, a ...any) (n int, err error)
func Fprintf(w writer, format string, a ...any) (n int, err error)
"#;

const SYNC: &str = r#"package sync
type Pool struct { New func() any }
func (p *Pool) Get() any
func (p *Pool) Put(x any)
type WaitGroup struct {}
func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done()
func (wg *WaitGroup) Wait()
func (wg *WaitGroup) Go(f func())
type Mutex struct {}
func (m *Mutex) Lock()
func (m *Mutex) Unlock()
func (m *Mutex) TryLock() bool
type RWMutex struct {}
func (rw *RWMutex) Lock()
func (rw *RWMutex) Unlock()
func (rw *RWMutex) RLock()
func (rw *RWMutex) RUnlock()
type Once struct {}
func (o *Once) Do(f func())
type Locker interface { Lock(); Unlock() }
"#;

const BYTES: &str = r#"package bytes
type Buffer struct {}
func (b *Buffer) Write(p []byte) (n int, err error)
func (b *Buffer) WriteString(s string) (n int, err error)
func (b *Buffer) WriteByte(c byte) error
func (b *Buffer) WriteRune(r rune) (n int, err error)
func (b *Buffer) String() string
func (b *Buffer) Bytes() []byte
func (b *Buffer) Len() int
func (b *Buffer) Cap() int
func (b *Buffer) Reset()
func (b *Buffer) Grow(n int)
func (b *Buffer) Truncate(n int)
func NewBuffer(buf []byte) *Buffer
func NewBufferString(s string) *Buffer
func Equal(a, b []byte) bool
func Contains(b, subslice []byte) bool
"#;

const STRINGS: &str = r#"package strings
type Builder struct {}
func (b *Builder) Write(p []byte) (int, error)
func (b *Builder) WriteString(s string) (int, error)
func (b *Builder) WriteByte(c byte) error
func (b *Builder) WriteRune(r rune) (int, error)
func (b *Builder) String() string
func (b *Builder) Len() int
func (b *Builder) Cap() int
func (b *Builder) Reset()
func (b *Builder) Grow(n int)
func Contains(s, substr string) bool
func Count(s, substr string) int
func EqualFold(s, t string) bool
func Fields(s string) []string
func HasPrefix(s, prefix string) bool
func HasSuffix(s, suffix string) bool
func Index(s, substr string) int
func Join(elems []string, sep string) string
func Repeat(s string, count int) string
func Replace(s, old, new string, n int) string
func ReplaceAll(s, old, new string) string
func Split(s, sep string) []string
func ToLower(s string) string
func ToUpper(s string) string
func TrimPrefix(s, prefix string) string
func TrimSpace(s string) string
func TrimSuffix(s, suffix string) string
"#;

const TIME: &str = r#"package time
type Duration int64
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)
func (d Duration) String() string
func (d Duration) Seconds() float64
func (d Duration) Milliseconds() int64
type Time struct {}
func Now() Time
func Since(t Time) Duration
func (t Time) Sub(u Time) Duration
func Sleep(d Duration)
func After(d Duration) <-chan Time
func Tick(d Duration) <-chan Time
type Timer struct { C <-chan Time }
func NewTimer(d Duration) *Timer
func AfterFunc(d Duration, f func()) *Timer
func (t *Timer) Stop() bool
func (t *Timer) Reset(d Duration) bool
"#;

const RUNTIME: &str = r#"package runtime
type Error interface { error; RuntimeError() }
type MemStats struct { Mallocs uint64; Frees uint64; HeapAlloc uint64; NumGC uint32 }
func GC()
func GOMAXPROCS(n int) int
func Gosched()
func Goexit()
func NumCPU() int
func NumGoroutine() int
func KeepAlive(x any)
func ReadMemStats(m *MemStats)
"#;

const DEBUG: &str = r#"package debug
func SetGCPercent(percent int) int
func FreeOSMemory()
"#;

const OS: &str = r#"package os
type File struct {}
func (f *File) Write(b []byte) (n int, err error)
func (f *File) WriteString(s string) (n int, err error)
func (f *File) Close() error
func (f *File) Name() string
func Open(name string) (*File, error)
var Stdout *File
var Stderr *File
var Args []string
var ErrNotExist error
func Exit(code int)
func Getenv(key string) string
"#;

const ERRORS: &str = r#"package errors
func New(text string) error
func Is(err, target error) bool
func As(err error, target any) bool
func Unwrap(err error) error
func Join(errs ...error) error
"#;

/// The standard logger: it writes to stderr (or `SetOutput`'s writer) with the prefix the
/// flags ask for; the date and time come from the virtual clock (see `natives_log.rs`).
const LOG: &str = r#"package log
type writer = interface { Write(p []byte) (n int, err error) }
const (
	Ldate = 1 << iota
	Ltime
	Lmicroseconds
	Llongfile
	Lshortfile
	LUTC
	Lmsgprefix
	LstdFlags = Ldate | Ltime
)
func SetFlags(flag int)
func Flags() int
func SetPrefix(prefix string)
func Prefix() string
func SetOutput(w writer)
func Print(v ...any)
func Println(v ...any)
func Printf(format string, v ...any)
func Fatal(v ...any)
func Fatalln(v ...any)
func Fatalf(format string, v ...any)
func Panic(v ...any)
func Panicln(v ...any)
func Panicf(format string, v ...any)
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{compile_front, CheckOptions};

    #[test]
    fn every_prelude_parses_cleanly() {
        for p in PACKAGES {
            let src = prelude(p).expect("listed package has a prelude");
            let (file, diags) = crate::lang::parser::parse_prelude(src, 0);
            assert!(diags.is_empty(), "{p}: {diags:?}");
            assert!(!file.decls.is_empty());
        }
        assert!(prelude("strconv").is_none());
    }

    #[test]
    fn unsupported_packages_are_named_in_the_error() {
        let src = "package main\n\nimport \"strconv\"\n\nfunc main() { _ = strconv.Itoa(1) }\n";
        let Err(d) = compile_front(src, &CheckOptions::default()) else {
            panic!("strconv is not supported")
        };
        assert!(d[0].message.starts_with("package strconv is not available"));
    }

    #[test]
    fn every_package_can_be_imported_and_used() {
        let src = r#"package main

import (
	"bytes"
	"errors"
	"fmt"
	"log"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"time"
)

func main() {
	var b bytes.Buffer
	var p sync.Pool
	fmt.Println(b.Len(), errors.New("e"), strings.ToUpper("x"), time.Second, p.Get())
	runtime.GC()
	debug.SetGCPercent(100)
	log.SetFlags(log.LstdFlags | log.Lshortfile)
	f, err := os.Open("x")
	fmt.Println(f.Name(), f.Close(), err)
	os.Exit(0)
}
"#;
        if let Err(d) = compile_front(src, &CheckOptions::default()) {
            panic!("{}", crate::lang::diag::render("prog.go", src, &d));
        }
    }
}
