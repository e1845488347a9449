//! A run as the UI sees it: a list of frames, one per step, each a complete picture of the
//! engine at that step (what to draw, which line, what to say). Floor 3: it reads the engine,
//! the UI only renders it.

pub mod caption;
mod chans;
pub mod footprint;
mod fork;
mod frame;
pub mod link;
pub mod live;
pub mod nav;
pub mod permalink;
mod player;
pub mod pools;
pub mod questions;
pub mod run_spec;
pub mod scrollback;
pub mod session;
pub mod timeline;

pub use frame::{
    Blocked, CallFrame, ChanFrame, ChanWait, Frame, GFrame, MicroStep, ObjChip, Out, PFrame,
    PoolFrame, ProcFrame, RingFrame, Warning,
};
pub use player::{Player, PlayerAction};
pub use run_spec::{Decision, RunSpec, SchedKind};
pub use timeline::{Moment, StepMark, Timeline};
