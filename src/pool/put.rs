//! `Put`: nil is ignored; otherwise the object goes to the P's private slot if it
//! is empty, else onto the head of the P's shared chain.

use super::chain::RingSlot;
use super::dequeue::Owner;
use super::engine::{Engine, PutOutcome};
use super::error::PoolError;
use super::event::{Event, EventKind, Events, GoFunc, Off, Sink};
use super::local::PoolLocal;
use super::notes::ChainCtx;
use super::object::{GoroutineId, ObjId, Pid, Place, PoolId};
use super::table::ObjectTable;

impl Engine {
    /// `pool.Put(x)` by `goroutine` running on P `pid`; `None` is Put(nil).
    ///
    /// The object must not already be in a pool ([`PoolError::AlreadyPooled`]); it
    /// may be `Held`, or `Collected`/`Lost` if the program kept a reference.
    // Inlined into the caller: a `Result` returned through memory is written
    // with narrow stores and read back wide, a store-forwarding stall that cost
    // more than the whole operation. Only the events-off body is inlined; with
    // events on, the call goes out of line.
    #[inline(always)]
    pub fn put(
        &mut self,
        pool: PoolId,
        pid: Pid,
        goroutine: GoroutineId,
        x: Option<ObjId>,
        ev: Events,
    ) -> Result<PutOutcome, PoolError> {
        match ev {
            None => self.put_to(pool, pid, goroutine, x, &mut Off),
            Some(v) => self.put_logged(pool, pid, goroutine, x, v),
        }
    }

    #[inline(never)]
    fn put_logged(
        &mut self,
        pool: PoolId,
        pid: Pid,
        goroutine: GoroutineId,
        x: Option<ObjId>,
        ev: &mut Vec<Event>,
    ) -> Result<PutOutcome, PoolError> {
        self.put_to(pool, pid, goroutine, x, ev)
    }

    /// Go's Put, with its events going to `ev`.
    #[inline(always)]
    fn put_to<S: Sink>(
        &mut self,
        pool: PoolId,
        pid: Pid,
        goroutine: GoroutineId,
        x: Option<ObjId>,
        ev: &mut S,
    ) -> Result<PutOutcome, PoolError> {
        self.check_op(pool, pid)?;
        let Some(x) = x else {
            self.pool_mut(pool)?.stats.puts_nil += 1;
            ev.emit(|| {
                Event::new(EventKind::Ignore, GoFunc::Put, "pool.put.nil")
                    .p(pid)
                    .pool(pool)
            });
            return Ok(PutOutcome::Ignored);
        };
        match self.objects.is_pooled(x) {
            None => return Err(PoolError::UnknownObject(x)),
            Some(true) => return Err(PoolError::AlreadyPooled { obj: x }),
            Some(false) => {}
        }
        // Only needed for the events; decoding it on the hot path would spill a
        // `Place` to memory.
        let from = if S::ON { self.place_of(x) } else { None };

        match self.pin(pool, pid, ev) {
            Some(who) => self.put_pinned(pool, who, goroutine, x, from, ev),
            None => self.pin_slow_then(pool, pid, ev, |e, who, ev| {
                e.put_pinned(pool, who, goroutine, x, from, ev)
            }),
        }
    }

    /// Put once pinned: the private slot if it is empty, else `pushHead`.
    #[inline(always)]
    fn put_pinned<S: Sink>(
        &mut self,
        pool: PoolId,
        who: Owner,
        goroutine: GoroutineId,
        x: ObjId,
        from: Option<Place>,
        ev: &mut S,
    ) -> Result<PutOutcome, PoolError> {
        let (pid, procs) = (who.pid(), self.procs as u32);
        let (p, objects) = self.pinned(pool, pid)?;
        let l = p.local_mut(pid).ok_or(PoolError::NoSuchP { pid, procs })?;
        let outcome = if l.put_private(&who, x)? {
            objects.set_private(x, pool, pid);
            ev.emit(|| {
                Event::new(EventKind::Move, GoFunc::Put, "pool.put.private")
                    .p(pid)
                    .pool(pool)
                    .obj(x)
                    .from(from.unwrap_or(Place::Collected))
                    .to(Place::Private { pool, p: pid })
            });
            PutOutcome::Private
        } else {
            let rs = push_shared(l, objects, pool, &who, goroutine, x, ev)?;
            PutOutcome::Shared {
                ring: rs.ring,
                slot: rs.at.slot,
            }
        };
        p.stats.puts += 1;
        ev.emit(|| unpin(pool, pid, GoFunc::Put));
        Ok(outcome)
    }
}

/// `l.shared.pushHead(x)` when the private slot is taken.
#[inline(always)]
fn push_shared<S: Sink>(
    l: &mut PoolLocal,
    objects: &mut ObjectTable,
    pool: PoolId,
    who: &Owner,
    goroutine: GoroutineId,
    x: ObjId,
    ev: &mut S,
) -> Result<RingSlot, PoolError> {
    let pid = who.pid();
    ev.emit(|| {
        Event::new(EventKind::Occupied, GoFunc::Put, "pool.put.private_full")
            .p(pid)
            .pool(pool)
            .obj(x)
    });
    let ctx = ChainCtx {
        pool,
        owner: pid,
        actor: pid,
        victim: false,
        func: GoFunc::PushHead,
        goroutine,
    };
    // With events off the note callback captures nothing, so no context is
    // built for it.
    let rs = if S::ON {
        l.shared
            .push_head(who, x, &mut |n| ev.emit(|| ctx.event(n)))?
    } else {
        l.shared.push_head(who, x, &mut |_| {})?
    };
    objects.set_ring(x, pool, pid, rs.ring, rs.at.slot);
    Ok(rs)
}

/// `runtime_procUnpin()` at the end of Put or Get.
pub(crate) fn unpin(pool: PoolId, pid: Pid, caller: GoFunc) -> Event {
    Event::new(EventKind::Unpin, GoFunc::ProcUnpin, "pool.unpin")
        .p(pid)
        .pool(pool)
        .arg("caller", super::event::ArgValue::Func(caller))
}
