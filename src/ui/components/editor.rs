//! The editor: the learner's own version of the program, with Run and Reset. What they type
//! is saved as they type (see `ui::storage`); a failed run never loses it.

use yew::prelude::*;

use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub draft: std::rc::Rc<str>,
    /// Whether the draft could be saved in this browser.
    pub saved: bool,
    pub lang: Lang,
    pub on_edit: Callback<String>,
    pub on_run: Callback<()>,
    pub on_reset: Callback<()>,
    /// Put a link to this run in the address bar.
    pub on_share: Callback<()>,
}

#[function_component(Editor)]
pub fn editor(props: &EditorProps) -> Html {
    let zh = props.lang == Lang::Zh;
    let oninput = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            on_edit.emit(area.value());
        })
    };
    html! {
        <section class="pane editor" data-testid="editor">
            <h2>{ if zh { "编辑并运行" } else { "Edit and run" } }</h2>
            <textarea class="code-edit" data-testid="editor-text" spellcheck="false"
                      aria-label={ if zh { "Go 源代码" } else { "Go source" } }
                      value={props.draft.to_string()} {oninput} />
            <div class="edit-bar">
                <button class="run" data-testid="btn-run" onclick={props.on_run.reform(|_| ())}>
                    { if zh { "运行" } else { "Run" } }
                </button>
                <button class="lang" data-testid="btn-reset" onclick={props.on_reset.reform(|_| ())}>
                    { if zh { "恢复课程代码" } else { "Reset to the lesson" } }
                </button>
                <button class="lang" data-testid="btn-link" onclick={props.on_share.reform(|_| ())}
                        title={ if zh { "把这段代码放进地址栏的链接里" } else { "Put a link to this code in the address bar" } }>
                    { if zh { "生成链接" } else { "Link" } }
                </button>
                <span class="saved" data-testid="saved" role="status">{
                    match (props.saved, zh) {
                        (true, false) => "Saved in this browser.",
                        (true, true) => "已保存在此浏览器中。",
                        (false, false) => "Not saved: this browser's storage is unavailable.",
                        (false, true) => "未保存：此浏览器的存储不可用。",
                    }
                }</span>
            </div>
        </section>
    }
}
