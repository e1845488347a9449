//! A panic in Wasm kills the page. This hook at least says so, readably, on the page itself,
//! instead of leaving a frozen screen.

use std::panic;

pub fn install() {
    panic::set_hook(Box::new(|info| {
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
