//! The code pane: the program with its current line marked, and compile errors shown at
//! their line and column.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::{ui, Lang, Ui};
use crate::run::session::CompileError;

#[derive(Properties, PartialEq)]
pub struct CodePaneProps {
    pub source: std::rc::Rc<str>,
    /// 1-based line of the current step.
    pub line: Option<usize>,
    pub errors: Vec<CompileError>,
    pub breakpoints: std::rc::Rc<Vec<usize>>,
    /// Where each live goroutine is: (goroutine id, line of its innermost frame).
    pub goroutine_lines: Vec<(u32, usize)>,
    /// A line number was clicked: toggle its breakpoint.
    pub on_break: Callback<usize>,
    pub lang: Lang,
}

#[function_component(CodePane)]
pub fn code_pane(props: &CodePaneProps) -> Html {
    let pre = use_node_ref();
    // Keep the current line in view by scrolling the code pane alone: scrollIntoView would
    // also scroll the page, and the controls or the question would jump away.
    {
        let pre = pre.clone();
        use_effect_with(props.line, move |_| {
            let Some(pre) = pre.cast::<web_sys::HtmlElement>() else {
                return;
            };
            let current = pre.query_selector(".line.current").ok().flatten();
            let Some(line) = current.and_then(|l| l.dyn_into::<web_sys::HtmlElement>().ok()) else {
                return;
            };
            let (top, height) = (line.offset_top(), line.offset_height());
            let (view, shown) = (pre.scroll_top(), pre.client_height());
            if top < view || top + height > view + shown {
                pre.set_scroll_top((top - shown / 3).max(0));
            }
        });
    }
    let lines = props.source.lines().enumerate().map(|(i, text)| {
        let n = i + 1;
        let current = props.line == Some(n);
        let brk = props.breakpoints.contains(&n);
        let here: Vec<u32> = props.goroutine_lines.iter().filter(|(_, l)| *l == n).map(|(g, _)| *g).collect();
        let errs = props.errors.iter().filter(|e| e.line == n);
        let on_break = props.on_break.clone();
        html! {
            <>
            <div class={classes!("line", current.then_some("current"), brk.then_some("brk"))}
                 data-line={n.to_string()} aria-current={current.then_some("step")}>
                <button class="ln" aria-pressed={brk.to_string()} data-testid={format!("ln-{n}")}
                        aria-label={format!("breakpoint on line {n}")}
                        onclick={Callback::from(move |_| on_break.emit(n))}>{ n }</button>
                <code>{ if text.is_empty() { " " } else { text } }</code>
                { for here.iter().map(|g| html! {
                    <span class={format!("gmark hue-{}", g % 8)} title={format!("goroutine {g} is here")}>{ format!("g{g}") }</span>
                }) }
            </div>
            { for errs.map(|e| html! {
                <div class="line-error" role="note" data-testid="compile-error">
                    { format!("{}:{}: {}", e.line, e.col, e.message) }
                </div>
            }) }
            </>
        }
    });
    html! {
        <section class="pane code" aria-label={ui(props.lang, Ui::Code)} data-testid="code-pane">
            <h2>{ ui(props.lang, Ui::Code) }</h2>
            <pre class="source" ref={pre}>{ for lines }</pre>
        </section>
    }
}
