//! Turns a pool engine event into a caption (message key + named arguments) and the Go
//! function name it mirrors, as `pool.go` and `poolqueue.go` spell them.

use super::frame::Warning;
use crate::i18n::Msg;
use crate::pool::{ArgValue, Engine, Event, GoFunc};

/// Go's own name for the function a step mirrors.
pub fn go_name(f: GoFunc) -> &'static str {
    match f {
        GoFunc::Put => "Put",
        GoFunc::Get => "Get",
        GoFunc::GetSlow => "getSlow",
        GoFunc::Pin => "pin",
        GoFunc::PinSlow => "pinSlow",
        GoFunc::ProcUnpin => "runtime_procUnpin",
        GoFunc::PushHead => "pushHead",
        GoFunc::PopHead => "popHead",
        GoFunc::PopTail => "popTail",
        GoFunc::PoolCleanup => "poolCleanup",
        GoFunc::New => "New",
        GoFunc::Gomaxprocs => "runtime.GOMAXPROCS",
        GoFunc::Adopt => "",
        GoFunc::Close => "Close",
    }
}

/// An object's label, as its chip shows it.
pub fn obj_label(id: u32) -> String {
    format!("#{id}")
}

fn arg_text(engine: &Engine, v: ArgValue) -> String {
    match v {
        ArgValue::P(p) => format!("P{}", p.0),
        ArgValue::Pool(id) => engine
            .pool(id)
            .map(|p| p.name().to_string())
            .unwrap_or_default(),
        ArgValue::Obj(o) => obj_label(o.0),
        ArgValue::Goroutine(g) => format!("g{}", g.0),
        ArgValue::Int(n) => n.to_string(),
        ArgValue::Bool(b) => b.to_string(),
        ArgValue::Func(f) => go_name(f).to_string(),
    }
}

/// The warning a pitfall detector's event carries: its first argument is the line, the
/// rest fill `{1}`, `{2}`, ... of its sentence. None for any other event.
pub fn warning(e: &crate::runtime::machine::Event) -> Option<Warning> {
    let kind = crate::runtime::pitfalls::Kind::from_key(e.key)?;
    let caption = e
        .args
        .iter()
        .enumerate()
        .fold(Msg::new(e.key), |m, (i, a)| {
            m.arg(&i.to_string(), a.clone())
        });
    Some(Warning {
        caption,
        line: e.args.first().and_then(|l| l.parse().ok()).unwrap_or(0),
        lesson: kind.lesson(),
    })
}

/// The caption of one engine event.
pub fn event_msg(engine: &Engine, e: &Event) -> Msg {
    let mut m = Msg::new(e.key);
    if let Some(p) = e.p {
        m = m.arg("p", format!("P{}", p.0));
    }
    if let Some(pool) = e.pool {
        m = m.arg("pool", arg_text(engine, ArgValue::Pool(pool)));
    }
    if let Some(o) = e.obj {
        m = m.arg("obj", obj_label(o.0));
    }
    for a in &e.args {
        m = m.arg(a.name, arg_text(engine, a.value));
    }
    m
}
