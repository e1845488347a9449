//! A run as data: the program's source, its settings and the decisions taken while it ran.
//! The interpreter never reads a clock or a random source, so a [`RunSpec`] is the whole
//! run: replaying it on the same engine gives the same steps, state and output. It is what
//! a permalink carries (see [`super::permalink`]) and what a fork produces (see
//! [`super::timeline::Timeline::fork`]).

use crate::lang::info::GoVersion;
use crate::runtime::{Manual, Random, RoundRobin, Scheduler, Settings};

/// The scheduler that answers once the recorded decisions run out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SchedKind {
    /// Round-robin over the ready Ps.
    #[default]
    RoundRobin,
    /// Seeded random choice, seeded with [`RunSpec::seed`].
    Random,
    /// The learner chooses; with no choice the lowest ready P runs.
    Manual,
}

/// One recorded decision, in the order the run took them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    /// P `p` took the next global step (one entry of the machine's `decisions`).
    Run(u32),
    /// The learner asked for a GC here: it runs at the start of the step of the next
    /// `Run` (Go's `poolCleanup`, as `runtime.GC()`), recorded by the machine as that
    /// decision's `gc` flag.
    Gc,
}

/// A run: source, settings and decisions. Invariant: the `Run` entries are a prefix of
/// the machine's `decisions`; after the last one [`RunSpec::sched`] chooses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunSpec {
    pub source: String,
    pub go: GoVersion,
    /// GOMAXPROCS at start (the runtime clamps it to 1..=64).
    pub procs: u32,
    /// Seeds the map iteration order and, with [`SchedKind::Random`], the scheduler.
    pub seed: u64,
    /// Steps before the run is cut (the runtime's budget).
    pub budget: u64,
    pub sched: SchedKind,
    /// Automatic GC every this many heap allocations (`None`: off).
    pub gc_every: Option<u32>,
    pub decisions: Vec<Decision>,
}

impl RunSpec {
    /// `source` with the runtime's default settings, round-robin and no decisions.
    pub fn new(source: impl Into<String>) -> RunSpec {
        RunSpec::with_settings(source, &Settings::default())
    }

    /// `source` with `s`, round-robin and no decisions.
    pub fn with_settings(source: impl Into<String>, s: &Settings) -> RunSpec {
        RunSpec {
            source: source.into(),
            go: s.go,
            procs: s.procs as u32,
            seed: s.seed,
            budget: s.budget,
            sched: SchedKind::RoundRobin,
            gc_every: s.gc_every,
            decisions: Vec::new(),
        }
    }

    /// The runtime settings of this run.
    pub fn settings(&self) -> Settings {
        Settings {
            go: self.go,
            procs: self.procs.max(1) as usize,
            seed: self.seed,
            budget: self.budget,
            gc_every: self.gc_every,
        }
    }

    /// A fresh scheduler of kind [`RunSpec::sched`], for after the recorded decisions.
    pub fn tail_scheduler(&self) -> Box<dyn Scheduler> {
        match self.sched {
            SchedKind::RoundRobin => Box::new(RoundRobin::default()),
            SchedKind::Random => Box::new(Random::new(self.seed)),
            SchedKind::Manual => Box::new(Manual::default()),
        }
    }

    /// The recorded P choices, in order.
    pub fn runs(&self) -> Vec<u32> {
        self.decisions
            .iter()
            .filter_map(|d| match d {
                Decision::Run(p) => Some(*p),
                Decision::Gc => None,
            })
            .collect()
    }

    /// For each learner GC, how many `Run` decisions come before it (the index of the
    /// machine decision it rides on), ascending; two GCs in a row count once.
    pub fn gc_points(&self) -> Vec<usize> {
        let mut runs = 0;
        let mut out = Vec::new();
        for d in &self.decisions {
            match d {
                Decision::Run(_) => runs += 1,
                Decision::Gc if out.last() != Some(&runs) => out.push(runs),
                Decision::Gc => {}
            }
        }
        out
    }
}

/// Replays recorded P choices and GCs, then asks `tail`. `pos` is the index of the machine
/// decision about to be taken; the caller sets it to `machine.decisions.len()` before each
/// step, so the replay stays aligned however often the machine asks.
pub struct SpecScheduler<'a> {
    pub runs: &'a [u32],
    /// Indices of the decisions before which a GC runs, ascending (one may be
    /// `runs.len()`: a GC before the tail's first choice).
    pub gcs: &'a [usize],
    pub pos: usize,
    pub tail: &'a mut dyn Scheduler,
    /// The Ps the first [`Scheduler::pick`] chose among, as a bit set (bit `p` for P
    /// `p`; Ps past 63 are left out): the choices the learner had at this step.
    pub ready: Option<u64>,
}

/// `ready` as a bit set (bit `p` for P `p`).
pub fn ready_mask(ready: &[u32]) -> u64 {
    ready
        .iter()
        .filter(|&&p| p < 64)
        .fold(0, |m, &p| m | 1 << p)
}

/// The Ps in a [`ready_mask`], ascending.
pub fn mask_ps(mask: u64) -> Vec<u32> {
    (0..64).filter(|p| mask & (1 << p) != 0).collect()
}

impl Scheduler for SpecScheduler<'_> {
    fn gc_next(&mut self) -> bool {
        self.gcs.binary_search(&self.pos).is_ok()
    }

    fn pick(&mut self, ready: &[u32]) -> u32 {
        self.ready.get_or_insert_with(|| ready_mask(ready));
        let want = self.runs.get(self.pos).copied();
        self.pos += 1;
        match want {
            Some(p) if ready.contains(&p) => p,
            _ => self.tail.pick(ready),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gc_points_count_the_runs_before_each_gc() {
        let mut s = RunSpec::new("package main\nfunc main() {}\n");
        s.decisions = vec![
            Decision::Gc,
            Decision::Run(1),
            Decision::Run(0),
            Decision::Gc,
            Decision::Gc,
            Decision::Run(2),
        ];
        assert_eq!(s.gc_points(), vec![0, 2]);
        assert_eq!(s.runs(), vec![1, 0, 2]);
    }

    #[test]
    fn spec_scheduler_replays_then_asks_the_tail() {
        let runs = [1, 3];
        let mut rr = RoundRobin::default();
        let gcs = [1];
        let mut s = SpecScheduler {
            runs: &runs,
            gcs: &gcs,
            pos: 0,
            tail: &mut rr,
            ready: None,
        };
        // 1 is ready: replayed; 3 is not ready: the tail chooses; then the tail.
        assert!(!s.gc_next());
        assert_eq!(s.pick(&[0, 1]), 1);
        assert!(s.gc_next());
        assert_eq!(s.pick(&[0, 1]), 0);
        assert!(!s.gc_next());
        assert_eq!(s.pick(&[0, 1]), 1);
        // The first pick's choices are kept.
        assert_eq!(s.ready.map(mask_ps), Some(vec![0, 1]));
    }
}
