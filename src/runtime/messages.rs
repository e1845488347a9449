//! Step captions and event texts as message keys with arguments. The engine never
//! writes English; the UI and CLI render a key with [`render`] in English or
//! Simplified Chinese. Templates use `{0}`, `{1}`, ... for arguments.

/// A caption: message key and its arguments.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Caption {
    pub key: &'static str,
    pub args: Vec<String>,
}

impl Caption {
    pub fn new(key: &'static str, args: Vec<String>) -> Caption {
        Caption { key, args }
    }
}

/// A language to render messages in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    En,
    Zh,
}

/// Every key with its English and Chinese template.
pub const MESSAGES: &[(&str, &str, &str)] = &[
    ("step.pool", "Inside the pool call: {0}", "池调用内部：{0}"),
    (
        "step.stmt",
        "Run the statement on line {0}",
        "执行第 {0} 行的语句",
    ),
    ("step.call", "Call {0}", "调用 {0}"),
    (
        "step.defer_push",
        "defer: push {0} (its function and arguments are evaluated now)",
        "defer：压入 {0}（函数与参数此刻求值）",
    ),
    (
        "step.defer_run",
        "Run deferred call {0} (last in, first out)",
        "执行延迟调用 {0}（后进先出）",
    ),
    (
        "step.return",
        "Return from {0}; deferred calls run now",
        "从 {0} 返回；现在执行延迟调用",
    ),
    (
        "step.panic",
        "panic({0}): unwind the stack, running deferred calls",
        "panic({0})：展开栈并执行延迟调用",
    ),
    ("step.unwind", "Panic leaves {0}", "panic 离开 {0}"),
    (
        "step.recover",
        "recover() stops the panic {0}",
        "recover() 终止了 panic {0}",
    ),
    ("step.go", "Start goroutine {0}", "启动 goroutine {0}"),
    (
        "step.block",
        "Goroutine {0} blocks: {1}",
        "goroutine {0} 阻塞：{1}",
    ),
    (
        "step.exit",
        "The program exits with status {0}",
        "程序以状态 {0} 退出",
    ),
    (
        "step.goexit",
        "Goroutine {0} finishes",
        "goroutine {0} 结束",
    ),
    ("pool.get", "Pool {0}.Get on P{1}", "池 {0} 在 P{1} 上 Get"),
    (
        "pool.get_private",
        "Get takes object {0} from P{1}'s private slot",
        "Get 从 P{1} 的 private 槽取得对象 {0}",
    ),
    (
        "pool.get_shared",
        "Get pops object {0} from the head of P{1}'s shared chain",
        "Get 从 P{1} 的 shared 链头部弹出对象 {0}",
    ),
    (
        "pool.get_steal",
        "Get steals object {0} from the tail of P{1}'s shared chain",
        "Get 从 P{1} 的 shared 链尾部窃取对象 {0}",
    ),
    (
        "pool.get_victim",
        "Get takes object {0} from the victim cache",
        "Get 从 victim 缓存取得对象 {0}",
    ),
    (
        "pool.miss",
        "Pool is empty: Get calls New",
        "池为空：Get 调用 New",
    ),
    (
        "pool.miss_nil",
        "Pool is empty and has no New: Get returns nil",
        "池为空且没有 New：Get 返回 nil",
    ),
    (
        "pool.put_private",
        "Put stores object {0} in P{1}'s private slot",
        "Put 把对象 {0} 放入 P{1} 的 private 槽",
    ),
    (
        "pool.put_shared",
        "Put pushes object {0} onto the head of P{1}'s shared chain",
        "Put 把对象 {0} 压入 P{1} 的 shared 链头部",
    ),
    (
        "pool.put_nil",
        "Put(nil) does nothing",
        "Put(nil) 不做任何事",
    ),
    (
        "pool.gc",
        "GC: victim caches are dropped ({0} objects), primary caches become victims ({1} objects)",
        "GC：丢弃 victim 缓存（{0} 个对象），主缓存成为 victim（{1} 个对象）",
    ),
    (
        "sched.steal",
        "P{0} steals goroutines from P{1}",
        "P{0} 从 P{1} 窃取 goroutine",
    ),
    (
        "sched.wake",
        "Goroutine {0} wakes up",
        "goroutine {0} 被唤醒",
    ),
    (
        "gc.auto",
        "Automatic GC: {0} heap objects allocated so far",
        "自动 GC：至今已分配 {0} 个堆对象",
    ),
    (
        "run.budget",
        "Step budget of {0} steps exhausted: the program was stopped",
        "已用完 {0} 步的步数预算：程序被停止",
    ),
];

/// Renders `c` in `lang`; an unknown key renders as the key and its arguments.
pub fn render(c: &Caption, lang: Lang) -> String {
    render_key(c.key, &c.args, lang)
}

pub fn render_key(key: &str, args: &[String], lang: Lang) -> String {
    let Some(&(_, en, zh)) = MESSAGES.iter().find(|m| m.0 == key) else {
        return format!("{key} {}", args.join(" "));
    };
    let mut out = String::from(if lang == Lang::En { en } else { zh });
    for (i, a) in args.iter().enumerate() {
        out = out.replace(&format!("{{{i}}}"), a);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_both_languages_with_same_placeholders() {
        for (key, en, zh) in MESSAGES {
            for i in 0..4 {
                let ph = format!("{{{i}}}");
                assert_eq!(en.contains(&ph), zh.contains(&ph), "{key} placeholder {i}");
            }
            assert!(!zh.is_empty() && !en.is_empty());
        }
        let c = Caption::new("step.stmt", vec!["7".into()]);
        assert_eq!(render(&c, Lang::En), "Run the statement on line 7");
        assert_eq!(render(&c, Lang::Zh), "执行第 7 行的语句");
    }
}
