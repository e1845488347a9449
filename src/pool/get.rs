//! `Get` and `getSlow`: the search order of Go's pool.
//!
//! private → own shared `popHead` → getSlow: steal `popTail` from P
//! `(pid+i+1) % size` for every i (the last one is the getter's own P) → the
//! victim's private of pid → victim `popTail` from `(pid+i) % size` → victimSize = 0.
//! New is not called here: the outcome says whether the interpreter must call it.

use super::chain::ChainPop;
use super::dequeue::Owner;
use super::engine::{Engine, GetOutcome, GetSource};
use super::error::PoolError;
use super::event::{ArgValue, Event, EventKind, Events, GoFunc, Off, Sink};
use super::notes::ChainCtx;
use super::object::{GoroutineId, ObjId, Pid, Place, PoolId};
use super::put::unpin;
use super::sync_pool::Pool;

impl Engine {
    /// `pool.Get()` by `goroutine` on P `pid`. On a hit the object is now held by
    /// the goroutine; on a miss the outcome says whether to call New.
    // Inlined into the caller: a `Result` returned through memory is written
    // with narrow stores and read back wide, a store-forwarding stall that cost
    // more than the whole operation. For the same reason the event closures
    // capture only small Copy values such as `goroutine`, never a `Place`.
    // Only the events-off body is inlined; with events on, the call goes out of
    // line.
    #[inline(always)]
    pub fn get(
        &mut self,
        pool: PoolId,
        pid: Pid,
        goroutine: GoroutineId,
        ev: Events,
    ) -> Result<GetOutcome, PoolError> {
        match ev {
            None => self.get_to(pool, pid, goroutine, &mut Off),
            Some(v) => self.get_logged(pool, pid, goroutine, v),
        }
    }

    #[inline(never)]
    fn get_logged(
        &mut self,
        pool: PoolId,
        pid: Pid,
        goroutine: GoroutineId,
        ev: &mut Vec<Event>,
    ) -> Result<GetOutcome, PoolError> {
        self.get_to(pool, pid, goroutine, ev)
    }

    /// Go's Get, with its events going to `ev`.
    #[inline(always)]
    fn get_to<S: Sink>(
        &mut self,
        pool: PoolId,
        pid: Pid,
        goroutine: GoroutineId,
        ev: &mut S,
    ) -> Result<GetOutcome, PoolError> {
        self.check_op(pool, pid)?;
        match self.pin(pool, pid, ev) {
            Some(who) => self.get_pinned(pool, who, goroutine, ev),
            None => self.pin_slow_then(pool, pid, ev, |e, who, ev| {
                e.get_pinned(pool, who, goroutine, ev)
            }),
        }
    }

    /// Get once pinned.
    #[inline(always)]
    fn get_pinned<S: Sink>(
        &mut self,
        pool: PoolId,
        who: Owner,
        goroutine: GoroutineId,
        ev: &mut S,
    ) -> Result<GetOutcome, PoolError> {
        let (pid, procs) = (who.pid(), self.procs as u32);
        let (p, objects) = self.pinned(pool, pid)?;
        let l = p.local_mut(pid).ok_or(PoolError::NoSuchP { pid, procs })?;
        let (obj, source) = match l.take_private(&who)? {
            Some(x) => {
                ev.emit(|| {
                    Event::new(EventKind::Move, GoFunc::Get, "pool.get.private")
                        .p(pid)
                        .pool(pool)
                        .obj(x)
                        .from(Place::Private { pool, p: pid })
                        .to(Place::Held { goroutine })
                });
                p.stats.gets_private += 1;
                (x, GetSource::Private)
            }
            // (The slow path counts its own hits.)
            None => match pop_head_or_get_slow(p, pool, &who, goroutine, ev)? {
                Some(found) => found,
                None => {
                    ev.emit(|| unpin(pool, pid, GoFunc::Get));
                    p.stats.misses += 1;
                    let call_new = p.has_new;
                    ev.emit(|| {
                        Event::new(EventKind::Miss, GoFunc::Get, "pool.get.miss")
                            .p(pid)
                            .pool(pool)
                            .arg("call_new", ArgValue::Bool(call_new))
                    });
                    return Ok(GetOutcome::Miss { call_new });
                }
            },
        };
        ev.emit(|| unpin(pool, pid, GoFunc::Get));
        objects.set_held(obj, goroutine);
        ev.emit(|| {
            Event::new(EventKind::Return, GoFunc::Get, "pool.get.return")
                .p(pid)
                .pool(pool)
                .obj(obj)
                .to(Place::Held { goroutine })
        });
        Ok(GetOutcome::Got { obj, source })
    }
}

/// The rest of Get after an empty private slot: `x, _ = l.shared.popHead(); if
/// x == nil { x = p.getSlow(pid) }`, with getSlow out of line.
#[inline(always)]
fn pop_head_or_get_slow<S: Sink>(
    p: &mut Pool,
    pool: PoolId,
    who: &Owner,
    goroutine: GoroutineId,
    ev: &mut S,
) -> Result<Option<(ObjId, GetSource)>, PoolError> {
    let pid = who.pid();
    ev.emit(|| {
        Event::new(EventKind::Empty, GoFunc::Get, "pool.get.private_empty")
            .p(pid)
            .pool(pool)
    });
    if let Some(l) = p.local_mut(pid) {
        // Try to pop the head of the local shard. We prefer the head over the
        // tail for temporal locality of reuse.
        let ctx = ChainCtx {
            pool,
            owner: pid,
            actor: pid,
            victim: false,
            func: GoFunc::PopHead,
            goroutine,
        };
        // (With events off the note callback captures nothing.)
        let popped = if S::ON {
            l.shared.pop_head(who, &mut |n| ev.emit(|| ctx.event(n)))?
        } else {
            l.shared.pop_head(who, &mut |_| {})?
        };
        if let ChainPop::Popped(x, _) = popped {
            p.stats.gets_own_shared += 1;
            return Ok(Some((x, GetSource::OwnShared)));
        }
    }
    let found = get_slow(p, pool, who, goroutine, ev)?;
    if let Some((_, source)) = found {
        let s = &mut p.stats;
        match source {
            GetSource::Private | GetSource::OwnShared => {}
            GetSource::Stolen { .. } => s.gets_stolen += 1,
            GetSource::VictimPrivate => s.gets_victim_private += 1,
            GetSource::VictimStolen { .. } => s.gets_victim_stolen += 1,
        }
    }
    Ok(found)
}

/// Go's `getSlow`; `who` is the pinned P. Out of line: Get's fast paths are the
/// private slot and popHead.
#[inline(never)]
fn get_slow<S: Sink>(
    p: &mut Pool,
    pool: PoolId,
    who: &Owner,
    goroutine: GoroutineId,
    ev: &mut S,
) -> Result<Option<(ObjId, GetSource)>, PoolError> {
    let pid = who.pid();
    let step = |kind, key, from_p: usize| {
        Event::new(kind, GoFunc::GetSlow, key)
            .p(pid)
            .pool(pool)
            .arg("from_p", ArgValue::P(Pid(from_p as u32)))
    };
    let pop_tail = |l: &mut super::local::PoolLocal, victim: bool, ev: &mut S| {
        let ctx = ChainCtx {
            pool,
            owner: l.owner(),
            actor: pid,
            victim,
            func: GoFunc::PopTail,
            goroutine,
        };
        match l.shared.pop_tail(&mut |n| ev.emit(|| ctx.event(n))) {
            ChainPop::Popped(x, _) => Some(x),
            ChainPop::Empty => None,
        }
    };

    // Try to steal one element from other procs.
    let size = p.local_size();
    ev.emit(|| {
        Event::new(EventKind::Call, GoFunc::GetSlow, "pool.get_slow.start")
            .p(pid)
            .pool(pool)
            .arg("local_size", ArgValue::Int(size as i64))
    });
    if let Some(locals) = p.local.as_mut() {
        for i in 0..size {
            let j = (pid.index() + i + 1) % size;
            ev.emit(|| step(EventKind::Call, "pool.get_slow.try_steal", j));
            if let Some(x) = pop_tail(&mut locals[j], false, ev) {
                ev.emit(|| step(EventKind::Found, "pool.get_slow.stolen", j).obj(x));
                return Ok(Some((
                    x,
                    GetSource::Stolen {
                        from_p: Pid(j as u32),
                    },
                )));
            }
        }
    }

    // Try the victim cache. We do this after attempting to steal from all primary
    // caches because we want objects in the victim cache to age out if at all
    // possible.
    let size = p.victim_size;
    let Some(victim) = p.victim.as_mut().filter(|_| pid.index() < size) else {
        ev.emit(|| {
            Event::new(EventKind::Empty, GoFunc::GetSlow, "pool.get_slow.no_victim")
                .p(pid)
                .pool(pool)
                .arg("victim_size", ArgValue::Int(size as i64))
        });
        return Ok(None);
    };
    let size = size.min(victim.len());
    if let Some(l) = victim.get_mut(pid.index()) {
        if let Some(x) = l.take_private(who)? {
            ev.emit(|| {
                Event::new(
                    EventKind::Move,
                    GoFunc::GetSlow,
                    "pool.get_slow.victim_private",
                )
                .p(pid)
                .pool(pool)
                .obj(x)
                .from(Place::VictimPrivate { pool, p: pid })
                .to(Place::Held { goroutine })
            });
            return Ok(Some((x, GetSource::VictimPrivate)));
        }
        ev.emit(|| {
            Event::new(
                EventKind::Empty,
                GoFunc::GetSlow,
                "pool.get_slow.victim_private_empty",
            )
            .p(pid)
            .pool(pool)
        });
    }
    for i in 0..size {
        let j = (pid.index() + i) % size;
        ev.emit(|| step(EventKind::Call, "pool.get_slow.try_victim", j));
        if let Some(x) = pop_tail(&mut victim[j], true, ev) {
            ev.emit(|| step(EventKind::Found, "pool.get_slow.victim_stolen", j).obj(x));
            return Ok(Some((
                x,
                GetSource::VictimStolen {
                    from_p: Pid(j as u32),
                },
            )));
        }
    }

    // Mark the victim cache as empty for future gets don't bother with it.
    p.victim_size = 0;
    ev.emit(|| {
        Event::new(
            EventKind::VictimOff,
            GoFunc::GetSlow,
            "pool.get_slow.victim_off",
        )
        .p(pid)
        .pool(pool)
    });
    Ok(None)
}
