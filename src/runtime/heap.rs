//! The heap: cells (address-taken and captured variables, `new(T)`, `&T{}`), slice
//! backing arrays, maps and channels. Objects are addressed by index; there is no
//! collector (a run is bounded by its step budget), only the pool engine's own GC.

use super::value::{Ptr, SliceRef, Value};
use std::cmp::Ordering;
use std::collections::{BTreeMap, VecDeque};
use std::rc::Rc;

/// Largest number of elements one `make` or `append` may allocate.
pub const MAX_ALLOC: u64 = 1 << 24;

/// A map key, ordered the way `fmt` sorts map keys (numbers numerically, strings
/// lexically, false before true, nil first).
#[derive(Clone, Debug, PartialEq)]
pub enum Key {
    Nil,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Rc<str>),
    Ptr(Ptr),
    Chan(u32),
    Agg(Vec<Key>),
    Iface(u32, Box<Key>),
}

impl Eq for Key {}

impl Ord for Key {
    fn cmp(&self, o: &Key) -> Ordering {
        fn rank(k: &Key) -> u8 {
            match k {
                Key::Nil => 0,
                Key::Bool(_) => 1,
                Key::Int(_) => 2,
                Key::Float(_) => 3,
                Key::Str(_) => 4,
                Key::Ptr(_) => 5,
                Key::Chan(_) => 6,
                Key::Agg(_) => 7,
                Key::Iface(..) => 8,
            }
        }
        match (self, o) {
            (Key::Bool(a), Key::Bool(b)) => a.cmp(b),
            (Key::Int(a), Key::Int(b)) => a.cmp(b),
            (Key::Float(a), Key::Float(b)) => a.total_cmp(b),
            (Key::Str(a), Key::Str(b)) => a.cmp(b),
            (Key::Ptr(a), Key::Ptr(b)) => a.cmp(b),
            (Key::Chan(a), Key::Chan(b)) => a.cmp(b),
            (Key::Agg(a), Key::Agg(b)) => a.cmp(b),
            (Key::Iface(t, a), Key::Iface(u, b)) => t.cmp(u).then_with(|| a.cmp(b)),
            _ => rank(self).cmp(&rank(o)),
        }
    }
}

impl PartialOrd for Key {
    fn partial_cmp(&self, o: &Key) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

impl Key {
    /// The key for a comparable value; `None` for an unhashable one (slices, maps, funcs).
    pub fn of(v: &Value) -> Option<Key> {
        Some(match v {
            Value::Nil => Key::Nil,
            Value::Bool(b) => Key::Bool(*b),
            Value::Int(i) => Key::Int(*i),
            Value::Float(f) => Key::Float(if *f == 0.0 { 0.0 } else { *f }),
            Value::Str(s) | Value::Shown(s) => Key::Str(s.clone()),
            Value::Ptr(p) => Key::Ptr(p.clone()),
            Value::Chan(c) => Key::Chan(*c),
            Value::Agg(fs) => Key::Agg(fs.iter().map(Key::of).collect::<Option<Vec<_>>>()?),
            Value::Iface(b) => Key::Iface(b.0 .0, Box::new(Key::of(&b.1)?)),
            _ => return None,
        })
    }
}

/// A map: entries by key, plus insertion order for (seeded) iteration.
#[derive(Clone, Debug, Default)]
pub struct MapObj {
    pub entries: BTreeMap<Key, (Value, Value)>,
    /// Keys in insertion order; may hold deleted keys, skipped when iterating.
    pub order: Vec<Key>,
}

impl MapObj {
    pub fn get(&self, k: &Value) -> Option<&Value> {
        self.entries.get(&Key::of(k)?).map(|e| &e.1)
    }

    pub fn insert(&mut self, k: Value, v: Value) {
        let Some(key) = Key::of(&k) else { return };
        if let Some(e) = self.entries.get_mut(&key) {
            e.1 = v;
            return;
        }
        self.order.push(key.clone());
        self.entries.insert(key, (k, v));
    }

    pub fn delete(&mut self, k: &Value) {
        if let Some(key) = Key::of(k) {
            self.entries.remove(&key);
            if self.order.len() > 2 * self.entries.len() + 8 {
                let live = &self.entries;
                self.order.retain(|k| live.contains_key(k));
            }
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Keys in iteration order: insertion order rotated by `seed`, standing in for
    /// Go's random start bucket.
    pub fn iter_keys(&self, seed: u64) -> Vec<Value> {
        let live: Vec<&Key> = self
            .order
            .iter()
            .filter(|k| self.entries.contains_key(k))
            .collect();
        let n = live.len();
        if n == 0 {
            return Vec::new();
        }
        let start = (seed % n as u64) as usize;
        (0..n)
            .filter_map(|i| self.entries.get(live[(start + i) % n]).map(|e| e.0.clone()))
            .collect()
    }
}

/// A goroutine waiting on a channel: plain (`case_` none) or in a `select` case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Waiter {
    pub g: u32,
    /// The wait wants the `ok` flag (`v, ok := <-ch`).
    pub want_ok: bool,
    /// The `select` case this wait belongs to.
    pub case_: Option<u32>,
}

/// A channel's buffer and waiting goroutines (FIFO, as Go's `sudog` queues).
#[derive(Clone, Debug, Default)]
pub struct ChanObj {
    pub cap: usize,
    pub buf: VecDeque<Value>,
    pub closed: bool,
    /// Goroutines blocked receiving.
    pub recvq: VecDeque<Waiter>,
    /// Goroutines blocked sending, with the value each sends.
    pub sendq: VecDeque<(Waiter, Value)>,
    /// The element type's zero value, received from a closed channel.
    pub zero: Value,
    /// A `time.After` channel: synchronous in Go 1.23+ (cap and len 0), yet a fired
    /// timer's value waits in `buf` to be received.
    pub timer: bool,
}

/// One heap object.
#[derive(Clone, Debug)]
pub enum Obj {
    Cell(Value),
    Array(Vec<Value>),
    Map(MapObj),
    Chan(ChanObj),
}

/// The heap.
#[derive(Clone, Debug, Default)]
pub struct Heap {
    pub objs: super::chunks::Chunks<Obj>,
}

impl Heap {
    pub fn alloc(&mut self, o: Obj) -> u32 {
        self.objs.push(o);
        (self.objs.len() - 1) as u32
    }

    pub fn new_cell(&mut self, v: Value) -> Ptr {
        Ptr::cell(self.alloc(Obj::Cell(v)))
    }

    /// Reads through a pointer.
    pub fn load(&self, p: &Ptr) -> Value {
        match self.objs.get(p.obj as usize) {
            Some(Obj::Cell(v)) => v.at_path(&p.path),
            Some(Obj::Array(a)) => match p.path.split_first() {
                Some((&i, rest)) => a
                    .get(i as usize)
                    .map(|v| v.at_path(rest))
                    .unwrap_or_default(),
                None => Value::Nil,
            },
            _ => Value::Nil,
        }
    }

    /// Writes through a pointer.
    pub fn store(&mut self, p: &Ptr, v: Value) {
        match self.objs.get_mut(p.obj as usize) {
            Some(Obj::Cell(c)) => c.set_path(&p.path, v),
            Some(Obj::Array(a)) => {
                if let Some((&i, rest)) = p.path.split_first() {
                    if let Some(slot) = a.get_mut(i as usize) {
                        slot.set_path(rest, v);
                    }
                }
            }
            _ => {}
        }
    }

    pub fn map(&self, id: u32) -> Option<&MapObj> {
        match self.objs.get(id as usize) {
            Some(Obj::Map(m)) => Some(m),
            _ => None,
        }
    }

    pub fn map_mut(&mut self, id: u32) -> Option<&mut MapObj> {
        match self.objs.get_mut(id as usize) {
            Some(Obj::Map(m)) => Some(m),
            _ => None,
        }
    }

    pub fn chan_mut(&mut self, id: u32) -> Option<&mut ChanObj> {
        match self.objs.get_mut(id as usize) {
            Some(Obj::Chan(c)) => Some(c),
            _ => None,
        }
    }

    pub fn array(&self, id: u32) -> &[Value] {
        match self.objs.get(id as usize) {
            Some(Obj::Array(a)) => a,
            _ => &[],
        }
    }

    pub fn array_mut(&mut self, id: u32) -> Option<&mut Vec<Value>> {
        match self.objs.get_mut(id as usize) {
            Some(Obj::Array(a)) => Some(a),
            _ => None,
        }
    }

    /// The elements of a slice value (empty for nil).
    pub fn slice_elems(&self, v: &Value) -> &[Value] {
        match v {
            Value::Slice(s) => {
                let a = self.array(s.arr);
                let (lo, hi) = (s.off as usize, (s.off + s.len) as usize);
                a.get(lo..hi).unwrap_or(&[])
            }
            _ => &[],
        }
    }

    /// A new slice holding `elems`, with capacity `cap`, padded with `zero`.
    pub fn new_slice(&mut self, mut elems: Vec<Value>, cap: usize, zero: &Value) -> Value {
        let len = elems.len();
        elems.resize(cap.max(len), zero.clone());
        let arr = self.alloc(Obj::Array(elems));
        Value::Slice(SliceRef {
            arr,
            off: 0,
            len: len as u32,
            cap: cap.max(len) as u32,
        })
    }
}

/// Go's size classes (`internal/runtime/gc/sizeclasses.go`), which `append` rounds up to.
const SIZE_CLASSES: [u64; 68] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

/// `runtime.roundupsize`: the size malloc really hands out for a request of `size` bytes.
pub fn roundupsize(size: u64, noscan: bool) -> u64 {
    const MALLOC_HEADER: u64 = 8;
    if size <= 32768 - MALLOC_HEADER {
        let req = if !noscan && size > 512 {
            size + MALLOC_HEADER
        } else {
            size
        };
        let class = SIZE_CLASSES
            .iter()
            .copied()
            .find(|&c| c >= req)
            .unwrap_or(32768);
        return class - (req - size);
    }
    size.div_ceil(8192) * 8192
}

/// `runtime.nextslicecap` followed by growslice's rounding to a size class: the new
/// capacity when appending grows a slice of capacity `old_cap` to `new_len` elements.
pub fn grow_cap(new_len: u64, old_cap: u64, elem_size: u64, noscan: bool) -> u64 {
    let double = old_cap + old_cap;
    let mut newcap = if new_len > double {
        new_len
    } else if old_cap < 256 {
        double
    } else {
        let mut c = old_cap;
        while c < new_len {
            c += (c + 3 * 256) >> 2;
        }
        c
    };
    if elem_size > 0 {
        let mem = roundupsize(newcap.saturating_mul(elem_size), noscan);
        newcap = mem / elem_size;
    }
    newcap
}

#[cfg(test)]
mod tests {
    use super::*;

    fn caps(elem: u64, noscan: bool, upto: u64) -> Vec<u64> {
        let (mut out, mut cap, mut len) = (Vec::new(), 0u64, 0u64);
        while len < upto {
            len += 1;
            if len > cap {
                cap = grow_cap(len, cap, elem, noscan);
                out.push(cap);
            }
        }
        out
    }

    #[test]
    fn append_growth_matches_real_go() {
        // Printed by real Go 1.27 for []int, []byte, []struct{a,b,c int} and []string.
        assert_eq!(
            caps(8, true, 2000),
            [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560]
        );
        assert_eq!(
            caps(1, true, 2000),
            [8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048]
        );
        assert_eq!(caps(24, true, 200), [1, 2, 4, 8, 16, 32, 64, 128, 256]);
        assert_eq!(caps(16, false, 200), [1, 2, 4, 8, 16, 32, 71, 143, 303]);
        assert_eq!(grow_cap(7, 3, 8, true), 8);
    }

    #[test]
    fn map_keys_sort_like_fmt() {
        let mut m = MapObj::default();
        for k in ["b", "a", "c"] {
            m.insert(Value::str(k), Value::Int(1));
        }
        let sorted: Vec<_> = m
            .entries
            .values()
            .map(|e| e.0.as_str().to_string())
            .collect();
        assert_eq!(sorted, ["a", "b", "c"]);
        m.delete(&Value::str("a"));
        assert_eq!(m.iter_keys(0).len(), 2);
        assert_eq!(m.iter_keys(1)[0], Value::str("c"));
    }
}
