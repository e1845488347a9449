//! `Pool`, Go's `sync.Pool` struct: the per-P `local` array, the `victim` array
//! from the previous GC cycle, whether `New` is set, and the statistics.

use super::local::PoolLocal;
use super::object::Pid;
use super::stats::PoolStats;

/// Go's `Pool`. `local`/`localSize` are one `Option<Vec>` here: `None` is Go's
/// `local == nil` (a fresh pool, or just after poolCleanup).
#[derive(Clone, Debug)]
pub struct Pool {
    pub(crate) name: String,
    /// `New != nil`. New itself is Go code the interpreter runs.
    pub(crate) has_new: bool,
    /// local fixed-size per-P pool; its length is `localSize`.
    pub(crate) local: Option<Vec<PoolLocal>>,
    /// local from previous cycle.
    pub(crate) victim: Option<Vec<PoolLocal>>,
    /// Size of the victim array that Get still looks at: getSlow sets it to 0 when
    /// the victim cache is found empty, while the array stays until the next GC.
    pub(crate) victim_size: usize,
    pub(crate) stats: PoolStats,
}

impl Pool {
    pub(crate) fn new(name: &str, has_new: bool) -> Self {
        Pool {
            name: name.to_string(),
            has_new,
            local: None,
            victim: None,
            victim_size: 0,
            stats: PoolStats::default(),
        }
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn has_new(&self) -> bool {
        self.has_new
    }

    /// Go's `localSize`.
    #[inline]
    pub fn local_size(&self) -> usize {
        self.local.as_ref().map_or(0, |l| l.len())
    }

    /// Go's `victimSize`.
    pub fn victim_size(&self) -> usize {
        self.victim_size
    }

    pub fn local(&self) -> &[PoolLocal] {
        self.local.as_deref().unwrap_or(&[])
    }

    pub fn victim(&self) -> &[PoolLocal] {
        self.victim.as_deref().unwrap_or(&[])
    }

    /// `local[pid]`, once pinned.
    #[inline]
    pub(crate) fn local_mut(&mut self, pid: Pid) -> Option<&mut PoolLocal> {
        self.local.as_mut().and_then(|l| l.get_mut(pid.index()))
    }

    pub fn stats(&self) -> &PoolStats {
        &self.stats
    }

    pub(crate) fn make_local(size: usize) -> Vec<PoolLocal> {
        (0..size).map(|i| PoolLocal::new(Pid(i as u32))).collect()
    }
}
