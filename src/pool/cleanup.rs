//! `poolCleanup`, run at the start of every GC with the world stopped: every pool's
//! victim cache is dropped, and its primary cache becomes its victim cache. Objects
//! survive one GC in the victim cache and are collected by the second.
//!
//! Dropped objects whose type has a `Close` method that was never called are
//! counted and reported as leaked.

use super::event::{emit, ArgValue, Event, EventKind, Events, GoFunc};
use super::object::{ObjId, Place, PoolId};

impl super::engine::Engine {
    /// A GC: Go's `poolCleanup`.
    pub fn gc(&mut self, mut ev: Events) {
        self.pool_cleanup(&mut ev);
    }

    fn pool_cleanup(&mut self, ev: &mut Events) {
        let (n_old, n_all) = (self.old_pools.len(), self.all_pools.len());
        emit(ev, || {
            Event::new(
                EventKind::Cleanup,
                GoFunc::PoolCleanup,
                "pool.cleanup.start",
            )
            .arg("old_pools", ArgValue::Int(n_old as i64))
            .arg("all_pools", ArgValue::Int(n_all as i64))
        });

        // Drop victim caches from all pools.
        for id in std::mem::take(&mut self.old_pools) {
            let Some(p) = self.pools.get_mut(id.0 as usize) else {
                continue;
            };
            let victim = p.victim.take();
            p.victim_size = 0;
            emit(ev, || {
                Event::new(
                    EventKind::Cleanup,
                    GoFunc::PoolCleanup,
                    "pool.cleanup.drop_victim",
                )
                .pool(id)
            });
            for l in victim.iter().flatten() {
                for (obj, from) in l.objects(id, true) {
                    self.drop_object(id, obj, from, Place::Collected, GoFunc::PoolCleanup, ev);
                }
            }
        }

        // Move primary cache to victim cache.
        for &id in &self.all_pools {
            let Some(p) = self.pools.get_mut(id.0 as usize) else {
                continue;
            };
            let size = p.local_size();
            p.victim = p.local.take();
            p.victim_size = size;
            emit(ev, || {
                Event::new(
                    EventKind::Cleanup,
                    GoFunc::PoolCleanup,
                    "pool.cleanup.local_to_victim",
                )
                .pool(id)
                .arg("size", ArgValue::Int(size as i64))
            });
            for l in p.victim.iter().flatten() {
                for (obj, from) in l.objects(id, false) {
                    let to = from.to_victim();
                    self.objects.set_place(obj, to);
                    emit(ev, || {
                        Event::new(
                            EventKind::Move,
                            GoFunc::PoolCleanup,
                            "pool.cleanup.to_victim",
                        )
                        .pool(id)
                        .p(l.owner())
                        .obj(obj)
                        .from(from)
                        .to(to)
                    });
                }
            }
        }

        // The pools with non-empty primary caches now have non-empty victim caches
        // and no pools have primary caches.
        self.old_pools = std::mem::take(&mut self.all_pools);
        self.gcs += 1;
        emit(ev, || {
            Event::new(EventKind::Cleanup, GoFunc::PoolCleanup, "pool.cleanup.end")
                .arg("gc", ArgValue::Int(self.gcs as i64))
        });
    }

    /// An object leaves the pools for good (`Collected` by GC, or `Lost` with a
    /// replaced local array), counting it and any leaked Close.
    pub(crate) fn drop_object(
        &mut self,
        pool: PoolId,
        obj: ObjId,
        from: Place,
        to: Place,
        func: GoFunc,
        ev: &mut Events,
    ) {
        let lost = to == Place::Lost;
        let mut leaked = false;
        self.objects.set_place(obj, to);
        if let Some(o) = self.objects.get_mut(obj) {
            if o.owes_close() {
                o.leaked = true;
                leaked = true;
            }
        }
        if let Some(p) = self.pools.get_mut(pool.0 as usize) {
            if lost {
                p.stats.lost_by_procs += 1;
            } else {
                p.stats.dropped_by_gc += 1;
            }
            if leaked {
                p.stats.leaked += 1;
            }
        }
        let (kind, key) = if lost {
            (EventKind::Lose, "pool.pin_slow.lost")
        } else {
            (EventKind::Collect, "pool.cleanup.collect")
        };
        emit(ev, || {
            Event::new(kind, func, key)
                .pool(pool)
                .obj(obj)
                .from(from)
                .to(to)
        });
        if leaked {
            emit(ev, || {
                Event::new(EventKind::Leak, func, "pool.leak")
                    .pool(pool)
                    .obj(obj)
                    .from(from)
            });
        }
    }
}
