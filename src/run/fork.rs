//! New runs from a point of a [`Timeline`]: another P at step `k` (manual scheduling), or a
//! learner GC at step `k`. Each is a [`RunSpec`] holding this run's choices up to `k`, so
//! its first `k` steps are this run's, exactly; after the new decision the spec's scheduler
//! chooses.

use super::run_spec::{Decision, RunSpec};
use super::timeline::Timeline;

impl Timeline {
    /// This run's decisions up to step `n` (P choices and learner GCs), as a spec. Replaying
    /// it reaches this run's state at `n`; past `n`, a fresh scheduler of the spec's kind
    /// chooses, so for a permalink to this very run use [`Timeline::spec`] and the step.
    pub fn spec_at(&self, n: u64) -> RunSpec {
        let n = n.min(self.len());
        let d = self.decisions_at(n);
        let mut gcs = self.gc_at.iter().peekable();
        let mut decisions = Vec::with_capacity(d + self.gc_at.len());
        for (i, &p) in self.picks[..d].iter().enumerate() {
            if gcs.next_if(|&&g| g == i).is_some() {
                decisions.push(Decision::Gc);
            }
            decisions.push(Decision::Run(p));
        }
        RunSpec {
            decisions,
            ..self.spec.clone()
        }
    }

    /// A run that shares this one's first `k` steps, then P `p` takes step `k + 1`.
    /// (A P that is not among [`Timeline::choices_at`]`(k)` is ignored and the spec's
    /// scheduler chooses.) A learner GC at the start of step `k + 1` stays: it was asked
    /// for at step `k`, before the choice, and only the choice changes.
    pub fn fork(&self, k: u64, p: u32) -> RunSpec {
        let mut spec = self.spec_at(k);
        let gc_next = self
            .marks()
            .get(k as usize)
            .is_some_and(|m| m.flags & super::timeline::MARK_GC != 0);
        if gc_next {
            spec.decisions.push(Decision::Gc);
        }
        spec.decisions.push(Decision::Run(p));
        spec
    }

    /// A run that shares this one's first `k` steps, then collects garbage (Go's
    /// `poolCleanup`, as `runtime.GC()` would) at the start of the next step that takes a
    /// scheduling decision: step `k + 1`, unless that step only shows the rest of a pool
    /// call (a pool call is atomic, as in Go).
    pub fn with_gc(&self, k: u64) -> RunSpec {
        let mut spec = self.spec_at(k);
        spec.decisions.push(Decision::Gc);
        spec
    }

    /// The Ps that could take step `k + 1`, ascending (empty once the run has ended, or
    /// when step `k + 1` takes no scheduling decision, e.g. it shows the rest of a pool
    /// call). More than one means the learner may choose.
    pub fn choices_at(&self, k: u64) -> Vec<u32> {
        // A recorded step kept the choices its scheduler had.
        if let Some(m) = self.marks().get(k as usize) {
            return super::run_spec::mask_ps(m.ready);
        }
        let mut m = self.state_at(k).machine;
        if m.finished() {
            return Vec::new();
        }
        m.fire_timers();
        m.ready_ps()
    }
}
