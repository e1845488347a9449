//! The player: which step of a run is shown, and whether it plays. A pure state machine, so
//! the same logic runs in the browser and in native tests.

/// What the learner asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlayerAction {
    Forward,
    Back,
    First,
    Last,
    Seek(usize),
    TogglePlay,
    /// One tick of the play timer: advance, and stop at the end.
    Tick,
}

/// Position in a run of `len` steps. `step` is always < `len` (a run has at least one step).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Player {
    pub step: usize,
    pub len: usize,
    pub playing: bool,
}

impl Player {
    pub fn new(len: usize) -> Self {
        Player {
            step: 0,
            len: len.max(1),
            playing: false,
        }
    }

    pub fn apply(self, action: PlayerAction) -> Self {
        let last = self.len - 1;
        let mut next = self;
        match action {
            PlayerAction::Forward => next.step = (self.step + 1).min(last),
            PlayerAction::Back => next.step = self.step.saturating_sub(1),
            PlayerAction::First => next.step = 0,
            PlayerAction::Last => next.step = last,
            PlayerAction::Seek(n) => next.step = n.min(last),
            PlayerAction::TogglePlay => {
                next.playing = !self.playing;
                // Play from the start when already at the end, as a video player does.
                if next.playing && self.step == last {
                    next.step = 0;
                }
            }
            PlayerAction::Tick => {
                if self.playing {
                    next.step = (self.step + 1).min(last);
                    next.playing = next.step < last;
                }
            }
        }
        if !matches!(action, PlayerAction::TogglePlay | PlayerAction::Tick) {
            next.playing = false;
        }
        next
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_stay_in_range() {
        let p = Player::new(3);
        assert_eq!(p.apply(PlayerAction::Back).step, 0);
        let end = p.apply(PlayerAction::Last);
        assert_eq!(end.step, 2);
        assert_eq!(end.apply(PlayerAction::Forward).step, 2);
        assert_eq!(p.apply(PlayerAction::Seek(99)).step, 2);
    }

    #[test]
    fn play_ticks_to_the_end_then_stops() {
        let mut p = Player::new(3).apply(PlayerAction::TogglePlay);
        assert!(p.playing);
        p = p.apply(PlayerAction::Tick);
        assert_eq!((p.step, p.playing), (1, true));
        p = p.apply(PlayerAction::Tick);
        assert_eq!((p.step, p.playing), (2, false));
        // Play at the end restarts from the first step.
        p = p.apply(PlayerAction::TogglePlay);
        assert_eq!((p.step, p.playing), (0, true));
        // Any manual move pauses.
        assert!(!p.apply(PlayerAction::Forward).playing);
    }

    #[test]
    fn empty_run_still_has_one_step() {
        let p = Player::new(0);
        assert_eq!(p.len, 1);
        assert_eq!(p.apply(PlayerAction::Last).step, 0);
    }
}
