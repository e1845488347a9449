//! The type checker's driver: the entity and context types, scopes and locals (with
//! capture detection), the universe, imports, then function bodies, func-literal
//! diagnostics in types2's order, unused imports, and the result.
//!
//! Package-level declarations are in `check_decl.rs`; expressions in `check_expr.rs`,
//! `check_select.rs`, `check_binary.rs`, `check_call.rs`, `check_builtin.rs` and
//! `check_composite.rs`; statements in `check_stmt.rs`, `check_assign.rs` and
//! `check_flow.rs`; types in `check_types.rs`, `check_lookup.rs` and
//! `check_assignable.rs`; constant arithmetic in `consts.rs`.

use std::collections::HashMap;

use super::ast::*;
use super::diag::{limit_like_gc_in, Diagnostic};
use super::info::*;
use super::span::Span;
use super::stdlib;
use super::types::*;

/// What a name denotes while checking.
#[derive(Clone, Debug)]
pub(super) enum Entity {
    Local(LocalId),
    Global(GlobalId),
    Func(FuncId),
    Type(TypeId),
    Const(TypeId, ConstValue),
    Builtin(Builtin),
    /// An import of the program, by index into `Checker::imports`.
    Package(usize),
    Nil,
    /// A package-level `var`/`const` not resolved yet, by index into `Checker::lazies`.
    Lazy(usize),
}

pub(super) struct Package {
    pub(super) name: String,
    pub(super) path: String,
    pub(super) scope: HashMap<String, Entity>,
}

pub(super) struct ImportInfo {
    pub(super) path: String,
    pub(super) pkg: usize,
    pub(super) span: Span,
    pub(super) explicit_name: Option<String>,
    pub(super) used: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum LazyState {
    Pending,
    InProgress,
    Done,
}

/// A package-level `var` or `const` spec, resolved on first use or in source order.
pub(super) struct Lazy {
    pub(super) pkg: usize,
    pub(super) decl: usize,
    pub(super) spec: usize,
    pub(super) is_const: bool,
    pub(super) state: LazyState,
}

/// The function whose body is being checked.
pub(super) struct FuncCtx {
    pub(super) owner: Owner,
    pub(super) results: Vec<TypeId>,
    pub(super) named_results: bool,
    pub(super) captures: Vec<LocalId>,
    /// How the source spells each result type (for messages).
    pub(super) result_spelling: Vec<Option<String>>,
    /// Unused variables of closed scopes (scope pre-order number, position, name),
    /// reported in that order when the body is done, as types2 does.
    pub(super) unused: Vec<(u32, Span, String)>,
}

pub(super) struct Checker<'a> {
    pub(super) tt: TypeTable,
    pub(super) diags: Vec<Diagnostic>,
    pub(super) exprs: Vec<ExprInfo>,
    pub(super) res: Vec<Option<Res>>,
    pub(super) consts: Vec<Option<ConstValue>>,
    pub(super) selections: HashMap<ExprId, Selection>,
    pub(super) calls: HashMap<ExprId, CallKind>,
    pub(super) locals: Vec<LocalInfo>,
    pub(super) local_used: Vec<bool>,
    /// `fstack` depth at which each local was declared (to detect captures).
    pub(super) local_depth: Vec<usize>,
    pub(super) globals: Vec<GlobalInfo>,
    pub(super) funcs: Vec<FuncInfo>,
    pub(super) func_lits: HashMap<ExprId, FuncLitInfo>,
    pub(super) global_inits: Vec<GlobalInit>,
    pub(super) universe: HashMap<String, Entity>,
    pub(super) pkgs: Vec<Package>,
    /// The file of each package (0 is the program).
    pub(super) files: Vec<&'a File>,
    pub(super) cur_pkg: usize,
    pub(super) scopes: Vec<HashMap<String, Entity>>,
    /// Pre-order number of each open scope: types2 reports a function's unused
    /// variables scope by scope, outer scope first.
    pub(super) scope_seq: Vec<u32>,
    pub(super) next_scope_seq: u32,
    /// Diagnostics of function literal bodies, reported after all function bodies
    /// (types2 checks literal bodies later), keyed by (nesting, order met).
    pub(super) later: Vec<((u32, u32), Vec<Diagnostic>)>,
    pub(super) fstack: Vec<FuncCtx>,
    pub(super) imports: Vec<ImportInfo>,
    pub(super) lazies: Vec<Lazy>,
    pub(super) iota: Option<i128>,
    /// Inside the init statement of a three-clause `for` (its `:=` declares loop vars).
    pub(super) in_for_init: bool,
    pub(super) go_version: GoVersion,
    /// Declared types as spelled (see `spelling.rs`), for messages.
    pub(super) local_spelling: HashMap<LocalId, String>,
    pub(super) global_spelling: HashMap<GlobalId, String>,
    /// Parameter and result spellings of every function and method.
    pub(super) func_spelling: HashMap<FuncId, super::spelling::Spellings>,
    /// The spelling of the target type of the next `assign_to`, set by its caller.
    pub(super) target_spelled: Option<String>,
    /// Result names of functions with named results (for `(n int, err error)`).
    pub(super) result_names: HashMap<FuncId, Vec<String>>,
    /// Exact values of untyped float constants computed so far, by their f64 bits.
    pub(super) rationals: HashMap<u64, super::consts::Rat>,
}

/// Type-checks `file`; see [`super::check`].
pub fn check(file: File, opts: &CheckOptions) -> Result<Checked, Vec<Diagnostic>> {
    check_with(file, opts, Vec::new(), None)
}

/// Type-checks `file` after errors already found in it (the lexer's), which count
/// first towards gc's limit of ten.
pub fn check_with(
    file: File,
    opts: &CheckOptions,
    earlier: Vec<Diagnostic>,
    src: Option<&str>,
) -> Result<Checked, Vec<Diagnostic>> {
    // The go command resolves imports before gc runs: an import it cannot satisfy is
    // the only error reported.
    let missing: Vec<Diagnostic> = file
        .imports
        .iter()
        .filter(|imp| stdlib::prelude(&imp.path).is_none())
        .map(|imp| {
            let known = stdlib::PACKAGES.join(", ");
            Diagnostic::new(
                imp.path_span,
                format!(
                    "package {} is not available in this playground (it has {known})",
                    imp.path
                ),
            )
        })
        .collect();
    if !missing.is_empty() {
        return Err(missing);
    }
    // Load the preludes of the imported packages, numbering their expressions after the
    // program's so ids never collide.
    let mut paths: Vec<&str> = Vec::new();
    for imp in &file.imports {
        if stdlib::prelude(&imp.path).is_some() && !paths.contains(&imp.path.as_str()) {
            paths.push(&imp.path);
        }
    }
    let mut next_id = file.expr_count;
    let mut preludes = Vec::new();
    for p in &paths {
        let (f, _) = super::parser::parse_prelude(stdlib::prelude(p).unwrap_or(""), next_id);
        next_id = f.expr_count;
        preludes.push(f);
    }
    let branch_diags = super::branches::check_branches(&file);
    let mut c = Checker::new(&file, &preludes, &paths, next_id);
    c.go_version = opts.go_version;
    c.run();
    let mut diags = earlier;
    diags.extend(branch_diags);
    diags.append(&mut c.diags);
    if !diags.is_empty() {
        return Err(limit_like_gc_in(diags, src));
    }
    let main = match c.pkgs[0].scope.get("main") {
        Some(Entity::Func(f)) => Some(*f),
        _ => None,
    };
    let Checker {
        tt,
        exprs,
        res,
        consts,
        selections,
        calls,
        locals,
        globals,
        funcs,
        func_lits,
        global_inits,
        ..
    } = c;
    Ok(Checked {
        file,
        options: opts.clone(),
        types: tt,
        exprs,
        res,
        consts,
        selections,
        calls,
        locals,
        globals,
        funcs,
        func_lits,
        global_inits,
        main,
    })
}

impl<'a> Checker<'a> {
    pub(super) fn new(
        file: &'a File,
        preludes: &'a [File],
        paths: &[&str],
        id_count: u32,
    ) -> Checker<'a> {
        let n = id_count as usize;
        let mut universe = HashMap::new();
        let basic_names = [
            ("bool", TypeId::BOOL),
            ("int", TypeId::INT),
            ("int8", TypeId::INT8),
            ("int16", TypeId::INT16),
            ("int32", TypeId::INT32),
            ("rune", TypeId::INT32),
            ("int64", TypeId::INT64),
            ("uint", TypeId::UINT),
            ("uint8", TypeId::UINT8),
            ("byte", TypeId::UINT8),
            ("uint16", TypeId::UINT16),
            ("uint32", TypeId::UINT32),
            ("uint64", TypeId::UINT64),
            ("uintptr", TypeId::UINTPTR),
            ("float32", TypeId::FLOAT32),
            ("float64", TypeId::FLOAT64),
            ("string", TypeId::STRING),
            ("any", TypeId::ANY),
            ("error", TypeId::ERROR),
        ];
        for (name, t) in basic_names {
            universe.insert(name.to_string(), Entity::Type(t));
        }
        universe.insert(
            "true".into(),
            Entity::Const(TypeId::UNTYPED_BOOL, ConstValue::Bool(true)),
        );
        universe.insert(
            "false".into(),
            Entity::Const(TypeId::UNTYPED_BOOL, ConstValue::Bool(false)),
        );
        universe.insert("nil".into(), Entity::Nil);
        use Builtin::*;
        for (name, b) in [
            ("append", Append),
            ("cap", Cap),
            ("clear", Clear),
            ("close", Close),
            ("copy", Copy),
            ("delete", Delete),
            ("len", Len),
            ("make", Make),
            ("max", Max),
            ("min", Min),
            ("new", New),
            ("panic", Panic),
            ("print", Print),
            ("println", Println),
            ("recover", Recover),
        ] {
            universe.insert(name.to_string(), Entity::Builtin(b));
        }
        let mut pkgs = vec![Package {
            name: "main".into(),
            path: "main".into(),
            scope: HashMap::new(),
        }];
        let mut files = vec![file];
        for (f, p) in preludes.iter().zip(paths) {
            pkgs.push(Package {
                name: f.package.name.clone(),
                path: p.to_string(),
                scope: HashMap::new(),
            });
            files.push(f);
        }
        Checker {
            tt: TypeTable::new(),
            diags: Vec::new(),
            exprs: vec![ExprInfo::default(); n],
            res: vec![None; n],
            consts: vec![None; n],
            selections: HashMap::new(),
            calls: HashMap::new(),
            locals: Vec::new(),
            local_used: Vec::new(),
            local_depth: Vec::new(),
            globals: Vec::new(),
            funcs: Vec::new(),
            func_lits: HashMap::new(),
            global_inits: Vec::new(),
            universe,
            pkgs,
            files,
            cur_pkg: 0,
            scopes: Vec::new(),
            scope_seq: Vec::new(),
            next_scope_seq: 0,
            later: Vec::new(),
            fstack: Vec::new(),
            imports: Vec::new(),
            lazies: Vec::new(),
            iota: None,
            in_for_init: false,
            go_version: GoVersion::default(),
            local_spelling: HashMap::new(),
            global_spelling: HashMap::new(),
            func_spelling: HashMap::new(),
            target_spelled: None,
            rationals: HashMap::new(),
            result_names: HashMap::new(),
        }
    }

    pub(super) fn error(&mut self, span: Span, msg: impl Into<String>) {
        self.diags.push(Diagnostic::new(span, msg));
    }

    pub(super) fn run(&mut self) {
        // Preludes first: the program's declarations refer to them.
        for p in 1..self.pkgs.len() {
            self.declare_package(p);
        }
        let file = self.files[0];
        for imp in &file.imports {
            let Some(pkg) = self.pkgs.iter().position(|p| p.path == imp.path) else {
                continue; // reported before checking began
            };
            let explicit = imp.name.as_ref().map(|n| n.name.clone());
            let local = explicit
                .clone()
                .unwrap_or_else(|| self.pkgs[pkg].name.clone());
            let idx = self.imports.len();
            self.imports.push(ImportInfo {
                path: imp.path.clone(),
                pkg,
                span: imp.span,
                explicit_name: explicit,
                used: false,
            });
            if let Some(n) = &imp.name {
                self.record_res(n.id, Res::Package(imp.path.clone()));
            }
            if local != "_" && local != "." {
                if self.universe.contains_key(&format!("pkg:{local}")) {
                    self.error(imp.path_span, format!("{local} redeclared in this block"));
                }
                self.universe
                    .insert(format!("pkg:{local}"), Entity::Package(idx));
            }
        }
        self.declare_package(0);
        self.cur_pkg = 0;
        for (i, d) in file.decls.iter().enumerate() {
            if let Decl::Func(f) = d {
                self.check_func_body(i, f);
            }
        }
        self.order_global_inits();
        let mut later = std::mem::take(&mut self.later);
        super::sort::sort_by_key(&mut later, |(k, _)| *k);
        for (_, ds) in later {
            self.diags.extend(ds);
        }
        if file.package.name != "main" && !file.package.name.is_empty() {
            // Only `package main` runs; gc would build a library and run nothing.
            self.error(
                file.package.span,
                format!("package {} is not a main package", file.package.name),
            );
        } else if !matches!(self.pkgs[0].scope.get("main"), Some(Entity::Func(_))) {
            self.error(
                Span::new(0, 0),
                "function main is undeclared in the main package",
            );
        }
        for imp in &self.imports {
            if !imp.used && imp.explicit_name.as_deref() != Some("_") {
                let msg = match &imp.explicit_name {
                    Some(n) if *n != self.pkgs[imp.pkg].name => {
                        format!("\"{}\" imported as {n} and not used", imp.path)
                    }
                    _ => format!("\"{}\" imported and not used", imp.path),
                };
                self.diags.push(Diagnostic::new(imp.span, msg));
            }
        }
    }

    pub(super) fn record(&mut self, id: ExprId, ty: TypeId, mode: Mode) {
        let i = id.index();
        if i >= self.exprs.len() {
            self.exprs.resize(i + 1, ExprInfo::default());
        }
        self.exprs[i] = ExprInfo { ty, mode };
    }

    pub(super) fn record_res(&mut self, id: ExprId, r: Res) {
        let i = id.index();
        if i >= self.res.len() {
            self.res.resize(i + 1, None);
        }
        self.res[i] = Some(r);
    }

    pub(super) fn record_const(&mut self, id: ExprId, v: ConstValue) {
        let i = id.index();
        if i >= self.consts.len() {
            self.consts.resize(i + 1, None);
        }
        self.consts[i] = Some(v);
    }

    /// Looks a name up from the innermost scope out to the universe.
    pub(super) fn lookup(&mut self, name: &str) -> Option<Entity> {
        for s in self.scopes.iter().rev() {
            if let Some(e) = s.get(name) {
                return Some(e.clone());
            }
        }
        if let Some(e) = self.pkgs[self.cur_pkg].scope.get(name) {
            return Some(e.clone());
        }
        if self.cur_pkg == 0 {
            if let Some(e) = self.universe.get(&format!("pkg:{name}")) {
                return Some(e.clone());
            }
        }
        if name == "iota" {
            if let Some(v) = self.iota {
                return Some(Entity::Const(TypeId::UNTYPED_INT, ConstValue::Int(v)));
            }
        }
        self.universe.get(name).cloned()
    }

    /// A new local variable in the innermost scope ("x redeclared" if already there).
    pub(super) fn declare_local(
        &mut self,
        name: &Ident,
        ty: TypeId,
        kind: LocalKind,
        loop_var: bool,
    ) -> LocalId {
        let id = self.new_local(name.name.clone(), ty, kind, name.span, loop_var);
        // Parameters and results count as used; so does `_`.
        self.local_used[id.0 as usize] = kind != LocalKind::Var || name.is_blank();
        self.record_res(name.id, Res::Local(id));
        self.record(name.id, ty, Mode::Variable);
        if !name.is_blank() && !name.name.is_empty() {
            if let Some(scope) = self.scopes.last_mut() {
                if scope.contains_key(&name.name) {
                    self.diags.push(Diagnostic::new(
                        name.span,
                        format!("{} redeclared in this block", name.name),
                    ));
                }
                scope.insert(name.name.clone(), Entity::Local(id));
            }
        }
        id
    }

    /// A new local of the current function, counted as used.
    pub(super) fn new_local(
        &mut self,
        name: String,
        ty: TypeId,
        kind: LocalKind,
        span: Span,
        loop_var: bool,
    ) -> LocalId {
        let id = LocalId(self.locals.len() as u32);
        let owner = self
            .fstack
            .last()
            .map_or(Owner::Func(FuncId(0)), |f| f.owner);
        self.locals.push(LocalInfo {
            name,
            ty,
            span,
            kind,
            owner,
            captured: false,
            loop_var,
        });
        self.local_used.push(true);
        self.local_depth.push(self.fstack.len());
        id
    }

    /// Marks a local read, and captured if it belongs to an enclosing function.
    pub(super) fn use_local(&mut self, l: LocalId) {
        let i = l.0 as usize;
        self.local_used[i] = true;
        let depth = self.local_depth[i];
        if depth < self.fstack.len() {
            self.locals[i].captured = true;
            for f in &mut self.fstack[depth..] {
                if !f.captures.contains(&l) {
                    f.captures.push(l);
                }
            }
        }
    }

    pub(super) fn push_scope(&mut self) {
        self.scopes.push(HashMap::new());
        self.scope_seq.push(self.next_scope_seq);
        self.next_scope_seq += 1;
    }

    /// Closes a scope, reporting its unused variables.
    pub(super) fn pop_scope(&mut self) {
        let Some(scope) = self.scopes.pop() else {
            return;
        };
        let seq = self.scope_seq.pop().unwrap_or(0);
        let mut unused: Vec<(u32, Span, String)> = scope
            .iter()
            .filter_map(|(name, e)| match e {
                Entity::Local(l) if !self.local_used[l.0 as usize] => {
                    Some((seq, self.locals[l.0 as usize].span, name.clone()))
                }
                _ => None,
            })
            .collect();
        super::sort::sort(&mut unused);
        match self.fstack.last_mut() {
            Some(f) => f.unused.extend(unused),
            None => {
                for (_, span, name) in unused {
                    self.error(span, format!("declared and not used: {name}"));
                }
            }
        }
    }
}
