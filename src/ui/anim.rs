//! Objects move visibly (FLIP): before the runtime pane draws a new frame, each object chip's
//! box is measured by object id; after it is drawn, every chip whose object now sits elsewhere
//! is slid from its old box to its new one, and a chip whose object is gone (dropped by a GC,
//! or let go by the program) fades out where it was.
//!
//! Only `transform` and `opacity` are animated, on the compositor, so the layout never moves;
//! when steps come faster than a slide lasts, or the reader asks for reduced motion
//! (`prefers-reduced-motion`, or `data-motion="reduce"` on `<html>`), nothing moves and the
//! changed places are only highlighted.

use gloo::timers::callback::Timeout;
use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

/// How long a slide or fade lasts, in milliseconds.
pub const SLIDE_MS: f64 = 280.0;

/// Calls `obj.name(args…)`: the few DOM methods used here without more web-sys features.
fn call(obj: &JsValue, name: &str, args: &[JsValue]) -> Option<JsValue> {
    let f: Function = Reflect::get(obj, &name.into()).ok()?.dyn_into().ok()?;
    f.apply(obj, &args.iter().collect::<Array>()).ok()
}

fn num(obj: &JsValue, key: &str) -> f64 {
    Reflect::get(obj, &key.into())
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0)
}

/// The top-left corner of an element's box, in viewport pixels.
fn corner(el: &Element) -> (f64, f64) {
    call(el, "getBoundingClientRect", &[]).map_or((0.0, 0.0), |r| (num(&r, "left"), num(&r, "top")))
}

fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &(*k).into(), v);
    }
    o.into()
}

/// `el.animate(from → to)`, returning the Animation so it can be cancelled.
fn animate(el: &Element, from: &[(&str, JsValue)], to: &[(&str, JsValue)]) -> Option<JsValue> {
    let frames: Array = [object(from), object(to)].iter().collect();
    let opts = object(&[
        ("duration", SLIDE_MS.into()),
        ("easing", "cubic-bezier(.2,.7,.3,1)".into()),
    ]);
    call(el, "animate", &[frames.into(), opts])
}

/// Whether the reader asked for reduced motion (the system setting, or the page's own).
pub fn reduced_motion() -> bool {
    let doc = gloo::utils::document();
    let own = doc
        .document_element()
        .and_then(|h| h.get_attribute("data-motion"))
        .is_some_and(|m| m == "reduce");
    let query = "(prefers-reduced-motion: reduce)".into();
    let system = call(&gloo::utils::window().into(), "matchMedia", &[query])
        .and_then(|mq| Reflect::get(&mq, &"matches".into()).ok())
        .and_then(|m| m.as_bool())
        .unwrap_or(false);
    own || system
}

fn now() -> f64 {
    js_sys::Date::now()
}

/// The chips of the last frame, by object id, and the motion still running.
#[derive(Default)]
pub struct Flip {
    /// Each chip's corner relative to the pane's, measured before the new frame was drawn.
    /// Ordered by object id.
    before: Vec<(u32, f64, f64)>,
    /// A measurement waits to be played after the next draw.
    pending: bool,
    /// When the last frame change was played (ms), to tell a fast run of steps.
    last_at: f64,
    running: Vec<JsValue>,
    ghosts: Vec<Element>,
}

fn chips(root: &Element) -> Vec<(u32, Element)> {
    let Ok(list) = root.query_selector_all("[data-obj]") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .filter_map(|el| Some((el.get_attribute("data-obj")?.parse().ok()?, el)))
        .collect()
}

impl Flip {
    /// Measures every chip under `root` before a new frame replaces them.
    pub fn measure(&mut self, root: &Element) {
        self.pending = true;
        // Playing at full speed: the next draw will not slide, so measure nothing (no layout
        // reads on the fast path).
        if now() - self.last_at < SLIDE_MS {
            self.before.clear();
            return;
        }
        let (rx, ry) = corner(root);
        self.before = chips(root)
            .into_iter()
            .map(|(id, el)| {
                let (x, y) = corner(&el);
                (id, x - rx, y - ry)
            })
            .collect();
        self.before.sort_unstable_by_key(|b| b.0);
    }

    /// Stops every slide and fade at once (their chips are already in their new boxes).
    fn stop(&mut self) {
        for a in self.running.drain(..) {
            call(&a, "cancel", &[]);
        }
        for g in self.ghosts.drain(..) {
            g.remove();
        }
    }

    /// After the new frame is drawn: slides each moved chip from its old box, fades out the
    /// chips whose objects are gone. Does nothing but stop old motion when motion is reduced
    /// or the last frame came less than a slide ago.
    pub fn play(&mut self, root: &Element) {
        if !std::mem::take(&mut self.pending) {
            return;
        }
        self.stop();
        let t = now();
        let fast = t - self.last_at < SLIDE_MS;
        self.last_at = t;
        let before = std::mem::take(&mut self.before);
        if fast || reduced_motion() {
            return;
        }
        let (rx, ry) = corner(root);
        let mut seen = Vec::with_capacity(before.len());
        for (id, el) in chips(root) {
            let Ok(at) = before.binary_search_by_key(&id, |b| b.0) else {
                continue;
            };
            let (_, bx, by) = before[at];
            seen.push(id);
            let (x, y) = corner(&el);
            let (dx, dy) = (bx - (x - rx), by - (y - ry));
            if dx.abs() + dy.abs() < 0.5 {
                continue;
            }
            let from = format!("translate({dx}px, {dy}px)");
            let moved = animate(
                &el,
                &[("transform", from.into())],
                &[("transform", "none".into())],
            );
            self.running.extend(moved);
        }
        for &(id, bx, by) in before.iter().filter(|b| !seen.contains(&b.0)) {
            self.fade_out(id, bx + rx, by + ry);
        }
    }

    /// A copy of a gone object's chip where it was, fading away; removed once faded.
    fn fade_out(&mut self, id: u32, x: f64, y: f64) {
        let doc = gloo::utils::document();
        let (Ok(ghost), Some(body)) = (doc.create_element("span"), doc.body()) else {
            return;
        };
        ghost.set_class_name(&format!("chip hue-{} ghost", id % 8));
        ghost.set_text_content(Some(&crate::run::caption::obj_label(id)));
        let _ = ghost.set_attribute("aria-hidden", "true");
        // Through CSSOM: the page's CSP (style-src 'self') refuses style attributes.
        if let Ok(style) = Reflect::get(&ghost, &"style".into()) {
            call(
                &style,
                "setProperty",
                &["left".into(), format!("{x}px").into()],
            );
            call(
                &style,
                "setProperty",
                &["top".into(), format!("{y}px").into()],
            );
        }
        if body.append_child(&ghost).is_err() {
            return;
        }
        let faded = animate(
            &ghost,
            &[("opacity", 1.into()), ("transform", "scale(1)".into())],
            &[("opacity", 0.into()), ("transform", "scale(.6)".into())],
        );
        self.running.extend(faded);
        let g = ghost.clone();
        Timeout::new(SLIDE_MS as u32, move || g.remove()).forget();
        self.ghosts.push(ghost);
    }
}
