//! The Yew playground (wasm32 only). It renders the engine's state at a step; it owns no engine logic.

pub fn start() {}
