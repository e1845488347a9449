//! Draws the pool engine's state as frames: per pool, per P, the private slot and the rings,
//! local and victim, with each object as a chip that shows its value.

use super::caption::obj_label;
use super::frame::{ObjChip, PoolFrame, ProcFrame, RingFrame};
use crate::pool::{Engine, LocalView, ObjId, Place, PoolView};

/// Reads an object's value for its chip.
pub trait Describe {
    fn describe_obj(&self, id: ObjId) -> String;
}

fn chip(d: &dyn Describe, id: ObjId) -> ObjChip {
    ObjChip {
        id: id.0,
        label: obj_label(id.0),
        value: d.describe_obj(id),
    }
}

fn proc_frame(d: &dyn Describe, l: &LocalView) -> ProcFrame {
    ProcFrame {
        private: l.private.map(|o| chip(d, o)),
        rings: l
            .rings
            .iter()
            .map(|r| RingFrame {
                head: r.head,
                tail: r.tail,
                slots: r.slots.iter().map(|s| s.map(|o| chip(d, o))).collect(),
            })
            .collect(),
    }
}

fn pool_frame(d: &dyn Describe, v: &PoolView) -> PoolFrame {
    let s = &v.stats;
    PoolFrame {
        name: v.name.clone(),
        local: v.local.iter().map(|l| proc_frame(d, l)).collect(),
        victim: v.victim.iter().map(|l| proc_frame(d, l)).collect(),
        gets_private: s.gets_private,
        gets_shared: s.gets_own_shared,
        gets_stolen: s.gets_stolen,
        gets_victim: s.gets_victim(),
        new_calls: s.new_calls,
        puts: s.puts,
        dropped: s.dropped_by_gc,
    }
}

/// Every pool of the engine, drawn.
pub fn pool_frames(engine: &Engine, d: &dyn Describe) -> Vec<PoolFrame> {
    engine.views().iter().map(|v| pool_frame(d, v)).collect()
}

/// The objects the program holds (got from a pool or made, not in any pool).
pub fn held_chips(engine: &Engine, d: &dyn Describe) -> Vec<ObjChip> {
    engine
        .objects()
        .filter(|(_, place, _)| matches!(place, Place::Held { .. }))
        .map(|(id, _, _)| chip(d, id))
        .collect()
}
