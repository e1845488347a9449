//! Per-function compile state: local slots (params first), which locals live in
//! cells, captured cells, the loop stack for break/continue, and emitting code.

use super::Builder;
use crate::lang::ast::Stmt;
use crate::lang::info::{LocalId, Owner};
use crate::lang::span::Span;
use crate::lang::types::TypeId;
use crate::runtime::bytecode::{FuncCode, Op};
use crate::runtime::natives::zero_value;
use crate::runtime::value::Value;
use std::collections::{HashMap, HashSet};

/// An enclosing `for`, `switch` or `select` that `break` (and `continue`) can target.
pub struct LoopCx {
    pub label: Option<String>,
    pub is_loop: bool,
    pub breaks: Vec<usize>,
    pub continues: Vec<usize>,
}

pub struct Fcx<'b, 'a> {
    pub b: &'b mut Builder<'a>,
    #[allow(dead_code)]
    pub owner: Owner,
    pub name: String,
    pub slots: HashMap<LocalId, u32>,
    pub boxed: HashSet<LocalId>,
    pub caps: HashMap<LocalId, u32>,
    pub zeros: Vec<Value>,
    pub code: Vec<Op>,
    pub spans: Vec<Span>,
    pub nparams: u32,
    pub params: Vec<LocalId>,
    pub results: Vec<LocalId>,
    pub loops: Vec<LoopCx>,
    /// Label waiting for the loop statement it names.
    pub pending_label: Option<String>,
    pub span: Span,
    pub cur: Span,
    /// The next statement is a header part (`for` init/post): no step of its own.
    pub no_marker: bool,
}

impl<'b, 'a> Fcx<'b, 'a> {
    pub fn new(
        b: &'b mut Builder<'a>,
        owner: Owner,
        params: &[LocalId],
        results: &[LocalId],
        caps: &[LocalId],
        span: Span,
    ) -> Self {
        let ck = b.ck;
        let mut cx = Fcx {
            b,
            owner,
            name: String::new(),
            slots: HashMap::new(),
            boxed: HashSet::new(),
            caps: caps
                .iter()
                .enumerate()
                .map(|(i, l)| (*l, i as u32))
                .collect(),
            zeros: Vec::new(),
            code: Vec::new(),
            spans: Vec::new(),
            nparams: params.len() as u32,
            params: params.to_vec(),
            results: results.to_vec(),
            loops: Vec::new(),
            pending_label: None,
            span,
            cur: span,
            no_marker: false,
        };
        let mut order: Vec<LocalId> = params.to_vec();
        order.extend(results.iter().copied());
        for (i, l) in ck.locals.iter().enumerate() {
            let id = LocalId(i as u32);
            if l.owner == owner && !order.contains(&id) {
                order.push(id);
            }
        }
        for id in order {
            let info = ck.local(id);
            if info.captured || cx.b.addr.contains(&id) {
                cx.boxed.insert(id);
            }
            cx.slots.insert(id, cx.zeros.len() as u32);
            let z = zero_value(&cx.b.types, info.ty);
            cx.zeros.push(z);
        }
        cx
    }

    /// A hidden local slot for compiler temporaries.
    pub fn temp(&mut self) -> u32 {
        self.zeros.push(Value::Nil);
        (self.zeros.len() - 1) as u32
    }

    pub fn emit(&mut self, op: Op, span: Span) -> usize {
        self.code.push(op);
        self.spans.push(if span == Span::default() {
            self.cur
        } else {
            span
        });
        self.code.len() - 1
    }

    pub fn op(&mut self, op: Op) -> usize {
        let s = self.cur;
        self.emit(op, s)
    }

    pub fn here(&self) -> u32 {
        self.code.len() as u32
    }

    /// Points the jump at `at` to `target`.
    pub fn patch(&mut self, at: usize, target: u32) {
        if let Some(Op::Jump(t) | Op::JumpIf(t) | Op::JumpIfNot(t)) = self.code.get_mut(at) {
            *t = target;
        }
    }

    pub fn stmt_marker(&mut self, span: Span) {
        self.cur = span;
        self.emit(Op::Stmt, span);
    }

    /// Boxes captured parameters and results at function entry.
    pub fn prologue(&mut self) {
        let ids: Vec<LocalId> = self
            .params
            .iter()
            .chain(self.results.iter())
            .copied()
            .collect();
        for id in ids {
            if self.boxed.contains(&id) {
                let slot = self.slots[&id];
                self.op(Op::BoxLocal(slot));
            }
        }
    }

    pub fn block(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    /// Ends the function with an implicit `return` and packages the code.
    pub fn finish(mut self, end: Span) -> FuncCode {
        self.cur = end;
        self.emit(Op::Stmt, end);
        let ret_pc = self.emit(Op::Return, end) as u32;
        FuncCode {
            name: self.name.clone(),
            nparams: self.nparams,
            zeros: self.zeros,
            results: self.results.iter().map(|r| self.slots[r]).collect(),
            boxed_results: self
                .results
                .iter()
                .map(|r| self.boxed.contains(r))
                .collect(),
            code: self.code,
            spans: self.spans,
            ret_pc,
            span: self.span,
        }
    }

    pub fn ty(&self, e: &crate::lang::ast::Expr) -> TypeId {
        super::addr::expr_ty(self.b.ck, e)
    }

    /// Pushes the value of local `id`.
    pub fn load_local(&mut self, id: LocalId) {
        if let Some(&slot) = self.slots.get(&id) {
            self.op(Op::Load(slot));
            if self.boxed.contains(&id) {
                self.op(Op::Deref);
            }
        } else if let Some(&c) = self.caps.get(&id) {
            self.op(Op::Capture(c));
            self.op(Op::Deref);
        } else {
            let s = self.cur;
            self.b.err(s, "poolscope: variable not visible here");
            self.op(Op::Push(Value::Nil));
        }
    }

    /// Pushes the cell pointer of a boxed or captured local (`&x`).
    pub fn local_cell(&mut self, id: LocalId) -> bool {
        if let Some(&slot) = self.slots.get(&id) {
            if self.boxed.contains(&id) {
                self.op(Op::Load(slot));
                return true;
            }
            return false;
        }
        if let Some(&c) = self.caps.get(&id) {
            self.op(Op::Capture(c));
            return true;
        }
        false
    }

    /// Stores the value on top into local `id` (an existing variable).
    pub fn store_local(&mut self, id: LocalId) {
        if let Some(&slot) = self.slots.get(&id) {
            if self.boxed.contains(&id) {
                self.op(Op::Load(slot));
                self.op(Op::Swap);
                self.op(Op::StorePtr);
            } else {
                self.op(Op::Store(slot));
            }
        } else if let Some(&c) = self.caps.get(&id) {
            self.op(Op::Capture(c));
            self.op(Op::Swap);
            self.op(Op::StorePtr);
        } else {
            self.op(Op::Pop);
        }
    }

    /// Declares local `id` with the value on top: a fresh cell if it lives in one.
    pub fn declare_local(&mut self, id: LocalId) {
        let Some(&slot) = self.slots.get(&id) else {
            self.op(Op::Pop);
            return;
        };
        if self.boxed.contains(&id) {
            self.op(Op::NewCell);
        }
        self.op(Op::Store(slot));
    }
}
