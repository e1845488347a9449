//! Calls, returns, deferred calls, panics and recover, as transitions on data: a call
//! pushes a [`Frame`], a return runs the frame's defer records one per step (LIFO, after
//! the results are set), and a panic unwinds frame by frame running their defers.

use super::machine::{DeferRec, Exit, Frame, FrameKind, GStatus, Machine, PanicRec, MAX_FRAMES};
use super::value::{Func, Value};
use std::rc::Rc;

/// What executing an instruction asks of the step loop.
#[derive(Debug)]
pub enum Flow {
    /// Keep executing this goroutine.
    Go,
    /// End the step here (a micro-step such as a deferred call starting).
    Yield,
    /// The goroutine blocked or ended; pick another.
    Switch,
    /// Raise a Go panic with this value.
    Panic(Value),
}

impl Machine {
    /// Pushes a frame for compiled function `func` whose `argc` arguments are on top of
    /// goroutine `gi`'s stack.
    pub fn push_frame(
        &mut self,
        gi: usize,
        func: u32,
        caps: Rc<[Value]>,
        argc: u32,
        kind: FrameKind,
    ) -> Flow {
        let prog = self.prog.clone();
        let Some(code) = prog.funcs.get(func as usize) else {
            return Flow::Switch;
        };
        let g = &mut self.gs[gi];
        if g.frames.len() >= MAX_FRAMES {
            self.fatal_stack_overflow();
            return Flow::Switch;
        }
        let bp = g.stack.len().saturating_sub(argc as usize) as u32;
        self.pit_call(gi, func, bp as usize);
        let g = &mut self.gs[gi];
        for z in code.zeros.iter().skip(argc as usize) {
            g.stack.push(z.clone());
        }
        g.frames.push(Frame {
            func,
            pc: 0,
            bp,
            ret_sp: bp,
            caps,
            defers: Vec::new(),
            kind,
            returning: false,
            fmt_results: Vec::new(),
        });
        Flow::Go
    }

    /// Calls function value `f` with `argc` arguments on top of the stack.
    pub fn call_value(&mut self, gi: usize, f: Value, argc: u32, kind: FrameKind) -> Flow {
        let Value::Func(fv) = f else {
            return self.rt_panic(super::natives::NIL_DEREF);
        };
        match &*fv {
            Func::Closure { func, caps } => self.push_frame(gi, *func, caps.clone(), argc, kind),
            Func::Bound { func, recv } => {
                let g = &mut self.gs[gi];
                let at = g.stack.len().saturating_sub(argc as usize);
                g.stack.insert(at, (**recv).clone());
                self.push_frame(gi, *func, Rc::from(Vec::new()), argc + 1, kind)
            }
            Func::Native { id, recv } => {
                let mut argc = argc;
                if let Some(r) = recv {
                    let g = &mut self.gs[gi];
                    let at = g.stack.len().saturating_sub(argc as usize);
                    g.stack.insert(at, (**r).clone());
                    argc += 1;
                }
                let flow = self.call_native(gi, *id, argc);
                if !matches!(kind, FrameKind::Normal) {
                    // Deferred or goroutine-root native calls: drop results.
                    let g = &mut self.gs[gi];
                    if let Some(fr) = g.frames.last() {
                        let base = super::exec::frame_top(fr, &self.prog);
                        if g.stack.len() > base {
                            g.stack.truncate(base);
                        }
                    }
                }
                if matches!(kind, FrameKind::GoRoot) && matches!(flow, Flow::Go) {
                    self.end_goroutine(gi);
                    return Flow::Switch;
                }
                flow
            }
        }
    }

    /// Starts goroutine `gi`'s body: `f(args...)` with its results dropped.
    pub fn start_go_call(&mut self, gi: usize, f: Value, args: Vec<Value>) {
        let argc = args.len() as u32;
        self.gs[gi].stack.extend(args);
        if let Flow::Panic(v) = self.call_value(gi, f, argc, FrameKind::GoRoot) {
            self.start_panic(gi, v);
        }
    }

    /// Executes `return` in the top frame: runs the next deferred call, or pops the frame
    /// delivering its results.
    pub fn do_return(&mut self, gi: usize) -> Flow {
        let prog = self.prog.clone();
        let g = &mut self.gs[gi];
        let Some(fr) = g.frames.last_mut() else {
            return Flow::Switch;
        };
        fr.returning = true;
        if let Some(d) = fr.defers.pop() {
            fr.pc = fr.pc.saturating_sub(1); // come back to this Return afterwards
            return self.run_deferred(gi, d, false);
        }
        let Some(fr) = g.frames.pop() else {
            return Flow::Switch;
        };
        let code = &prog.funcs[fr.func as usize];
        let mut results = Vec::with_capacity(code.results.len());
        for (i, &slot) in code.results.iter().enumerate() {
            let v = g
                .stack
                .get((fr.bp + slot) as usize)
                .cloned()
                .unwrap_or_default();
            let v = match (code.boxed_results.get(i), v) {
                (Some(true), Value::Ptr(p)) => self.heap.load(&p),
                (_, v) => v,
            };
            results.push(v);
        }
        let depth = g.frames.len();
        let seen = matches!(fr.kind, FrameKind::Normal).then_some(&results[..]);
        self.pit_returned(gi, depth, fr.func, seen);
        let g = &mut self.gs[gi];
        g.stack.truncate(fr.ret_sp as usize);
        match fr.kind {
            FrameKind::Normal => {
                g.stack.extend(results);
                Flow::Go
            }
            FrameKind::PoolNew { pool } => {
                let v = results.into_iter().next().unwrap_or_default();
                self.register_new(gi, pool, &v);
                self.gs[gi].stack.push(v);
                Flow::Go
            }
            FrameKind::Shown => {
                let s = results
                    .first()
                    .map(|v| v.as_str().to_string())
                    .unwrap_or_default();
                if let Some(fr) = g.frames.last_mut() {
                    fr.fmt_results.push(s);
                }
                Flow::Go
            }
            FrameKind::PanicText => {
                let s = results
                    .first()
                    .map(|v| v.as_str().to_string())
                    .unwrap_or_default();
                if let Some(p) = g.panics.last_mut() {
                    p.text = Some(s);
                }
                g.unwinding = true;
                Flow::Yield
            }
            FrameKind::Deferred { by_panic } => self.after_deferred(gi, by_panic),
            FrameKind::GoRoot => {
                self.end_goroutine(gi);
                Flow::Switch
            }
        }
    }

    /// Calls a deferred record as a new frame (a micro-step of its own).
    pub fn run_deferred(&mut self, gi: usize, d: DeferRec, by_panic: bool) -> Flow {
        let argc = d.args.len() as u32;
        self.gs[gi].stack.extend(d.args);
        // A native deferred call runs within this call; the pitfall detectors ask where
        // it was deferred.
        self.pitfalls.defer_span = Some(d.span);
        let flow = self.call_value(gi, d.func.clone(), argc, FrameKind::Deferred { by_panic });
        self.pitfalls.defer_span = None;
        let is_native = matches!(&d.func, Value::Func(f) if matches!(**f, Func::Native { .. }));
        match flow {
            Flow::Go if is_native => self.after_deferred(gi, by_panic),
            Flow::Go => Flow::Yield,
            other => other,
        }
    }

    /// A deferred call finished normally: if it recovered the panic, the frame that
    /// deferred it returns normally; if a panic is still in flight, unwinding resumes.
    fn after_deferred(&mut self, gi: usize, by_panic: bool) -> Flow {
        let g = &mut self.gs[gi];
        if !by_panic {
            return Flow::Yield;
        }
        let depth = g.frames.len();
        if g.panics.last().is_some_and(|p| p.recovered) {
            // recover() stopped the panic: drop it and any it aborted, then the frame
            // returns normally with the results it has.
            g.panics.retain(|p| p.depth < depth);
            g.unwinding = false;
            let prog = self.prog.clone();
            if let Some(fr) = g.frames.last_mut() {
                fr.pc = prog.funcs[fr.func as usize].ret_pc;
                fr.returning = true;
            }
            return Flow::Yield;
        }
        g.unwinding = true;
        Flow::Yield
    }

    /// Starts a panic with value `v` on goroutine `gi`.
    pub fn start_panic(&mut self, gi: usize, v: Value) -> Flow {
        let g = &mut self.gs[gi];
        let depth = g.frames.len();
        let mut rec = PanicRec {
            value: v,
            recovered: false,
            repanicked: false,
            goexit: false,
            depth,
            text: None,
        };
        if let Some(last) = g.panics.last() {
            let in_recovering_defer = matches!(
                g.frames.last().map(|f| &f.kind),
                Some(FrameKind::Deferred { by_panic: true })
            );
            if last.recovered && in_recovering_defer && last.value == rec.value {
                rec.repanicked = true;
                g.panics.pop();
            }
        }
        g.panics.push(rec);
        g.unwinding = true;
        Flow::Yield
    }

    /// `runtime.Goexit`: unwinds running defers, then ends the goroutine.
    pub fn start_goexit(&mut self, gi: usize) -> Flow {
        let g = &mut self.gs[gi];
        let depth = g.frames.len();
        g.panics.push(PanicRec {
            value: Value::Nil,
            recovered: false,
            repanicked: false,
            goexit: true,
            depth,
            text: None,
        });
        g.unwinding = true;
        Flow::Yield
    }

    /// One step of unwinding: run the top frame's next defer, or leave the frame.
    pub fn unwind_step(&mut self, gi: usize) -> Flow {
        let g = &mut self.gs[gi];
        let Some(fr) = g.frames.last_mut() else {
            return self.die_of_panic(gi);
        };
        if let Some(d) = fr.defers.pop() {
            g.unwinding = false;
            return self.run_deferred(gi, d, true);
        }
        let Some(fr) = g.frames.pop() else {
            return Flow::Switch;
        };
        g.stack.truncate(fr.ret_sp as usize);
        let depth = g.frames.len();
        self.pit_returned(gi, depth, fr.func, None);
        let g = &mut self.gs[gi];
        if g.frames.is_empty() {
            return self.die_of_panic(gi);
        }
        Flow::Yield
    }

    /// `recover()` in the top frame of `gi`.
    pub fn do_recover(&mut self, gi: usize) -> Value {
        let g = &mut self.gs[gi];
        let direct = matches!(
            g.frames.last().map(|f| &f.kind),
            Some(FrameKind::Deferred { by_panic: true })
        );
        match g.panics.last_mut() {
            Some(p) if direct && !p.recovered && !p.goexit => {
                p.recovered = true;
                p.value.clone()
            }
            _ => Value::Nil,
        }
    }

    /// The goroutine ran out of frames while panicking.
    fn die_of_panic(&mut self, gi: usize) -> Flow {
        let g = &mut self.gs[gi];
        if g.panics.last().is_some_and(|p| p.goexit) {
            if g.id == 1 {
                // main called Goexit: the program goes on while other goroutines run.
                self.main_goexited = true;
            }
            self.end_goroutine(gi);
            return Flow::Switch;
        }
        let pending = g
            .panics
            .last()
            .filter(|p| p.text.is_none())
            .map(|p| p.value.clone());
        if let Some(value) = pending {
            {
                if let Some((code, recv)) = super::natives::user_text_method(self, &value) {
                    // Go prints the value's Error() (or String()): run it first.
                    let g = &mut self.gs[gi];
                    g.unwinding = false;
                    g.stack.push(recv);
                    return self.push_frame(
                        gi,
                        code,
                        Rc::from(Vec::new()),
                        1,
                        FrameKind::PanicText,
                    );
                }
            }
        }
        let g = &mut self.gs[gi];
        let panics = g.panics.clone();
        let id = g.id;
        let mut out = String::new();
        for (i, p) in panics.iter().enumerate() {
            if p.goexit {
                continue;
            }
            if i > 0 {
                out.push('\t');
            }
            out.push_str("panic: ");
            match &p.text {
                Some(t) => out.push_str(t),
                None => out.push_str(&super::natives::panic_value_text(self, &p.value)),
            }
            if p.repanicked {
                out.push_str(" [recovered, repanicked]");
            } else if p.recovered {
                out.push_str(" [recovered]");
            }
            out.push('\n');
            if super::natives::is_nil_deref(&p.value) {
                out.push_str("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
            }
        }
        out.push_str(&format!(
            "\ngoroutine {id} [running]:\nmain.main()\n\t/tmp/prog.go\nexit status 2\n"
        ));
        self.stderr.push_str(&out);
        self.exit = Some(Exit::Code(2));
        Flow::Switch
    }

    /// Ends goroutine `gi`; the end of the main goroutine ends the program.
    pub fn end_goroutine(&mut self, gi: usize) {
        let g = &mut self.gs[gi];
        g.status = GStatus::Dead;
        g.frames.clear();
        g.stack.clear();
        let id = g.id;
        for p in &mut self.ps {
            if p.cur == Some(gi as u32) {
                p.cur = None;
            }
        }
        if id == 1 && self.exit.is_none() && !self.main_goexited {
            self.exit = Some(Exit::Code(0));
        }
    }

    fn fatal_stack_overflow(&mut self) {
        self.stderr.push_str(
            "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\nexit status 2\n",
        );
        self.exit = Some(Exit::Code(2));
    }

    /// Raises a runtime error (`runtime.Error`) with message `msg`.
    pub fn rt_panic(&mut self, msg: &str) -> Flow {
        Flow::Panic(Value::iface(self.prog.rt.error_type(msg), Value::str(msg)))
    }
}
