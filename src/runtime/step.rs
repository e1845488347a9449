//! `Machine::step`: one global step. Asks the scheduler which P runs, gives that P a
//! goroutine (Go's `findRunnable`), and advances it by one statement or micro-step.

use super::calls::Flow;
use super::machine::{Event, Exit, GStatus, Machine, Step};
use super::messages::Caption;
use super::sched::{Decision, Scheduler};
use super::value::Value;
use crate::lang::span::Span;

/// What `step` did.
#[derive(Clone, Debug, PartialEq)]
pub enum StepResult {
    Step(Step),
    /// The program has ended.
    Done(Exit),
}

impl Machine {
    /// Advances the machine by one step.
    pub fn step(&mut self, sched: &mut dyn Scheduler) -> StepResult {
        // A pool call's micro-steps (pin, private slot, shared chain, steal, victim...)
        // are shown one per step before the program moves on; no scheduling happens.
        if let Some(e) = self.pool_pending.pop_front() {
            self.steps += 1;
            let (span, gid, p) = self.pool_at;
            let caption = Caption::new("step.pool", vec![e.key.to_string()]);
            return StepResult::Step(Step {
                span,
                gid,
                p,
                events: vec![e],
                caption,
            });
        }
        if let Some(e) = &self.exit {
            return StepResult::Done(e.clone());
        }
        if self.steps >= self.budget {
            self.exit = Some(Exit::Budget);
            return StepResult::Done(Exit::Budget);
        }
        self.events.clear();
        self.note = None;
        // Asked before `pick`, which moves a replay on to the next decision.
        self.gc_replayed = sched.gc_next();
        self.fire_timers();
        // Fast path: one P already running a goroutine (no allocation).
        if self.ps.len() == 1 && self.ps[0].cur.is_some() && self.timers.is_empty() {
            let p = sched.pick(&[0]);
            return self.step_on(p, sched);
        }
        let ready = self.ready_ps();
        if ready.is_empty() {
            self.deadlock();
            return match self.exit.clone() {
                Some(e) => StepResult::Done(e),
                None => self.step(sched),
            };
        }
        let p = sched.pick(&ready);
        self.step_on(p, sched)
    }

    /// Runs one step on P `p` (already chosen by the scheduler).
    fn step_on(&mut self, p: u32, sched: &mut dyn Scheduler) -> StepResult {
        let gc = std::mem::take(&mut self.gc_requested) || self.gc_replayed;
        self.gc_replayed = false;
        // An automatic GC follows from the machine's own state, so it is not a decision:
        // replaying the decisions reaches it again at this step.
        let auto = self.auto_gc_due();
        if auto {
            self.event("gc.auto", vec![self.heap.objs.len().to_string()]);
        }
        if gc || auto {
            let mut ev = Vec::new();
            self.pool.gc(Some(&mut ev));
            self.pool_events(ev);
        }
        self.decisions.push(Decision { p, gc });
        let Some(gi) = self.find_runnable(p as usize) else {
            return self.step(sched);
        };
        self.steps += 1;
        let gi = gi as usize;
        let mut span = Span::default();
        let caption = self.advance(gi, &mut span);
        self.pit_flush_leaks(span);
        let gid = self.gs.get(gi).map_or(0, |g| g.id);
        let mut events = std::mem::take(&mut self.events);
        if let Some(first) = events.iter().position(|e| e.pool.is_some()) {
            // Keep the call's first pool micro-step here; the rest become steps of their own.
            let rest: Vec<Event> = events.drain(first + 1..).collect();
            let (pool, other): (Vec<Event>, Vec<Event>) =
                rest.into_iter().partition(|e| e.pool.is_some());
            events.extend(other);
            self.pool_pending.extend(pool);
            self.pool_at = (span, gid, p);
        }
        StepResult::Step(Step {
            span,
            gid,
            p,
            events,
            caption,
        })
    }

    /// Runs goroutine `gi` for one step and says what the step was.
    fn advance(&mut self, gi: usize, span: &mut Span) -> Caption {
        if let Some(w) = self.gs[gi].wake.take() {
            match w {
                Value::Tuple(t) => self.gs[gi].stack.extend(t.iter().cloned()),
                Value::Str(msg) => {
                    if let Flow::Panic(v) = self.rt_panic_plain(&msg) {
                        self.start_panic(gi, v);
                    }
                }
                _ => {}
            }
        }
        if let Some((f, args)) = self.gs[gi].start.take() {
            self.start_go_call(gi, f, args);
            if self.gs[gi].frames.is_empty() {
                // A native ran to completion (or failed) at once.
                if self.gs[gi].status != GStatus::Dead && !self.gs[gi].unwinding {
                    self.end_goroutine(gi);
                }
                let id = self.gs[gi].id;
                return Caption::new("step.goexit", vec![id.to_string()]);
            }
        }
        let depth = self.gs[gi].frames.len();
        let flow = if self.gs[gi].unwinding {
            *span = self.top_span(gi);
            let f = self.unwind_step(gi);
            let name = self.top_name(gi);
            let c = Caption::new("step.unwind", vec![name]);
            self.finish(gi, f);
            return c;
        } else {
            self.run_slice(gi, span)
        };
        let panicking = self.gs[gi].unwinding;
        let note = self.note.take();
        let line = if self.exit.is_none() {
            self.line_of(*span)
        } else {
            0
        };
        self.finish(gi, flow);
        let g = &self.gs[gi];
        if panicking {
            if let Some(p) = g.panics.last() {
                let v = p.value.clone();
                return Caption::new(
                    "step.panic",
                    vec![super::natives::panic_value_text(self, &v)],
                );
            }
        }
        if let Some(n) = note {
            return n;
        }
        if g.frames.len() > depth
            && g.frames
                .last()
                .is_some_and(|f| matches!(f.kind, super::machine::FrameKind::Deferred { .. }))
        {
            return Caption::new("step.defer_run", vec![self.top_name(gi)]);
        }
        if g.status == GStatus::Dead {
            return Caption::new("step.goexit", vec![g.id.to_string()]);
        }
        if depth == 1 && g.frames.len() == 2 && g.frames[0].func == self.prog.entry {
            // runtime.main, once the package variables are set, calls main.main.
            return Caption::new("step.main", Vec::new());
        }
        Caption::new("step.stmt", vec![line.to_string()])
    }

    fn finish(&mut self, gi: usize, flow: Flow) {
        match flow {
            Flow::Panic(v) => {
                self.start_panic(gi, v);
            }
            Flow::Go | Flow::Yield | Flow::Switch => {}
        }
        if let Some(g) = self.gs.get(gi) {
            if g.status == GStatus::Running
                && g.frames.is_empty()
                && !g.unwinding
                && self.exit.is_none()
            {
                self.end_goroutine(gi);
            }
        }
    }

    fn top_span(&self, gi: usize) -> Span {
        let Some(fr) = self.gs[gi].frames.last() else {
            return Span::default();
        };
        let f = &self.prog.funcs[fr.func as usize];
        f.spans
            .get(fr.pc.saturating_sub(1) as usize)
            .copied()
            .unwrap_or(f.span)
    }

    fn top_name(&self, gi: usize) -> String {
        self.gs[gi]
            .frames
            .last()
            .map(|fr| self.prog.funcs[fr.func as usize].name.clone())
            .unwrap_or_default()
    }

    /// 1-based line of a span.
    pub fn line_of(&self, s: Span) -> u32 {
        self.prog.lines.line_col(s.lo).0
    }

    /// Delivers due `time.After` values.
    pub fn fire_timers(&mut self) {
        let now = self.now;
        if self.timers.iter().all(|t| t.0 > now) {
            return;
        }
        let mut due: Vec<(u64, u64, u32)> =
            self.timers.iter().copied().filter(|t| t.0 <= now).collect();
        crate::lang::sort::sort(&mut due);
        self.timers.retain(|t| t.0 > now);
        for (t, _, ch) in due {
            let v = Value::agg(vec![Value::Int(t as i64)]);
            self.chan_offer(ch, v);
        }
    }

    /// All goroutines are blocked: Go's fatal deadlock error.
    fn deadlock(&mut self) {
        if let Some(t) = self.timers.iter().map(|t| t.0).min() {
            self.now = self.now.max(t);
            self.fire_timers();
            if !self.ready_ps().is_empty() {
                return;
            }
        }
        if self.main_goexited {
            self.stderr.push_str("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\nexit status 2\n");
            self.exit = Some(Exit::Code(2));
            return;
        }
        let mut s = String::from("fatal error: all goroutines are asleep - deadlock!\n\n");
        if let Some(g) = self.gs.first() {
            if let GStatus::Waiting(r) = &g.status {
                s.push_str(&format!("goroutine 1 [{r}]:\nmain.main()\n"));
            }
        }
        s.push_str("exit status 2\n");
        self.stderr.push_str(&s);
        self.exit = Some(Exit::Code(2));
    }

    /// Runs to the end (or the budget) with scheduler `sched`.
    pub fn run(&mut self, sched: &mut dyn Scheduler) -> Exit {
        loop {
            if let StepResult::Done(e) = self.step(sched) {
                return e;
            }
        }
    }
}
