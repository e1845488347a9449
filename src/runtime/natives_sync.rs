//! Native `sync` (Pool, WaitGroup, Mutex, RWMutex, Once), `runtime`, `runtime/debug`
//! and `time` on virtual time. Sync objects are keyed by their address, so copying a
//! zero `sync.Mutex` value gives a fresh mutex as in Go. Blocked goroutines queue FIFO.

use super::calls::Flow;
use super::machine::{FrameKind, GStatus, Machine};
use super::value::{Ptr, Value};
use crate::pool::{GetOutcome, GoroutineId, ObjId, Pid, PoolId};
use std::collections::VecDeque;

/// State of one sync object.
#[derive(Clone, Debug, Default)]
pub struct SyncObj {
    /// WaitGroup counter; Mutex: 1 when locked; RWMutex: active readers.
    pub count: i64,
    /// RWMutex held by a writer.
    pub writer: bool,
    /// Once has run.
    pub done: bool,
    pub waiters: VecDeque<u32>,
    /// RWMutex: writers waiting (they keep new readers out).
    pub wwait: VecDeque<u32>,
}

impl Machine {
    fn sync_obj(&mut self, p: &Ptr) -> &mut SyncObj {
        self.syncs.entry(p.clone()).or_default()
    }

    /// Blocks the running goroutine so it re-runs the same call when woken.
    fn block_retry(&mut self, gi: usize, reason: &'static str) -> Flow {
        if let Some(fr) = self.gs[gi].frames.last_mut() {
            fr.pc = fr.pc.saturating_sub(1);
        }
        self.park(gi as u32, reason);
        Flow::Switch
    }

    fn wake_all(&mut self, gi: usize, ws: VecDeque<u32>) {
        let p = self.p_of(gi as u32);
        for w in ws {
            self.ready(w, p);
        }
    }

    /// Runs a sync, runtime, debug or time native.
    pub fn sync_native(&mut self, gi: usize, name: &str, argc: u32, a: &[Value]) -> Flow {
        let recv = match a.first() {
            Some(Value::Ptr(p)) => Some(p.clone()),
            _ => None,
        };
        let arg_int = |i: usize| a.get(i).map_or(0, |v| v.as_int());
        let needs_recv = name.starts_with("sync.");
        if needs_recv && recv.is_none() {
            return self.rt_panic(super::exec::NIL_DEREF);
        }
        let rp = recv.clone().unwrap_or_else(|| Ptr::cell(0));
        let p = self.p_of(gi as u32);
        let results = match name {
            "sync.Pool.Get" => {
                let pool = self.pool_id(&rp);
                let new = self.heap.load(&rp).field(0);
                let g = GoroutineId(self.gs[gi].id as u64);
                let _ = self.pool.set_has_new(PoolId(pool), !new.is_nil());
                let mut ev = Vec::new();
                let got = self.pool.get(PoolId(pool), Pid(p as u32), g, Some(&mut ev));
                self.pool_events(ev);
                match got {
                    Ok(GetOutcome::Got { obj, .. }) => {
                        let v = self.pool_objs.get(&obj.0).cloned().unwrap_or_default();
                        self.pit_got(gi, obj.0, &v);
                        vec![v]
                    }
                    Ok(GetOutcome::Miss { call_new: true }) => {
                        self.native_ret(gi, argc, vec![]);
                        return self.call_value(gi, new, 0, FrameKind::PoolNew { pool });
                    }
                    _ => vec![Value::Nil],
                }
            }
            "sync.Pool.Put" => {
                let x = a.get(1).cloned().unwrap_or_default();
                let pool = self.pool_id(&rp);
                let g = GoroutineId(self.gs[gi].id as u64);
                let obj = if x.is_nil() {
                    None
                } else {
                    Some(self.object_id(gi, &x))
                };
                if let Some(id) = obj {
                    self.pit_put(gi, id.0, &x);
                }
                let mut ev = Vec::new();
                let mut r = self
                    .pool
                    .put(PoolId(pool), Pid(p as u32), g, obj, Some(&mut ev));
                if let (Err(crate::pool::PoolError::AlreadyPooled { .. }), Some(_)) = (&r, obj) {
                    // The same pointer put twice: Go stores it twice; give the alias its own id.
                    let alias = self.pool.adopt(g, &self.describe(&x));
                    self.pool_objs.insert(alias.0, x.clone());
                    r = self
                        .pool
                        .put(PoolId(pool), Pid(p as u32), g, Some(alias), Some(&mut ev));
                }
                let _ = r;
                self.pool_events(ev);
                vec![]
            }
            "sync.WaitGroup.Add" | "sync.WaitGroup.Done" => {
                let d = if name.ends_with("Done") {
                    -1
                } else {
                    arg_int(1)
                };
                let o = self.sync_obj(&rp);
                o.count += d;
                if o.count < 0 {
                    return self.rt_panic_plain("sync: negative WaitGroup counter");
                }
                if o.count == 0 {
                    let ws = std::mem::take(&mut o.waiters);
                    self.wake_all(gi, ws);
                }
                vec![]
            }
            "sync.WaitGroup.Wait" => {
                let o = self.sync_obj(&rp);
                if o.count > 0 {
                    o.waiters.push_back(gi as u32);
                    self.native_ret(gi, argc, vec![]);
                    self.park(gi as u32, "sync.WaitGroup.Wait");
                    return Flow::Switch;
                }
                vec![]
            }
            "sync.Mutex.Lock" => {
                let o = self.sync_obj(&rp);
                if o.writer {
                    o.waiters.push_back(gi as u32);
                    return self.block_retry(gi, "sync.Mutex.Lock");
                }
                o.writer = true;
                vec![]
            }
            "sync.RWMutex.Lock" => {
                let o = self.sync_obj(&rp);
                if o.writer || o.count > 0 {
                    o.wwait.push_back(gi as u32);
                    return self.block_retry(gi, "sync.RWMutex.Lock");
                }
                o.writer = true;
                vec![]
            }
            "sync.Mutex.TryLock" => {
                let o = self.sync_obj(&rp);
                let ok = !o.writer;
                o.writer = true;
                vec![Value::Bool(ok)]
            }
            "sync.Mutex.Unlock" | "sync.RWMutex.Unlock" => {
                let o = self.sync_obj(&rp);
                if !o.writer {
                    let what = if name.starts_with("sync.RW") {
                        "RUnlock of unlocked RWMutex"
                    } else {
                        "unlock of unlocked mutex"
                    };
                    let what = if name.starts_with("sync.RW") {
                        what.replace("RUnlock", "Unlock")
                    } else {
                        what.to_string()
                    };
                    self.stderr
                        .push_str(&format!("fatal error: sync: {what}\n"));
                    self.exit = Some(super::machine::Exit::Code(2));
                    return Flow::Switch;
                }
                o.writer = false;
                let w: VecDeque<u32> = if name.starts_with("sync.RW") {
                    // Readers that waited for this writer go first; else the next writer.
                    if o.waiters.is_empty() {
                        o.wwait.pop_front().into_iter().collect()
                    } else {
                        std::mem::take(&mut o.waiters)
                    }
                } else {
                    o.waiters.pop_front().into_iter().collect()
                };
                self.wake_all(gi, w);
                vec![]
            }
            "sync.RWMutex.RLock" => {
                let o = self.sync_obj(&rp);
                if o.writer || !o.wwait.is_empty() {
                    o.waiters.push_back(gi as u32);
                    return self.block_retry(gi, "sync.RWMutex.RLock");
                }
                o.count += 1;
                vec![]
            }
            "sync.RWMutex.RUnlock" => {
                let o = self.sync_obj(&rp);
                if o.count <= 0 {
                    self.stderr
                        .push_str("fatal error: sync: RUnlock of unlocked RWMutex\n");
                    self.exit = Some(super::machine::Exit::Code(2));
                    return Flow::Switch;
                }
                o.count -= 1;
                if o.count == 0 {
                    let w: VecDeque<u32> = o.wwait.pop_front().into_iter().collect();
                    self.wake_all(gi, w);
                }
                vec![]
            }
            "sync.Once.Do" => {
                let o = self.sync_obj(&rp);
                if o.done {
                    vec![]
                } else {
                    o.done = true;
                    let f = a.get(1).cloned().unwrap_or_default();
                    self.native_ret(gi, argc, vec![]);
                    return self.call_value(gi, f, 0, FrameKind::Normal);
                }
            }
            "runtime.GC" | "debug.FreeOSMemory" => {
                let mut ev = Vec::new();
                self.pool.gc(Some(&mut ev));
                self.pool_events(ev);
                vec![]
            }
            "debug.SetGCPercent" => {
                let old = self.gc_percent;
                self.gc_percent = arg_int(0);
                vec![Value::Int(old)]
            }
            "runtime.GOMAXPROCS" => {
                let old = self.ps.len() as i64;
                let n = arg_int(0);
                if n > 0 && n != old {
                    self.set_procs(n as usize);
                }
                vec![Value::Int(old)]
            }
            "runtime.NumCPU" => vec![Value::Int(self.ps.len() as i64)],
            "runtime.NumGoroutine" => vec![Value::Int(self.live_goroutines() as i64)],
            "runtime.KeepAlive" => vec![],
            "runtime.Gosched" => {
                self.native_ret(gi, argc, vec![]);
                for pp in &mut self.ps {
                    if pp.cur == Some(gi as u32) {
                        pp.cur = None;
                    }
                }
                self.gs[gi].status = GStatus::Runnable;
                self.global_q.push_back(gi as u32);
                return Flow::Switch;
            }
            "runtime.Goexit" => {
                self.native_ret(gi, argc, vec![]);
                return self.start_goexit(gi);
            }
            "time.Sleep" => {
                let d = arg_int(0);
                self.native_ret(gi, argc, vec![]);
                if d > 0 {
                    let until = self.now.saturating_add(d as u64);
                    self.park(gi as u32, "sleep");
                    self.timer_seq += 1;
                    self.gs[gi].status = GStatus::Sleeping(until);
                    self.gs[gi].sleep_seq = self.timer_seq;
                    return Flow::Switch;
                }
                return Flow::Go;
            }
            "time.After" => {
                let d = arg_int(0).max(0) as u64;
                let id = self
                    .heap
                    .alloc(super::heap::Obj::Chan(super::heap::ChanObj {
                        timer: true,
                        ..Default::default()
                    }));
                self.timer_seq += 1;
                self.timers
                    .push((self.now.saturating_add(d), self.timer_seq, id));
                vec![Value::Chan(id)]
            }
            "time.Now" => vec![Value::agg(vec![Value::Int(self.now as i64)])],
            "time.Since" => vec![Value::Int(
                self.now as i64 - super::natives::arg(a, 0).field(0).as_int(),
            )],
            "time.Time.Sub" => vec![Value::Int(
                super::natives::arg(a, 0).field(0).as_int()
                    - a.get(1).map_or(0, |t| t.field(0).as_int()),
            )],
            "time.Duration.String" => {
                vec![Value::str(&super::natives::duration_string(arg_int(0)))]
            }
            "time.Duration.Seconds" => vec![Value::Float(arg_int(0) as f64 / 1e9)],
            "time.Duration.Milliseconds" => vec![Value::Int(arg_int(0) / 1_000_000)],
            _ => return self.rt_panic_plain(&format!("poolscope: {name} is not supported")),
        };
        self.native_ret(gi, argc, results)
    }

    fn pool_id(&mut self, p: &Ptr) -> u32 {
        if let Some(&id) = self.pool_ids.get(p) {
            return id;
        }
        let has_new = !self.heap.load(p).field(0).is_nil();
        let name = format!("pool{}", self.pool_ids.len() + 1);
        let id = self.pool.new_pool(&name, has_new).0;
        self.pool_ids.insert(p.clone(), id);
        id
    }

    /// Adds the pool engine's events to this step's, with their message keys.
    pub(crate) fn pool_events(&mut self, ev: Vec<crate::pool::Event>) {
        for e in ev {
            if let (crate::pool::EventKind::Leak, Some(o)) = (e.kind, e.obj) {
                self.pit_leak(o);
            }
            let args = e.args.iter().map(|a| arg_text(&a.value)).collect();
            self.events.push(super::machine::Event {
                key: e.key,
                args,
                pool: Some(Box::new(e)),
            });
        }
    }

    /// A short description of a pooled value (its dynamic type).
    fn describe(&self, x: &Value) -> String {
        x.dyn_parts()
            .map(|(t, _)| self.prog.types.type_string(t))
            .unwrap_or_default()
    }

    /// The engine object id of a value put into a pool: the same pointer is the same
    /// object; other values get a fresh id.
    fn object_id(&mut self, gi: usize, x: &Value) -> ObjId {
        let ptr = match x.dyn_parts() {
            Some((_, Value::Ptr(p))) => Some(p.clone()),
            _ => None,
        };
        if let Some(&id) = ptr.as_ref().and_then(|p| self.obj_ids.get(p)) {
            self.pool_objs.insert(id, x.clone());
            return ObjId(id);
        }
        let g = GoroutineId(self.gs[gi].id as u64);
        let id = self.pool.adopt(g, &self.describe(x));
        self.pool_objs.insert(id.0, x.clone());
        if let Some(p) = ptr {
            self.obj_ids.insert(p, id.0);
        }
        id
    }

    /// Registers the value `New` returned for a missed `Get`.
    pub fn register_new(&mut self, gi: usize, pool: u32, v: &Value) {
        let g = GoroutineId(self.gs[gi].id as u64);
        let mut ev = Vec::new();
        if let Ok(id) = self.pool.new_from_new(PoolId(pool), g, Some(&mut ev)) {
            self.pool_objs.insert(id.0, v.clone());
            if let Some((_, Value::Ptr(p))) = v.dyn_parts() {
                self.obj_ids.insert(p.clone(), id.0);
            }
            self.pit_got(gi, id.0, v);
        }
        self.pool_events(ev);
    }

    /// Changes GOMAXPROCS: queued goroutines of removed Ps move to P0, and pools
    /// re-allocate their per-P caches (losing the old ones, as `pinSlow` does).
    pub fn set_procs(&mut self, n: usize) {
        let n = n.clamp(1, 64);
        while self.ps.len() > n {
            if let Some(old) = self.ps.pop() {
                let p0 = &mut self.ps[0];
                p0.runq.extend(old.runnext);
                p0.runq.extend(old.runq);
                if let Some(c) = old.cur {
                    p0.runq.push_back(c);
                }
            }
        }
        while self.ps.len() < n {
            self.ps.push(Default::default());
        }
        let mut ev = Vec::new();
        let _ = self.pool.set_procs(n, Some(&mut ev));
        self.pool_events(ev);
    }
}

/// An event argument as text for message templates.
fn arg_text(v: &crate::pool::ArgValue) -> String {
    use crate::pool::ArgValue;
    match v {
        ArgValue::P(p) => p.0.to_string(),
        ArgValue::Pool(p) => p.0.to_string(),
        ArgValue::Obj(o) => o.to_string(),
        ArgValue::Goroutine(g) => g.0.to_string(),
        ArgValue::Int(i) => i.to_string(),
        ArgValue::Bool(b) => b.to_string(),
        ArgValue::Func(f) => format!("{f:?}"),
    }
}
