//! The Yew playground (wasm32 only). It renders the run at the current step and ticks the
//! player; all engine logic lives below it, in `run`, `runtime`, `lang` and `pool`.

mod app;
mod components;
mod panic_hook;
mod steer;
mod storage;

pub use app::App;

/// Mounts the playground on `<body>`, after installing the panic hook.
pub fn start() {
    panic_hook::install();
    if let Some(boot) = gloo::utils::document().get_element_by_id("boot") {
        boot.remove();
    }
    yew::Renderer::<App>::new().render();
}
