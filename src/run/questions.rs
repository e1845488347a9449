//! Where a lesson's predict-then-reveal questions sit in a recorded run: the question is
//! asked at the step just before the one that prints its reveal line, and the reveal is the
//! step whose output first has that line.

use super::nav::Steps;
use crate::lessons::Question;

/// Index of the first step whose stdout has line `line` (1-based) complete, or the last
/// step when the program ends with that line unterminated.
pub fn reveal_frame<S: Steps + ?Sized>(frames: &S, line: usize) -> Option<usize> {
    let complete = |i: usize| frames.stdout(i).matches('\n').count() >= line;
    (0..frames.count()).find(|&i| complete(i)).or_else(|| {
        let last = frames.count().checked_sub(1)?;
        (frames.stdout(last).lines().count() >= line).then_some(last)
    })
}

/// How many lines of output have begun (a last line without its newline counts).
pub fn lines_begun(stdout: &str) -> usize {
    stdout.matches('\n').count() + usize::from(!stdout.is_empty() && !stdout.ends_with('\n'))
}

/// Index of the step at which to ask: right after the output printed before the reveal
/// line, so the statements that compute the answer (a Get, a recover) have not run yet and
/// the runtime pane does not give it away.
pub fn ask_frame<S: Steps + ?Sized>(frames: &S, q: &Question) -> Option<usize> {
    let line = q.reveal_line.max(1) as usize;
    reveal_frame(frames, line)?;
    let n = frames.count();
    let begins = (0..n).find(|&i| lines_begun(frames.stdout(i)) >= line)?;
    let before = frames.stdout(begins.checked_sub(1)?);
    (0..n).find(|&i| frames.stdout(i) == before)
}

/// Whether `word` stands in `text` on its own (not inside a longer word or number).
fn stands_alone(text: &str, word: &str) -> bool {
    let solid = |c: char| c.is_alphanumeric() || c == '_';
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(solid) && !after.is_some_and(solid)
    })
}

/// Whether the reveal line shows the right choice and no wrong one.
pub fn line_reveals(line: &str, q: &Question) -> bool {
    let Some(right) = q.choices.get(q.answer.max(0) as usize) else {
        return false;
    };
    let shown = if q.reveal_text.is_empty() {
        *right
    } else {
        q.reveal_text
    };
    if !stands_alone(line, shown) {
        return false;
    }
    // A wrong choice may be part of the right one ("disk full" in "repanic: disk full"):
    // look for wrong choices only in what is left once the right one is taken out.
    let rest = line.replace(shown, " ");
    q.choices
        .iter()
        .enumerate()
        .all(|(i, c)| i == q.answer as usize || !stands_alone(&rest, c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_stand_alone_or_not() {
        assert!(stands_alone("Get -> 5", "5"));
        assert!(!stands_alone("Get -> 15", "5"));
        assert!(stands_alone("got <nil> back", "<nil>"));
        assert!(!stands_alone("sixteen", "six"));
    }
}
