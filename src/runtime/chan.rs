//! Channels: unbuffered and buffered send and receive, `close`, with FIFO queues of
//! blocked goroutines as in Go's `chan.go`. A woken receiver gets its value through
//! `Goroutine::wake`.

use super::bytecode::Op;
use super::calls::Flow;
use super::heap::{ChanObj, Obj};
use super::machine::Machine;
use super::value::Value;
use std::rc::Rc;

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
                let id = self.heap.alloc(Obj::Chan(ChanObj {
                    cap: cap as usize,
                    zero: zero.clone(),
                    ..Default::default()
                }));
                self.gs[gi].stack.push(Value::Chan(id));
                Flow::Go
            }
            Op::Send => {
                let v = self.gs[gi].stack.pop().unwrap_or_default();
                let ch = self.gs[gi].stack.pop().unwrap_or_default();
                self.chan_send(gi, ch, v)
            }
            Op::Recv { ok, .. } => {
                let ch = self.gs[gi].stack.pop().unwrap_or_default();
                self.chan_recv(gi, ch, *ok)
            }
            Op::Close => {
                let ch = self.gs[gi].stack.pop().unwrap_or_default();
                self.chan_close(gi, ch)
            }
            _ => self.rt_panic("poolscope: instruction not supported yet"),
        }
    }

    fn chan_send(&mut self, gi: usize, ch: Value, v: Value) -> Flow {
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
        if let Some(r) = c.recvq.pop_front() {
            self.gs[r as usize].wake = Some(Value::Tuple(Rc::new(vec![v, Value::Bool(true)])));
            self.ready(r, p);
            return Flow::Go;
        }
        if c.buf.len() < c.cap {
            c.buf.push_back(v);
            return Flow::Go;
        }
        c.sendq.push_back((gi as u32, v));
        self.park(gi as u32, "chan send");
        Flow::Switch
    }

    fn chan_recv(&mut self, gi: usize, ch: Value, ok: bool) -> Flow {
        let Value::Chan(id) = ch else {
            self.park(gi as u32, "chan receive (nil chan)");
            return Flow::Switch;
        };
        let p = self.p_of(gi as u32);
        let Some(c) = self.heap.chan_mut(id) else {
            return Flow::Go;
        };
        let got = if let Some(v) = c.buf.pop_front() {
            if let Some((s, sv)) = c.sendq.pop_front() {
                c.buf.push_back(sv);
                self.ready(s, p);
            }
            Some((v, true))
        } else if let Some((s, sv)) = c.sendq.pop_front() {
            self.ready(s, p);
            Some((sv, true))
        } else if c.closed {
            Some((c.zero.clone(), false))
        } else {
            None
        };
        let g = &mut self.gs[gi];
        match got {
            Some((v, k)) => {
                g.stack.push(v);
                if ok {
                    g.stack.push(Value::Bool(k));
                }
                Flow::Go
            }
            None => {
                c_push_recv(&mut self.heap, id, gi as u32);
                self.gs[gi].want_ok = ok;
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
        let waiters: Vec<u32> = c.recvq.drain(..).collect();
        let senders: Vec<u32> = c.sendq.drain(..).map(|s| s.0).collect();
        let zero = c.zero.clone();
        for r in waiters {
            self.gs[r as usize].wake = Some(Value::Tuple(Rc::new(vec![
                zero.clone(),
                Value::Bool(false),
            ])));
            self.ready(r, p);
        }
        for s in senders {
            self.gs[s as usize].wake = Some(Value::str("send on closed channel"));
            self.ready(s, p);
        }
        Flow::Go
    }

    /// A runtime panic whose message has no `runtime error:` prefix.
    pub fn rt_panic_plain(&mut self, msg: &str) -> Flow {
        Flow::Panic(Value::iface(self.prog.rt.error_type(msg), Value::str(msg)))
    }
}

fn c_push_recv(heap: &mut super::heap::Heap, id: u32, g: u32) {
    if let Some(c) = heap.chan_mut(id) {
        c.recvq.push_back(g);
    }
}
