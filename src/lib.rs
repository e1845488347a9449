//! poolscope: step through Go's `sync.Pool` and `defer`.
//!
//! The crate is layered; no module imports from a floor above its own:
//! - floor 1: [`pool`] (the port of Go's sync.Pool) and [`lang`] (Go source → checked AST);
//! - floor 2: [`runtime`] (the resumable interpreter, goroutines on Ps, which drives the pool);
//! - floor 3: [`run`] (a run as frames the UI draws) and [`i18n`] (message keys → sentences);
//! - floor 4: `ui` (Yew, wasm32 only) and the `poolscope` command line.
//!
//! Nothing below `ui` uses a web crate: those are declared for wasm32 only, so a native
//! `cargo test` fails at once if the engine reaches for one.

pub mod lang;
pub mod pool;
pub mod runtime;

pub mod i18n;
pub mod lessons;
pub mod run;

#[cfg(target_arch = "wasm32")]
pub mod ui;
