//! A run as the UI sees it: a list of frames, one per step, each a complete picture of the
//! engine at that step (what to draw, which line, what to say). Floor 3: it reads the engine,
//! the UI only renders it.

pub mod caption;
pub mod demo;
mod frame;
pub mod link;
mod player;

pub use frame::{Frame, ObjChip, ProcFrame, RingFrame};
pub use player::{Player, PlayerAction};
