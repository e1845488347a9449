//! The instruction loop: runs one goroutine until the next statement boundary, a
//! micro-step (deferred call, panic), a block or its end.

use super::arith;
use super::bytecode::{Op, Program};
use super::calls::Flow;
use super::machine::{DeferRec, Frame, FrameKind, Machine};
use super::value::{Func, Ptr, Value};
use crate::lang::span::Span;
use std::rc::Rc;

/// Stack index just above frame `fr`'s locals.
pub fn frame_top(fr: &Frame, prog: &Program) -> usize {
    fr.bp as usize
        + prog
            .funcs
            .get(fr.func as usize)
            .map_or(0, |f| f.zeros.len())
}

pub const NIL_DEREF: &str = "runtime error: invalid memory address or nil pointer dereference";

impl Machine {
    pub(crate) fn pop(&mut self, gi: usize) -> Value {
        self.gs[gi].stack.pop().unwrap_or_default()
    }

    pub(crate) fn push(&mut self, gi: usize, v: Value) {
        self.gs[gi].stack.push(v);
    }

    pub(crate) fn pop_n(&mut self, gi: usize, n: usize) -> Vec<Value> {
        let st = &mut self.gs[gi].stack;
        let at = st.len().saturating_sub(n);
        st.split_off(at)
    }

    /// Reads through pointer value `p`, or fails with the nil dereference error.
    pub fn deref(&self, p: &Value) -> Result<Value, &'static str> {
        match p {
            Value::Ptr(p) => Ok(self.heap.load(p)),
            _ => Err(NIL_DEREF),
        }
    }

    /// Runs goroutine `gi` until the end of this step. Returns the span of the statement
    /// it started on, and how it stopped.
    pub fn run_slice(&mut self, gi: usize, span: &mut Span) -> Flow {
        let prog = self.prog.clone();
        let mut first = true;
        loop {
            let g = &mut self.gs[gi];
            let Some(fr) = g.frames.last_mut() else {
                return Flow::Switch;
            };
            let fc = &prog.funcs[fr.func as usize];
            let pc = fr.pc as usize;
            let Some(op) = fc.code.get(pc) else {
                if first {
                    // Back from the last deferred call: the function ends at its `}`.
                    *span = fc.spans.last().copied().unwrap_or_default();
                }
                return self.do_return(gi);
            };
            fr.pc += 1;
            if first {
                // A step resuming mid-statement (after a call or deferred call) is
                // shown at the instruction it resumes.
                *span = fc.spans.get(pc).copied().unwrap_or_default();
                if !matches!(op, Op::Stmt) {
                    first = false;
                }
            }
            let flow = match op {
                Op::Stmt => {
                    if !first {
                        fr.pc -= 1;
                        return Flow::Yield;
                    }
                    first = false;
                    *span = fc.spans.get(pc).copied().unwrap_or_default();
                    Flow::Go
                }
                Op::Push(v) => {
                    g.stack.push(v.clone());
                    Flow::Go
                }
                Op::Pop => {
                    g.stack.pop();
                    Flow::Go
                }
                Op::Dup => {
                    let v = g.stack.last().cloned().unwrap_or_default();
                    g.stack.push(v);
                    Flow::Go
                }
                Op::Dup2 => {
                    let n = g.stack.len();
                    if n >= 2 {
                        let (a, b) = (g.stack[n - 2].clone(), g.stack[n - 1].clone());
                        g.stack.push(a);
                        g.stack.push(b);
                    }
                    Flow::Go
                }
                Op::Swap => {
                    let n = g.stack.len();
                    if n >= 2 {
                        g.stack.swap(n - 1, n - 2);
                    }
                    Flow::Go
                }
                Op::Load(i) => {
                    let v = g
                        .stack
                        .get((fr.bp + i) as usize)
                        .cloned()
                        .unwrap_or_default();
                    g.stack.push(v);
                    Flow::Go
                }
                Op::Store(i) => {
                    let v = g.stack.pop().unwrap_or_default();
                    if let Some(slot) = g.stack.get_mut((fr.bp + i) as usize) {
                        *slot = v;
                    }
                    Flow::Go
                }
                Op::Capture(i) => {
                    let v = fr.caps.get(*i as usize).cloned().unwrap_or_default();
                    g.stack.push(v);
                    Flow::Go
                }
                Op::Global(i) => {
                    g.stack.push(Value::Ptr(Ptr::cell(*i)));
                    Flow::Go
                }
                Op::BoxLocal(i) => {
                    let at = (fr.bp + i) as usize;
                    let v = g.stack.get(at).cloned().unwrap_or_default();
                    let p = self.heap.new_cell(v);
                    if let Some(slot) = self.gs[gi].stack.get_mut(at) {
                        *slot = Value::Ptr(p);
                    }
                    Flow::Go
                }
                Op::NewCell => {
                    let v = g.stack.pop().unwrap_or_default();
                    let p = self.heap.new_cell(v);
                    self.gs[gi].stack.push(Value::Ptr(p));
                    Flow::Go
                }
                Op::Deref => {
                    let p = g.stack.pop().unwrap_or_default();
                    if let Value::Ptr(pp) = &p {
                        self.pit_access(gi, pp);
                    }
                    match self.deref(&p) {
                        Ok(v) => {
                            self.gs[gi].stack.push(v);
                            Flow::Go
                        }
                        Err(e) => self.rt_panic(e),
                    }
                }
                Op::StorePtr => {
                    let v = g.stack.pop().unwrap_or_default();
                    match g.stack.pop() {
                        Some(Value::Ptr(p)) => {
                            self.pit_access(gi, &p);
                            self.heap.store(&p, v);
                            Flow::Go
                        }
                        _ => self.rt_panic(NIL_DEREF),
                    }
                }
                Op::Field(i) => {
                    let v = g.stack.pop().unwrap_or_default();
                    g.stack.push(v.field(*i));
                    Flow::Go
                }
                Op::FieldPtr(i) => match g.stack.pop() {
                    Some(Value::Ptr(p)) => {
                        g.stack.push(Value::Ptr(p.child(*i)));
                        Flow::Go
                    }
                    _ => self.rt_panic(NIL_DEREF),
                },
                Op::SetPath(path) => {
                    let v = g.stack.pop().unwrap_or_default();
                    if let Some(s) = g.stack.last_mut() {
                        s.set_path(path, v);
                    }
                    Flow::Go
                }
                Op::Bin(o, n) => {
                    let b = g.stack.pop().unwrap_or_default();
                    let a = g.stack.pop().unwrap_or_default();
                    if let Some(len) = arith::concat_len(*o, *n, &a, &b) {
                        // Checked before the text is built: a Rust OOM would kill the page.
                        if len > super::heap::MAX_ALLOC {
                            return self.out_of_memory(len);
                        }
                    }
                    match arith::binary(*o, *n, &a, &b) {
                        Ok(v) => {
                            g.stack.push(v);
                            Flow::Go
                        }
                        Err(e) => self.rt_panic(e),
                    }
                }
                Op::Neg(n) => {
                    let a = g.stack.pop().unwrap_or_default();
                    g.stack.push(arith::neg(*n, &a));
                    Flow::Go
                }
                Op::BitNot(n) => {
                    let a = g.stack.pop().unwrap_or_default();
                    g.stack.push(arith::bit_not(*n, &a));
                    Flow::Go
                }
                Op::Not => {
                    let a = g.stack.pop().unwrap_or_default();
                    g.stack.push(Value::Bool(!a.as_bool()));
                    Flow::Go
                }
                Op::Jump(t) => {
                    // A backward jump closes a loop iteration: end the step there, so
                    // even `for {}` advances the step count (and meets the budget).
                    let back = (*t as usize) <= pc;
                    fr.pc = *t;
                    if back {
                        return Flow::Yield;
                    }
                    Flow::Go
                }
                Op::JumpIf(t) => {
                    if g.stack.pop().unwrap_or_default().as_bool() {
                        fr.pc = *t;
                    }
                    Flow::Go
                }
                Op::JumpIfNot(t) => {
                    if !g.stack.pop().unwrap_or_default().as_bool() {
                        fr.pc = *t;
                    }
                    Flow::Go
                }
                Op::ToIface(ty) => {
                    let v = g.stack.pop().unwrap_or_default();
                    let v = match v {
                        Value::Iface(_) => v,
                        Value::Nil if prog.types.is_interface(*ty) => Value::Nil,
                        v => Value::iface(*ty, v),
                    };
                    g.stack.push(v);
                    Flow::Go
                }
                Op::Call { func, argc } => {
                    self.push_frame(gi, *func, Rc::from(Vec::new()), *argc, FrameKind::Normal)
                }
                Op::CallValue { argc } => {
                    let at = g.stack.len().saturating_sub(*argc as usize + 1);
                    let f = if at < g.stack.len() {
                        g.stack.remove(at)
                    } else {
                        Value::Nil
                    };
                    self.call_value(gi, f, *argc, FrameKind::Normal)
                }
                Op::CallIface { name, argc } => {
                    let name = prog.names.get(*name as usize).cloned().unwrap_or_default();
                    self.call_iface(gi, &name, *argc)
                }
                Op::CallNative { id, argc } => self.call_native(gi, *id, *argc),
                Op::Closure { func, ncaps } => {
                    let caps = self.pop_n(gi, *ncaps as usize);
                    self.push(
                        gi,
                        Value::Func(Rc::new(Func::Closure {
                            func: *func,
                            caps: Rc::from(caps),
                        })),
                    );
                    Flow::Go
                }
                Op::Bind { func } => {
                    let recv = self.pop(gi);
                    self.push(
                        gi,
                        Value::Func(Rc::new(Func::Bound {
                            func: *func,
                            recv: Box::new(recv),
                        })),
                    );
                    Flow::Go
                }
                Op::BindIface { name } => {
                    let recv = self.pop(gi);
                    let name = prog.names.get(*name as usize).cloned().unwrap_or_default();
                    match self.bind_iface(&recv, &name) {
                        Ok(f) => {
                            self.push(gi, f);
                            Flow::Go
                        }
                        Err(e) => self.rt_panic(e),
                    }
                }
                Op::BindNative { id } => {
                    let recv = self.pop(gi);
                    self.push(
                        gi,
                        Value::Func(Rc::new(Func::Native {
                            id: *id,
                            recv: Some(Box::new(recv)),
                        })),
                    );
                    Flow::Go
                }
                Op::NativeFunc { id } => {
                    self.push(
                        gi,
                        Value::Func(Rc::new(Func::Native {
                            id: *id,
                            recv: None,
                        })),
                    );
                    Flow::Go
                }
                Op::Defer { argc } => {
                    let args = self.pop_n(gi, *argc as usize);
                    let func = self.pop(gi);
                    let span = *span;
                    let name = self.func_name(&func);
                    self.pit_defer(gi, span, &func, &name);
                    self.note = Some(super::messages::Caption::new("step.defer_push", vec![name]));
                    if let Some(fr) = self.gs[gi].frames.last_mut() {
                        fr.defers.push(DeferRec { func, args, span });
                    }
                    Flow::Go
                }
                Op::Go { argc } => {
                    let args = self.pop_n(gi, *argc as usize);
                    let func = self.pop(gi);
                    self.go_stmt(gi, func, args)
                }
                Op::Return => return self.do_return(gi),
                Op::Panic => {
                    let v = self.pop(gi);
                    let v = if v.is_nil() {
                        Value::iface(
                            prog.rt.runtime_error,
                            Value::str("runtime error: panic called with nil argument"),
                        )
                    } else {
                        v
                    };
                    Flow::Panic(v)
                }
                Op::Recover => {
                    self.pit_recover(gi);
                    let v = self.do_recover(gi);
                    if !v.is_nil() {
                        let text = super::natives::panic_value_text(self, &v);
                        self.note = Some(super::messages::Caption::new("step.recover", vec![text]));
                    }
                    self.push(gi, v);
                    Flow::Go
                }
                Op::Exit => {
                    self.end_goroutine(gi);
                    return Flow::Switch;
                }
                _ => self.exec_data(gi, op),
            };
            match flow {
                Flow::Go => {}
                Flow::Panic(v) => return self.start_panic(gi, v),
                other => return other,
            }
        }
    }
}
