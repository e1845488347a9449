//! The lesson's short introduction: what to watch for, and what to predict.

use yew::prelude::*;

use super::header::title;
use crate::i18n::Lang;
use crate::lessons::LessonData;

#[derive(Properties, PartialEq)]
pub struct LessonIntroProps {
    pub lesson: &'static LessonData,
    pub lang: Lang,
}

#[function_component(LessonIntro)]
pub fn lesson_intro(props: &LessonIntroProps) -> Html {
    let l = props.lesson;
    let intro = if props.lang == Lang::Zh {
        l.intro_zh
    } else {
        l.intro_en
    };
    html! {
        <section class="pane intro" data-testid="lesson-intro">
            <h2 data-testid="lesson-title">{ title(l, props.lang) }</h2>
            <p>{ intro }</p>
            <p class="settings">
                { format!("GOMAXPROCS={} · Go {}", l.procs, l.go) }
            </p>
        </section>
    }
}
