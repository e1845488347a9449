//! Time travel: a run is its source, settings and scheduling decisions; the state at
//! any step is rebuilt from the nearest earlier snapshot by replaying the recorded
//! decisions. Stepping back is exact because a machine never reads a clock or a
//! random source: everything it chooses comes from the seed and the decisions.

use super::machine::Machine;
use super::sched::{Decision, Replay, Scheduler};
use super::step::StepResult;

/// Snapshots of one run, every `every` steps.
#[derive(Clone, Debug)]
pub struct History {
    pub every: u64,
    snaps: Vec<Machine>,
}

impl History {
    /// Starts a history at the run's first state.
    pub fn new(start: &Machine, every: u64) -> History {
        History {
            every: every.max(1),
            snaps: vec![start.clone()],
        }
    }

    /// Call after every step: keeps a snapshot each `every` steps.
    pub fn record(&mut self, m: &Machine) {
        let last = self.snaps.last().map_or(0, |s| s.steps);
        if m.steps >= last + self.every {
            self.snaps.push(m.clone());
        }
    }

    /// Forgets snapshots after step `step` (a fork replaces the future).
    pub fn truncate(&mut self, step: u64) {
        self.snaps.retain(|s| s.steps <= step);
    }

    pub fn snapshots(&self) -> usize {
        self.snaps.len()
    }

    /// The machine as it was after `step` steps of the run whose decisions are
    /// `decisions` (those of the latest machine of the run).
    pub fn at(&self, step: u64, decisions: &[Decision]) -> Machine {
        let i = self
            .snaps
            .partition_point(|s| s.steps <= step)
            .saturating_sub(1);
        let mut m = self.snaps[i].clone();
        let mut r = Replay::new(decisions.to_vec());
        r.pos = m.decisions.len();
        while m.steps < step {
            if let StepResult::Done(_) = m.step(&mut r as &mut dyn Scheduler) {
                break;
            }
        }
        m
    }
}
