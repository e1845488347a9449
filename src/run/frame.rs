//! One frame: everything the UI draws for one step, as plain data with no web types.

use crate::i18n::Msg;

/// An object as a chip: its identity and the short label shown on it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ObjChip {
    /// The engine's object id; it picks the chip's colour, so an object keeps its colour
    /// wherever it moves.
    pub id: u32,
    /// What the chip says, e.g. `#3`.
    pub label: String,
    /// The value shown on hover or focus, e.g. a buffer's contents.
    pub value: String,
}

/// One ring buffer (poolDequeue) of a P's shared chain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RingFrame {
    /// head and tail as Go keeps them (indices modulo 2^32, not yet reduced by the size).
    pub head: u32,
    pub tail: u32,
    /// One entry per slot; `None` is an empty (cleared) slot.
    pub slots: Vec<Option<ObjChip>>,
}

/// A P's poolLocal: its private slot and its shared chain, oldest ring first.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ProcFrame {
    pub private: Option<ObjChip>,
    pub rings: Vec<RingFrame>,
}

/// Everything the UI shows at one step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Frame {
    /// 1-based source line this step highlights, if it has one.
    pub line: Option<usize>,
    /// The one-sentence explanation, as a message key and arguments.
    pub caption: Msg,
    /// The Go function this step mirrors, e.g. `getSlow`.
    pub go_func: String,
    /// The P that ran this step.
    pub p: usize,
    /// Per-P local pools, index = P id.
    pub local: Vec<ProcFrame>,
    /// Per-P victim cache, index = P id (empty when there is no victim).
    pub victim: Vec<ProcFrame>,
    /// Objects held by the program (goroutines or variables) at this step.
    pub held: Vec<ObjChip>,
    /// The program's output so far.
    pub stdout: String,
}
