//! Per-pool counters: where Gets were served from, New calls, Puts, and what GC or
//! a GOMAXPROCS change took away (including leaked closers).

/// Counters of one pool.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PoolStats {
    /// Get served from `local[pid].private`.
    pub gets_private: u64,
    /// Get served by `local[pid].shared.popHead`.
    pub gets_own_shared: u64,
    /// Get served by getSlow stealing `popTail` from some P's shared chain.
    pub gets_stolen: u64,
    /// Get served from `victim[pid].private`.
    pub gets_victim_private: u64,
    /// Get served by getSlow's `popTail` on a victim chain.
    pub gets_victim_stolen: u64,
    /// Get found nothing (the caller then calls New, or returns nil).
    pub misses: u64,
    /// Calls of New.
    pub new_calls: u64,
    /// Puts of a non-nil value.
    pub puts: u64,
    /// Put(nil), ignored.
    pub puts_nil: u64,
    /// Objects dropped from a victim cache by GC.
    pub dropped_by_gc: u64,
    /// Objects lost with a local array replaced after a GOMAXPROCS change.
    pub lost_by_procs: u64,
    /// Dropped or lost objects whose Close was never called.
    pub leaked: u64,
}

impl PoolStats {
    /// All Gets that returned an object from the pool.
    pub fn gets_hit(&self) -> u64 {
        self.gets_private
            + self.gets_own_shared
            + self.gets_stolen
            + self.gets_victim_private
            + self.gets_victim_stolen
    }

    /// Gets served by the victim cache.
    pub fn gets_victim(&self) -> u64 {
        self.gets_victim_private + self.gets_victim_stolen
    }

    /// Every Get call.
    pub fn gets(&self) -> u64 {
        self.gets_hit() + self.misses
    }
}
