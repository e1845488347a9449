//! Where the player's jumps land: the next or previous statement (a step and the pool
//! engine's micro-steps that continue it), the next pool operation, defer or panic, or
//! breakpoint. They read a run through [`Steps`], so recorded frames and a
//! [`super::live::LiveRun`]'s step infos answer alike.

use super::frame::Frame;
use super::live::LiveRun;

/// What the jumps need to know of each step of a run.
pub trait Steps {
    fn count(&self) -> usize;
    /// Step `i` is a later micro-step of the previous step's pool call.
    fn continues(&self, i: usize) -> bool;
    /// Step `i` made pool engine micro-steps.
    fn pool_op(&self, i: usize) -> bool;
    /// The key of step `i`'s caption.
    fn key(&self, i: usize) -> &str;
    /// The source line step `i` highlights.
    fn line(&self, i: usize) -> Option<usize>;
    /// The program's stdout after step `i`.
    fn stdout(&self, i: usize) -> &str;
}

impl Steps for [Frame] {
    fn count(&self) -> usize {
        self.len()
    }
    fn continues(&self, i: usize) -> bool {
        self[i].continues
    }
    fn pool_op(&self, i: usize) -> bool {
        !self[i].micro.is_empty()
    }
    fn key(&self, i: usize) -> &str {
        &self[i].caption.key
    }
    fn line(&self, i: usize) -> Option<usize> {
        self[i].line
    }
    fn stdout(&self, i: usize) -> &str {
        self[i].stdout.as_str()
    }
}

impl Steps for Vec<Frame> {
    fn count(&self) -> usize {
        self.len()
    }
    fn continues(&self, i: usize) -> bool {
        self[..].continues(i)
    }
    fn pool_op(&self, i: usize) -> bool {
        self[..].pool_op(i)
    }
    fn key(&self, i: usize) -> &str {
        self[..].key(i)
    }
    fn line(&self, i: usize) -> Option<usize> {
        self[..].line(i)
    }
    fn stdout(&self, i: usize) -> &str {
        self[..].stdout(i)
    }
}

impl Steps for LiveRun {
    fn count(&self) -> usize {
        self.len()
    }
    fn continues(&self, i: usize) -> bool {
        self.steps[i].continues
    }
    fn pool_op(&self, i: usize) -> bool {
        self.steps[i].pool
    }
    fn key(&self, i: usize) -> &str {
        self.steps[i].key
    }
    fn line(&self, i: usize) -> Option<usize> {
        self.steps[i].line.map(|l| l as usize)
    }
    fn stdout(&self, i: usize) -> &str {
        LiveRun::stdout(self, i)
    }
}

/// The statement (group of steps) `at` belongs to: a step and the pool micro-steps that
/// continue it. Returns (first, last) step indices.
pub fn group_of<S: Steps + ?Sized>(frames: &S, at: usize) -> (usize, usize) {
    if frames.count() == 0 {
        return (0, 0);
    }
    let at = at.min(frames.count() - 1);
    let mut first = at;
    while first > 0 && frames.continues(first) {
        first -= 1;
    }
    let mut last = at;
    while last + 1 < frames.count() && frames.continues(last + 1) {
        last += 1;
    }
    (first, last)
}

/// Statement step forward: to the last step of the next statement (the state once it has
/// run), or of the current one if it has not finished.
pub fn next_statement<S: Steps + ?Sized>(frames: &S, from: usize) -> usize {
    let (_, last) = group_of(frames, from);
    if from < last || last + 1 >= frames.count() {
        return last;
    }
    group_of(frames, last + 1).1
}

/// Statement step back: to the last step of the previous statement.
pub fn prev_statement<S: Steps + ?Sized>(frames: &S, from: usize) -> usize {
    let (first, _) = group_of(frames, from);
    match first.checked_sub(1) {
        Some(prev) => group_of(frames, prev).1,
        None => 0,
    }
}

/// The next step after `from` that runs a pool operation.
pub fn next_pool_op<S: Steps + ?Sized>(frames: &S, from: usize) -> Option<usize> {
    (from + 1..frames.count()).find(|&i| frames.pool_op(i))
}

/// The next step that pushes or runs a defer record, or panics, after `from`.
pub fn next_defer_or_panic<S: Steps + ?Sized>(frames: &S, from: usize) -> Option<usize> {
    (from + 1..frames.count()).find(|&i| {
        let k = frames.key(i);
        k.starts_with("step.defer")
            || k.starts_with("step.panic")
            || k.starts_with("step.recover")
            || k.starts_with("step.unwind")
    })
}

/// The next step after `from` on one of the given source lines (breakpoints).
pub fn next_breakpoint<S: Steps + ?Sized>(
    frames: &S,
    from: usize,
    lines: &[usize],
) -> Option<usize> {
    (from + 1..frames.count()).find(|&i| frames.line(i).is_some_and(|l| lines.contains(&l)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::run::session::record;
    use crate::runtime::Settings;

    fn frames(slug: &str) -> Vec<Frame> {
        let l = crate::lessons::find(slug).expect("lesson");
        record(l.source, &Settings::default(), 10_000).frames
    }

    #[test]
    fn statement_steps_land_after_each_whole_pool_call() {
        let f = frames("02");
        let mut i = 0;
        let mut stops = vec![0];
        while i + 1 < f.len() {
            let n = next_statement(&f, i);
            assert!(n > i);
            // A stop is the end of its statement: the next frame starts a new one.
            assert!(
                n + 1 == f.len() || !f[n + 1].continues,
                "stopped inside a pool call at {n}"
            );
            assert_eq!(
                prev_statement(&f, n),
                *stops.last().unwrap_or(&0),
                "back from {n}"
            );
            stops.push(n);
            i = n;
        }
        assert!(
            stops.len() < f.len(),
            "pool calls' micro-steps were stepped over"
        );
        let (first, last) = group_of(&f, stops[5]);
        assert!(first <= stops[5] && stops[5] == last);
    }

    #[test]
    fn jumps_find_pool_operations_defers_and_breakpoints() {
        let f = frames("02");
        let p = next_pool_op(&f, 0).expect("the lesson uses a pool");
        assert!(!f[p].micro.is_empty());
        let d = frames("10");
        let k = next_defer_or_panic(&d, 0).expect("lesson 10 defers");
        assert!(d[k].caption.key.starts_with("step.defer"));
        let b = next_breakpoint(&f, 0, &[16]).expect("line 16 runs");
        assert_eq!(f[b].line, Some(16));
        assert_eq!(next_breakpoint(&f, 0, &[999]), None);
    }
}
