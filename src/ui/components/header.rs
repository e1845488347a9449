//! The header: product name, the lesson shown, and the language switch.

use yew::prelude::*;

use crate::i18n::{ui, Lang, Ui};

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub lang: Lang,
    pub title: String,
    pub on_lang: Callback<Lang>,
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
    html! {
        <header class="top">
            <div class="brand">
                <span class="logo" aria-hidden="true">{ "◎" }</span>
                <h1>{ "poolscope" }</h1>
                <span class="tagline">{ ui(lang, Ui::Tagline) }</span>
            </div>
            <nav class="lesson" aria-label={ui(lang, Ui::Lessons)}>
                <span class="label">{ ui(lang, Ui::Lessons) }{ ": " }</span>
                <span data-testid="lesson-title">{ &props.title }</span>
            </nav>
            <div class="langs" role="group" aria-label={ui(lang, Ui::Language)}>
                { button(Lang::En, "English") }
                { button(Lang::Zh, "简体中文") }
            </div>
        </header>
    }
}
