//! The keyboard shortcut sheet (`?`).

use yew::prelude::*;

use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct ShortcutsProps {
    pub lang: Lang,
    pub on_close: Callback<()>,
}

/// (keys, English, 简体中文).
const KEYS: &[(&str, &str, &str)] = &[
    ("→ / ←", "next / previous statement", "下一条 / 上一条语句"),
    (
        "Shift + → / ←",
        "one micro-step inside a pool call",
        "池调用内部的一个微步骤",
    ),
    ("Space", "play / pause", "播放 / 暂停"),
    ("Home / End", "first / last step", "第一步 / 最后一步"),
    ("p", "run to the next pool operation", "运行到下一个池操作"),
    (
        "d",
        "run to the next defer or panic",
        "运行到下一个 defer 或 panic",
    ),
    (
        "b",
        "run to the next breakpoint (click a line number to set one)",
        "运行到下一个断点（点击行号设置）",
    ),
    (
        "f",
        "presenter mode: large type for a projector",
        "演示模式：适合投影的大字号",
    ),
    ("?", "show or hide this sheet", "显示或隐藏此表"),
];

#[function_component(Shortcuts)]
pub fn shortcuts(props: &ShortcutsProps) -> Html {
    let zh = props.lang == Lang::Zh;
    html! {
        <aside class="shortcuts pane" role="dialog" aria-label={ if zh { "快捷键" } else { "Keyboard shortcuts" } }
               data-testid="shortcuts">
            <h2>{ if zh { "快捷键" } else { "Keyboard shortcuts" } }</h2>
            <table>
                { for KEYS.iter().map(|(k, en, cn)| html! {
                    <tr><th><kbd>{ *k }</kbd></th><td>{ if zh { *cn } else { *en } }</td></tr>
                }) }
            </table>
            <button class="lang" onclick={props.on_close.reform(|_| ())}>{ if zh { "关闭" } else { "Close" } }</button>
        </aside>
    }
}
