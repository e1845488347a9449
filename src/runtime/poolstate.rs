//! The `sync.Pool` state the VM drives: Go's per-P `private` slot and `shared`
//! chain (head pushed and popped by the owner, tail stolen by others), plus the
//! victim cache that one GC keeps and the next drops (`poolCleanup`).
//!
//! Objects are identified by an object id; the VM keeps id → value. Every operation
//! reports events with message keys.

use super::machine::Event;

/// One P's share of one pool (`poolLocal`).
#[derive(Clone, Debug, Default)]
pub struct Local {
    pub private: Option<u32>,
    /// Shared chain, head at the back.
    pub shared: Vec<u32>,
}

/// One pool's caches.
#[derive(Clone, Debug, Default)]
pub struct PoolCaches {
    pub local: Vec<Local>,
    pub victim: Vec<Local>,
}

/// Outcome of `Get`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GetOutcome {
    Hit(u32),
    /// Nothing cached: the VM calls `New`.
    Miss,
}

/// All pools.
#[derive(Clone, Debug, Default)]
pub struct PoolState {
    pub procs: usize,
    pub pools: Vec<PoolCaches>,
}

fn ev(key: &'static str, args: Vec<String>) -> Event {
    Event { key, args }
}

impl PoolState {
    pub fn new(procs: usize) -> PoolState {
        PoolState {
            procs,
            pools: Vec::new(),
        }
    }

    pub fn new_pool(&mut self) -> u32 {
        self.pools.push(PoolCaches {
            local: vec![Local::default(); self.procs],
            victim: Vec::new(),
        });
        (self.pools.len() - 1) as u32
    }

    /// `Pool.Put(x)` on P `pid` (`sync/pool.go`: private first, else push to the head).
    pub fn put(&mut self, pool: u32, pid: usize, obj: u32, events: &mut Vec<Event>) {
        let Some(pc) = self.pools.get_mut(pool as usize) else {
            return;
        };
        let Some(l) = pc.local.get_mut(pid) else {
            return;
        };
        if l.private.is_none() {
            l.private = Some(obj);
            events.push(ev(
                "pool.put_private",
                vec![obj.to_string(), pid.to_string()],
            ));
        } else {
            l.shared.push(obj);
            events.push(ev(
                "pool.put_shared",
                vec![obj.to_string(), pid.to_string()],
            ));
        }
    }

    /// `Pool.Get()` on P `pid`: private, own shared head, steal others' tails
    /// (`pid+1` first), then the victim cache in the same order.
    pub fn get(&mut self, pool: u32, pid: usize, events: &mut Vec<Event>) -> GetOutcome {
        let Some(pc) = self.pools.get_mut(pool as usize) else {
            return GetOutcome::Miss;
        };
        let n = pc.local.len();
        if let Some(l) = pc.local.get_mut(pid) {
            if let Some(x) = l.private.take() {
                events.push(ev("pool.get_private", vec![x.to_string(), pid.to_string()]));
                return GetOutcome::Hit(x);
            }
            if let Some(x) = l.shared.pop() {
                events.push(ev("pool.get_shared", vec![x.to_string(), pid.to_string()]));
                return GetOutcome::Hit(x);
            }
        }
        // getSlow: steal from the tails of every P's shared chain, starting at pid+1
        // (and ending with our own).
        for i in 0..n {
            let v = (pid + i + 1) % n;
            if !pc.local[v].shared.is_empty() {
                let x = pc.local[v].shared.remove(0);
                events.push(ev("pool.get_steal", vec![x.to_string(), v.to_string()]));
                return GetOutcome::Hit(x);
            }
        }
        // Then the victim cache: our private slot, then every tail from pid on.
        let size = pc.victim.len();
        if pid < size {
            if let Some(x) = pc.victim[pid].private.take() {
                events.push(ev("pool.get_victim", vec![x.to_string()]));
                return GetOutcome::Hit(x);
            }
            for i in 0..size {
                let l = &mut pc.victim[(pid + i) % size];
                if !l.shared.is_empty() {
                    let x = l.shared.remove(0);
                    events.push(ev("pool.get_victim", vec![x.to_string()]));
                    return GetOutcome::Hit(x);
                }
            }
            // An empty victim cache is not looked at again until the next GC.
            pc.victim.clear();
        }
        events.push(ev("pool.miss", vec![]));
        GetOutcome::Miss
    }

    /// `poolCleanup`: drop victims, move primaries to victims.
    pub fn gc(&mut self, events: &mut Vec<Event>) {
        let count = |ls: &[Local]| {
            ls.iter()
                .map(|l| l.private.iter().count() + l.shared.len())
                .sum::<usize>()
        };
        let (mut dropped, mut moved) = (0, 0);
        for pc in &mut self.pools {
            dropped += count(&pc.victim);
            moved += count(&pc.local);
            pc.victim = std::mem::replace(&mut pc.local, vec![Local::default(); self.procs]);
        }
        events.push(ev("pool.gc", vec![dropped.to_string(), moved.to_string()]));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn put_get_gc_follow_go_order() {
        let mut s = PoolState::new(1);
        let p = s.new_pool();
        let mut ev = Vec::new();
        s.put(p, 0, 1, &mut ev);
        s.put(p, 0, 2, &mut ev);
        s.put(p, 0, 3, &mut ev);
        // private first, then the shared head (LIFO).
        assert_eq!(s.get(p, 0, &mut ev), GetOutcome::Hit(1));
        assert_eq!(s.get(p, 0, &mut ev), GetOutcome::Hit(3));
        s.gc(&mut ev);
        // The victim cache is read from the tail.
        assert_eq!(s.get(p, 0, &mut ev), GetOutcome::Hit(2));
        s.put(p, 0, 4, &mut ev);
        s.gc(&mut ev);
        s.gc(&mut ev);
        assert_eq!(s.get(p, 0, &mut ev), GetOutcome::Miss);
    }
}
