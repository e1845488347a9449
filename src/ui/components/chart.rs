//! A small chart of the run: New calls (allocations a pool did not save) climbing over the
//! steps, with a tick at every GC, so "with a pool" and "without" can be seen, not read.

use yew::prelude::*;

use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    /// Per step: (New calls so far, GCs so far).
    pub series: std::rc::Rc<Vec<(u64, u64)>>,
    pub step: usize,
    pub lang: Lang,
}

const W: f64 = 600.0;
const H: f64 = 80.0;

#[function_component(Chart)]
pub fn chart(props: &ChartProps) -> Html {
    let s = &props.series;
    let n = s.len().max(2) as f64 - 1.0;
    let top = s.iter().map(|p| p.0).max().unwrap_or(0).max(1) as f64;
    let x = |i: usize| i as f64 / n * W;
    let y = |v: u64| H - 4.0 - v as f64 / top * (H - 12.0);
    let mut path = String::new();
    for (i, &(v, _)) in s.iter().enumerate() {
        path.push_str(&format!(
            "{}{:.1},{:.1} ",
            if i == 0 { "M" } else { "L" },
            x(i),
            y(v)
        ));
    }
    let gcs = s
        .windows(2)
        .enumerate()
        .filter(|(_, w)| w[1].1 > w[0].1)
        .map(|(i, _)| {
            let gx = format!("{:.1}", x(i + 1));
            html! { <line class="gc" x1={gx.clone()} x2={gx} y1="0" y2={H.to_string()} /> }
        });
    let now = format!("{:.1}", x(props.step));
    let (news, gc_total) = s.get(props.step).copied().unwrap_or_default();
    let zh = props.lang == Lang::Zh;
    let label = if zh {
        format!("到目前为止：New 调用 {news} 次，GC {gc_total} 次（竖线）")
    } else {
        format!("So far: {news} New calls, {gc_total} GCs (the vertical lines)")
    };
    html! {
        <figure class="chart" data-testid="chart">
            <svg viewBox={format!("0 0 {W} {H}")} preserveAspectRatio="none" role="img" aria-label={label.clone()}>
                { for gcs }
                <path class="news" d={path} />
                <line class="now" x1={now.clone()} x2={now} y1="0" y2={H.to_string()} />
            </svg>
            <figcaption>{ label }</figcaption>
        </figure>
    }
}
