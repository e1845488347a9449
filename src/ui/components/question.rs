//! A predict-then-reveal question: at its step the run pauses, the room picks an answer,
//! then steps on to see what Go prints.

use yew::prelude::*;

use crate::i18n::Lang;
use crate::lessons::Question;

#[derive(Properties, PartialEq)]
pub struct QuestionCardProps {
    pub question: &'static Question,
    pub index: usize,
    /// The learner's pick, if any.
    pub picked: Option<usize>,
    /// The reveal step has been reached.
    pub revealed: bool,
    pub lang: Lang,
    pub on_answer: Callback<(usize, usize)>,
}

#[function_component(QuestionCard)]
pub fn question_card(props: &QuestionCardProps) -> Html {
    let q = props.question;
    let zh = props.lang == Lang::Zh;
    let choices = if zh { q.choices_zh } else { q.choices };
    let answer = q.answer.max(0) as usize;
    let buttons = choices.iter().enumerate().map(|(i, c)| {
        let on_answer = props.on_answer.clone();
        let index = props.index;
        let state = match (props.picked, props.revealed) {
            (Some(p), true) if i == answer => Some(if p == i { "right picked" } else { "right" }),
            // Stepped past the reveal without predicting: still show which one Go printed.
            (None, true) if i == answer => Some("right"),
            (Some(p), true) if p == i => Some("wrong picked"),
            (Some(p), false) if p == i => Some("picked"),
            _ => None,
        };
        html! {
            <button class={classes!("choice", state)} data-testid={format!("choice-{i}")}
                    aria-pressed={(props.picked == Some(i)).to_string()}
                    onclick={Callback::from(move |_| on_answer.emit((index, i)))}>
                <code>{ c }</code>
            </button>
        }
    });
    let verdict = match (props.picked, props.revealed) {
        (None, true) => {
            if zh {
                "揭晓：Go 打印的是标出的那一项。"
            } else {
                "Revealed: Go prints the marked one."
            }
        }
        (None, false) => {
            if zh {
                "先预测，再前进一步揭晓。"
            } else {
                "Predict first, then step forward to see."
            }
        }
        (Some(_), false) => {
            if zh {
                "已记下。前进一步，看看 Go 打印什么。"
            } else {
                "Noted. Step forward to see what Go prints."
            }
        }
        (Some(p), true) if p == answer => {
            if zh {
                "答对了：Go 就是这样打印的。"
            } else {
                "Right: that is what Go prints."
            }
        }
        (Some(_), true) => {
            if zh {
                "不对：看看输出里 Go 实际打印了什么。"
            } else {
                "Not this time: see what Go printed in the output."
            }
        }
    };
    html! {
        <section class="pane question" data-testid="question" aria-live="polite">
            <h2>{ if zh { "预测" } else { "Predict" } }</h2>
            <p class="prompt">{ if zh { q.prompt_zh } else { q.prompt_en } }</p>
            <div class="choices">{ for buttons }</div>
            <p class="verdict" data-testid="verdict">{ verdict }</p>
        </section>
    }
}
