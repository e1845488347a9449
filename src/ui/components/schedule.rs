//! The scheduling bar above the runtime pane: at a scheduling point it says that the
//! learner may choose who runs next (the P columns become buttons, and here a default
//! choice, the lowest P); and a GC button that collects at the current step. Both change
//! the run from this step on, so they replay and go into permalinks.

use yew::prelude::*;

use crate::i18n::{ui, Lang, Ui};

#[derive(Properties, PartialEq)]
pub struct ScheduleProps {
    /// The Ps that could take the next step (a choice when two or more).
    pub choices: Vec<u32>,
    /// The manual scheduler waits here for a choice.
    pub waiting: bool,
    /// A GC can be asked for here (the run compiled and goes on).
    pub can_gc: bool,
    pub lang: Lang,
    pub on_choose: Callback<u32>,
    pub on_gc: Callback<()>,
}

/// "Run P2 next", for a button's label.
pub fn run_next_label(lang: Lang, p: u32) -> String {
    if lang == Lang::Zh {
        format!("下一步运行 P{p}")
    } else {
        format!("Run P{p} next")
    }
}

#[function_component(Schedule)]
pub fn schedule(props: &ScheduleProps) -> Html {
    let lang = props.lang;
    let choice = props.choices.len() > 1;
    let default = props.choices.first().copied().filter(|_| choice);
    html! {
        <div class={classes!("schedbar", props.waiting.then_some("waiting"))} data-testid="schedbar">
            if choice {
                <span class="hint" data-testid="sched-hint" role="status">
                    { ui(lang, if props.waiting { Ui::WaitingForChoice } else { Ui::ChooseP }) }
                </span>
            }
            if let Some(p) = default {
                <button class="choose default" data-testid="choose-default"
                        onclick={props.on_choose.reform(move |_| p)}>
                    { run_next_label(lang, p) }
                </button>
            }
            <button class="gc-now" data-testid="btn-gc" disabled={!props.can_gc}
                    title={ui(lang, Ui::GcNowTitle)} onclick={props.on_gc.reform(|_| ())}>
                { ui(lang, Ui::GcNow) }
            </button>
        </div>
    }
}
