//! Sentences for the pitfall detectors' warnings (`runtime::pitfalls`). `{0}` is always the
//! source line; the other holes are the detector's arguments in order.

/// (key, English, 简体中文).
pub const PITFALL_TEXT: &[(&str, &str, &str)] = &[
    (
        "pitfall.use_after_put",
        "Line {0} uses {1} after it was Put back on line {2}: it belongs to the pool now, and the next Get may hand it to someone else.",
        "第 {0} 行在 {1} 已于第 {2} 行 Put 回池之后仍在使用它：它现在属于池，下一次 Get 可能把它交给别人。",
    ),
    (
        "pitfall.use_after_put_taken",
        "Line {0}: goroutine {1} uses {2} after putting it back on line {3}, but goroutine {4} got it on line {5}: two goroutines now share one object.",
        "第 {0} 行：goroutine {1} 在第 {3} 行把 {2} Put 回池后仍在使用它，而 goroutine {4} 已在第 {5} 行取得了它：两个 goroutine 正共用同一个对象。",
    ),
    (
        "pitfall.dirty_put",
        "Line {0} puts {1} ({2}) back with {3} bytes still in it and no Reset since its Get: the next Get will see this data.",
        "第 {0} 行把 {1}（{2}）放回池时里面还有 {3} 个字节，而且自 Get 以来没有 Reset：下一次 Get 会看到这些数据。",
    ),
    (
        "pitfall.defer_put_returned",
        "{1} defers the Put of {2} on line {0} and also returns {2}: the Put runs before the caller gets it, so the caller holds an object that is already back in the pool.",
        "{1} 在第 {0} 行 defer 了 {2} 的 Put，又把 {2} 返回：Put 在调用者拿到它之前就执行了，所以调用者手里的对象已经回到池里。",
    ),
    (
        "pitfall.defer_put_bytes",
        "{1} defers the Put of buffer {2} on line {0} and returns a slice of its memory (Bytes()): the next user of {2} overwrites what the caller holds.",
        "{1} 在第 {0} 行 defer 了缓冲区 {2} 的 Put，却返回了指向它内存的切片（Bytes()）：{2} 的下一个使用者会覆盖调用者手里的数据。",
    ),
    (
        "pitfall.recover_indirect",
        "Line {0}: recover() in {1} is not called directly by a deferred function, so it cannot stop a panic: it returns nil.",
        "第 {0} 行：{1} 中的 recover() 不是由延迟函数直接调用的，因此无法终止 panic，只会返回 nil。",
    ),
    (
        "pitfall.defer_in_loop",
        "Line {0}: defer {1}() runs in a loop, so {2} calls now wait until {3} returns, and every resource stays held until then.",
        "第 {0} 行：defer {1}() 在循环中执行，已有 {2} 个调用要等到 {3} 返回才会执行，在此之前每个资源都一直被占用。",
    ),
    (
        "pitfall.conn_leak",
        "Line {0}: GC dropped {1} pooled {2} without Close. sync.Pool is not a connection pool: these connections leak.",
        "第 {0} 行：GC 丢弃了池中 {1} 个未 Close 的 {2}。sync.Pool 不是连接池：这些连接泄漏了。",
    ),
    ("pitfall.title", "Pitfall:", "陷阱："),
    ("pitfall.link", "Lesson {0} explains this", "第 {0} 课讲解了这个问题"),
];
