//! Teacher notes: the lesson's key point, the wrong answer rooms usually give, and each
//! question with its answer — for the person at the front, not the projector.

use yew::prelude::*;

use crate::i18n::Lang;
use crate::lessons::LessonData;

#[derive(Properties, PartialEq)]
pub struct TeacherNotesProps {
    pub lesson: &'static LessonData,
    pub lang: Lang,
}

#[function_component(TeacherNotes)]
pub fn teacher_notes(props: &TeacherNotesProps) -> Html {
    let l = props.lesson;
    let zh = props.lang == Lang::Zh;
    let t = &l.teacher;
    let questions = l.questions.iter().map(|q| {
        let choices = if zh { q.choices_zh } else { q.choices };
        let answer = choices
            .get(q.answer.max(0) as usize)
            .copied()
            .unwrap_or_default();
        html! {
            <li>{ if zh { q.prompt_zh } else { q.prompt_en } }{ " → " }<code>{ answer }</code></li>
        }
    });
    html! {
        <section class="pane teacher" data-testid="teacher-notes">
            <h2>{ if zh { "教师备注" } else { "Teacher notes" } }</h2>
            <p><strong>{ if zh { "要点：" } else { "Key point: " } }</strong>{ if zh { t.key_zh } else { t.key_en } }</p>
            <p><strong>{ if zh { "常见错误答案：" } else { "Common wrong answer: " } }</strong>{ if zh { t.wrong_zh } else { t.wrong_en } }</p>
            <ol>{ for questions }</ol>
        </section>
    }
}
