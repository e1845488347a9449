//! Which `append` calls get a stack backing store, as gc (Go 1.25+) decides it, so `cap`
//! prints what real Go prints.
//!
//! gc gives an `append` whose result does not escape a 32-byte buffer in the frame
//! (`ssagen.(*state).append`): the first `append(x, ...)` site of each `x` (in code
//! order), when it grows a slice of length 0 to at most K = 32/elemsize elements, takes
//! the whole buffer, so `var s []int; s = append(s, 1)` has cap 4, not 1. The buffer is
//! used once per call of the function.
//!
//! Go 1.27's slice pass (`cmd/compile/internal/slice`) adds a second strategy for a
//! slice variable whose only escape is one `return s`, `x = s` or `range s` outside
//! deeper loops and which is appended to in a loop (weight >= 2): every `s = append(s,
//! ...)` uses the buffer, and the slice moves to the heap just before that statement
//! (`move2heap`). When the program reads `cap(s)` (or slices `s`, or passes it to a
//! function that keeps it), growth walks up the size classes inside the buffer
//! (`growsliceBuf`: 1, 2, 3, 4 ints) and the move keeps the capacity; otherwise the first
//! append takes the whole buffer and the move trims the capacity to a size class.
//!
//! Escape analysis is approximated: a local slice variable escapes when it is returned
//! (by a function gc does not inline, or to a caller that lets it escape),
//! captured by a closure, converted to an interface (passed to `fmt`), stored anywhere
//! but another local, passed to a function that keeps it (user functions are analysed;
//! of the library, `strings.Join`, `bytes.Equal`/`Contains` and the `Write` methods of
//! `bytes.Buffer` and `strings.Builder` keep nothing), or flows into a variable that
//! escapes. Element size limits (0 < size <= 32) are applied by the compiler, which
//! knows the sizes. Fields of a local struct are followed through the struct (and need
//! it to fit in registers, as gc's in-place append does), and so are local interface
//! variables holding a slice. What a function returns goes where its callers put it when
//! gc would inline it (`inline.rs` estimates that). What this cannot see (gc inlines each
//! call on its own and inlines closures; `append(s, xs...)` never uses the buffer) keeps
//! the plain heap growth; `tests/golden/INDEX.md` lists those.

use super::ast::*;
use super::info::{Checked, LocalId, LocalKind};
use super::span::Span;
use super::types::{FuncId, Type};
use std::collections::{HashMap, HashSet};

/// Which buffer an append site uses: the variable's (`append(s, ...)`) or its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StoreKey {
    Var(LocalId),
    Site(ExprId),
}

/// How an append site may use the stack buffer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreUse {
    /// The first growth from length 0 to at most K takes the whole buffer (cap K).
    Whole,
    /// Growth up to K stays in the buffer, one size class at a time (`growsliceBuf`).
    Ladder,
}

/// The stack-buffer plan of a program.
#[derive(Clone, Debug, Default)]
pub struct AppendPlan {
    /// Append calls (by call expression) that may use a buffer.
    /// The third part names the local struct of `b.f = append(b.f, ...)`: gc appends in
    /// place, without the buffer, when that struct cannot live in registers (SSA).
    pub sites: HashMap<ExprId, (StoreKey, StoreUse, Option<LocalId>)>,
    /// Statements (by span) before which slice variables move to the heap, each with
    /// whether the move keeps the capacity.
    pub moves: HashMap<Span, Vec<(LocalId, bool)>>,
}

mod call;
mod inline;
mod stmt;
mod walk;
use walk::{Dest, SliceVar, Walk};

/// Plans the stack buffers of every function of `ck`.
pub fn plan(ck: &Checked) -> AppendPlan {
    let mut w = Walk {
        ck,
        depth: 0,
        under_addr: 0,
        order: 0,
        dests: HashMap::new(),
        sites: Vec::new(),
        vars: HashMap::new(),
        escaped: HashSet::new(),
        flows: Vec::new(),
        args: Vec::new(),
        named_results: Vec::new(),
        lits: Vec::new(),
        structs: HashSet::new(),
        cur_fn: None,
        result_flows: Vec::new(),
        call_dests: Vec::new(),
        func_values: HashSet::new(),
    };
    for (i, l) in ck.locals.iter().enumerate() {
        let id = LocalId(i as u32);
        if matches!(ck.types.under(l.ty), Type::Struct(_) | Type::Interface(_)) {
            // A local struct holds its slice fields' headers, an interface variable the
            // slice it was given: appends to them can use the buffer while the holder
            // does not escape.
            if l.captured {
                w.escaped.insert(id);
            } else {
                w.structs.insert(id);
            }
            continue;
        }
        if !matches!(ck.types.under(l.ty), Type::Slice(_)) {
            continue;
        }
        w.vars.insert(id, SliceVar::default());
        if l.captured {
            w.escaped.insert(id);
            w.drop_var(id);
        }
    }
    let mut bodies: Vec<(&Block, Vec<LocalId>, bool, Option<FuncId>)> = Vec::new();
    for (i, f) in ck.funcs.iter().enumerate() {
        if let Some(Decl::Func(FuncDecl { body: Some(b), .. })) =
            f.decl.and_then(|d| ck.file.decls.get(d))
        {
            let id = FuncId(i as u32);
            bodies.push((b, f.results.clone(), f.named_results, Some(id)));
        }
    }
    while let Some((body, results, named, fid)) = bodies.pop() {
        w.depth = 0;
        w.cur_fn = fid;
        // Named results are the caller's: they go where the callers put them (slices,
        // and the structs and interfaces that may hold one).
        if named {
            match fid {
                Some(f) => w.result_flows.extend(results.iter().map(|r| (*r, f))),
                None => w.escaped.extend(results.iter().copied()),
            }
        }
        w.named_results = if named {
            results
                .into_iter()
                .filter(|r| w.vars.contains_key(r))
                .collect()
        } else {
            Vec::new()
        };
        w.stmts(&body.stmts);
        // Function literals met in this body are functions of their own.
        bodies.extend(w.lits.drain(..).map(|(b, r, n)| (b, r, n, None)));
    }
    w.finish()
}

impl Walk<'_> {
    /// Parameter `i` of `f`, when it is a tracked slice (a variadic one is not).
    fn param(&self, f: FuncId, i: usize) -> Option<LocalId> {
        let fi = self.ck.funcs.get(f.0 as usize)?;
        let p = *fi.params.get(i)?;
        let variadic = matches!(self.ck.types.get(fi.sig), Type::Func(sig) if sig.variadic)
            && i + 1 == fi.params.len();
        (!variadic && self.ck.local(p).kind == LocalKind::Param).then_some(p)
    }

    /// Whether passing a slice as argument `i` of `f` lets it escape ("leaks").
    fn leaks(&self, f: FuncId, i: usize) -> bool {
        match self.param(f, i) {
            Some(p) => {
                let followed = self.vars.contains_key(&p) || self.structs.contains(&p);
                self.escaped.contains(&p) || !followed
            }
            None => true,
        }
    }

    /// Whether a value sent to `d` escapes, given the escaped variables so far.
    fn dest_escapes(&self, d: Dest, inlined: &HashSet<FuncId>) -> bool {
        self.dest_escapes_at(d, inlined, 0)
    }

    fn dest_escapes_at(&self, d: Dest, inlined: &HashSet<FuncId>, depth: u32) -> bool {
        let mut d = d;
        for _ in 0..64 {
            match d {
                Dest::Harmless(_) => return false,
                Dest::Local(u, _) => return self.escaped.contains(&u),
                Dest::Arg(f, i) => return self.leaks(f, i),
                Dest::AppendArg0(c) | Dest::SliceBase(c) => {
                    d = self.dests.get(&c).copied().unwrap_or(Dest::Escape)
                }
                Dest::Return(_, Some(f)) => return self.result_escapes_at(f, inlined, depth + 1),
                Dest::Return(_, None) | Dest::Escape => return true,
            }
        }
        true
    }

    /// Whether what `f` returns escapes: always unless gc inlines `f` into every
    /// caller, and then if any call puts it where it escapes (two levels of returns
    /// are followed through callers that are inlined too).
    fn result_escapes(&self, f: FuncId, inlined: &HashSet<FuncId>) -> bool {
        self.result_escapes_at(f, inlined, 0)
    }

    fn result_escapes_at(&self, f: FuncId, inlined: &HashSet<FuncId>, depth: u32) -> bool {
        if depth > 2 || !inlined.contains(&f) || self.func_values.contains(&f) {
            return true;
        }
        self.call_dests
            .iter()
            .filter(|(g, _)| *g == f)
            .any(|&(_, d)| self.dest_escapes_at(d, inlined, depth))
    }

    fn finish(mut self) -> AppendPlan {
        // Escape analysis: a variable escapes if what it flows into escapes.
        let inlined: HashSet<FuncId> = (0..self.ck.funcs.len() as u32)
            .map(FuncId)
            .filter(|f| inline::inlinable(self.ck, *f))
            .collect();
        loop {
            let mut changed = false;
            for &(v, f) in &self.result_flows.clone() {
                if self.result_escapes(f, &inlined) && self.escaped.insert(v) {
                    changed = true;
                }
            }
            for &(v, u) in &self.flows {
                if self.escaped.contains(&u) && self.escaped.insert(v) {
                    changed = true;
                }
            }
            for &(v, f, i) in &self.args.clone() {
                if self.leaks(f, i) && self.escaped.insert(v) {
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        let mut plan = AppendPlan::default();
        // The slice pass: variables whose one transition can take a move2heap.
        let mut committed: HashMap<LocalId, bool> = HashMap::new();
        for (&v, i) in &self.vars {
            let leaky_arg = i.args.iter().any(|&(f, k)| self.leaks(f, k));
            if i.dropped || leaky_arg || i.transitions.len() != 1 || i.weight < 2 {
                continue;
            }
            let (at, depth) = i.transitions[0];
            if depth > i.decl_depth {
                continue;
            }
            let cap_used = i.cap_used || !i.args.is_empty();
            committed.insert(v, cap_used);
            plan.moves.entry(at).or_default().push((v, cap_used));
        }
        let escapes = |w: &Self, d: Dest| w.dest_escapes(d, &inlined);
        self.sites.sort_by_key(|s| s.order);
        let mut seen: HashSet<StoreKey> = HashSet::new();
        for s in &self.sites {
            if s.spread {
                continue;
            }
            if let Some(&cap_used) = s.self_of.and_then(|v| committed.get(&v)) {
                if cap_used {
                    plan.sites
                        .insert(s.call, (s.key, StoreUse::Ladder, s.ssa_root));
                    continue;
                }
            } else if escapes(&self, s.dest) {
                continue;
            }
            // Only the first site of each buffer takes it whole (gc's usedStatic).
            if seen.insert(s.key) {
                plan.sites
                    .insert(s.call, (s.key, StoreUse::Whole, s.ssa_root));
            }
        }
        plan
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{compile_front, CheckOptions};

    /// The plan of `body` placed in `func main`, with helper declarations `decls`, as
    /// (use of each append site in source order, number of moves and whether each keeps
    /// the capacity).
    fn plan_of(decls: &str, body: &str) -> (Vec<Option<StoreUse>>, Vec<bool>) {
        let src =
            format!("package main\n\nimport \"fmt\"\n\n{decls}\nfunc main() {{\n{body}\n}}\n");
        let ck = compile_front(&src, &CheckOptions::default()).expect("compiles");
        let p = plan(&ck);
        let mut calls = Vec::new();
        crate::lang::visit::walk_file(&ck.file, &mut |e| {
            if let ExprKind::Call { func, .. } = &e.kind {
                if matches!(&func.kind, ExprKind::Ident(i) if i.name == "append") {
                    calls.push(e.id);
                }
            }
        });
        let uses = calls.iter().map(|c| p.sites.get(c).map(|s| s.1)).collect();
        let moves = p.moves.values().flatten().map(|m| m.1).collect();
        (uses, moves)
    }

    #[test]
    fn a_local_slice_takes_the_whole_buffer_at_its_first_site_only() {
        let (uses, moves) = plan_of(
            "",
            "var s []int\ns = append(s, 1)\ns = append(s, 2)\nfmt.Println(len(s), cap(s))",
        );
        assert_eq!(uses, vec![Some(StoreUse::Whole), None]);
        assert!(moves.is_empty());
    }

    #[test]
    fn printing_returning_or_capturing_a_slice_makes_it_escape() {
        for body in [
            "var s []int\ns = append(s, 1)\nfmt.Println(s)",
            "var s []int\ns = append(s, 1)\nf := func() { fmt.Print(len(s)) }\nf()",
            "var s []int\ns = append(s, 1)\nkeep(s)\nfmt.Print()",
        ] {
            let (uses, _) = plan_of("var g []int\n\nfunc keep(x []int) { g = x }\n", body);
            assert_eq!(uses, vec![None], "{body}");
        }
        let (uses, _) = plan_of(
            "func sum(x []int) int { return len(x) }\n",
            "var s []int\ns = append(s, 1)\nfmt.Println(sum(s))",
        );
        assert_eq!(
            uses,
            vec![Some(StoreUse::Whole)],
            "a reading callee keeps it local"
        );
    }

    #[test]
    fn a_returned_loop_slice_moves_to_the_heap_before_the_return() {
        let build = "func build(n int) []int {\nvar s []int\nfor i := 0; i < n; i++ {\ns = append(s, i)\n}\nreturn s\n}\n";
        let (uses, moves) = plan_of(build, "fmt.Println(len(build(3)))");
        assert_eq!((uses, moves), (vec![Some(StoreUse::Whole)], vec![false]));
        let with_cap = build.replace(
            "s = append(s, i)\n",
            "s = append(s, i)\nfmt.Println(cap(s))\n",
        );
        let (uses, moves) = plan_of(&with_cap, "fmt.Println(len(build(3)))");
        assert_eq!((uses, moves), (vec![Some(StoreUse::Ladder)], vec![true]));
        // One append is not worth a move: the returned slice escapes, no buffer.
        let once = "func one() []int {\nvar s []int\ns = append(s, 1)\nreturn s\n}\n";
        assert_eq!(plan_of(once, "fmt.Println(one())"), (vec![None], vec![]));
    }
}
