//! Component tests in a real browser (wasm-bindgen-test in headless Chromium): the app mounts,
//! and its controls and keys move through the run.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlTextAreaElement, InputEvent, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

struct Mounted {
    root: web_sys::Element,
    handle: yew::AppHandle<poolscope::ui::App>,
}

impl Mounted {
    /// Unmounts the app (dropping its key listener) and removes its root.
    async fn done(self) {
        self.handle.destroy();
        yew::scheduler::flush().await;
        self.root.remove();
    }
}

async fn mount() -> Mounted {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<poolscope::ui::App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    Mounted { root, handle }
}

fn text(root: &web_sys::Element, testid: &str) -> String {
    root.query_selector(&format!("[data-testid='{testid}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("no element with data-testid={testid}"))
        .text_content()
        .unwrap_or_default()
}

async fn click(root: &web_sys::Element, testid: &str) {
    let el: HtmlElement = root
        .query_selector(&format!("[data-testid='{testid}']"))
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    el.click();
    yew::scheduler::flush().await;
}

async fn press(key: &str) {
    press_with(key, false).await
}

async fn press_with(key: &str, shift: bool) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_shift_key(shift);
    init.set_bubbles(true);
    let ev = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    document().dispatch_event(&ev).unwrap();
    yew::scheduler::flush().await;
}

fn step_of(counter: &str) -> (usize, usize) {
    // "Step 3 / 20" → (3, 20)
    let nums: Vec<usize> = counter
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|s| s.parse().ok())
        .collect();
    (nums[0], nums[1])
}

#[wasm_bindgen_test]
async fn app_mounts_with_shell_and_first_step() {
    let m = mount().await;
    let root = &m.root;
    assert!(text(root, "step-counter").trim().starts_with("Step 1 /"));
    assert!(
        !text(root, "caption").trim().is_empty(),
        "the first step has a caption"
    );
    assert!(root
        .query_selector("[data-testid='p-col-0']")
        .unwrap()
        .is_some());
    click(root, "btn-forward").await;
    assert!(
        root.query_selector(".line.current").unwrap().is_some(),
        "after a step, a source line is marked"
    );
    m.done().await;
}

#[wasm_bindgen_test]
async fn buttons_and_keys_step_forward_and_back() {
    let m = mount().await;
    let root = &m.root;
    let step = || step_of(&text(root, "step-counter")).0;
    let (_, total) = step_of(&text(root, "step-counter"));
    assert!(total > 3, "the run has several steps");
    let first_caption = text(root, "caption");
    click(root, "btn-forward").await;
    assert_eq!(step(), 2);
    assert_ne!(
        text(root, "caption"),
        first_caption,
        "each step explains itself"
    );
    press("ArrowRight").await;
    let after_key = step();
    assert_eq!(after_key, 3);
    // Shift+→ is one micro-step: exactly one frame.
    press_with("ArrowRight", true).await;
    assert_eq!(step(), after_key + 1);
    press_with("ArrowLeft", true).await;
    assert_eq!(step(), after_key);
    press("ArrowLeft").await;
    click(root, "btn-back").await;
    assert_eq!(step(), 1);
    assert_eq!(text(root, "caption"), first_caption);
    press("End").await;
    assert_eq!(step_of(&text(root, "step-counter")), (total, total));
    m.done().await;
}

#[wasm_bindgen_test]
async fn micro_steps_open_a_pool_call_and_jumps_find_pool_ops_and_breakpoints() {
    let m = mount().await;
    let root = &m.root;
    let step = || step_of(&text(root, "step-counter")).0;
    click(root, "btn-next-pool").await;
    let at = step();
    assert!(at > 1);
    let shown = || {
        root.query_selector_all("[data-testid='micro-steps'] li")
            .unwrap()
            .length()
    };
    // Inside the pool call, micro-steps show one at a time.
    assert_eq!(shown(), 1);
    press_with("ArrowRight", true).await;
    assert_eq!(step(), at + 1);
    assert_eq!(shown(), 2);
    // A statement step finishes the call: every micro-step of it is listed.
    press("ArrowRight").await;
    assert!(shown() >= 3, "the whole pool call is listed");
    // A breakpoint on line 16 (fmt.Println("Get ->", pool.Get())) stops there.
    click(root, "ln-16").await;
    click(root, "btn-next-break").await;
    assert!(root
        .query_selector(".line.current[data-line='16']")
        .unwrap()
        .is_some());
    press("?").await;
    assert!(text(root, "shortcuts").contains("micro-step"));
    m.done().await;
}

#[wasm_bindgen_test]
async fn stepping_a_pool_lesson_moves_objects_into_the_pool() {
    let m = mount().await;
    let root = &m.root;
    // The default lesson Puts 1..5: after enough steps, P0's private slot holds object 1.
    // Step to where all five Puts are done (before the first Get).
    while step_of(&text(root, "step-counter")).0 < 15 {
        click(root, "btn-forward").await;
    }
    let private = text(root, "pool0-p0-private");
    assert!(
        private.contains('1'),
        "P0's private slot shows the first Put: {private}"
    );
    assert!(
        root.query_selector_all("[data-testid='ring-slot'] .chip")
            .unwrap()
            .length()
            >= 1
    );
    m.done().await;
}

#[wasm_bindgen_test]
async fn language_switch_translates_labels() {
    let m = mount().await;
    let root = &m.root;
    click(root, "lang-zh").await;
    assert!(text(root, "step-counter").contains("步骤"));
    click(root, "lang-en").await;
    assert!(text(root, "step-counter").contains("Step"));
    m.done().await;
}

#[wasm_bindgen_test]
async fn a_question_is_asked_before_its_reveal_and_judged_after() {
    let m = mount().await;
    let root = &m.root;
    let has = |id: &str| {
        root.query_selector(&format!("[data-testid='{id}']"))
            .unwrap()
            .is_some()
    };
    let mut steps = 0;
    while !has("question") && steps < 60 {
        click(root, "btn-forward").await;
        steps += 1;
    }
    assert!(has("question"), "lesson 2 asks before its reveal");
    assert!(
        !text(root, "console").contains("Get -> 5"),
        "the answer is not on screen yet"
    );
    click(root, "choice-1").await;
    assert!(text(root, "verdict").contains("Step forward"));
    let mut more = 0;
    while !text(root, "verdict").contains("Right") && more < 10 {
        click(root, "btn-forward").await;
        more += 1;
    }
    assert!(
        text(root, "verdict").contains("Right"),
        "the pick of 5 is judged right"
    );
    assert!(text(root, "console").contains("Get -> 5"));
    m.done().await;
}

#[wasm_bindgen_test]
async fn a_question_not_answered_still_shows_the_answer_at_its_reveal() {
    let m = mount().await;
    let root = &m.root;
    let has = |sel: &str| root.query_selector(sel).unwrap().is_some();
    let mut steps = 0;
    while !has("[data-testid='question']") && steps < 60 {
        click(root, "btn-forward").await;
        steps += 1;
    }
    assert!(!has(".choice.right"), "nothing is marked before the reveal");
    let mut more = 0;
    while !text(root, "verdict").contains("Revealed") && more < 10 {
        click(root, "btn-forward").await;
        more += 1;
    }
    assert!(text(root, "verdict").contains("Revealed"));
    // Lesson 2: the first Get after Put 1..5 gives 5 (choice 1), as real Go prints.
    let right = root
        .query_selector(".choice.right")
        .unwrap()
        .expect("a marked choice");
    assert_eq!(
        right.get_attribute("data-testid").as_deref(),
        Some("choice-1")
    );
    assert!(text(root, "console").contains("Get -> 5"));
    m.done().await;
}

/// Types `code` into the editor as a user would (value + input event).
async fn type_code(root: &web_sys::Element, code: &str) {
    let area: HtmlTextAreaElement = root
        .query_selector("[data-testid='editor-text']")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    area.set_value(code);
    area.dispatch_event(&InputEvent::new("input").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn edited_code_runs_shows_compile_errors_and_is_kept() {
    let m = mount().await;
    let root = &m.root;
    click(root, "btn-edit").await;
    type_code(root, "package main\n\nfunc main() {\n\tx := 1\n}\n").await;
    click(root, "btn-run").await;
    assert!(
        text(root, "compile-error").contains("4:2: declared and not used: x"),
        "the error shows at its line and column"
    );
    let program = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tdefer fmt.Println(\"world\")\n\tfmt.Println(\"hello\")\n}\n";
    type_code(root, program).await;
    // Autosaved as typed: a reload would find it.
    let saved = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("poolscope.code.02-private-then-shared")
        .unwrap();
    assert_eq!(saved.as_deref(), Some(program));
    click(root, "btn-run").await;
    press("End").await;
    assert_eq!(text(root, "console").trim(), "hello\nworld");
    click(root, "btn-reset").await;
    assert!(
        text(root, "code-pane").contains("pool.Put(i)"),
        "reset brings the lesson back"
    );
    m.done().await;
}

/// Picks `value` in the select `testid`, as a user would (value + change event).
async fn select(root: &web_sys::Element, testid: &str, value: &str) {
    let el: web_sys::HtmlSelectElement = root
        .query_selector(&format!("[data-testid='{testid}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("no select {testid}"))
        .dyn_into()
        .unwrap();
    el.set_value(value);
    el.dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
}

fn has(root: &web_sys::Element, testid: &str) -> bool {
    root.query_selector(&format!("[data-testid='{testid}']"))
        .unwrap()
        .is_some()
}

#[wasm_bindgen_test]
async fn settings_run_the_program_again_with_them() {
    let m = mount().await;
    let root = &m.root;
    assert!(text(root, "settings").contains("GOMAXPROCS"));
    assert!(!has(root, "p-col-1"), "lesson 2 runs on one P");
    click(root, "btn-forward").await;
    // GOMAXPROCS 4: four P columns, from the first step again.
    select(root, "settings-procs", "4").await;
    assert!(has(root, "p-col-3") && !has(root, "p-col-4"));
    let (first, plain) = step_of(&text(root, "step-counter"));
    assert_eq!(first, 1);
    // The seed is asked for only with the random scheduler.
    assert!(!has(root, "settings-seed"));
    select(root, "settings-sched", "random").await;
    assert!(has(root, "settings-seed"));
    select(root, "settings-sched", "rr").await;
    assert!(!has(root, "settings-seed"));
    // Automatic GC every 2 allocations: the collections are steps of the run.
    select(root, "settings-gc", "2").await;
    let (_, with_gc) = step_of(&text(root, "step-counter"));
    assert!(with_gc > plain, "{with_gc} steps with GCs, {plain} without");
    press("End").await;
    assert!(
        !text(root, "pool-stats").contains("dropped by GC 0"),
        "{}",
        text(root, "pool-stats")
    );
    select(root, "settings-gc", "off").await;
    assert_eq!(step_of(&text(root, "step-counter")).1, plain);
    // Go 1.21 compiles and runs the lesson too; the label says what changes.
    select(root, "settings-go", "1.21").await;
    assert!(text(root, "settings").contains("one variable per loop"));
    assert_eq!(step_of(&text(root, "step-counter")).0, 1);
    click(root, "lang-zh").await;
    assert!(text(root, "settings").contains("调度器"));
    click(root, "lang-en").await;
    select(root, "settings-go", "1.22").await;
    select(root, "settings-procs", "1").await;
    m.done().await;
}

#[wasm_bindgen_test]
async fn the_gc_button_moves_the_primary_cache_to_the_victim_cache() {
    let m = mount().await;
    let root = &m.root;
    while step_of(&text(root, "step-counter")).0 < 15 {
        click(root, "btn-forward").await;
    }
    assert!(!has(root, "victim0-p0-private"), "no victim cache yet");
    let before = step_of(&text(root, "step-counter"));
    click(root, "btn-gc").await;
    let after = step_of(&text(root, "step-counter"));
    // The GC is part of the run now: its micro-steps are steps, and the view shows it done.
    assert!(after.1 > before.1, "{after:?} vs {before:?}");
    assert!(
        text(root, "victim0-p0-private").contains('1'),
        "object 1 moved from the private slot to the victim cache"
    );
    m.done().await;
}

#[path = "determinism/trace.rs"]
mod trace;

/// The same runs as `tests/determinism.rs` natively, here in Wasm (32-bit `usize`, the
/// browser's float formatting): every digest matches the committed file.
#[wasm_bindgen_test]
fn wasm_traces_match_the_native_digests() {
    let diff = trace::differences(&trace::digests());
    assert!(
        diff.is_empty(),
        "Wasm and native traces differ:\n{}",
        diff.join("\n")
    );
}

/// A link whose decision count wraps a 32-bit `usize` is refused, not expanded into
/// billions of decisions (which ran the page out of memory); see tests/fuzz_link.rs.
#[wasm_bindgen_test]
fn a_decision_count_that_wraps_32_bits_is_refused_in_wasm() {
    let text = include_str!("fuzz_corpus/regressions/permalink_decision_count_wraps_32_bits.link");
    assert_eq!(
        poolscope::run::permalink::decode(text),
        Err(poolscope::run::permalink::LinkError::TooLarge)
    );
}

/// Markup in a program, its output and its panic value arrives in the DOM as characters.
#[wasm_bindgen_test]
async fn markup_in_code_output_and_panics_stays_text() {
    let m = mount().await;
    let root = &m.root;
    let payload =
        r#"<img src=x onerror="document.title='pwned'"><script>document.title='pwned'</script>"#;
    click(root, "btn-edit").await;
    let program = format!(
        "package main\n\nimport \"fmt\"\n\nfunc main() {{\n\tfmt.Println(`{payload}`)\n\tpanic(`{payload}`)\n}}\n"
    );
    type_code(root, &program).await;
    click(root, "btn-run").await;
    press("End").await;
    assert!(text(root, "code-pane").contains(payload));
    let out = root
        .query_selector("[data-testid='console'] .stdout")
        .unwrap()
        .unwrap();
    assert_eq!(
        out.text_content().unwrap_or_default(),
        format!("{payload}\n")
    );
    assert_eq!(
        out.child_element_count(),
        0,
        "no element made from the output"
    );
    assert!(text(root, "stderr").starts_with(&format!("panic: {payload}")));
    assert!(text(root, "panic").contains(payload));
    let made = root
        .query_selector_all("img, script, [onerror]")
        .unwrap()
        .length();
    assert_eq!(made, 0, "no element made from the program's text");
    assert_ne!(document().title(), "pwned");
    click(root, "btn-reset").await;
    m.done().await;
}

/// The pool's statistics line is in the page's language, with full-width punctuation in
/// Chinese (it printed English source names inside ASCII parentheses).
#[wasm_bindgen_test]
async fn pool_stats_follow_the_language() {
    let m = mount().await;
    let root = &m.root;
    press("End").await;
    let en = text(root, "pool-stats");
    assert!(en.contains("(private ") && en.contains("stolen"), "{en}");
    click(root, "lang-zh").await;
    let zh = text(root, "pool-stats");
    assert!(zh.contains("（私有槽 ") && zh.contains("偷取"), "{zh}");
    assert!(!zh.contains("stolen") && !zh.contains('('), "{zh}");
    click(root, "lang-en").await;
    m.done().await;
}
