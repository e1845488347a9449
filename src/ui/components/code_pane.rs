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
    // One callback for every line, the same across renders, so a line whose props did not
    // change skips its render (a fresh callback per line would re-render all of them).
    let on_break = {
        let latest = use_mut_ref(|| props.on_break.clone());
        *latest.borrow_mut() = props.on_break.clone();
        use_callback((), move |n: usize, _| latest.borrow().emit(n))
    };
    let lines = props.source.lines().enumerate().map(|(i, text)| {
        let n = i + 1;
        html! {
            <CodeLine {n} text={AttrValue::from(text.to_string())} current={props.line == Some(n)}
                      brk={props.breakpoints.contains(&n)}
                      here={props.goroutine_lines.iter().filter(|(_, l)| *l == n).map(|(g, _)| *g).collect::<Vec<u32>>()}
                      errors={props.errors.iter().filter(|e| e.line == n).cloned().collect::<Vec<CompileError>>()}
                      on_break={on_break.clone()} />
        }
    });
    html! {
        <section class="pane code" aria-label={ui(props.lang, Ui::Code)} data-testid="code-pane">
            <h2>{ ui(props.lang, Ui::Code) }</h2>
            <pre class="source" ref={pre}>{ for lines }</pre>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct CodeLineProps {
    /// 1-based line number.
    n: usize,
    text: AttrValue,
    current: bool,
    brk: bool,
    /// The goroutines whose innermost frame is on this line.
    here: Vec<u32>,
    errors: Vec<CompileError>,
    on_break: Callback<usize>,
}

/// One source line with its number (a breakpoint toggle), goroutine marks and errors.
#[function_component(CodeLine)]
fn code_line(props: &CodeLineProps) -> Html {
    let CodeLineProps {
        n,
        text,
        current,
        brk,
        here,
        errors,
        on_break,
    } = props;
    let (n, current, brk) = (*n, *current, *brk);
    let on_break = on_break.clone();
    html! {
        <>
        <div class={classes!("line", current.then_some("current"), brk.then_some("brk"))}
             data-line={n.to_string()} aria-current={current.then_some("step")}>
            <button class="ln" aria-pressed={brk.to_string()} data-testid={format!("ln-{n}")}
                    aria-label={format!("breakpoint on line {n}")}
                    onclick={Callback::from(move |_| on_break.emit(n))}>{ n }</button>
            <code>{ if text.is_empty() { " " } else { text.as_str() } }</code>
            { for here.iter().map(|g| html! {
                <span class={format!("gmark hue-{}", g % 8)} title={format!("goroutine {g} is here")}>{ format!("g{g}") }</span>
            }) }
        </div>
        { for errors.iter().map(|e| html! {
            <div class="line-error" role="note" data-testid="compile-error">
                { format!("{}:{}: {}", e.line, e.col, e.message) }
            </div>
        }) }
        </>
    }
}
