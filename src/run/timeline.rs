//! Time travel over one run: go to any step, step back exactly, fork with another choice.
//!
//! A [`Timeline`] runs a [`RunSpec`] and keeps a snapshot (a cloned [`Machine`]) every
//! `every` steps, plus a small [`StepMark`] per step and every P choice the machine made.
//! The state after `n` steps is rebuilt from the nearest snapshot at or before `n` by
//! replaying those choices: the machine reads no clock and no random source, so the replay
//! reaches exactly the state the run had. Stepping back is the same rebuild one step
//! earlier. A fork is a new [`RunSpec`]: the choices up to step `k`, then another P.
//!
//! Invariants: `marks.len() == head.steps`; `picks` holds every machine decision so far,
//! in order (the head machine's own `decisions` are moved into it after each step, so
//! snapshots don't copy them); `snaps[i]` is the state after `i * every` steps. Output only grows, so a snapshot keeps the lengths of
//! stdout and stderr and takes the text from the head when it is restored: a long run that
//! prints costs no more per snapshot than one that doesn't. At most [`MAX_SNAPSHOTS`] are
//! kept, of at most [`MAX_SNAPSHOT_BYTES`] together (counted by [`super::footprint`]):
//! past either, every other one is dropped and `every` doubles, so memory stays bounded on
//! runs of any length and heap size, while a jump replays at most `every` steps.
//!
//! ```
//! use poolscope::run::{permalink, RunSpec, Timeline};
//! let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(1)\n\tfmt.Println(2)\n}\n";
//! let mut t = Timeline::new(RunSpec::new(src)).expect("compiles");
//! t.run_to_end(); // or t.run(50_000) per frame until it returns true
//! let end = t.len();
//! assert_eq!(t.goto(end).machine.stdout, "1\n2\n");
//! assert_eq!(t.step_back().machine.steps, end - 1);
//! // A permalink is the spec plus the step; it replays the same run.
//! let spec = permalink::decode(&permalink::encode(t.spec())).expect("decodes");
//! let mut u = Timeline::new(spec).expect("compiles");
//! u.run_to(end);
//! assert_eq!(u.goto(end).machine.stdout, "1\n2\n");
//! ```

use super::run_spec::{RunSpec, SpecScheduler};
use crate::lang::span::LineIndex;
use crate::runtime::{self, Exit, Machine, RoundRobin, Scheduler, Step, StepResult};

/// Steps between snapshots. Measured in `benches/time_travel.rs` (docs/bench-time-travel.md):
/// a jump replays at most this many steps (0.7 to 1.8 ms natively on a 1M-step loop).
pub const DEFAULT_EVERY: u64 = 4096;

/// Snapshots kept at most (see the module doc).
pub const MAX_SNAPSHOTS: usize = 512;
/// Estimated bytes of all snapshots together at most ([`super::footprint`]).
pub const MAX_SNAPSHOT_BYTES: usize = 128 << 20;

/// [`StepMark::flags`]: the step made pool engine micro-steps.
pub const MARK_POOL: u8 = 1;
/// The step ran or pushed a deferred call.
pub const MARK_DEFER: u8 = 2;
/// The step panicked, unwound or recovered.
pub const MARK_PANIC: u8 = 4;
/// A learner GC ran at the start of this step.
pub const MARK_GC: u8 = 8;
/// A pitfall detector warned in this step (`runtime::pitfalls`).
pub const MARK_PITFALL: u8 = 16;

/// What the timeline remembers of each step without replaying it (for the scrubber and
/// "run to the next pool operation / breakpoint").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StepMark {
    /// Machine decisions taken before this step: the index of its decision.
    pub decision: u32,
    /// The goroutine that ran, and its 1-based source line.
    pub gid: u32,
    pub line: u32,
    pub p: u16,
    pub flags: u8,
    /// The Ps that could have taken this step, as a bit set
    /// ([`super::run_spec::ready_mask`]); 0 when the step took no decision (the rest of
    /// a pool call).
    pub ready: u64,
}

/// A kept state: the machine without decisions and output, and how many of each it had.
struct Snap {
    machine: Machine,
    /// [`super::footprint::snapshot_bytes`] of `machine`.
    bytes: usize,
    decisions: usize,
    stdout: usize,
    stderr: usize,
}

/// The run after some number of steps.
#[derive(Clone, Debug)]
pub struct Moment {
    /// The exact machine, as stepping from the start would leave it.
    pub machine: Machine,
    /// The step that led here (`None` at step 0); a learner GC at its start is among
    /// its events.
    pub step: Option<Step>,
}

/// A run with time travel. Build it with [`Timeline::new`], then [`Timeline::run`] it in
/// chunks (or to the end), then [`Timeline::goto`] any recorded step.
pub struct Timeline {
    pub(super) spec: RunSpec,
    /// The spec's P choices and the indices of the decisions its GCs ride on.
    runs: Vec<u32>,
    spec_gcs: Vec<usize>,
    every: u64,
    snaps: Vec<Snap>,
    /// Sum of the snapshots' `bytes`, kept under `max_bytes` while there are two or more.
    snap_bytes: usize,
    max_bytes: usize,
    marks: Vec<StepMark>,
    /// Every P choice of the run so far.
    pub(super) picks: Vec<u32>,
    /// Indices in `picks` of the decisions that ran a learner GC first, ascending.
    pub(super) gc_at: Vec<usize>,
    head: Machine,
    tail: Box<dyn Scheduler>,
    lines: LineIndex,
    cursor: Option<Moment>,
}

impl Timeline {
    /// Compiles `spec`'s program; on a compile error returns gc's output.
    pub fn new(spec: RunSpec) -> Result<Timeline, runtime::Output> {
        Timeline::with_interval(spec, DEFAULT_EVERY)
    }

    /// As [`Timeline::new`], with a snapshot every `every` steps.
    pub fn with_interval(spec: RunSpec, every: u64) -> Result<Timeline, runtime::Output> {
        Timeline::with_limits(spec, every, MAX_SNAPSHOT_BYTES)
    }

    /// As [`Timeline::with_interval`], keeping snapshots of at most `max_bytes` together.
    pub fn with_limits(
        spec: RunSpec,
        every: u64,
        max_bytes: usize,
    ) -> Result<Timeline, runtime::Output> {
        let mut head = runtime::load(&spec.source, &spec.settings())?;
        head.decisions.clear();
        let mut t = Timeline {
            runs: spec.runs(),
            spec_gcs: spec.gc_points(),
            tail: spec.tail_scheduler(),
            lines: LineIndex::new(&spec.source),
            spec,
            every: every.max(1),
            snaps: Vec::new(),
            snap_bytes: 0,
            max_bytes,
            marks: Vec::new(),
            picks: Vec::new(),
            gc_at: Vec::new(),
            head,
            cursor: None,
        };
        t.snapshot();
        Ok(t)
    }

    /// Keeps the head as a snapshot (without its decisions and output, see the module doc).
    fn snapshot(&mut self) {
        let out = std::mem::take(&mut self.head.stdout);
        let err = std::mem::take(&mut self.head.stderr);
        let machine = self.head.clone();
        let prev = self.snaps.last().map(|s| &s.machine);
        let bytes = super::footprint::snapshot_bytes(&machine, prev);
        self.snap_bytes += bytes;
        let snap = Snap {
            bytes,
            machine,
            decisions: self.picks.len(),
            stdout: out.len(),
            stderr: err.len(),
        };
        self.head.stdout = out;
        self.head.stderr = err;
        self.snaps.push(snap);
        while self.snaps.len() > MAX_SNAPSHOTS
            || (self.snap_bytes > self.max_bytes && self.snaps.len() > 1)
        {
            let mut i = 0;
            self.snaps.retain(|_| {
                i += 1;
                i % 2 == 1
            });
            // What a snapshot shares is now counted against a different predecessor.
            let mut prev: Option<&Machine> = None;
            let mut total = 0;
            for s in &mut self.snaps {
                s.bytes = super::footprint::snapshot_bytes(&s.machine, prev);
                total += s.bytes;
                prev = Some(&s.machine);
            }
            self.snap_bytes = total;
            self.every *= 2;
        }
    }

    /// Runs up to `max_steps` more steps; true once the program has ended.
    pub fn run(&mut self, max_steps: u64) -> bool {
        self.run_each(max_steps, |_, _, _| true)
    }

    /// As [`Timeline::run`], showing `each` every step as it is taken (the machine after
    /// it, the step, its mark); `each` returning false stops the run there.
    pub fn run_each(
        &mut self,
        max_steps: u64,
        mut each: impl FnMut(&Machine, &Step, &StepMark) -> bool,
    ) -> bool {
        for _ in 0..max_steps {
            if self.head.finished() {
                break;
            }
            let decision = self.picks.len() as u32;
            let mut sched = SpecScheduler {
                runs: &self.runs,
                gcs: &self.spec_gcs,
                pos: self.picks.len(),
                tail: &mut *self.tail,
                ready: None,
            };
            let r = self.head.step(&mut sched);
            let ready = sched.ready.unwrap_or(0);
            let mut gc = false;
            for d in self.head.decisions.drain(..) {
                if d.gc {
                    self.gc_at.push(self.picks.len());
                    gc = true;
                }
                self.picks.push(d.p);
            }
            let mut go_on = true;
            if let StepResult::Step(st) = r {
                let mut mark = self.mark(decision, &st);
                if gc {
                    mark.flags |= MARK_GC;
                }
                mark.ready = ready;
                go_on = each(&self.head, &st, &mark);
                self.marks.push(mark);
            }
            if self.head.steps == self.snaps.len() as u64 * self.every {
                self.snapshot();
            }
            if !go_on {
                break;
            }
        }
        self.head.finished()
    }

    /// Runs until step `n` is recorded or the program ends (before a [`Timeline::goto`]
    /// past the recorded end, e.g. from a permalink's step); true once it has ended.
    pub fn run_to(&mut self, n: u64) -> bool {
        while self.len() < n && !self.run((n - self.len()).min(1 << 16)) {}
        self.head.finished()
    }

    /// Runs until the program ends (or its budget runs out).
    pub fn run_to_end(&mut self) {
        while !self.run(1 << 16) {}
    }

    fn mark(&self, decision: u32, st: &Step) -> StepMark {
        let key = st.caption.key;
        let mut flags = 0;
        if st.events.iter().any(|e| e.pool.is_some()) {
            flags |= MARK_POOL;
        }
        if key.starts_with("step.defer") {
            flags |= MARK_DEFER;
        }
        if key.starts_with("step.panic") || key == "step.unwind" || key.starts_with("step.recover")
        {
            flags |= MARK_PANIC;
        }
        if st.events.iter().any(|e| e.key.starts_with("pitfall.")) {
            flags |= MARK_PITFALL;
        }
        StepMark {
            decision,
            gid: st.gid,
            line: self.lines.line_col(st.span.lo).0,
            p: st.p.min(u16::MAX as u32) as u16,
            flags,
            ready: 0,
        }
    }

    /// Steps recorded so far (the last step [`Timeline::goto`] reaches).
    pub fn len(&self) -> u64 {
        self.head.steps
    }

    pub fn is_empty(&self) -> bool {
        self.head.steps == 0
    }

    /// How the run ended, once it has.
    pub fn exit(&self) -> Option<&Exit> {
        self.head.exit.as_ref()
    }

    /// The spec this timeline runs.
    pub fn spec(&self) -> &RunSpec {
        &self.spec
    }

    /// One mark per recorded step; `marks()[i]` is step `i + 1`.
    pub fn marks(&self) -> &[StepMark] {
        &self.marks
    }

    /// The first step after `from` whose mark satisfies `pred` (for "run to the next pool
    /// operation", "next defer", "next breakpoint").
    pub fn find_next(&self, from: u64, pred: impl Fn(&StepMark) -> bool) -> Option<u64> {
        let start = from.min(self.len()) as usize;
        self.marks[start..]
            .iter()
            .position(pred)
            .map(|i| (start + i + 1) as u64)
    }

    /// Snapshots kept, and the interval between them.
    pub fn snapshot_count(&self) -> usize {
        self.snaps.len()
    }

    pub fn interval(&self) -> u64 {
        self.every
    }

    /// Estimated bytes the snapshots hold ([`super::footprint`]).
    pub fn snapshot_bytes(&self) -> usize {
        self.snap_bytes
    }

    /// The head machine: the run as far as it has been recorded (its output is the whole
    /// output so far).
    pub fn head(&self) -> &Machine {
        &self.head
    }

    /// Decisions taken after `n` steps.
    pub(super) fn decisions_at(&self, n: u64) -> usize {
        match self.marks.get(n as usize) {
            Some(m) => m.decision as usize,
            None => self.picks.len(),
        }
    }

    /// The exact state after `n` steps (clamped to the recorded steps), with the step that
    /// led there: the replay starts at the last snapshot *before* `n`, so it always has
    /// one.
    pub fn state_at(&self, n: u64) -> Moment {
        let n = n.min(self.len());
        let i = (n.saturating_sub(1) / self.every) as usize;
        let i = i.min(self.snaps.len() - 1);
        let snap = &self.snaps[i];
        let mut m = snap.machine.clone();
        let prefix = |s: &str, n: usize| s.get(..n).unwrap_or("").to_string();
        m.stdout = prefix(&self.head.stdout, snap.stdout);
        m.stderr = prefix(&self.head.stderr, snap.stderr);
        self.replay(m, snap.decisions, n)
    }

    /// Steps `m` to step `n`; `m.decisions` holds the decisions after the first `base`.
    fn replay(&self, mut m: Machine, base: usize, n: u64) -> Moment {
        let mut step = None;
        let mut rr = RoundRobin::default();
        while m.steps < n {
            let mut sched = SpecScheduler {
                runs: &self.picks,
                gcs: &self.gc_at,
                pos: base + m.decisions.len(),
                tail: &mut rr,
                ready: None,
            };
            match m.step(&mut sched) {
                StepResult::Step(st) => step = Some(st),
                StepResult::Done(_) => break,
            }
        }
        let taken = std::mem::take(&mut m.decisions);
        let mut gcs = self.gc_at.iter().peekable();
        m.decisions = (self.picks[..base].iter().enumerate())
            .map(|(i, &p)| runtime::Decision {
                p,
                gc: gcs.next_if(|&&g| g == i).is_some(),
            })
            .chain(taken)
            .collect();
        Moment { machine: m, step }
    }

    /// Goes to step `n` and keeps it as the current moment. Going forward by less than a
    /// snapshot interval steps on from the current moment; anything else starts from the
    /// nearest snapshot. Either way the moment is exact.
    pub fn goto(&mut self, n: u64) -> &Moment {
        let n = n.min(self.len());
        let moment = match self.cursor.take() {
            Some(c) if c.machine.steps == n => c,
            // The cursor's machine holds all its decisions, so it replays from base 0.
            Some(c) if c.machine.steps < n && n - c.machine.steps <= self.every => {
                self.replay(c.machine, 0, n)
            }
            _ => self.state_at(n),
        };
        self.cursor.insert(moment)
    }

    /// The current moment (step 0 until the first [`Timeline::goto`]).
    pub fn current(&mut self) -> &Moment {
        let at = self.cursor.as_ref().map_or(0, |c| c.machine.steps);
        self.goto(at)
    }

    /// The step before the current one, exactly.
    pub fn step_back(&mut self) -> &Moment {
        let at = self.cursor.as_ref().map_or(0, |c| c.machine.steps);
        self.goto(at.saturating_sub(1))
    }

    /// The step after the current one.
    pub fn step_forward(&mut self) -> &Moment {
        let at = self.cursor.as_ref().map_or(0, |c| c.machine.steps);
        self.goto(at + 1)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "timeline_tests.rs"]
mod tests;
