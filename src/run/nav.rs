//! Where the player's jumps land (the next pool operation, defer or panic, breakpoint), and
//! the micro-step cursor that walks through the pool engine's events inside one step.

use super::frame::Frame;

/// A frame whose step ran pool operations (its micro-steps can be walked one by one).
fn has_micro(f: &Frame) -> bool {
    !f.micro.is_empty()
}

/// A position: a step, and optionally how many of its micro-steps are shown (`Some(k)`:
/// events `0..=k`, the k-th highlighted; `None`: the whole step).
pub type Cursor = (usize, Option<usize>);

/// One micro-step forward: into the step's events one by one, then on to the next step.
pub fn micro_forward(frames: &[Frame], (step, k): Cursor) -> Cursor {
    let n = frames.get(step).map_or(0, |f| f.micro.len());
    match k {
        None if n > 0 => (step, Some(0)),
        Some(k) if k + 1 < n => (step, Some(k + 1)),
        _ if step + 1 < frames.len() => {
            let next = step + 1;
            (next, has_micro(&frames[next]).then_some(0))
        }
        _ => (step, k),
    }
}

/// One micro-step back: the inverse of [`micro_forward`].
pub fn micro_back(frames: &[Frame], (step, k): Cursor) -> Cursor {
    match k {
        Some(k) if k > 0 => (step, Some(k - 1)),
        _ if step > 0 => {
            let prev = step - 1;
            let n = frames[prev].micro.len();
            (prev, n.checked_sub(1))
        }
        _ => (0, None),
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
    fn micro_steps_walk_every_event_then_come_back() {
        let f = frames("02");
        let total: usize = f.iter().map(|x| x.micro.len().max(1)).sum();
        let mut c: Cursor = (0, None);
        let mut seen = 1;
        loop {
            let n = micro_forward(&f, c);
            if n == c {
                break;
            }
            // Walking back undoes the step exactly.
            assert_eq!(micro_back(&f, n), c, "back from {n:?}");
            c = n;
            seen += 1;
        }
        assert_eq!(c.0, f.len() - 1);
        assert_eq!(
            seen, total,
            "every event and every plain step is visited once"
        );
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
