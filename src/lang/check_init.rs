//! Package initialization order, as the Go spec defines it: a package-level variable is
//! initialized after every variable it depends on, where references through functions
//! (and methods) count, transitively; among those ready, the earliest declared goes
//! first. `var total = base + extra()` waits for every variable `extra` reads.

use std::collections::{HashMap, HashSet};

use super::ast::*;
use super::check::Checker;
use super::info::{GlobalId, GlobalInit, Res, Selection};
use super::types::FuncId;
use super::visit;

/// What one piece of code refers to directly.
#[derive(Default)]
struct Refs {
    globals: HashSet<GlobalId>,
    funcs: HashSet<FuncId>,
}

impl Checker<'_> {
    fn refs_of(&self, e: &Expr, refs: &mut Refs) {
        visit::walk_expr(e, &mut |x| self.note_ref(x, refs));
    }

    fn note_ref(&self, x: &Expr, refs: &mut Refs) {
        if let Some(Some(r)) = self.res.get(x.id.index()) {
            match r {
                Res::Global(g) => {
                    refs.globals.insert(*g);
                }
                Res::Func(f) => {
                    refs.funcs.insert(*f);
                }
                _ => {}
            }
        }
        match self.selections.get(&x.id) {
            Some(Selection::Method { func, .. }) | Some(Selection::MethodExpr { func, .. }) => {
                refs.funcs.insert(*func);
            }
            Some(Selection::PkgMember(Res::Func(f))) => {
                refs.funcs.insert(*f);
            }
            _ => {}
        }
    }

    /// Reorders `global_inits` (the program's `var` specs) by dependency.
    pub(super) fn order_global_inits(&mut self) {
        let file = self.files[0];
        // Direct references of every function of the program.
        let mut func_refs: HashMap<FuncId, Refs> = HashMap::new();
        for (i, f) in self.funcs.iter().enumerate() {
            let Some(d) = f.decl else { continue };
            let Some(Decl::Func(fd)) = file.decls.get(d) else {
                continue;
            };
            let mut refs = Refs::default();
            if let Some(body) = &fd.body {
                for s in &body.stmts {
                    visit::stmt(s, &mut |x| self.note_ref(x, &mut refs));
                }
            }
            func_refs.insert(FuncId(i as u32), refs);
        }
        // Globals each spec depends on, through functions transitively.
        let mut deps: Vec<HashSet<GlobalId>> = Vec::new();
        for init in &self.global_inits {
            let mut refs = Refs::default();
            if let Some(Decl::Gen(GenDecl::Var(specs))) = file.decls.get(init.decl) {
                if let Some(spec) = specs.get(init.spec) {
                    for v in &spec.values {
                        self.refs_of(v, &mut refs);
                    }
                }
            }
            let mut seen: HashSet<FuncId> = HashSet::new();
            let mut todo: Vec<FuncId> = refs.funcs.iter().copied().collect();
            let mut globals = refs.globals;
            while let Some(f) = todo.pop() {
                if !seen.insert(f) {
                    continue;
                }
                if let Some(r) = func_refs.get(&f) {
                    globals.extend(r.globals.iter().copied());
                    todo.extend(r.funcs.iter().copied());
                }
            }
            deps.push(globals);
        }
        // Which spec initializes each global.
        let mut owner: HashMap<GlobalId, usize> = HashMap::new();
        for (i, init) in self.global_inits.iter().enumerate() {
            for g in init.globals.iter().flatten() {
                owner.insert(*g, i);
            }
        }
        // Declaration order, then repeatedly the earliest spec whose dependencies are
        // all initialized.
        let mut order: Vec<usize> = (0..self.global_inits.len()).collect();
        super::sort::sort_by_key(&mut order, |&i| {
            (self.global_inits[i].decl, self.global_inits[i].spec)
        });
        let mut done: HashSet<usize> = HashSet::new();
        let mut result: Vec<GlobalInit> = Vec::new();
        while done.len() < order.len() {
            let ready = order.iter().copied().find(|&i| {
                !done.contains(&i)
                    && deps[i]
                        .iter()
                        .filter_map(|g| owner.get(g))
                        .all(|&j| j == i || done.contains(&j))
            });
            // A cycle (reported elsewhere or through functions only): declaration order.
            let next = ready.unwrap_or_else(|| {
                order
                    .iter()
                    .copied()
                    .find(|i| !done.contains(i))
                    .unwrap_or(0)
            });
            done.insert(next);
            result.push(self.global_inits[next].clone());
        }
        self.global_inits = result;
    }
}
