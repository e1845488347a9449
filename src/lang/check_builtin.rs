//! Built-in function calls for the checker (`len`, `append`, `make`, `new`, `panic`,
//! `recover`, `close`, `delete`, `copy`, `clear`, `min`, `max`, `print`), with gc's
//! argument-count wording.

use super::ast::*;
use super::check::*;
use super::check_types::*;
use super::consts;
use super::exprstring::expr_string;
use super::info::*;
use super::types::*;

impl Checker<'_> {
    /// gc: `invalid operation: not enough arguments for len() (expected 1, found 0)`,
    /// reported at the call.
    pub(super) fn builtin_arg_count(
        &mut self,
        e: &Expr,
        args: &[Expr],
        min: usize,
        max: usize,
    ) -> bool {
        let q = if args.len() < min {
            "not enough"
        } else if args.len() > max {
            "too many"
        } else {
            return true;
        };
        let want = if args.len() < min { min } else { max };
        let text = expr_string(e);
        self.error(
            e.span,
            format!(
                "invalid operation: {q} arguments for {text} (expected {want}, found {})",
                args.len()
            ),
        );
        false
    }

    pub(super) fn builtin(&mut self, e: &Expr, b: Builtin, args: &[Expr], dots: bool) -> Operand {
        let text = expr_string(e);
        let ok = |ty: TypeId| Operand {
            mode: Mode::Value,
            ty,
            val: None,
            comma_ok: false,
            spelled: None,
            expr: text.clone(),
        };
        let no_value = Operand {
            mode: Mode::NoValue,
            ty: TypeId::VOID,
            val: None,
            comma_ok: false,
            spelled: None,
            expr: text.clone(),
        };
        let (min, max) = match b {
            Builtin::Len
            | Builtin::Cap
            | Builtin::Close
            | Builtin::New
            | Builtin::Panic
            | Builtin::Clear => (1, 1),
            Builtin::Append => (1, usize::MAX),
            Builtin::Copy | Builtin::Delete => (2, 2),
            Builtin::Make => (1, 3),
            Builtin::Max | Builtin::Min => (1, usize::MAX),
            Builtin::Print | Builtin::Println => (0, usize::MAX),
            Builtin::Recover => (0, 0),
        };
        let name = format!("{b:?}").to_lowercase();
        if !self.builtin_arg_count(e, args, min, max) {
            for a in args {
                self.expr(a);
            }
            return Operand::invalid(text);
        }
        match b {
            Builtin::Len | Builtin::Cap => {
                let x = self.value(&args[0]);
                if x.is_invalid() {
                    return Operand::invalid(text);
                }
                let under = self.tt.under(x.ty).clone();
                let valid = match &under {
                    Type::Basic(k) => k.is_string() && b == Builtin::Len,
                    Type::Slice(_) | Type::Chan(..) => true,
                    Type::Array(..) => true,
                    Type::Pointer(p) => matches!(self.tt.under(*p), Type::Array(..)),
                    Type::Map(..) => b == Builtin::Len,
                    _ => false,
                };
                if !valid {
                    let d = self.describe(&x);
                    self.error(
                        args[0].span,
                        format!("invalid argument: {d} for built-in {name}"),
                    );
                    return Operand::invalid(text);
                }
                let mut r = ok(TypeId::INT);
                if let Some(ConstValue::String(s)) = &x.val {
                    r.mode = Mode::Constant;
                    r.val = Some(ConstValue::Int(s.len() as i128));
                    let mut x = x;
                    if self.tt.is_untyped(x.ty) {
                        self.set_type(&args[0], &mut x, TypeId::STRING);
                    }
                } else if let Type::Array(n, _) = under {
                    r.mode = Mode::Constant;
                    r.val = Some(ConstValue::Int(n as i128));
                }
                r
            }
            Builtin::Append => {
                let s = self.value(&args[0]);
                if s.is_invalid() {
                    for a in &args[1..] {
                        self.value(a);
                    }
                    return Operand::invalid(text);
                }
                if s.is_nil() {
                    self.error(
                        args[0].span,
                        "first argument to append must be a typed slice; found untyped nil",
                    );
                    return Operand::invalid(text);
                }
                let Type::Slice(elem) = self.tt.under(s.ty).clone() else {
                    let d = self.describe(&s);
                    self.error(
                        args[0].span,
                        format!("invalid argument: {d} is not a slice"),
                    );
                    return Operand::invalid(text);
                };
                if dots {
                    if args.len() != 2 {
                        self.error(e.span, "can only use ... with final argument in list");
                        return Operand::invalid(text);
                    }
                    let mut x = self.value(&args[1]);
                    if x.is_invalid() {
                        return ok(s.ty);
                    }
                    // append([]byte, string...) is allowed.
                    let is_str = self.tt.basic(x.ty).is_some_and(|k| k.is_string());
                    if is_str && elem == TypeId::UINT8 {
                        if self.tt.is_untyped(x.ty) {
                            self.set_type(&args[1], &mut x, TypeId::STRING);
                        }
                        return ok(s.ty);
                    }
                    let st = self.tt.slice(elem);
                    self.assign_to(&args[1], &mut x, st, "argument to append");
                } else {
                    for a in &args[1..] {
                        let mut x = self.value(a);
                        self.assign_to(a, &mut x, elem, "argument to append");
                    }
                }
                ok(s.ty)
            }
            Builtin::Make => {
                let t = self.resolve_type(&args[0]);
                if t == TypeId::INVALID {
                    return Operand::invalid(text);
                }
                let (lo, hi) = match self.tt.under(t) {
                    Type::Slice(_) => (2, 3),
                    Type::Map(..) | Type::Chan(..) => (1, 2),
                    _ => {
                        let ts = expr_string(&args[0]);
                        self.error(args[0].span, format!("invalid argument: cannot make {ts}: type must be slice, map, or channel"));
                        return Operand::invalid(text);
                    }
                };
                if args.len() < lo || args.len() > hi {
                    let ts = expr_string(&args[0]);
                    let want = if lo == 2 { "2 or 3" } else { "1 or 2" };
                    self.error(
                        e.span,
                        format!(
                            "invalid operation: {text} expects {want} arguments; found {}",
                            args.len()
                        ),
                    );
                    let _ = ts;
                    return Operand::invalid(text);
                }
                let mut sizes = Vec::new();
                for a in &args[1..] {
                    sizes.push(self.index_value(a, None));
                }
                if let [Some(l), Some(c)] = sizes[..] {
                    if l > c {
                        self.error(
                            args[1].span,
                            "invalid argument: length and capacity swapped",
                        );
                    }
                }
                ok(t)
            }
            Builtin::New => {
                if !self.denotes_type(&args[0]) {
                    // new(expr) is Go 1.26; real-go builds with go1.22 (or 1.21) semantics.
                    self.expr(&args[0]);
                    let lang = format!("go{}", self.go_version.number());
                    self.error(
                        e.span,
                        format!("{text} requires go1.26 or later (-lang was set to {lang}; check go.mod)"),
                    );
                    return Operand::invalid(text);
                }
                let t = self.resolve_type(&args[0]);
                let p = self.tt.pointer(t);
                ok(p)
            }
            Builtin::Panic => {
                let mut x = self.value(&args[0]);
                self.assign_to(&args[0], &mut x, TypeId::ANY, "argument to panic");
                no_value
            }
            Builtin::Recover => ok(TypeId::ANY),
            Builtin::Print | Builtin::Println => {
                for a in args {
                    let mut x = self.value(a);
                    if self.tt.is_untyped(x.ty) && !x.is_invalid() {
                        if x.is_nil() {
                            self.error(a.span, "use of untyped nil in argument to built-in print");
                            continue;
                        }
                        let d = self.default_type(x.ty);
                        self.set_type(a, &mut x, d);
                    }
                }
                no_value
            }
            Builtin::Close => {
                let x = self.value(&args[0]);
                if x.is_invalid() {
                    return no_value;
                }
                match self.tt.under(x.ty) {
                    Type::Chan(ChanDir::Recv, _) => {
                        let d = self.describe(&x);
                        self.error(
                            args[0].span,
                            format!("invalid operation: cannot close receive-only channel {d}"),
                        );
                    }
                    Type::Chan(..) => {}
                    _ => {
                        let d = self.describe(&x);
                        self.error(
                            args[0].span,
                            format!("invalid operation: cannot close non-channel {d}"),
                        );
                    }
                }
                no_value
            }
            Builtin::Delete => {
                let m = self.value(&args[0]);
                let mut k = self.value(&args[1]);
                if m.is_invalid() {
                    return no_value;
                }
                match self.tt.under(m.ty).clone() {
                    Type::Map(kt, _) => {
                        self.assign_to(&args[1], &mut k, kt, "argument to delete");
                    }
                    _ => {
                        let d = self.describe(&m);
                        self.error(args[0].span, format!("invalid argument: {d} is not a map"));
                    }
                }
                no_value
            }
            Builtin::Clear => {
                let x = self.value(&args[0]);
                if !x.is_invalid() && !matches!(self.tt.under(x.ty), Type::Map(..) | Type::Slice(_))
                {
                    let d = self.describe(&x);
                    self.error(
                        args[0].span,
                        format!("invalid argument: {d} cannot be cleared"),
                    );
                }
                no_value
            }
            Builtin::Copy => {
                let d = self.value(&args[0]);
                let mut s = self.value(&args[1]);
                if d.is_invalid() || s.is_invalid() {
                    return ok(TypeId::INT);
                }
                if self.tt.is_untyped(s.ty) {
                    self.set_type(&args[1], &mut s, TypeId::STRING);
                }
                ok(TypeId::INT)
            }
            Builtin::Max | Builtin::Min => {
                let mut x = self.value(&args[0]);
                for a in &args[1..] {
                    let mut y = self.value(a);
                    if x.is_invalid() || y.is_invalid() {
                        continue;
                    }
                    if self.tt.is_untyped(x.ty) && !self.tt.is_untyped(y.ty) {
                        let t = y.ty;
                        if self.convert_untyped(&mut x, t).is_ok() {
                            self.set_type(&args[0], &mut x, t);
                        }
                    } else if !self.tt.is_untyped(x.ty) {
                        let t = x.ty;
                        self.assign_to(a, &mut y, t, &format!("argument to {name}"));
                    }
                    if let (Some(av), Some(bv)) = (&x.val, &y.val) {
                        // min keeps the smaller constant, max the larger.
                        let (lo, hi) = if b == Builtin::Min {
                            (bv, av)
                        } else {
                            (av, bv)
                        };
                        let less = consts::binary(BinaryOp::Lt, lo, hi, false);
                        if matches!(less, Ok(Some(ConstValue::Bool(true)))) {
                            x.val = Some(bv.clone());
                        }
                    } else {
                        x.val = None;
                        x.mode = Mode::Value;
                    }
                }
                let k = self.tt.basic(x.ty);
                if !x.is_invalid() && !k.is_some_and(|k| k.is_numeric() || k.is_string()) {
                    let d = self.describe(&x);
                    self.error(
                        args[0].span,
                        format!("invalid argument: {d} cannot be ordered"),
                    );
                    return Operand::invalid(text);
                }
                x.expr = text;
                x
            }
        }
    }
}

impl Checker<'_> {
    /// Whether `e` is type syntax or names a type (without reporting anything).
    fn denotes_type(&mut self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::ArrayType { .. }
            | ExprKind::MapType(..)
            | ExprKind::ChanType(..)
            | ExprKind::FuncType(_)
            | ExprKind::StructType(_)
            | ExprKind::InterfaceType(_) => true,
            ExprKind::Paren(x) | ExprKind::Star(x) => self.denotes_type(x),
            ExprKind::Ident(id) => matches!(self.lookup(&id.name), Some(Entity::Type(_)) | None),
            ExprKind::Selector(x, sel) => match &x.kind {
                ExprKind::Ident(p) => match self.lookup(&p.name) {
                    // An unknown package: resolving it as a type reports it.
                    None => true,
                    Some(Entity::Package(i)) => {
                        let pkg = self.imports[i].pkg;
                        !matches!(
                            self.pkgs[pkg].scope.get(&sel.name),
                            Some(Entity::Func(_) | Entity::Global(_) | Entity::Const(..))
                        )
                    }
                    _ => false,
                },
                _ => false,
            },
            _ => false,
        }
    }
}
