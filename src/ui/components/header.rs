//! The header: product name, the lesson picker, presenter mode, the link to this view,
//! teacher notes and the language switch.

use yew::prelude::*;

use crate::i18n::{ui, Lang, Ui};
use crate::lessons::{LessonData, LESSONS};

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub lang: Lang,
    pub lesson: &'static LessonData,
    pub on_lang: Callback<Lang>,
    pub on_open: Callback<&'static LessonData>,
    /// Teacher notes are shown.
    pub teacher: bool,
    pub on_teacher: Callback<()>,
    /// Presenter mode is on.
    pub present: bool,
    pub on_present: Callback<()>,
    /// Put this view's link (settings, choices and step included) in the address bar and
    /// copy it.
    pub on_share: Callback<()>,
    /// The link was just copied.
    pub copied: bool,
}

/// A lesson's title in the chosen language.
pub fn title(l: &LessonData, lang: Lang) -> &'static str {
    if lang == Lang::Zh {
        l.title_zh
    } else {
        l.title_en
    }
}

#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let lang = props.lang;
    let button = |l: Lang, label: &'static str| {
        let on_lang = props.on_lang.clone();
        html! {
            <button class="lang" aria-pressed={(lang == l).to_string()}
                    data-testid={format!("lang-{}", l.code())}
                    onclick={Callback::from(move |_| on_lang.emit(l))}>{ label }</button>
        }
    };
    let on_change = {
        let on_open = props.on_open.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(l) = LESSONS.iter().find(|l| l.slug == select.value()) {
                on_open.emit(l);
            }
        })
    };
    let options = LESSONS.iter().enumerate().map(|(i, l)| {
        html! {
            <option value={l.slug} selected={l.slug == props.lesson.slug}>
                { format!("{}. {}", i + 1, title(l, lang)) }
            </option>
        }
    });
    html! {
        <header class="top">
            <div class="brand">
                <span class="logo" aria-hidden="true">{ "◎" }</span>
                <h1>{ "poolscope" }</h1>
                <span class="tagline">{ ui(lang, Ui::Tagline) }</span>
            </div>
            <label class="lesson">
                <span class="label">{ ui(lang, Ui::Lessons) }</span>
                <select data-testid="lesson-picker" onchange={on_change}>{ for options }</select>
            </label>
            <button class="lang" data-testid="present-toggle" aria-pressed={props.present.to_string()}
                    title={ if lang == Lang::Zh { "演示模式（f）" } else { "Presenter mode (f)" } }
                    onclick={props.on_present.reform(|_| ())}>
                { if lang == Lang::Zh { "演示" } else { "Present" } }
            </button>
            <button class="lang" data-testid="btn-copy-link" onclick={props.on_share.reform(|_| ())}
                    title={ if lang == Lang::Zh { "把这个视图（设置、调度选择与步骤）放进地址栏并复制" } else { "Put this view (settings, scheduling choices and step) in the address bar and copy it" } }>
                { ui(lang, if props.copied { Ui::LinkCopied } else { Ui::CopyLink }) }
            </button>
            <button class="lang" data-testid="teacher-toggle" aria-pressed={props.teacher.to_string()}
                    onclick={props.on_teacher.reform(|_| ())}>
                { if lang == Lang::Zh { "教师备注" } else { "Teacher notes" } }
            </button>
            <div class="langs" role="group" aria-label={ui(lang, Ui::Language)}>
                { button(Lang::En, "English") }
                { button(Lang::Zh, "简体中文") }
            </div>
        </header>
    }
}
