//! The settings of a run: GOMAXPROCS, the Go version (loop variables), the scheduler (with
//! its seed) and automatic GC. Each change is reported as one [`SettingChange`]; the app
//! runs the program again from the start with it (a run is its settings and decisions).

use yew::prelude::*;

use crate::i18n::{ui, Lang, Ui};
use crate::lang::info::GoVersion;
use crate::run::SchedKind;

/// One setting changed by the learner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SettingChange {
    Procs(u32),
    Go(GoVersion),
    Sched(SchedKind),
    Seed(u64),
    /// Automatic GC every this many allocations, or off.
    GcEvery(Option<u32>),
}

/// GOMAXPROCS offered: the playground draws up to 8 Ps.
pub const MAX_PROCS: u32 = 8;
/// Automatic GC intervals offered, in allocations.
pub const GC_EVERY: &[u32] = &[2, 5, 10, 20, 50, 100, 1000];

#[derive(Properties, PartialEq)]
pub struct SettingsProps {
    pub procs: u32,
    pub go: GoVersion,
    pub sched: SchedKind,
    pub seed: u64,
    pub gc_every: Option<u32>,
    pub lang: Lang,
    pub on_change: Callback<SettingChange>,
}

/// A select's new value, parsed by `parse`; unparsable values are ignored.
fn on_select(
    cb: &Callback<SettingChange>,
    parse: fn(&str) -> Option<SettingChange>,
) -> Callback<Event> {
    let cb = cb.clone();
    Callback::from(move |e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        if let Some(c) = parse(&select.value()) {
            cb.emit(c);
        }
    })
}

fn sched_code(s: SchedKind) -> &'static str {
    match s {
        SchedKind::RoundRobin => "rr",
        SchedKind::Random => "random",
        SchedKind::Manual => "manual",
    }
}

fn parse_sched(v: &str) -> Option<SettingChange> {
    Some(SettingChange::Sched(match v {
        "rr" => SchedKind::RoundRobin,
        "random" => SchedKind::Random,
        "manual" => SchedKind::Manual,
        _ => return None,
    }))
}

fn parse_procs(v: &str) -> Option<SettingChange> {
    let n = v.parse::<u32>().ok()?;
    (1..=MAX_PROCS)
        .contains(&n)
        .then_some(SettingChange::Procs(n))
}

fn parse_go(v: &str) -> Option<SettingChange> {
    GoVersion::parse(v).map(SettingChange::Go)
}

fn parse_gc(v: &str) -> Option<SettingChange> {
    match v {
        "off" => Some(SettingChange::GcEvery(None)),
        n => n
            .parse::<u32>()
            .ok()
            .filter(|&n| n > 0)
            .map(|n| SettingChange::GcEvery(Some(n))),
    }
}

#[function_component(Settings)]
pub fn settings(props: &SettingsProps) -> Html {
    let lang = props.lang;
    let on_seed = {
        let cb = props.on_change.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Ok(n) = input.value().trim().parse::<u64>() {
                cb.emit(SettingChange::Seed(n));
            }
        })
    };
    // A link may ask for more Ps than the list offers (the runtime takes up to 64).
    let procs = (1..=MAX_PROCS.max(props.procs)).map(|n| {
        html! { <option value={n.to_string()} selected={n == props.procs}>{ n }</option> }
    });
    let gos = [
        (GoVersion::Go121, Ui::GoLoopVars121),
        (GoVersion::Go122, Ui::GoLoopVars122),
    ]
    .map(|(v, label)| {
        html! { <option value={v.number()} selected={v == props.go}>{ ui(lang, label) }</option> }
    });
    let scheds = [
        (SchedKind::RoundRobin, Ui::SchedRoundRobin),
        (SchedKind::Random, Ui::SchedRandom),
        (SchedKind::Manual, Ui::SchedManual),
    ]
    .map(|(s, label)| {
        html! { <option value={sched_code(s)} selected={s == props.sched}>{ ui(lang, label) }</option> }
    });
    // A link may carry an interval the list does not offer: offer it too.
    let mut every = GC_EVERY.to_vec();
    if let Some(n) = props.gc_every.filter(|n| !GC_EVERY.contains(n)) {
        every.push(n);
        every.sort_unstable();
    }
    let gcs = every.into_iter().map(|n| {
        html! {
            <option value={n.to_string()} selected={props.gc_every == Some(n)}>
                { format!("{n} {}", ui(lang, Ui::AutoGcEvery)) }
            </option>
        }
    });
    html! {
        <section class="settings" data-testid="settings" aria-label={ui(lang, Ui::Settings)}
                 title={ui(lang, Ui::SettingsRestart)}>
            <h2>{ ui(lang, Ui::Settings) }</h2>
            <label>
                <span class="k">{ "GOMAXPROCS" }</span>
                <select data-testid="settings-procs" onchange={on_select(&props.on_change, parse_procs)}>
                    { for procs }
                </select>
            </label>
            <label>
                <span class="k">{ ui(lang, Ui::GoVersion) }</span>
                <select data-testid="settings-go" onchange={on_select(&props.on_change, parse_go)}>
                    { for gos }
                </select>
            </label>
            <label>
                <span class="k">{ ui(lang, Ui::Scheduler) }</span>
                <select data-testid="settings-sched" onchange={on_select(&props.on_change, parse_sched)}>
                    { for scheds }
                </select>
            </label>
            if props.sched == SchedKind::Random {
                <label>
                    <span class="k">{ ui(lang, Ui::Seed) }</span>
                    <input data-testid="settings-seed" type="number" min="0" class="seed"
                           value={props.seed.to_string()} onchange={on_seed} />
                </label>
            }
            <label>
                <span class="k">{ ui(lang, Ui::AutoGc) }</span>
                <select data-testid="settings-gc" onchange={on_select(&props.on_change, parse_gc)}>
                    <option value="off" selected={props.gc_every.is_none()}>{ ui(lang, Ui::AutoGcOff) }</option>
                    { for gcs }
                </select>
            </label>
        </section>
    }
}
