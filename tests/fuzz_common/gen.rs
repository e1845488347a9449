//! Small random well-formed Go programs from a grammar of the subset: funcs with named
//! results, loops, defer, panic/recover, closures, slices, maps, sync.Pool Get/Put,
//! goroutines and channels. Every variable is used and every import needed, so most
//! programs compile and reach the interpreter; they may still panic, deadlock or run out
//! of steps, which are all fine endings.

use super::Rng;

struct Gen<'a> {
    rng: &'a mut Rng,
    out: String,
    indent: usize,
    next_id: usize,
    /// Int variables in scope, innermost last; `scopes` marks where each block starts.
    ints: Vec<String>,
    scopes: Vec<usize>,
    /// Helper functions declared so far: name and parameter count (all int → int).
    funcs: Vec<(String, usize)>,
    uses_sync: bool,
    uses_runtime: bool,
    uses_os: bool,
    in_goroutine: bool,
}

/// A program of roughly `size` statements.
pub fn program(rng: &mut Rng, size: usize) -> String {
    let mut g = Gen {
        rng,
        out: String::new(),
        indent: 0,
        next_id: 0,
        ints: Vec::new(),
        scopes: Vec::new(),
        funcs: Vec::new(),
        uses_sync: true,
        uses_runtime: false,
        uses_os: false,
        in_goroutine: false,
    };
    g.out
        .push_str("var pool = sync.Pool{New: func() any { return new(int) }}\n\n");
    g.out.push_str("type box struct{ n int }\n\n");
    g.out
        .push_str("func (b *box) add(k int) int {\n\tb.n += k\n\treturn b.n\n}\n\n");
    for _ in 0..g.rng.below(3) {
        g.func_decl(size / 2);
    }
    g.line("func main() {");
    // fmt must be used even by a program whose statements never print.
    g.line("\tfmt.Println(\"start\")");
    g.block(size, 0);
    g.line("}");
    let mut head = String::from("package main\n\nimport (\n\t\"fmt\"\n");
    for (used, pkg) in [
        (g.uses_os, "os"),
        (g.uses_runtime, "runtime"),
        (g.uses_sync, "sync"),
    ] {
        if used {
            head.push_str(&format!("\t\"{pkg}\"\n"));
        }
    }
    head.push_str(")\n\n");
    head + &g.out
}

impl Gen<'_> {
    fn line(&mut self, s: &str) {
        for _ in 0..self.indent {
            self.out.push('\t');
        }
        self.out.push_str(s);
        self.out.push('\n');
    }

    fn fresh(&mut self, prefix: &str) -> String {
        self.next_id += 1;
        format!("{prefix}{}", self.next_id)
    }

    fn open(&mut self) {
        self.indent += 1;
        self.scopes.push(self.ints.len());
    }

    fn close(&mut self) {
        self.indent -= 1;
        let at = self.scopes.pop().unwrap_or(0);
        self.ints.truncate(at);
    }

    /// Declares an int in the current scope and marks it used (`_ = x`), so the checker's
    /// "declared and not used" never fires.
    fn declare(&mut self, value: &str) -> String {
        let v = self.fresh("v");
        self.line(&format!("{v} := {value}"));
        self.line(&format!("_ = {v}"));
        self.ints.push(v.clone());
        v
    }

    fn int_expr(&mut self, depth: usize) -> String {
        let leaf = depth > 2 || self.rng.chance(40);
        if leaf {
            if !self.ints.is_empty() && self.rng.chance(60) {
                return self.rng.pick(&self.ints).clone();
            }
            return self
                .rng
                .pick(&["0", "1", "2", "3", "7", "-1", "100"])
                .to_string();
        }
        match self.rng.below(5) {
            0..=2 => {
                let op = *self
                    .rng
                    .pick(&["+", "-", "*", "/", "%", "&", "|", "^", "<<"]);
                let a = self.int_expr(depth + 1);
                let mut b = self.int_expr(depth + 1);
                if op == "<<" {
                    b = format!("({b} & 7)");
                } else if (op == "/" || op == "%") && (self.ints.is_empty() || self.rng.chance(70))
                {
                    // A constant zero divisor is a compile error; keep most divisions
                    // non-zero, and let a variable one divide by zero at run time.
                    b = format!("({b} | 1)");
                } else if op == "/" || op == "%" {
                    b = self.rng.pick(&self.ints).clone();
                }
                format!("({a} {op} {b})")
            }
            3 if !self.funcs.is_empty() => {
                let (f, n) = self.rng.pick(&self.funcs).clone();
                let args: Vec<String> = (0..n).map(|_| self.int_expr(depth + 1)).collect();
                format!("{f}({})", args.join(", "))
            }
            _ => format!("len(\"{}\")", "ab".repeat(self.rng.below(3))),
        }
    }

    fn cond(&mut self) -> String {
        let a = self.int_expr(1);
        let b = self.int_expr(1);
        let op = *self.rng.pick(&["<", "<=", "==", "!=", ">", ">="]);
        format!("{a} {op} {b}")
    }

    fn block(&mut self, size: usize, depth: usize) {
        self.open();
        for _ in 0..1 + self.rng.below(size.max(1)) {
            self.stmt(size / 2, depth);
        }
        self.close();
    }

    fn func_decl(&mut self, size: usize) {
        let name = self.fresh("f");
        let n = 1 + self.rng.below(2);
        let params: Vec<String> = (0..n).map(|i| format!("a{i}")).collect();
        self.line(&format!(
            "func {name}({} int) (r int) {{",
            params.join(", ")
        ));
        self.open();
        self.ints.extend(params.iter().cloned());
        self.ints.push("r".into());
        if self.rng.chance(40) {
            // Recursion with a base case: deep, but ends.
            self.line("if a0 <= 0 {");
            self.line("\treturn 1");
            self.line("}");
            let rest: Vec<&str> = vec!["a1"; n - 1];
            let mut args = vec!["a0 - 1".to_string()];
            args.extend(rest.iter().map(|s| s.to_string()));
            self.line(&format!("r = {name}({}) + 1", args.join(", ")));
        }
        for _ in 0..1 + self.rng.below(size.max(1)) {
            self.stmt(size / 2, 2);
        }
        let e = self.int_expr(1);
        self.line(&format!("return {e}"));
        self.close();
        self.line("}");
        self.line("");
        self.funcs.push((name, n));
    }

    fn stmt(&mut self, size: usize, depth: usize) {
        let nested = depth < 3;
        match self.rng.below(26) {
            0 | 1 => {
                let e = self.int_expr(0);
                self.declare(&e);
            }
            2 if !self.ints.is_empty() => {
                let v = self.rng.pick(&self.ints).clone();
                let op = *self.rng.pick(&["=", "+=", "-=", "*=", "|="]);
                let e = self.int_expr(1);
                self.line(&format!("{v} {op} {e}"));
            }
            3 if !self.ints.is_empty() => {
                let v = self.rng.pick(&self.ints).clone();
                let op = *self.rng.pick(&["++", "--"]);
                self.line(&format!("{v}{op}"));
            }
            4 | 5 => {
                let args: Vec<String> = (0..1 + self.rng.below(3))
                    .map(|_| self.int_expr(1))
                    .collect();
                self.line(&format!("fmt.Println({})", args.join(", ")));
            }
            6 if nested => {
                let c = self.cond();
                self.line(&format!("if {c} {{"));
                self.block(size, depth + 1);
                if self.rng.chance(50) {
                    self.line("} else {");
                    self.block(size, depth + 1);
                }
                self.line("}");
            }
            7 if nested => {
                let i = self.fresh("i");
                let k = self.rng.below(5);
                if self.rng.chance(50) {
                    self.line(&format!("for {i} := 0; {i} < {k}; {i}++ {{"));
                } else {
                    self.line(&format!("for {i} := range {k} {{"));
                }
                self.line(&format!("\t_ = {i}"));
                self.scopes.push(self.ints.len());
                self.ints.push(i);
                self.block(size, depth + 1);
                let at = self.scopes.pop().unwrap_or(0);
                self.ints.truncate(at);
                if self.rng.chance(30) {
                    self.line("\tif len(\"x\") > 0 {");
                    let jump = *self.rng.pick(&["break", "continue"]);
                    self.line(&format!("\t\t{jump}"));
                    self.line("\t}");
                }
                self.line("}");
            }
            8 => {
                let e = self.int_expr(1);
                self.line(&format!("defer fmt.Println(\"deferred\", {e})"));
            }
            9 if nested => {
                self.line("defer func() {");
                self.open();
                if self.rng.chance(60) {
                    self.line("if r := recover(); r != nil {");
                    self.line("\tfmt.Println(\"recovered:\", r)");
                    self.line("}");
                }
                self.stmt(size / 2, depth + 1);
                self.close();
                self.line("}()");
            }
            10 => {
                let c = self.cond();
                let e = self.int_expr(1);
                self.line(&format!("if {c} {{"));
                self.line(&format!("\tpanic({e})"));
                self.line("}");
            }
            11 if nested => {
                let f = self.fresh("c");
                self.line(&format!("{f} := func(x int) int {{"));
                self.open();
                self.ints.push("x".into());
                self.stmt(size / 2, depth + 1);
                let e = self.int_expr(1);
                self.line(&format!("return x + {e}"));
                self.close();
                self.line("}");
                let a = self.int_expr(1);
                self.declare(&format!("{f}({a})"));
            }
            12 => {
                let s = self.fresh("s");
                let n = self.rng.below(4);
                self.line(&format!("{s} := make([]int, {n})"));
                let e = self.int_expr(1);
                self.line(&format!("{s} = append({s}, {e})"));
                let i = self.int_expr(1);
                // May be out of range: a runtime panic is a fine ending.
                self.line(&format!("{s}[{i}%len({s})] = {e}"));
                let x = self.fresh("x");
                self.line(&format!("for _, {x} := range {s} {{"));
                self.line(&format!("\tfmt.Println({x})"));
                self.line("}");
                self.declare(&format!("len({s}) + cap({s})"));
            }
            13 => {
                let m = self.fresh("m");
                self.line(&format!("{m} := map[int]string{{}}"));
                let k = self.int_expr(1);
                self.line(&format!("{m}[{k}] = \"v\""));
                let k2 = self.int_expr(1);
                self.line(&format!("delete({m}, {k2})"));
                self.line(&format!("fmt.Println({m}, len({m}))"));
            }
            14 | 15 => {
                self.uses_sync = true;
                let p = self.fresh("p");
                self.line(&format!("{p} := pool.Get().(*int)"));
                let e = self.int_expr(1);
                self.line(&format!("*{p} += {e}"));
                self.declare(&format!("*{p}"));
                if self.rng.chance(50) {
                    self.line(&format!("defer pool.Put({p})"));
                } else {
                    self.line(&format!("pool.Put({p})"));
                }
            }
            16 if nested && !self.in_goroutine => {
                self.uses_sync = true;
                let ch = self.fresh("ch");
                let wg = self.fresh("wg");
                let n = 1 + self.rng.below(3);
                let buffer = self.rng.below(3);
                self.line(&format!("{ch} := make(chan int, {buffer})"));
                self.line(&format!("var {wg} sync.WaitGroup"));
                self.line(&format!("for w := range {n} {{"));
                self.line(&format!("\t{wg}.Add(1)"));
                self.line("\tgo func() {");
                self.indent += 2;
                self.in_goroutine = true;
                self.line(&format!("defer {wg}.Done()"));
                self.scopes.push(self.ints.len());
                self.ints.push("w".into());
                self.stmt(size / 2, depth + 1);
                let e = self.int_expr(1);
                self.line(&format!("{ch} <- w + {e}"));
                let at = self.scopes.pop().unwrap_or(0);
                self.ints.truncate(at);
                self.in_goroutine = false;
                self.indent -= 2;
                self.line("\t}()");
                self.line("}");
                // Draining fewer than were sent, or waiting first on a small buffer,
                // may deadlock: Go's fatal error is a fine ending too.
                if self.rng.chance(50) {
                    self.line(&format!("{wg}.Wait()"));
                }
                let take = self.rng.below(n + 1);
                self.line(&format!("for range {take} {{"));
                self.line(&format!("\tfmt.Println(<-{ch})"));
                self.line("}");
            }
            17 => {
                self.uses_runtime = true;
                let call = *self.rng.pick(&["runtime.GC()", "runtime.Gosched()"]);
                self.line(call);
            }
            18 if self.rng.chance(10) => {
                self.uses_os = true;
                self.line("os.Exit(3)");
            }
            19 => {
                let (a, b) = (self.int_expr(1), self.int_expr(1));
                self.line(&format!(
                    "fmt.Printf(\"%5d|%-4v|%x|%q|%T\\n\", {a}, {b}, {a}, \"s\", {b})"
                ));
            }
            20 => {
                let s = self.fresh("str");
                let e = self.int_expr(1);
                self.line(&format!("{s} := fmt.Sprint({e})"));
                self.line(&format!("{s} += \"-\" + {s}"));
                self.line(&format!("fmt.Println(len({s}), {s})"));
            }
            21 => {
                let b = self.fresh("b");
                let e = self.int_expr(1);
                self.line(&format!("{b} := &box{{n: {e}}}"));
                let k = self.int_expr(1);
                self.declare(&format!("{b}.add({k})"));
            }
            22 if nested => {
                let e = self.int_expr(1);
                let v = self.fresh("t");
                let conv = *self.rng.pick(&["any", "fmt.Sprint"]);
                self.line(&format!("switch {v} := any({conv}({e})).(type) {{"));
                self.line("case int:");
                self.line(&format!("\tfmt.Println(\"int\", {v})"));
                self.line("case string:");
                self.line(&format!("\tfmt.Println(\"string\", {v})"));
                self.line("}");
            }
            23 => {
                // Each may panic: a nil map write, a failed type assertion.
                let c = self.cond();
                let e = self.int_expr(1);
                if self.rng.chance(50) {
                    let m = self.fresh("nm");
                    self.line(&format!("var {m} map[int]int"));
                    self.line(&format!("if {c} {{"));
                    self.line(&format!("\t{m}[1] = {e}"));
                    self.line("}");
                    self.line(&format!("fmt.Println(len({m}))"));
                } else {
                    self.line(&format!("if {c} {{"));
                    self.line(&format!("\t_ = any({e}).(string)"));
                    self.line("}");
                }
            }
            24 if nested => {
                let ch = self.fresh("sel");
                let e = self.int_expr(1);
                self.line(&format!("{ch} := make(chan int, 1)"));
                if self.rng.chance(50) {
                    self.line(&format!("{ch} <- {e}"));
                }
                self.line("select {");
                self.line(&format!("case x := <-{ch}:"));
                self.line("\tfmt.Println(\"got\", x)");
                self.line("default:");
                self.line("\tfmt.Println(\"none\")");
                self.line("}");
            }
            _ => {
                let e = self.int_expr(0);
                self.declare(&e);
            }
        }
    }
}
