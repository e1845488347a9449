//! Goroutines on Ps, after Go's `proc.go`: each P has a local run queue and a
//! `runnext` slot. A new or woken goroutine goes to `runnext`, kicking the previous
//! `runnext` to the tail of the queue, so with GOMAXPROCS=1 `go g1; go g2; go g3` then
//! blocking runs g3, g1, g2. Which P takes the next global step is asked of a
//! [`Scheduler`]; every answer is recorded as a [`Decision`] so a run replays exactly.

use super::machine::{GStatus, Goroutine, Machine};
use super::value::Value;
use std::collections::VecDeque;

/// A processor.
#[derive(Clone, Debug, Default)]
pub struct P {
    /// The goroutine running on this P.
    pub cur: Option<u32>,
    /// Runs next, before the queue (Go's `runnext`).
    pub runnext: Option<u32>,
    pub runq: VecDeque<u32>,
}

impl P {
    pub fn has_work(&self) -> bool {
        self.cur.is_some() || self.runnext.is_some() || !self.runq.is_empty()
    }
}

/// One recorded scheduling answer: which P took a step, and whether a GC requested
/// by the UI ran before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Decision {
    pub p: u32,
    pub gc: bool,
}

impl Decision {
    /// Compact text: the P number, with `g` when a GC ran first (`0 0 1g 0`).
    pub fn encode(ds: &[Decision]) -> String {
        let parts: Vec<String> = ds
            .iter()
            .map(|d| format!("{}{}", d.p, if d.gc { "g" } else { "" }))
            .collect();
        parts.join(" ")
    }

    /// Parses [`Decision::encode`]'s text; unreadable parts are skipped.
    pub fn decode(s: &str) -> Vec<Decision> {
        s.split_whitespace()
            .filter_map(|w| {
                let gc = w.ends_with('g');
                w.trim_end_matches('g')
                    .parse()
                    .ok()
                    .map(|p| Decision { p, gc })
            })
            .collect()
    }
}

/// Chooses which P takes the next step among those with work (sorted, non-empty).
pub trait Scheduler {
    fn pick(&mut self, ready: &[u32]) -> u32;

    /// Whether a GC runs before the next step (a replayed UI request).
    fn gc_next(&mut self) -> bool {
        false
    }
}

/// Round-robin over Ps.
#[derive(Clone, Debug, Default)]
pub struct RoundRobin {
    last: Option<u32>,
}

impl Scheduler for RoundRobin {
    fn pick(&mut self, ready: &[u32]) -> u32 {
        let next = match self.last {
            Some(l) => ready.iter().copied().find(|&p| p > l).unwrap_or(ready[0]),
            None => ready[0],
        };
        self.last = Some(next);
        next
    }
}

/// Seeded random choice (xorshift), deterministic for a seed.
#[derive(Clone, Debug)]
pub struct Random {
    state: u64,
}

impl Random {
    pub fn new(seed: u64) -> Random {
        Random {
            state: seed.wrapping_mul(0x2545_f491_4f6c_dd1d) | 1,
        }
    }
}

impl Scheduler for Random {
    fn pick(&mut self, ready: &[u32]) -> u32 {
        let mut x = self.state;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.state = x;
        ready[(x % ready.len() as u64) as usize]
    }
}

/// Replays recorded decisions; past their end (or on a choice that is no longer
/// possible) it falls back to round-robin.
#[derive(Clone, Debug, Default)]
pub struct Replay {
    pub decisions: Vec<Decision>,
    pub pos: usize,
    fallback: RoundRobin,
}

impl Replay {
    pub fn new(decisions: Vec<Decision>) -> Replay {
        Replay {
            decisions,
            pos: 0,
            fallback: RoundRobin::default(),
        }
    }
}

impl Scheduler for Replay {
    fn gc_next(&mut self) -> bool {
        self.decisions.get(self.pos).is_some_and(|d| d.gc)
    }

    fn pick(&mut self, ready: &[u32]) -> u32 {
        let d = self.decisions.get(self.pos).copied();
        self.pos += 1;
        match d {
            Some(d) if ready.contains(&d.p) => d.p,
            _ => self.fallback.pick(ready),
        }
    }
}

/// The UI chooses: `choice` is taken once, otherwise the lowest ready P runs.
#[derive(Clone, Debug, Default)]
pub struct Manual {
    pub choice: Option<u32>,
}

impl Scheduler for Manual {
    fn pick(&mut self, ready: &[u32]) -> u32 {
        match self.choice.take() {
            Some(p) if ready.contains(&p) => p,
            _ => ready[0],
        }
    }
}

impl Machine {
    /// Creates a goroutine running `func` (a function value) or compiled function `code`
    /// with `args`. Returns its index.
    pub fn spawn(&mut self, func: Value, code: Option<u32>, args: Vec<Value>) -> usize {
        let id = self.next_gid;
        // Go's runtime starts goroutines 2-4 itself, so the first `go` statement makes 5.
        self.next_gid = if id == 1 { 5 } else { id + 1 };
        let mut g = Goroutine {
            id,
            frames: Vec::new(),
            stack: Vec::new(),
            panics: Vec::new(),
            unwinding: false,
            status: GStatus::Runnable,
            wake: None,
            select_chans: Vec::new(),
            sleep_seq: 0,
            start: None,
        };
        let idx = self.gs.len();
        match code {
            Some(f) => {
                g.stack.extend(args);
                self.gs.push(g);
                self.push_frame(
                    idx,
                    f,
                    Default::default(),
                    0,
                    super::machine::FrameKind::GoRoot,
                );
            }
            None => {
                // The call happens when the goroutine first runs.
                g.start = Some((func, args));
                self.gs.push(g);
            }
        }
        idx
    }

    /// Makes goroutine `gi` runnable on P `p` (Go's `runqput(pp, gp, next=true)`).
    pub fn ready(&mut self, gi: u32, p: usize) {
        if let Some(g) = self.gs.get_mut(gi as usize) {
            g.status = GStatus::Runnable;
        }
        let p = p.min(self.ps.len() - 1);
        if let Some(old) = self.ps[p].runnext.replace(gi) {
            self.ps[p].runq.push_back(old);
        }
    }

    /// The P currently running goroutine `gi`.
    pub fn p_of(&self, gi: u32) -> usize {
        self.ps.iter().position(|p| p.cur == Some(gi)).unwrap_or(0)
    }

    /// Gives P `p` a goroutine to run if it has none: runnext, then its queue, then the
    /// global queue, then stealing half of another P's queue (starting at `p+1`).
    pub fn find_runnable(&mut self, p: usize) -> Option<u32> {
        if let Some(g) = self.ps[p].cur {
            return Some(g);
        }
        let next = self.ps[p]
            .runnext
            .take()
            .or_else(|| self.ps[p].runq.pop_front())
            .or_else(|| self.global_q.pop_front());
        let next = next.or_else(|| {
            let n = self.ps.len();
            for i in 1..n {
                let victim = (p + i) % n;
                let take = self.ps[victim].runq.len().div_ceil(2);
                if take > 0 {
                    let stolen: Vec<u32> = self.ps[victim].runq.drain(..take).collect();
                    let first = stolen[0];
                    self.ps[p].runq.extend(stolen.into_iter().skip(1));
                    self.event("sched.steal", vec![p.to_string(), victim.to_string()]);
                    return Some(first);
                }
                if let Some(g) = self.ps[victim].runnext.take() {
                    return Some(g);
                }
            }
            None
        })?;
        self.ps[p].cur = Some(next);
        if let Some(g) = self.gs.get_mut(next as usize) {
            g.status = GStatus::Running;
        }
        Some(next)
    }

    /// Ps that can take a step now, after waking sleepers if nothing else can run.
    pub fn ready_ps(&mut self) -> Vec<u32> {
        // Advancing the clock may only fire timers nobody waits on yet: keep going to
        // the next sleeper or timer until someone can run (or nothing is left).
        for _ in 0..10_000 {
            let r = self.ready_ps_once();
            if !r.is_empty() || !self.has_pending_time() {
                return r;
            }
        }
        Vec::new()
    }

    fn has_pending_time(&self) -> bool {
        !self.timers.is_empty()
            || self
                .gs
                .iter()
                .any(|g| matches!(g.status, GStatus::Sleeping(_)))
    }

    fn ready_ps_once(&mut self) -> Vec<u32> {
        // An idle P can take a step when it has something to steal (another P's queue
        // or runnext) or the global queue has work.
        let stealable = !self.global_q.is_empty()
            || self
                .ps
                .iter()
                .any(|p| p.runnext.is_some() || !p.runq.is_empty());
        let r: Vec<u32> = (0..self.ps.len() as u32)
            .filter(|&p| self.ps[p as usize].has_work() || stealable)
            .collect();
        if !r.is_empty() {
            return r;
        }
        // Nothing runnable: advance virtual time to the earliest sleeper or timer.
        let sleeper = self.gs.iter().filter_map(|g| match g.status {
            GStatus::Sleeping(t) => Some(t),
            _ => None,
        });
        let timer = self.timers.iter().map(|t| t.0);
        let Some(t) = sleeper.chain(timer).min() else {
            return Vec::new();
        };
        self.now = self.now.max(t);
        // Expired sleepers and timers fire in timer-heap order (deadline, then when set):
        // each wakes its goroutine into runnext, so the last one fired runs first.
        let mut due: Vec<(u64, u64, Result<u32, u32>)> = (0..self.gs.len() as u32)
            .filter_map(|i| match self.gs[i as usize].status {
                GStatus::Sleeping(u) if u <= t => Some((u, self.gs[i as usize].sleep_seq, Ok(i))),
                _ => None,
            })
            .collect();
        due.extend(
            self.timers
                .iter()
                .filter(|x| x.0 <= t)
                .map(|x| (x.0, x.1, Err(x.2))),
        );
        crate::lang::sort::sort(&mut due);
        self.timers.retain(|x| x.0 > t);
        for (u, _, what) in due {
            match what {
                Ok(g) => {
                    self.ready(g, 0);
                    self.event("sched.wake", vec![(self.gs[g as usize].id).to_string()]);
                }
                Err(ch) => self.chan_offer(ch, Value::agg(vec![Value::Int(u as i64)])),
            }
        }
        (0..self.ps.len() as u32)
            .filter(|&p| self.ps[p as usize].has_work() || !self.global_q.is_empty())
            .collect()
    }

    /// Takes goroutine `gi` off its P because it blocks.
    pub fn park(&mut self, gi: u32, reason: &'static str) {
        if let Some(g) = self.gs.get_mut(gi as usize) {
            g.status = GStatus::Waiting(reason);
        }
        for p in &mut self.ps {
            if p.cur == Some(gi) {
                p.cur = None;
            }
        }
    }
}

impl Machine {
    /// `go f(args)`: a new goroutine into the current P's `runnext`.
    pub fn go_stmt(&mut self, gi: usize, func: Value, args: Vec<Value>) -> super::calls::Flow {
        if self.live_goroutines() >= super::machine::MAX_GOROUTINES {
            self.stderr
                .push_str("poolscope: too many goroutines (limit 10000)\n");
            self.exit = Some(super::machine::Exit::Code(2));
            return super::calls::Flow::Switch;
        }
        let p = self.p_of(gi as u32);
        let new = self.spawn(func, None, args);
        let id = self.gs[new].id;
        self.event("step.go", vec![id.to_string()]);
        self.note = Some(super::messages::Caption::new(
            "step.go",
            vec![id.to_string()],
        ));
        if self.gs[new].status != GStatus::Dead {
            self.ready(new as u32, p);
        }
        super::calls::Flow::Go
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedulers_choose_among_ready_ps() {
        let mut rr = RoundRobin::default();
        assert_eq!(
            [rr.pick(&[0, 2]), rr.pick(&[0, 2]), rr.pick(&[0, 2])],
            [0, 2, 0]
        );
        let mut a = Random::new(7);
        let mut b = Random::new(7);
        let xs: Vec<u32> = (0..20).map(|_| a.pick(&[0, 1, 2, 3])).collect();
        let ys: Vec<u32> = (0..20).map(|_| b.pick(&[0, 1, 2, 3])).collect();
        assert_eq!(xs, ys);
        assert!(xs.iter().any(|&x| x != xs[0]));
        let mut r = Replay::new(Decision::decode("1 3g"));
        assert!(!r.gc_next());
        assert_eq!(r.pick(&[0, 1]), 1);
        assert!(r.gc_next());
        assert_eq!(r.pick(&[0, 1]), 0);
        assert_eq!(Decision::encode(&r.decisions), "1 3g");
        let mut m = Manual { choice: Some(2) };
        assert_eq!(m.pick(&[1, 2]), 2);
        assert_eq!(m.pick(&[1, 2]), 1);
    }
}
