//! One frame: everything the UI draws for one step, as plain data with no web types.

use std::rc::Rc;

use crate::i18n::Msg;

/// The output so far at one step: a prefix of the run's whole output. Every frame shares one
/// copy of the text, so a run that prints in a loop costs its output once, not once a step.
#[derive(Clone, Debug, Default, Eq)]
pub struct Out {
    all: Rc<str>,
    len: usize,
}

impl Out {
    /// The first `len` bytes of `all` (a length the output had at some step).
    pub fn prefix(all: &Rc<str>, len: usize) -> Out {
        Out {
            all: all.clone(),
            len: len.min(all.len()),
        }
    }

    /// A length recorded while the run goes on; the text is attached once it ends.
    pub fn pending(len: usize) -> Out {
        Out {
            all: Rc::from(""),
            len,
        }
    }

    /// Points a pending length at the run's whole output.
    pub fn attach(&mut self, all: &Rc<str>) {
        self.all = all.clone();
        self.len = self.len.min(all.len());
    }

    pub fn as_str(&self) -> &str {
        self.all.get(..self.len).unwrap_or("")
    }
}

impl std::ops::Deref for Out {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for Out {
    fn eq(&self, other: &Out) -> bool {
        self.as_str() == other.as_str()
    }
}

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

/// One sync.Pool: its per-P local array, its victim cache and its counters.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct PoolFrame {
    pub name: String,
    /// Per-P local pools, index = P id (empty until the pool is first pinned).
    pub local: Vec<ProcFrame>,
    /// Per-P victim cache (empty when there is none).
    pub victim: Vec<ProcFrame>,
    pub gets_private: u64,
    pub gets_shared: u64,
    pub gets_stolen: u64,
    pub gets_victim: u64,
    pub new_calls: u64,
    pub puts: u64,
    pub dropped: u64,
}

/// A P: the goroutine it runs and its local run queue (runnext first).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct PFrame {
    pub running: Option<u32>,
    pub runnext: Option<u32>,
    pub runq: Vec<u32>,
}

/// One call frame of a goroutine: the function and the line it is at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallFrame {
    pub func: String,
    pub line: usize,
}

/// A goroutine: its stack (innermost last), its defer records (next to run last),
/// whether it panics, and what it waits for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GFrame {
    pub id: u32,
    /// Go's status words: `running`, `runnable`, a wait reason such as `chan receive`, or
    /// `dead`.
    pub status: String,
    pub calls: Vec<CallFrame>,
    /// Defer records of every frame, outermost frame first; the last runs next.
    pub defers: Vec<String>,
    /// The value of the panic in flight, if any, and whether it was recovered.
    pub panic: Option<(String, bool)>,
}

/// One engine micro-step inside a statement: the Go function it mirrors and its sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MicroStep {
    pub go_func: String,
    pub caption: Msg,
    /// It moved an object (the step's headline, rather than a look that found nothing).
    pub moved: bool,
}

/// A pitfall a detector found at this step (`runtime::pitfalls`): its sentence, the line
/// of the mistake, and the lesson that explains it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub caption: Msg,
    pub line: usize,
    /// The lesson's number, for a `#lesson=NN` link.
    pub lesson: u8,
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
    /// The P that ran this step, and the goroutine.
    pub p: usize,
    pub gid: u32,
    pub procs: Vec<PFrame>,
    pub pools: Vec<PoolFrame>,
    pub goroutines: Vec<GFrame>,
    /// The pool engine's micro-steps inside this step, in order.
    pub micro: Vec<MicroStep>,
    /// Objects held by the program (goroutines or variables) at this step.
    pub held: Vec<ObjChip>,
    /// The program's output so far.
    pub stdout: Out,
    pub stderr: Out,
    /// Garbage collections so far (each runs poolCleanup).
    pub gcs: u64,
    /// This step continues the previous one: a later micro-step of the same pool call.
    pub continues: bool,
    /// The Ps that could take the next step, ascending (empty at the end, or when the next
    /// step shows the rest of a pool call). Two or more make this a scheduling point: the
    /// learner may choose who runs next.
    pub choices: Vec<u32>,
    /// Pitfalls found in this step.
    pub warnings: Vec<Warning>,
}

impl Frame {
    /// New calls so far, over every pool: the allocations a pool did not save.
    pub fn new_calls(&self) -> u64 {
        self.pools.iter().map(|p| p.new_calls).sum()
    }
}
