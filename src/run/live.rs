//! A run as the playground holds it: a small [`StepInfo`] per step, and the [`Timeline`]
//! that rebuilds the full [`Frame`] of whichever step is shown. A long run costs a few
//! dozen bytes a step plus the timeline's bounded snapshots, not a frame a step; the
//! frames [`super::session::record_spec`] keeps are the same frames, built eagerly.

use std::cell::RefCell;
use std::rc::Rc;

use super::frame::{Frame, Out};
use super::run_spec::{mask_ps, RunSpec};
use super::session::{frame, run_recorded, CompileError};
use super::timeline::Timeline;
use crate::lang::span::LineIndex;
use crate::runtime::{Machine, Step};

/// What the player needs of a step without drawing it: where statements begin and end,
/// where pool operations, defers and breakpoints are, the output so far and the chart's
/// counters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepInfo {
    /// 1-based source line the step highlights.
    pub line: Option<u32>,
    /// The key of the step's caption (as its [`Frame::caption`]).
    pub key: &'static str,
    /// A later micro-step of the previous step's pool call.
    pub continues: bool,
    /// The step made pool engine micro-steps.
    pub pool: bool,
    /// Every micro-step of it is Go's poolCleanup (a GC).
    pub cleanup: bool,
    /// Bytes of stdout so far.
    pub stdout: u32,
    /// New calls and GCs so far (the chart).
    pub new_calls: u64,
    pub gcs: u64,
    /// The Ps that could take the next step ([`super::run_spec::ready_mask`]).
    pub choices: u64,
    /// A pitfall detector warned at this step.
    pub warns: bool,
}

impl StepInfo {
    fn of(m: &Machine, lines: &LineIndex, step: Option<&Step>) -> StepInfo {
        let pool: Vec<&crate::pool::Event> = step
            .map(|s| s.events.iter().filter_map(|e| e.pool.as_deref()).collect())
            .unwrap_or_default();
        let engine = &m.pool;
        StepInfo {
            line: step.map(|s| lines.line_col(s.span.lo).0),
            key: super::session::caption_key(step),
            continues: step.is_some_and(|s| s.caption.key == "step.pool"),
            pool: !pool.is_empty(),
            cleanup: !pool.is_empty() && pool.iter().all(|e| e.key.starts_with("pool.cleanup")),
            stdout: m.stdout.len().min(u32::MAX as usize) as u32,
            new_calls: (engine.pool_ids())
                .filter_map(|id| engine.stats(id))
                .map(|s| s.new_calls)
                .sum(),
            gcs: engine.gc_count(),
            choices: 0,
            warns: step.is_some_and(|s| {
                s.events
                    .iter()
                    .any(|e| super::caption::warning(e).is_some())
            }),
        }
    }
}

/// A recorded run, drawn one step at a time.
pub struct LiveRun {
    /// One per step, the start first: `steps[k]` is the state after `k` steps.
    pub steps: Vec<StepInfo>,
    pub out: Rc<str>,
    pub err: Rc<str>,
    /// The exit status, once the program ended within the recording.
    pub exit: Option<i32>,
    /// Recording stopped at the step limit before the program ended.
    pub truncated: bool,
    /// The manual scheduler waits at the last step for a choice.
    pub waiting: bool,
    /// The program did not compile (then its one frame says so).
    pub errors: Vec<CompileError>,
    source: Source,
    lines: LineIndex,
}

/// Where frames come from.
enum Source {
    Timeline(Box<RefCell<Timeline>>),
    /// The one frame of a program that did not compile.
    Error(Box<Frame>),
}

/// Two runs are equal when they are the same one (the UI compares its state to decide
/// whether to redraw, never a run's content).
impl PartialEq for LiveRun {
    fn eq(&self, other: &LiveRun) -> bool {
        std::ptr::eq(self, other)
    }
}

impl std::fmt::Debug for LiveRun {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "LiveRun({} steps)", self.steps.len())
    }
}

impl LiveRun {
    /// Runs `spec` for up to `max_steps` steps (counting the start), keeping a
    /// [`StepInfo`] per step.
    pub fn record(spec: &RunSpec, max_steps: usize) -> LiveRun {
        let lines = LineIndex::new(&spec.source);
        let mut steps = Vec::new();
        let r = match run_recorded(spec, max_steps, |m, st, _| {
            steps.push(StepInfo::of(m, &lines, Some(st)));
            // A step's record is a few dozen bytes and the timeline bounds its snapshots,
            // so only the step limit ends a live recording early.
            true
        }) {
            Ok(r) => r,
            Err(s) => {
                // An error session holds exactly one frame.
                let Some(f) = s.frames.into_iter().next() else {
                    return LiveRun::record(&RunSpec::new("package main\nfunc main() {}\n"), 2);
                };
                let info = StepInfo {
                    line: f.line.map(|l| l as u32),
                    key: "run.compile_error",
                    continues: false,
                    pool: false,
                    cleanup: false,
                    stdout: 0,
                    new_calls: 0,
                    gcs: 0,
                    choices: 0,
                    warns: false,
                };
                return LiveRun {
                    steps: vec![info],
                    out: Rc::from(f.stdout.as_str()),
                    err: Rc::from(f.stderr.as_str()),
                    exit: s.exit,
                    truncated: false,
                    waiting: false,
                    errors: s.errors,
                    source: Source::Error(Box::new(f)),
                    lines,
                };
            }
        };
        steps.insert(
            0,
            StepInfo::of(&r.timeline.state_at(0).machine, &lines, None),
        );
        for (s, mark) in steps.iter_mut().zip(r.timeline.marks()) {
            s.choices = mark.ready;
        }
        LiveRun {
            steps,
            out: r.out,
            err: r.err,
            exit: r.exit,
            truncated: r.truncated,
            waiting: r.waiting,
            errors: Vec::new(),
            source: Source::Timeline(Box::new(RefCell::new(r.timeline))),
            lines,
        }
    }

    /// Steps kept, the start included (at least one).
    pub fn len(&self) -> usize {
        self.steps.len()
    }

    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    /// The run's timeline (for forks, GCs and links); `None` when it did not compile.
    pub fn timeline(&self) -> Option<std::cell::Ref<'_, Timeline>> {
        match &self.source {
            Source::Timeline(t) => Some(t.borrow()),
            Source::Error(_) => None,
        }
    }

    /// The Ps that could take the step after `k`, ascending.
    pub fn choices(&self, k: usize) -> Vec<u32> {
        self.steps.get(k).map_or(Vec::new(), |s| mask_ps(s.choices))
    }

    /// The stdout after step `k`.
    pub fn stdout(&self, k: usize) -> &str {
        let n = self.steps.get(k).map_or(0, |s| s.stdout as usize);
        self.out.get(..n).unwrap_or("")
    }

    /// The whole frame of step `k` (clamped), rebuilt on the timeline: stepping on from
    /// the step last drawn, or replaying from the nearest snapshot.
    pub fn frame(&self, k: usize) -> Frame {
        let k = k.min(self.len() - 1);
        let t = match &self.source {
            Source::Timeline(t) => t,
            Source::Error(f) => return (**f).clone(),
        };
        // A pool call's later micro-steps keep telling the warnings found at its first
        // step (stepping by statement shows the last), as a recorded session does.
        let start = (1..=k)
            .rev()
            .find(|&j| !self.steps[j].continues)
            .unwrap_or(0);
        let inherited = (start < k && self.steps[start].warns).then(|| {
            let mut t = t.borrow_mut();
            let moment = t.goto(start as u64);
            frame(&moment.machine, &self.lines, moment.step.as_ref()).warnings
        });
        let mut t = t.borrow_mut();
        let moment = t.goto(k as u64);
        let mut f = frame(&moment.machine, &self.lines, moment.step.as_ref());
        if let Some(w) = inherited {
            f.warnings = w;
        }
        f.choices = self.choices(k);
        let last = k + 1 == self.len() && self.exit.is_some();
        let (o, e) = if last {
            (self.out.len(), self.err.len())
        } else {
            (moment.machine.stdout.len(), moment.machine.stderr.len())
        };
        f.stdout = Out::prefix(&self.out, o);
        f.stderr = Out::prefix(&self.err, e);
        f
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::run::session::record_spec;
    use crate::run::SchedKind;

    fn spec_of(slug: &str) -> RunSpec {
        let l = crate::lessons::find(slug).expect("lesson");
        RunSpec::with_settings(l.source, &l.settings(""))
    }

    /// The lazily built frames are the frames a full recording keeps, in any order of
    /// visits, and the step infos agree with them.
    #[test]
    fn frames_built_on_demand_equal_the_recorded_ones() {
        for (slug, sched) in [
            ("02", SchedKind::RoundRobin),
            ("03", SchedKind::RoundRobin),
            ("03", SchedKind::Manual),
            ("10", SchedKind::RoundRobin),
            // Lessons 5 and 7 warn inside a pool call: the warning stays on its statement.
            ("05", SchedKind::RoundRobin),
            ("07", SchedKind::RoundRobin),
        ] {
            let spec = RunSpec {
                sched,
                ..spec_of(slug)
            };
            let s = record_spec(&spec, 20_000);
            let live = LiveRun::record(&spec, 20_000);
            assert_eq!(live.len(), s.frames.len(), "{slug}");
            assert_eq!((live.exit, live.waiting), (s.exit, s.waiting));
            let n = live.len();
            let order = (0..n).chain((0..n).rev()).chain((0..n).step_by(37));
            for k in order {
                let f = live.frame(k);
                assert!(f == s.frames[k], "{slug} step {k}");
                let i = &live.steps[k];
                assert_eq!(i.key, f.caption.key, "{slug} step {k}");
                assert_eq!(i.line.map(|l| l as usize), f.line);
                assert_eq!((i.continues, i.pool), (f.continues, !f.micro.is_empty()));
                assert_eq!((i.new_calls, i.gcs), (f.new_calls(), f.gcs));
                assert_eq!(live.stdout(k), f.stdout.as_str());
            }
        }
    }

    /// The player's jumps and the questions' placement read the same run either way.
    #[test]
    fn jumps_and_questions_agree_with_the_recorded_frames() {
        use crate::run::{nav, questions};
        for slug in ["02", "03", "10"] {
            let s = record_spec(&spec_of(slug), 20_000);
            let live = LiveRun::record(&spec_of(slug), 20_000);
            let f = &s.frames[..];
            for i in 0..live.len() {
                assert_eq!(nav::group_of(&live, i), nav::group_of(f, i));
                assert_eq!(nav::next_statement(&live, i), nav::next_statement(f, i));
                assert_eq!(nav::prev_statement(&live, i), nav::prev_statement(f, i));
                assert_eq!(nav::next_pool_op(&live, i), nav::next_pool_op(f, i));
                assert_eq!(
                    nav::next_defer_or_panic(&live, i),
                    nav::next_defer_or_panic(f, i)
                );
                assert_eq!(
                    nav::next_breakpoint(&live, i, &[16, 30]),
                    nav::next_breakpoint(f, i, &[16, 30])
                );
            }
            for q in crate::lessons::find(slug).expect("lesson").questions {
                assert_eq!(questions::ask_frame(&live, q), questions::ask_frame(f, q));
                let line = q.reveal_line.max(1) as usize;
                assert_eq!(
                    questions::reveal_frame(&live, line),
                    questions::reveal_frame(f, line)
                );
            }
        }
    }

    #[test]
    fn a_compile_error_is_one_step_with_its_frame() {
        let spec = RunSpec::new("package main\n\nfunc main() {\n\tx := 1\n}\n");
        let live = LiveRun::record(&spec, 100);
        assert_eq!(live.len(), 1);
        assert_eq!(live.exit, Some(1));
        assert!(live.timeline().is_none());
        assert_eq!(live.frame(5).line, Some(4));
        assert_eq!(live.errors[0].message, "declared and not used: x");
    }
}
