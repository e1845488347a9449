//! How the source spells a type, for error messages. gc keeps the alias names the
//! program wrote (`byte`, `rune`, `interface{}` as opposed to `any`), while the type
//! table stores the identical types once (`uint8`, `int32`, the empty interface). The
//! checker remembers the spelling of declared types and uses it when it prints them.

use super::ast::*;
use super::exprstring::expr_string;

/// The spelling of type expression `t` if it differs from how the type table would
/// print the type: it mentions `byte` or `rune`, or writes the empty interface as
/// `interface{}`.
pub fn spelled(t: &Expr) -> Option<String> {
    mentions_alias(t).then(|| expr_string(t))
}

/// Parameter and result spellings of a function (one entry per name; `None` where the
/// type table's printing is already right).
pub type Spellings = (Vec<Option<String>>, Vec<Option<String>>);

/// Spellings of each parameter (one per name) of a field list.
pub fn field_spellings(fields: &[Field]) -> Vec<Option<String>> {
    let mut out = Vec::new();
    for f in fields {
        let s = spelled(&f.ty);
        for _ in 0..f.names.len().max(1) {
            out.push(s.clone());
        }
    }
    out
}

fn mentions_alias(t: &Expr) -> bool {
    match &t.kind {
        ExprKind::Ident(id) => id.name == "byte" || id.name == "rune",
        ExprKind::InterfaceType(elems) => elems.is_empty(),
        ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::ChanType(_, x) => mentions_alias(x),
        ExprKind::Ellipsis(Some(x)) => mentions_alias(x),
        ExprKind::ArrayType { elem, .. } => mentions_alias(elem),
        ExprKind::MapType(k, v) => mentions_alias(k) || mentions_alias(v),
        ExprKind::FuncType(ft) => ft
            .params
            .iter()
            .chain(&ft.results)
            .any(|f| mentions_alias(&f.ty)),
        ExprKind::StructType(fields) => fields.iter().any(|f| mentions_alias(&f.ty)),
        _ => false,
    }
}
