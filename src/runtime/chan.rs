//! Channels and `select`, after Go's `chan.go` and `select.go`: unbuffered and buffered
//! send and receive, `close`, FIFO queues of blocked goroutines ([`Waiter`]s). A woken
//! goroutine finds the values its blocked instruction would have pushed in
//! `Goroutine::wake`; a woken `select` also gets the index of the case that fired and
//! leaves the queues of its other channels.

use super::bytecode::Op;
use super::calls::Flow;
use super::heap::{ChanObj, Obj, Waiter};
use super::machine::Machine;
use super::value::Value;
use std::rc::Rc;

/// One `select` case as pushed by the compiler: (0 receive / 1 send, channel, value).
struct Case {
    send: bool,
    chan: Value,
    value: Value,
}

impl Machine {
    /// Executes a channel instruction.
    pub fn exec_chan(&mut self, gi: usize, op: &Op) -> Flow {
        match op {
            Op::MakeChan { has_cap, zero } => {
                let cap = if *has_cap {
                    self.gs[gi].stack.pop().unwrap_or_default().as_int()
                } else {
                    0
                };
                if !(0..=1 << 20).contains(&cap) {
                    return self.rt_panic("makechan: size out of range");
                }
                // The `make` being run: its pc was already stepped past.
                let site = self.gs[gi].frames.last().and_then(|fr| {
                    let code = self.prog.funcs.get(fr.func as usize)?;
                    code.spans.get(fr.pc.saturating_sub(1) as usize)
                });
                let c = ChanObj {
                    cap: cap as usize,
                    zero: zero.clone(),
                    site: site.map_or(0, |s| s.lo),
                    ..Default::default()
                };
                let id = self.heap.alloc(Obj::Chan(c));
                self.gs[gi].stack.push(Value::Chan(id));
                Flow::Go
            }
            Op::Send => {
                let v = self.gs[gi].stack.pop().unwrap_or_default();
                let ch = self.gs[gi].stack.pop().unwrap_or_default();
                self.chan_send(gi, ch, v, None)
            }
            Op::Recv { ok, .. } => {
                let ch = self.gs[gi].stack.pop().unwrap_or_default();
                self.chan_recv(gi, ch, *ok, None)
            }
            Op::Close => {
                let ch = self.gs[gi].stack.pop().unwrap_or_default();
                self.chan_close(gi, ch)
            }
            Op::Select { n, default } => self.select(gi, *n, *default),
            _ => self.rt_panic("poolscope: instruction not supported yet"),
        }
    }

    /// Wakes waiter `w` with the values its instruction pushes.
    fn wake_waiter(&mut self, w: Waiter, v: Value, ok: bool, p: usize) {
        let mut vals = vec![v];
        if w.want_ok || w.case_.is_some() {
            vals.push(Value::Bool(ok));
        }
        if let Some(c) = w.case_ {
            vals.push(Value::Int(c as i64));
            self.leave_select(w.g);
        }
        if let Some(g) = self.gs.get_mut(w.g as usize) {
            g.wake = Some(Value::Tuple(Rc::new(vals)));
        }
        self.ready(w.g, p);
    }

    /// Removes a woken `select` from the queues of all its channels.
    fn leave_select(&mut self, g: u32) {
        let chans = std::mem::take(&mut self.gs[g as usize].select_chans);
        for ch in chans {
            if let Some(c) = self.heap.chan_mut(ch) {
                c.recvq.retain(|w| w.g != g);
                c.sendq.retain(|(w, _)| w.g != g);
            }
        }
    }

    /// Whether a send or receive on `ch` could proceed now.
    fn ready_case(&mut self, c: &Case) -> bool {
        let Value::Chan(id) = c.chan else {
            return false;
        };
        let Some(ch) = self.heap.chan_mut(id) else {
            return false;
        };
        if c.send {
            ch.closed || !ch.recvq.is_empty() || ch.buf.len() < ch.cap
        } else {
            !ch.buf.is_empty() || !ch.sendq.is_empty() || ch.closed
        }
    }

    /// A value arrives on `ch` from outside a goroutine (a timer): hand it to a waiting
    /// receiver or buffer it.
    pub fn chan_offer(&mut self, ch: u32, v: Value) {
        let Some(c) = self.heap.chan_mut(ch) else {
            return;
        };
        if let Some(w) = c.recvq.pop_front() {
            self.wake_waiter(w, v, true, 0);
        } else if c.buf.len() < c.cap.max(1) {
            c.buf.push_back(v);
        }
    }

    fn chan_send(&mut self, gi: usize, ch: Value, v: Value, case_: Option<u32>) -> Flow {
        let Value::Chan(id) = ch else {
            self.park(gi as u32, "chan send (nil chan)");
            return Flow::Switch;
        };
        let p = self.p_of(gi as u32);
        let Some(c) = self.heap.chan_mut(id) else {
            return Flow::Go;
        };
        if c.closed {
            return self.rt_panic_plain("send on closed channel");
        }
        if let Some(w) = c.recvq.pop_front() {
            self.wake_waiter(w, v, true, p);
            return Flow::Go;
        }
        if c.buf.len() < c.cap {
            c.buf.push_back(v);
            return Flow::Go;
        }
        c.sendq.push_back((
            Waiter {
                g: gi as u32,
                want_ok: false,
                case_,
            },
            v,
        ));
        self.park(gi as u32, "chan send");
        Flow::Switch
    }

    /// Completes a sender that was waiting (its value was taken).
    fn release_sender(&mut self, w: Waiter, p: usize) {
        if let Some(c) = w.case_ {
            self.leave_select(w.g);
            if let Some(g) = self.gs.get_mut(w.g as usize) {
                g.wake = Some(Value::Tuple(Rc::new(vec![
                    Value::Nil,
                    Value::Bool(false),
                    Value::Int(c as i64),
                ])));
            }
        }
        self.ready(w.g, p);
    }

    fn chan_recv(&mut self, gi: usize, ch: Value, ok: bool, case_: Option<u32>) -> Flow {
        let Value::Chan(id) = ch else {
            self.park(gi as u32, "chan receive (nil chan)");
            return Flow::Switch;
        };
        let p = self.p_of(gi as u32);
        let Some(c) = self.heap.chan_mut(id) else {
            return Flow::Go;
        };
        let got = if let Some(v) = c.buf.pop_front() {
            let sender = c.sendq.pop_front();
            if let Some((w, sv)) = sender {
                c.buf.push_back(sv);
                self.release_sender(w, p);
            }
            Some((v, true))
        } else if let Some((w, sv)) = c.sendq.pop_front() {
            self.release_sender(w, p);
            Some((sv, true))
        } else if c.closed {
            Some((c.zero.clone(), false))
        } else {
            None
        };
        match got {
            Some((v, k)) => {
                let g = &mut self.gs[gi];
                g.stack.push(v);
                if ok {
                    g.stack.push(Value::Bool(k));
                }
                Flow::Go
            }
            None => {
                if let Some(c) = self.heap.chan_mut(id) {
                    c.recvq.push_back(Waiter {
                        g: gi as u32,
                        want_ok: ok,
                        case_,
                    });
                }
                self.park(gi as u32, "chan receive");
                Flow::Switch
            }
        }
    }

    pub fn chan_close(&mut self, gi: usize, ch: Value) -> Flow {
        let Value::Chan(id) = ch else {
            return self.rt_panic_plain("close of nil channel");
        };
        let p = self.p_of(gi as u32);
        let Some(c) = self.heap.chan_mut(id) else {
            return Flow::Go;
        };
        if c.closed {
            return self.rt_panic_plain("close of closed channel");
        }
        c.closed = true;
        let zero = c.zero.clone();
        let receivers: Vec<Waiter> = c.recvq.drain(..).collect();
        let senders: Vec<Waiter> = c.sendq.drain(..).map(|s| s.0).collect();
        for w in receivers {
            self.wake_waiter(w, zero.clone(), false, p);
        }
        for w in senders {
            if w.case_.is_some() {
                self.leave_select(w.g);
            }
            self.gs[w.g as usize].wake = Some(Value::str("send on closed channel"));
            self.ready(w.g, p);
        }
        Flow::Go
    }

    /// `select`: pops `n` cases, runs a ready one (polled in seeded random order, as
    /// Go polls in random order), else takes `default`, else blocks on all of them.
    /// Pushes the received value, the `ok` flag and the chosen case (−1: default).
    fn select(&mut self, gi: usize, n: u32, default: bool) -> Flow {
        let st = &mut self.gs[gi].stack;
        let raw = st.split_off(st.len().saturating_sub(3 * n as usize));
        let cases: Vec<Case> = raw
            .chunks(3)
            .map(|c| Case {
                send: c[0].as_int() == 1,
                chan: c[1].clone(),
                value: c[2].clone(),
            })
            .collect();
        let mut order: Vec<usize> = (0..cases.len()).collect();
        for i in (1..order.len()).rev() {
            let j = (self.rand() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        for &i in &order {
            if !self.ready_case(&cases[i]) {
                continue;
            }
            let c = &cases[i];
            let flow = if c.send {
                let f = self.chan_send(gi, c.chan.clone(), c.value.clone(), None);
                self.gs[gi].stack.extend([Value::Nil, Value::Bool(false)]);
                f
            } else {
                self.chan_recv(gi, c.chan.clone(), true, None)
            };
            self.gs[gi].stack.push(Value::Int(i as i64));
            return flow;
        }
        if default {
            self.gs[gi]
                .stack
                .extend([Value::Nil, Value::Bool(false), Value::Int(-1)]);
            return Flow::Go;
        }
        let mut chans = Vec::new();
        for (i, c) in cases.iter().enumerate() {
            let Value::Chan(id) = c.chan else { continue };
            let w = Waiter {
                g: gi as u32,
                want_ok: true,
                case_: Some(i as u32),
            };
            if let Some(ch) = self.heap.chan_mut(id) {
                if c.send {
                    ch.sendq.push_back((w, c.value.clone()));
                } else {
                    ch.recvq.push_back(w);
                }
                chans.push(id);
            }
        }
        self.gs[gi].select_chans = chans;
        let reason = if cases.is_empty() {
            "select (no cases)"
        } else {
            "select"
        };
        self.park(gi as u32, reason);
        Flow::Switch
    }

    /// A runtime panic whose message has no `runtime error:` prefix.
    pub fn rt_panic_plain(&mut self, msg: &str) -> Flow {
        Flow::Panic(Value::iface(self.prog.rt.error_type(msg), Value::str(msg)))
    }
}
