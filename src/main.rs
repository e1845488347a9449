//! The Trunk entry point: on wasm32 it mounts the playground; natively it does nothing.

#[cfg(target_arch = "wasm32")]
fn main() {
    poolscope::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("poolscope-web is the browser entry point; build it with `trunk build`.");
}
