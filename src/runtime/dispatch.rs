//! Dynamic dispatch: method calls and method values through interfaces, and names
//! of function values for captions.

use super::calls::Flow;
use super::exec::NIL_DEREF;
use super::machine::{FrameKind, Machine};
use super::value::{Func, Value};
use std::rc::Rc;

impl Machine {
    /// A readable name for a function value (for captions).
    pub fn func_name(&self, f: &Value) -> String {
        match f {
            Value::Func(fv) => match &**fv {
                Func::Closure { func, .. } | Func::Bound { func, .. } => self
                    .prog
                    .funcs
                    .get(*func as usize)
                    .map(|c| c.name.clone())
                    .unwrap_or_default(),
                Func::Native { id, .. } => super::natives::NATIVES
                    .get(*id as usize)
                    .unwrap_or(&"")
                    .to_string(),
            },
            _ => "nil".to_string(),
        }
    }

    /// The method value `x.M` for interface `x`, dispatched now.
    pub(crate) fn bind_iface(&self, recv: &Value, name: &str) -> Result<Value, &'static str> {
        let (ty, inner) = recv.dyn_parts().ok_or(NIL_DEREF)?;
        let (found, steps) =
            super::types::find_method_path(&self.prog.types, ty, name).ok_or(NIL_DEREF)?;
        let inner = if !steps.is_empty() {
            super::types::promoted_recv(&self.heap, inner, &steps, found.ptr_recv)?
        } else if found.deref {
            self.deref(inner)?
        } else {
            inner.clone()
        };
        let f = match super::natives::code_of(&self.prog, found.func) {
            Ok(code) => Func::Bound {
                func: code,
                recv: Box::new(inner),
            },
            Err(id) => Func::Native {
                id,
                recv: Some(Box::new(inner)),
            },
        };
        Ok(Value::Func(Rc::new(f)))
    }

    /// `x.M(args)` through an interface: dispatch on the dynamic type.
    pub(crate) fn call_iface(&mut self, gi: usize, name: &str, argc: u32) -> Flow {
        let prog = self.prog.clone();
        let g = &mut self.gs[gi];
        let at = g.stack.len().saturating_sub(argc as usize);
        let recv = g.stack.get(at).cloned().unwrap_or_default();
        let Some((ty, inner)) = recv.dyn_parts() else {
            return self.rt_panic(NIL_DEREF);
        };
        let inner = inner.clone();
        match super::types::find_method_path(&prog.types, ty, name) {
            Some((found, steps)) => {
                let inner = if !steps.is_empty() {
                    let r = super::types::promoted_recv(&self.heap, &inner, &steps, found.ptr_recv);
                    match r {
                        Ok(v) => v,
                        Err(e) => return self.rt_panic(e),
                    }
                } else if found.deref {
                    match self.deref(&inner) {
                        Ok(v) => v,
                        Err(e) => return self.rt_panic(e),
                    }
                } else {
                    inner
                };
                let func = super::natives::code_of(&prog, found.func);
                match func {
                    Ok(code) => {
                        self.gs[gi].stack[at] = inner;
                        self.push_frame(gi, code, Rc::from(Vec::new()), argc, FrameKind::Normal)
                    }
                    Err(native) => {
                        self.gs[gi].stack[at] = inner;
                        self.call_native(gi, native, argc)
                    }
                }
            }
            None => match super::natives::iface_native(&prog, ty, name) {
                Some(id) => {
                    self.gs[gi].stack[at] = inner;
                    self.call_native(gi, id, argc)
                }
                None => self.rt_panic(NIL_DEREF),
            },
        }
    }
}
