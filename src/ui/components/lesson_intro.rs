//! The lesson's short introduction: what to watch for, and what to predict.

use yew::prelude::*;

use super::header::title;
use crate::i18n::Lang;
use crate::lessons::LessonData;

#[derive(Properties, PartialEq)]
pub struct LessonIntroProps {
    pub lesson: &'static LessonData,
    pub lang: Lang,
    pub editing: bool,
    pub on_toggle_edit: Callback<()>,
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
                <button class="lang edit-toggle" data-testid="btn-edit" aria-pressed={props.editing.to_string()}
                        onclick={props.on_toggle_edit.reform(|_| ())}>
                    { match (props.editing, props.lang == Lang::Zh) {
                        (false, false) => "Edit the code",
                        (false, true) => "编辑代码",
                        (true, false) => "Close the editor",
                        (true, true) => "关闭编辑器",
                    } }
                </button>
            </p>
        </section>
    }
}
