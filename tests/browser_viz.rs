//! Browser tests of the runtime pictures (wasm-bindgen-test in headless Chromium): what a step
//! changed is marked, a chip shows its value on focus, channels show their buffer and their
//! waiters, and objects slide between places unless the reader asked for reduced motion.
//! The page gets the real stylesheet, so what CSS shows or hides is tested too.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use js_sys::{Array, Function, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn doc() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// The app on a page with poolscope's stylesheet, opened at `hash` (a permalink's).
struct Page {
    root: Element,
    handle: yew::AppHandle<poolscope::ui::App>,
}

impl Page {
    async fn open(hash: &str) -> Page {
        if doc().get_element_by_id("viz-css").is_none() {
            let style = doc().create_element("style").unwrap();
            style.set_id("viz-css");
            style.set_text_content(Some(include_str!("../static/style.css")));
            doc().head().unwrap().append_child(&style).unwrap();
        }
        web_sys::window()
            .unwrap()
            .location()
            .set_hash(hash)
            .unwrap();
        let root = doc().create_element("div").unwrap();
        doc().body().unwrap().append_child(&root).unwrap();
        let handle = yew::Renderer::<poolscope::ui::App>::with_root(root.clone()).render();
        yew::scheduler::flush().await;
        Page { root, handle }
    }

    async fn close(self) {
        self.handle.destroy();
        yew::scheduler::flush().await;
        self.root.remove();
    }

    fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into().ok())
            .collect()
    }

    fn one(&self, selector: &str) -> Element {
        self.root
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
    }

    fn text(&self, selector: &str) -> String {
        self.one(selector).text_content().unwrap_or_default()
    }

    async fn press(&self, testid: &str) {
        let b: HtmlElement = self
            .one(&format!("[data-testid='{testid}']"))
            .dyn_into()
            .unwrap();
        b.click();
        yew::scheduler::flush().await;
    }

    async fn forward(&self) {
        self.press("btn-forward").await
    }
}

/// `document.getAnimations().length`: slides and fades still running.
fn running_animations() -> u32 {
    let f: Function = Reflect::get(&doc(), &"getAnimations".into())
        .unwrap()
        .dyn_into()
        .unwrap();
    let list: Array = f.call0(&doc()).unwrap().dyn_into().unwrap();
    list.length()
}

/// Whether an element carries a class (web-sys's `classList` needs a feature this crate
/// does not turn on).
trait HasClass {
    fn has_class(&self, class: &str) -> bool;
}

impl HasClass for Element {
    fn has_class(&self, class: &str) -> bool {
        self.class_name().split_whitespace().any(|c| c == class)
    }
}

fn shown(el: &Element) -> bool {
    el.clone().dyn_into::<HtmlElement>().unwrap().offset_width() > 0
}

#[wasm_bindgen_test]
async fn a_step_marks_the_places_it_changed_and_nothing_else() {
    let page = Page::open("#lesson=02-private-then-shared").await;
    assert!(
        page.all(".changed").is_empty(),
        "the first step has nothing to compare with"
    );
    // Step until the first Put lands in P0's private slot.
    let mut guard = 0;
    while page
        .all("[data-testid='pool0-p0-private'] .chip")
        .is_empty()
        && guard < 40
    {
        page.forward().await;
        guard += 1;
    }
    let private = page.one("[data-testid='pool0-p0-private'] .slot");
    assert!(private.has_class("changed"), "the Put filled it");
    assert_eq!(
        private.get_attribute("aria-description").as_deref(),
        Some("changed in this step"),
        "the change is told, not only coloured"
    );
    assert!(page
        .one("[data-testid='pool0-p0-private'] .chip")
        .has_class("changed"));
    // The next Put goes to the shared ring: the private slot is unchanged now, a ring slot is.
    let mut guard = 0;
    while page.all("[data-testid='ring-slot'] .chip").is_empty() && guard < 20 {
        page.forward().await;
        guard += 1;
    }
    assert!(!page
        .one("[data-testid='pool0-p0-private'] .slot")
        .has_class("changed"));
    let changed_slots = page.all("[data-testid='ring-slot'].changed");
    assert_eq!(changed_slots.len(), 1, "exactly the slot the Put filled");
    assert!(changed_slots[0].query_selector(".chip").unwrap().is_some());
    page.close().await;
}

#[wasm_bindgen_test]
async fn printed_lines_and_new_defer_records_are_marked() {
    let page = Page::open("#lesson=10-defer-lifo").await;
    let mut saw_defer = false;
    let mut saw_print = false;
    for _ in 0..80 {
        page.forward().await;
        if let Some(rec) = page.all("[data-testid='defer-record'].changed").first() {
            saw_defer = true;
            assert!(rec.text_content().unwrap().contains('('), "a call record");
        }
        if let Some(new) = page.all("[data-testid='stdout-new']").first() {
            saw_print = true;
            let all = page.text("[data-testid='stdout']");
            assert!(
                all.ends_with(&new.text_content().unwrap()),
                "the new text is the end of the output"
            );
        }
    }
    assert!(saw_defer, "a defer statement's record is marked");
    assert!(saw_print, "a step that prints marks what it printed");
    page.close().await;
}

#[wasm_bindgen_test]
async fn a_chip_shows_its_value_on_keyboard_focus() {
    let page = Page::open("#lesson=05-buffer-without-reset&step=23").await;
    let chip: HtmlElement = page
        .all("[data-obj]")
        .into_iter()
        .next()
        .expect("a pooled buffer is drawn")
        .dyn_into()
        .unwrap();
    assert_eq!(chip.tab_index(), 0, "chips take keyboard focus");
    let tip = chip.query_selector("[role='tooltip']").unwrap().unwrap();
    assert!(!shown(&tip), "the value waits for hover or focus");
    chip.focus().unwrap();
    assert!(shown(&tip), "focus shows the value");
    let words = tip.text_content().unwrap();
    let label = chip
        .query_selector(".id")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(words.starts_with(&format!("{label} = ")), "{words}");
    assert!(words.contains("alice"), "the buffer's contents: {words}");
    assert_eq!(
        chip.get_attribute("aria-describedby").as_deref(),
        Some(tip.id().as_str())
    );
    chip.blur().unwrap();
    page.close().await;
}

/// Steps forward until `done` holds (at most `max` steps); whether it came to hold.
async fn forward_until(page: &Page, max: usize, done: impl Fn(&Page) -> bool) -> bool {
    for _ in 0..max {
        if done(page) {
            return true;
        }
        page.forward().await;
    }
    done(page)
}

fn blocked_on_idle(page: &Page) -> bool {
    page.all("[data-testid='blocked-1']")
        .iter()
        .any(|b| b.text_content().unwrap_or_default().contains("idle"))
}

#[wasm_bindgen_test]
async fn the_connection_pools_channel_shows_its_buffer_and_who_waits() {
    // The third Get waits in its select on `idle` and on a timer.
    let page = Page::open("#lesson=07-not-a-connection-pool&step=60").await;
    assert!(
        forward_until(&page, 200, blocked_on_idle).await,
        "Get blocks"
    );
    let idle = page
        .all("[data-testid^='chan-']")
        .into_iter()
        .find(|c| {
            c.query_selector("h4")
                .unwrap()
                .and_then(|h| h.text_content())
                .is_some_and(|t| t.starts_with("idle"))
        })
        .expect("the idle channel is drawn");
    assert_eq!(
        idle.query_selector_all("[data-testid='chan-slot']")
            .unwrap()
            .length(),
        2,
        "one slot per unit of capacity"
    );
    let recvq = idle
        .query_selector("[data-testid='chan-recvq']")
        .unwrap()
        .unwrap();
    assert!(recvq.text_content().unwrap().contains("g1"));
    assert!(page.text("[data-testid='channels']").contains("time.After"));
    let blocked = page.text("[data-testid='blocked-1']");
    assert!(
        blocked.contains("receive from idle") && blocked.contains("receive from time.After"),
        "{blocked}"
    );
    // Later both connections are back, conn 2 first (the next to be received).
    let filled = |p: &Page| p.all("[data-testid='chan-slot'] .vchip").len() == 2;
    assert!(forward_until(&page, 100, filled).await, "both Puts land");
    let slots: Vec<String> = page
        .all("[data-testid='chan-slot']")
        .iter()
        .map(|s| s.text_content().unwrap())
        .collect();
    assert_eq!(slots, ["&{2}", "&{1}"]);
    assert!(
        page.all("[data-testid='chan-recvq']").is_empty(),
        "nobody waits now"
    );
    assert!(
        page.all("[data-testid='chan-slot']")[1].has_class("changed"),
        "the Put just filled the second slot"
    );
    page.close().await;
}

/// Steps forward, a slide's length apart, `steps` times or until a step moves a chip (with
/// motion on). Returns whether a chip moved, and whether some step marked a chip changed.
async fn step_until_motion(page: &Page, steps: usize) -> (bool, bool) {
    let mut marked = false;
    for _ in 0..steps {
        yew::platform::time::sleep(Duration::from_millis(320)).await;
        page.forward().await;
        marked |= !page.all(".chip.changed").is_empty();
        if running_animations() > 0 {
            return (true, marked);
        }
    }
    (false, marked)
}

fn set_reduced_motion(on: bool) {
    let html = doc().document_element().unwrap();
    if on {
        html.set_attribute("data-motion", "reduce").unwrap();
    } else {
        html.remove_attribute("data-motion").unwrap();
    }
}

#[wasm_bindgen_test]
async fn objects_slide_between_places_unless_motion_is_reduced() {
    // Lesson 1 Puts an object the program holds: the chip slides from "held" into the pool.
    let page = Page::open("#lesson=01-get-put-new").await;
    let (moved, marked) = step_until_motion(&page, 25).await;
    assert!(moved && marked, "some step moves a chip, and marks it");
    page.close().await;
    yew::platform::time::sleep(Duration::from_millis(320)).await;

    set_reduced_motion(true);
    let page = Page::open("#lesson=01-get-put-new").await;
    let (moved, marked) = step_until_motion(&page, 25).await;
    set_reduced_motion(false);
    assert!(!moved, "with reduced motion nothing slides or fades");
    assert!(marked, "changes are still marked");
    page.close().await;
}

/// The ghosts of dropped chips now fading on the page: their labels.
fn ghosts() -> Vec<String> {
    let list = doc().query_selector_all(".chip.ghost").unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i)?.text_content())
        .collect()
}

#[wasm_bindgen_test]
async fn chips_dropped_by_the_gc_fade_where_they_were() {
    // Lesson 4's third GC drops the victim cache: objects #4..#7 are gone at step 135.
    let page = Page::open("#lesson=04-victim-cache&step=134").await;
    let before: Vec<String> = page
        .all("[data-obj] .id")
        .iter()
        .filter_map(|e| e.text_content())
        .collect();
    assert!(before.contains(&"#4".to_string()), "{before:?}");
    yew::platform::time::sleep(Duration::from_millis(320)).await;
    page.forward().await;
    assert!(page.all("[data-obj='4']").is_empty(), "#4 was dropped");
    let faded = ghosts();
    assert!(faded.contains(&"#4".to_string()), "{faded:?}");
    assert!(
        faded.iter().all(|g| before.contains(g)),
        "only chips that were there"
    );
    yew::platform::time::sleep(Duration::from_millis(400)).await;
    assert!(ghosts().is_empty(), "a ghost is removed once faded");
    page.close().await;
}

#[wasm_bindgen_test]
async fn chinese_labels_for_channels_and_waits() {
    let page = Page::open("#lesson=07-not-a-connection-pool&step=60&lang=zh").await;
    assert!(
        forward_until(&page, 200, |p| !p
            .all("[data-testid='blocked-1']")
            .is_empty())
        .await,
        "Get blocks"
    );
    assert!(page.text("[data-testid='channels']").contains("通道"));
    assert!(page
        .text("[data-testid='blocked-1']")
        .contains("接收自 idle"));
    page.close().await;
}
