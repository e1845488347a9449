//! Where the player's jumps land: the next or previous statement (a step and the pool
//! engine's micro-steps that continue it), the next pool operation, defer or panic, or
//! breakpoint.

use super::frame::Frame;

fn has_micro(f: &Frame) -> bool {
    !f.micro.is_empty()
}

/// The statement (group of frames) `at` belongs to: a step and the pool micro-steps that
/// continue it. Returns (first, last) frame indices.
pub fn group_of(frames: &[Frame], at: usize) -> (usize, usize) {
    if frames.is_empty() {
        return (0, 0);
    }
    let at = at.min(frames.len() - 1);
    let mut first = at;
    while first > 0 && frames[first].continues {
        first -= 1;
    }
    let mut last = at;
    while last + 1 < frames.len() && frames[last + 1].continues {
        last += 1;
    }
    (first, last)
}

/// Statement step forward: to the last frame of the next statement (the state once it has
/// run), or of the current one if it has not finished.
pub fn next_statement(frames: &[Frame], from: usize) -> usize {
    let (_, last) = group_of(frames, from);
    if from < last || last + 1 >= frames.len() {
        return last;
    }
    group_of(frames, last + 1).1
}

/// Statement step back: to the last frame of the previous statement.
pub fn prev_statement(frames: &[Frame], from: usize) -> usize {
    let (first, _) = group_of(frames, from);
    match first.checked_sub(1) {
        Some(prev) => group_of(frames, prev).1,
        None => 0,
    }
}

/// The next step after `from` that runs a pool operation.
pub fn next_pool_op(frames: &[Frame], from: usize) -> Option<usize> {
    (from + 1..frames.len()).find(|&i| has_micro(&frames[i]))
}

/// The next step that pushes or runs a defer record, or panics, after `from`.
pub fn next_defer_or_panic(frames: &[Frame], from: usize) -> Option<usize> {
    let key = |f: &Frame| f.caption.key.clone();
    (from + 1..frames.len()).find(|&i| {
        let k = key(&frames[i]);
        k.starts_with("step.defer")
            || k.starts_with("step.panic")
            || k.starts_with("step.recover")
            || k.starts_with("step.unwind")
    })
}

/// The next step after `from` on one of the given source lines (breakpoints).
pub fn next_breakpoint(frames: &[Frame], from: usize, lines: &[usize]) -> Option<usize> {
    (from + 1..frames.len()).find(|&i| frames[i].line.is_some_and(|l| lines.contains(&l)))
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
