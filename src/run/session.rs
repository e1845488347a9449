//! Records a Go program's run on the interpreter as frames, one per step, for the player.
//! A session is a [`RunSpec`] (source, settings, decisions) run on a [`Timeline`], which it
//! keeps for forks, learner GCs and links; recording the same spec twice gives the same
//! frames.

use super::caption::{event_msg, go_name};
use super::chans::Chans;
use super::frame::{CallFrame, Frame, GFrame, MicroStep, Out, PFrame};
use super::pools::{held_chips, pool_frames, Describe};
use super::run_spec::{mask_ps, RunSpec, SchedKind};
use super::timeline::{StepMark, Timeline};
use crate::i18n::Msg;
use crate::lang::span::{LineIndex, Span};
use crate::pool::ObjId;
use crate::runtime::machine::{GStatus, Goroutine};
use crate::runtime::value::{Func, Value};
use crate::runtime::{Exit, Machine, Settings, Step};
use std::rc::Rc;

/// A compile error, placed for the editor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub line: usize,
    pub col: usize,
    pub message: String,
}

/// A recorded run.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub frames: Vec<Frame>,
    /// The exit status, once the program ended within the recording.
    pub exit: Option<i32>,
    /// Recording stopped at the frame limit before the program ended.
    pub truncated: bool,
    /// The program did not compile (then `frames` holds one frame with gc's messages).
    pub errors: Vec<CompileError>,
    /// The run, for forks, learner GCs and links (`None` when it did not compile).
    pub timeline: Option<TimelineRef>,
    /// With the manual scheduler: the last frame is a scheduling point, and the run waits
    /// there for the learner to choose a P (the timeline holds one step more, the default
    /// choice, which a fork replaces).
    pub waiting: bool,
}

/// A shared [`Timeline`]; two are equal when they are the same one (a session is
/// compared by the UI to decide whether to redraw, never by its timeline's content).
#[derive(Clone)]
pub struct TimelineRef(pub Rc<Timeline>);

impl PartialEq for TimelineRef {
    fn eq(&self, other: &TimelineRef) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for TimelineRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Timeline({} steps)", self.0.len())
    }
}

impl std::ops::Deref for TimelineRef {
    type Target = Timeline;
    fn deref(&self) -> &Timeline {
        &self.0
    }
}

/// A value as `fmt.Sprint` prints it (an object's chip shows this). A `*bytes.Buffer` or
/// `*strings.Builder` shows its contents, quoted, as its String method would give them.
fn value_text(m: &Machine, v: &Value) -> String {
    if let Some((ty, Value::Ptr(p))) = v.dyn_parts() {
        let name = m.prog.types.type_string(ty);
        if name == "*bytes.Buffer" || name == "*strings.Builder" {
            // Both keep a byte slice first; a Buffer also its read offset second.
            let fields = m.heap.load(p);
            let off = fields.field(1).as_int().max(0) as usize;
            let off = if name == "*bytes.Buffer" { off } else { 0 };
            let bytes: Vec<u8> = match fields.field(0) {
                s @ Value::Slice(_) => m
                    .heap
                    .slice_elems(&s)
                    .iter()
                    .map(|b| b.as_int() as u8)
                    .collect(),
                _ => Vec::new(),
            };
            return format!(
                "{:?}",
                String::from_utf8_lossy(bytes.get(off..).unwrap_or(&[]))
            );
        }
    }
    // No user String()/Error() calls here: those are Go code the machine would have to run.
    crate::runtime::format::printer(&m.heap, &m.prog, Vec::new()).sprint(std::slice::from_ref(v))
}

impl Describe for Machine {
    fn describe_obj(&self, id: ObjId) -> String {
        self.pool_objs
            .get(&id.0)
            .map(|v| value_text(self, v))
            .unwrap_or_default()
    }
}

fn caption_msg(key: &str, args: &[String]) -> Msg {
    args.iter()
        .enumerate()
        .fold(Msg::new(key), |m, (i, a)| m.arg(&i.to_string(), a.clone()))
}

fn status(g: &Goroutine) -> String {
    match &g.status {
        GStatus::Running => "running".into(),
        GStatus::Runnable => "runnable".into(),
        GStatus::Waiting(r) => (*r).into(),
        GStatus::Sleeping(_) => "sleep".into(),
        GStatus::Dead => "dead".into(),
    }
}

/// A short text for a value in a defer record or panic (best effort: the record keeps
/// values, not their static types).
fn short(m: &Machine, v: &Value) -> String {
    short_at(m, v, 0)
}

/// `short` `depth` pointers deep: a pointer shows what it points to once (`&{1}` for a
/// `*Conn`), deeper ones as `&…`, so a cycle ends.
fn short_at(m: &Machine, v: &Value, depth: u32) -> String {
    match v {
        Value::Ptr(p) if depth == 0 => format!("&{}", short_at(m, &m.heap.load(p), depth + 1)),
        Value::Agg(fs) => {
            let fields: Vec<String> = fs.iter().map(|f| short_at(m, f, depth)).collect();
            format!("{{{}}}", fields.join(" "))
        }
        Value::Nil => "nil".into(),
        Value::Bool(b) => b.to_string(),
        Value::Int(n) => n.to_string(),
        Value::Float(f) => f.to_string(),
        Value::Str(s) => format!("{s:?}"),
        Value::Iface(_) => value_text(m, v),
        Value::Func(f) => func_name(m, f),
        Value::Ptr(_) => "&…".into(),
        _ => "…".into(),
    }
}

fn func_name(m: &Machine, f: &Func) -> String {
    let name = |i: &u32| {
        m.prog
            .funcs
            .get(*i as usize)
            .map(|f| f.name.clone())
            .unwrap_or_default()
    };
    match f {
        Func::Closure { func, .. } | Func::Bound { func, .. } => name(func),
        Func::Native { .. } => "func".into(),
    }
}

fn goroutine_frame(
    m: &Machine,
    lines: &LineIndex,
    chans: &Chans,
    gi: usize,
    g: &Goroutine,
) -> GFrame {
    let calls = g
        .frames
        .iter()
        .map(|fr| {
            let code = m.prog.funcs.get(fr.func as usize);
            let span = code
                .and_then(|c| c.spans.get(fr.pc.saturating_sub(1) as usize))
                .copied();
            CallFrame {
                func: code.map(|c| c.name.clone()).unwrap_or_default(),
                line: span.map_or(0, |s| lines.line_col(s.lo).0 as usize),
            }
        })
        .collect();
    let defers = g
        .frames
        .iter()
        .flat_map(|fr| fr.defers.iter())
        .map(|d| {
            let args: Vec<String> = d.args.iter().map(|a| short(m, a)).collect();
            format!("{}({})", short(m, &d.func), args.join(", "))
        })
        .collect();
    let panic = g.panics.last().map(|p| (short(m, &p.value), p.recovered));
    GFrame {
        id: g.id,
        status: status(g),
        calls,
        defers,
        panic,
        blocked: chans.blocked(gi as u32, g),
    }
}

/// Whether a pool event moved an object (it then tells the step, see [`caption_key`]).
fn moved(e: &&crate::pool::Event) -> bool {
    e.obj.is_some() && e.from.is_some() && e.to.is_some()
}

/// The key of a step's caption: the last object move of its pool call ("popHead takes
/// #4 from the head" says more than "run the statement on line 16"), else its own.
pub(super) fn caption_key(step: Option<&Step>) -> &'static str {
    let Some(s) = step else {
        return "run.start";
    };
    let mut pool = s.events.iter().filter_map(|e| e.pool.as_deref());
    pool.rfind(moved).map_or(s.caption.key, |e| e.key)
}

pub(super) fn frame(m: &Machine, lines: &LineIndex, step: Option<&Step>) -> Frame {
    let chans = Chans::of(m);
    let gid_of = |gi: u32| m.gs.get(gi as usize).map_or(0, |g| g.id);
    let micro: Vec<MicroStep> = step
        .map(|s| {
            s.events
                .iter()
                .filter_map(|e| e.pool.as_deref())
                .map(|e| MicroStep {
                    moved: e.obj.is_some() && e.from.is_some() && e.to.is_some(),
                    go_func: go_name(e.func).into(),
                    caption: event_msg(&m.pool, e),
                })
                .collect()
        })
        .unwrap_or_default();
    let line = |sp: Span| lines.line_col(sp.lo).0 as usize;
    let events = step.map(|s| {
        s.events
            .iter()
            .filter_map(|e| e.pool.as_deref())
            .collect::<Vec<_>>()
    });
    let headline = events
        .as_ref()
        .and_then(|ev| ev.iter().rposition(moved))
        .and_then(|i| micro.get(i).map(|m| (i, m)));
    Frame {
        // A step inside the runtime's own frames (runtime.main ending) has no source line.
        line: step
            .filter(|s| s.span != Span::default())
            .map(|s| line(s.span)),
        // A step that moved a pooled object is told by that move ("popHead takes #4 from the
        // head"), which says more than "run the statement on line 16".
        caption: headline
            .map(|(_, m)| m.caption.clone())
            .or_else(|| step.map(|s| caption_msg(s.caption.key, &s.caption.args)))
            .unwrap_or_else(|| Msg::new("run.start")),
        go_func: headline.map(|(_, m)| m.go_func.clone()).unwrap_or_default(),
        p: step.map_or(0, |s| s.p as usize),
        gid: step.map_or(1, |s| s.gid),
        procs: m
            .ps
            .iter()
            .map(|p| PFrame {
                running: p.cur.map(gid_of),
                runnext: p.runnext.map(gid_of),
                runq: p.runq.iter().map(|&g| gid_of(g)).collect(),
            })
            .collect(),
        pools: pool_frames(&m.pool, m),
        chans: chans.frames(&|v| short(m, v)),
        goroutines: m
            .gs
            .iter()
            .enumerate()
            .filter(|(_, g)| g.status != GStatus::Dead)
            .map(|(gi, g)| goroutine_frame(m, lines, &chans, gi, g))
            .collect(),
        micro,
        held: held_chips(&m.pool, m),
        stdout: Out::pending(m.stdout.len()),
        stderr: Out::pending(m.stderr.len()),
        gcs: m.pool.gc_count(),
        continues: step.is_some_and(|s| s.caption.key == "step.pool"),
        choices: Vec::new(),
        warnings: step
            .map(|s| {
                s.events
                    .iter()
                    .filter_map(super::caption::warning)
                    .collect()
            })
            .unwrap_or_default(),
    }
}

fn compile_errors(src: &str, settings: &Settings) -> Vec<CompileError> {
    let opts = crate::lang::info::CheckOptions {
        go_version: settings.go,
    };
    match crate::lang::compile_front(src, &opts) {
        Ok(_) => Vec::new(),
        Err(diags) => {
            let lines = LineIndex::new(src);
            crate::lang::diag::limit_like_gc(diags)
                .iter()
                .map(|d| {
                    let (l, c) = lines.line_col(d.span.lo);
                    CompileError {
                        line: l as usize,
                        col: c as usize,
                        message: d.message.clone(),
                    }
                })
                .collect()
        }
    }
}

/// The largest program poolscope runs (and puts in a link).
pub const MAX_SOURCE: usize = 64 * 1024;

pub(super) fn error_session(errors: Vec<CompileError>, stderr: String, code: i32) -> Session {
    let f = Frame {
        line: errors.first().map(|e| e.line),
        caption: Msg::new("run.compile_error"),
        go_func: String::new(),
        p: 0,
        gid: 0,
        procs: Vec::new(),
        pools: Vec::new(),
        chans: Vec::new(),
        goroutines: Vec::new(),
        micro: Vec::new(),
        held: Vec::new(),
        stdout: Out::default(),
        stderr: Out::prefix(&Rc::from(stderr.as_str()), stderr.len()),
        gcs: 0,
        continues: false,
        choices: Vec::new(),
        warnings: Vec::new(),
    };
    Session {
        frames: vec![f],
        exit: Some(code),
        truncated: false,
        errors,
        timeline: None,
        waiting: false,
    }
}

/// Most items (see [`weight`]) a recording holds in all its frames together.
pub const MAX_RECORDED: usize = 250_000;

/// Roughly how many items a frame holds: goroutines, their calls and defers, run queues,
/// pool slots and chips. Every frame is a whole snapshot, so a program whose state grows as
/// it runs (deep recursion, thousands of goroutines, a pool filled in a loop) would make
/// the recording grow with frames × state and run the page out of memory (found by
/// tests/e2e/hostile.test.js: a link to an endless recursion killed the page).
fn weight(f: &Frame) -> usize {
    let gs: usize = f
        .goroutines
        .iter()
        .map(|g| 1 + g.calls.len() + g.defers.len())
        .sum();
    let ps: usize = f.procs.iter().map(|p| 1 + p.runq.len()).sum();
    let pools: usize = f
        .pools
        .iter()
        .flat_map(|p| p.local.iter().chain(&p.victim))
        .map(|l| 1 + l.rings.iter().map(|r| 1 + r.slots.len()).sum::<usize>())
        .sum();
    1 + gs + ps + pools + f.held.len() + f.micro.len()
}

/// Runs `src` with `settings` (round-robin) and records up to `max_frames` frames (fewer
/// when they would hold more than [`MAX_RECORDED`] items).
pub fn record(src: &str, settings: &Settings, max_frames: usize) -> Session {
    record_spec(&RunSpec::with_settings(src, settings), max_frames)
}

/// Runs `spec` and records up to `max_frames` frames. With the manual scheduler the
/// recording stops at the first scheduling point past the spec's decisions (see
/// [`Session::waiting`]).
pub fn record_spec(spec: &RunSpec, max_frames: usize) -> Session {
    let lines = LineIndex::new(&spec.source);
    let mut frames: Vec<Frame> = Vec::new();
    let mut items = 0;
    let r = match run_recorded(spec, max_frames, |m, st, _| {
        let mut f = frame(m, &lines, Some(st));
        // A pool call's later micro-steps keep telling the warnings of the call
        // (stepping by statement shows its last frame).
        if f.continues {
            if let Some(prev) = frames.last() {
                f.warnings.clone_from(&prev.warnings);
            }
        }
        items += weight(&f);
        frames.push(f);
        items < MAX_RECORDED
    }) {
        Ok(r) => r,
        Err(e) => return e,
    };
    frames.insert(0, frame(&r.timeline.state_at(0).machine, &lines, None));
    // Frame k shows the state after k steps; the mark of step k + 1 holds who could take it.
    for (f, mark) in frames.iter_mut().zip(r.timeline.marks()) {
        f.choices = mask_ps(mark.ready);
    }
    // Every frame shows a prefix of one shared copy of the output; the last frame shows all
    // of it, including what the program printed on its way out (panics, exit status).
    for f in &mut frames {
        f.stdout.attach(&r.out);
        f.stderr.attach(&r.err);
    }
    if let Some(last) = frames.last_mut().filter(|_| r.exit.is_some()) {
        last.stdout = Out::prefix(&r.out, r.out.len());
        last.stderr = Out::prefix(&r.err, r.err.len());
    }
    Session {
        frames,
        truncated: r.truncated,
        exit: r.exit,
        errors: Vec::new(),
        timeline: Some(TimelineRef(Rc::new(r.timeline))),
        waiting: r.waiting,
    }
}

/// A run recorded on a timeline, and how the recording ended.
pub(super) struct Recorded {
    pub timeline: Timeline,
    /// The exit status, once the program ended within the recording.
    pub exit: Option<i32>,
    pub truncated: bool,
    pub waiting: bool,
    /// The whole output (with the budget's message when the run met it).
    pub out: Rc<str>,
    pub err: Rc<str>,
}

/// Runs `spec` on a timeline for up to `max_frames` frames (the start counts as one),
/// showing `each` every step kept. With the manual scheduler it stops before the first
/// scheduling point past the spec's decisions. A program that does not compile gives the
/// session that says why.
pub(super) fn run_recorded(
    spec: &RunSpec,
    max_frames: usize,
    mut each: impl FnMut(&Machine, &Step, &StepMark) -> bool,
) -> Result<Recorded, Session> {
    let src = spec.source.as_str();
    let settings = spec.settings();
    if src.len() > MAX_SOURCE {
        let message = format!(
            "the program is {} KiB; poolscope runs programs of up to {} KiB",
            src.len().div_ceil(1024),
            MAX_SOURCE / 1024
        );
        let err = CompileError {
            line: 1,
            col: 1,
            message: message.clone(),
        };
        return Err(error_session(
            vec![err],
            format!("prog.go:1:1: {message}\n"),
            1,
        ));
    }
    let mut t = match Timeline::new(spec.clone()) {
        Ok(t) => t,
        Err(out) => {
            return Err(error_session(
                compile_errors(src, &settings),
                out.stderr,
                out.code,
            ))
        }
    };
    let max = max_frames.max(2) as u64;
    // Decisions the spec makes; past them the spec's scheduler chooses.
    let recorded = spec.runs().len();
    let manual = spec.sched == SchedKind::Manual;
    let mut waiting = false;
    let mut kept = 1;
    t.run_each(max - 1, |m, st, mark| {
        if manual && mark.decision as usize >= recorded && mark.ready.count_ones() > 1 {
            waiting = true;
            return false;
        }
        let more = each(m, st, mark);
        kept += 1;
        kept < max && more
    });
    let ended = !waiting && kept == t.len() + 1;
    let head = t.head();
    let exit = t.exit().filter(|_| ended).map(|e| match e {
        Exit::Code(c) => *c,
        Exit::Budget => 3,
    });
    // As `run_source` ends a run that met its budget: a message naming it, status 3.
    let mut stderr = head.stderr.clone();
    if exit.is_some() && matches!(t.exit(), Some(Exit::Budget)) {
        stderr.push_str(&crate::runtime::messages::render_key(
            "run.budget",
            &[head.budget.to_string()],
            crate::runtime::messages::Lang::En,
        ));
        stderr.push('\n');
    }
    let out = Rc::from(head.stdout.as_str());
    Ok(Recorded {
        exit,
        truncated: exit.is_none() && !waiting,
        waiting,
        out,
        err: Rc::from(stderr),
        timeline: t,
    })
}

#[cfg(test)]
#[path = "session_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "schedule_tests.rs"]
mod schedule_tests;
