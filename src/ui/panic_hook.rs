//! A panic in Wasm kills the page. This hook at least says so, readably, on the page itself,
//! instead of leaving a frozen screen.

/// Installs the hook through Yew: `Renderer::render` replaces a hook set with
/// `std::panic::set_hook` by its own console-only one (found by tests/e2e/storage.test.js:
/// a crash left a frozen page with no message), but keeps one set this way.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        let detail = info.to_string();
        gloo::console::error!(format!("poolscope crashed: {detail}"));
        let doc = gloo::utils::document();
        let Ok(el) = doc.create_element("div") else {
            return;
        };
        el.set_id("fatal");
        el.set_attribute("role", "alert").ok();
        el.set_attribute("data-testid", "fatal").ok();
        el.set_class_name("fatal");
        // Text, never HTML: the message can contain user input.
        el.set_text_content(Some(&format!(
            "poolscope hit an internal error and stopped. Your code is kept; reload the page to \
             continue.\n\n{detail}"
        )));
        if let Some(body) = doc.body() {
            body.append_child(&el).ok();
        }
    }));
}
