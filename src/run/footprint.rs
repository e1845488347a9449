//! What a snapshot of a [`Machine`] costs in memory, counted from its parts: the bytes a
//! `clone` copies (vectors of goroutines, frames, stack values, heap objects and their
//! elements, map entries, channel buffers, pool objects). Values behind an `Rc` (strings,
//! closures, aggregates) are shared by every clone, so they are not counted; output and
//! decisions are not part of a timeline's snapshots (see [`super::timeline`]); heap chunks
//! shared with the previous snapshot are counted there, not again.

use crate::runtime::heap::{Key, Obj};
use crate::runtime::machine::{DeferRec, Frame, Goroutine};
use crate::runtime::value::Value;
use crate::runtime::Machine;
use std::mem::size_of;
use std::rc::Rc;

/// Estimated bytes one snapshot of `m` holds beyond what it shares with `prev`, the snapshot
/// kept before it (heap chunks not written in between are shared, see
/// `runtime::chunks`).
pub fn snapshot_bytes(m: &Machine, prev: Option<&Machine>) -> usize {
    let value = size_of::<Value>();
    let mut n = size_of::<Machine>();
    for g in &m.gs {
        n += size_of::<Goroutine>() + g.stack.len() * value + g.frames.len() * size_of::<Frame>();
        for f in &g.frames {
            n += f.defers.len() * size_of::<DeferRec>();
            n += f.defers.iter().map(|d| d.args.len() * value).sum::<usize>();
        }
    }
    let before = prev.map_or(&[][..], |p| p.heap.objs.chunks());
    for (i, chunk) in m.heap.objs.chunks().iter().enumerate() {
        n += size_of::<usize>();
        if before.get(i).is_some_and(|c| Rc::ptr_eq(c, chunk)) {
            continue;
        }
        n += chunk.iter().map(obj_bytes).sum::<usize>();
    }
    n += m.ps.iter().map(|p| p.runq.len() * 4).sum::<usize>();
    n += m.pool.object_count() * size_of::<crate::pool::ObjectInfo>();
    n += m.pool_objs.len() * value;
    n
}

fn obj_bytes(o: &Obj) -> usize {
    let value = size_of::<Value>();
    size_of::<Obj>()
        + match o {
            Obj::Cell(_) => 0,
            Obj::Array(a) => a.len() * value,
            // A BTreeMap node holds about one entry per key with some slack.
            Obj::Map(mo) => {
                mo.entries.len() * (size_of::<Key>() + 2 * value) * 3 / 2
                    + mo.order.len() * size_of::<Key>()
            }
            Obj::Chan(c) => (c.buf.len() + c.sendq.len() + c.recvq.len()) * 2 * value,
        }
}
