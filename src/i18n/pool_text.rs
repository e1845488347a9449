//! Sentences for the pool engine's message keys. `{p}`, `{pool}` and `{obj}` are the event's
//! own fields; other holes are the event's named arguments.

/// (key, English, 简体中文).
pub const POOL_TEXT: &[(&str, &str, &str)] = &[
    ("pool.pin", "{p} pins itself: no preemption until unpin, so this P owns its poolLocal.", "{p} 固定自身（禁止抢占），在解除固定前独占它的 poolLocal。"),
    ("pool.unpin", "{p} unpins: other goroutines may run on it again.", "{p} 解除固定：其他 goroutine 又可以在它上面运行。"),
    ("pool.pin_slow.register", "First use of {pool}: pinSlow adds it to allPools so GC can find it.", "{pool} 第一次使用：pinSlow 把它登记到 allPools，GC 才能找到它。"),
    ("pool.pin_slow.new_local", "pinSlow makes a new local array of {size} poolLocals (GOMAXPROCS changed from {old_size}).", "pinSlow 新建了 {size} 个 poolLocal 的 local 数组（GOMAXPROCS 由 {old_size} 改变）。"),
    ("pool.pin_slow.lost", "{obj} was in the old local array: it is lost, never returned by Get.", "{obj} 在旧的 local 数组里：它丢失了，Get 再也拿不到它。"),
    ("pool.put.nil", "Put(nil) does nothing.", "Put(nil) 什么也不做。"),
    ("pool.put.private", "{p}'s private slot is empty, so Put stores {obj} there.", "{p} 的私有槽是空的，Put 把 {obj} 放进去。"),
    ("pool.put.private_full", "{p}'s private slot is taken, so {obj} goes to the head of {p}'s shared chain.", "{p} 的私有槽已被占用，{obj} 被放到 {p} 共享链的头部。"),
    ("pool.get.private", "Get takes {obj} from {p}'s private slot: the fastest path.", "Get 从 {p} 的私有槽取出 {obj}：最快的路径。"),
    ("pool.get.private_empty", "{p}'s private slot is empty; Get tries the head of its own shared chain.", "{p} 的私有槽是空的；Get 尝试自己共享链的头部。"),
    ("pool.get.return", "Get returns {obj} to the goroutine.", "Get 把 {obj} 返回给 goroutine。"),
    ("pool.get.miss", "Nothing anywhere: Get calls New if it is set, else returns nil.", "到处都没有：设置了 New 就调用 New，否则返回 nil。"),
    ("pool.new.call", "New made {obj} (New call number {k}).", "New 创建了 {obj}（第 {k} 次调用 New）。"),
    ("pool.get_slow.start", "Own chain empty: getSlow looks at the other Ps, starting after {p}.", "自己的链是空的：getSlow 从 {p} 之后开始查看其他 P。"),
    ("pool.get_slow.try_steal", "getSlow tries to steal from the tail of {from_p}'s shared chain.", "getSlow 尝试从 {from_p} 共享链的尾部偷取。"),
    ("pool.get_slow.stolen", "Stole {obj} from {from_p}'s tail: the oldest object there, away from its owner's head.", "从 {from_p} 的尾部偷到 {obj}：那里最旧的对象，远离所有者操作的头部。"),
    ("pool.get_slow.steal", "getSlow steals from {from_p}.", "getSlow 从 {from_p} 偷取。"),
    ("pool.get_slow.no_victim", "No victim cache to look in (victimSize is {victim_size}).", "没有可查看的 victim 缓存（victimSize 为 {victim_size}）。"),
    ("pool.get_slow.victim_private", "Found {obj} in the victim cache's private slot of {p}: it survived one GC.", "在 {p} 的 victim 私有槽里找到 {obj}：它挺过了一次 GC。"),
    ("pool.get_slow.victim_private_empty", "The victim cache's private slot of {p} is empty.", "{p} 的 victim 私有槽是空的。"),
    ("pool.get_slow.try_victim", "getSlow tries the tail of {from_p}'s chain in the victim cache.", "getSlow 尝试 victim 缓存中 {from_p} 链的尾部。"),
    ("pool.get_slow.victim_stolen", "Took {obj} from the tail of {from_p}'s victim chain.", "从 {from_p} 的 victim 链尾部取出 {obj}。"),
    ("pool.get_slow.victim_off", "The victim cache is empty: getSlow sets victimSize = 0 so later Gets skip it.", "victim 缓存已空：getSlow 把 victimSize 设为 0，之后的 Get 会跳过它。"),
    ("pool.gomaxprocs", "GOMAXPROCS changes to {new}; pools notice at their next pin.", "GOMAXPROCS 改为 {new}；各个池在下一次 pin 时才察觉。"),
    ("pool.cleanup.start", "GC starts: poolCleanup runs with the world stopped.", "GC 开始：poolCleanup 在世界暂停时运行。"),
    ("pool.cleanup.drop_victim", "poolCleanup drops {pool}'s old victim cache.", "poolCleanup 丢弃 {pool} 旧的 victim 缓存。"),
    ("pool.cleanup.collect", "{obj} was still in a victim cache: GC collects it.", "{obj} 还在 victim 缓存里：被 GC 回收。"),
    ("pool.cleanup.local_to_victim", "poolCleanup moves {pool}'s local array to its victim cache.", "poolCleanup 把 {pool} 的 local 数组移入 victim 缓存。"),
    ("pool.cleanup.to_victim", "{obj} moves to the victim cache: it gets one more GC cycle.", "{obj} 移入 victim 缓存：它还能再活一个 GC 周期。"),
    ("pool.cleanup.end", "GC #{gc} done: local arrays are empty, victims hold last cycle's objects.", "第 {gc} 次 GC 完成：local 数组已空，victim 保存上一周期的对象。"),
    ("pool.leak", "{obj} was dropped without Close: a leaked resource.", "{obj} 未经 Close 就被丢弃：资源泄漏。"),
    ("pool.object.closed", "{obj} is closed.", "{obj} 已关闭。"),
    ("pool.chain.init", "The shared chain gets its first ring, of 8 slots.", "共享链创建第一个环，有 8 个槽。"),
    ("pool.chain.grow", "The head ring is full: the chain adds a ring of {size} slots.", "头部的环满了：链新增一个 {size} 槽的环。"),
    ("pool.chain.no_ring", "The chain has no ring yet: nothing to pop.", "链上还没有环：没有可弹出的对象。"),
    ("pool.chain.back_up", "The head ring is empty: popHead backs up to the previous ring.", "头部的环空了：popHead 退回上一个环。"),
    ("pool.chain.unlink", "The tail ring is drained: it is unlinked from the chain.", "尾部的环已取空：它被从链上摘下。"),
    ("pool.dequeue.push_head", "pushHead writes {obj} at the head slot and advances head.", "pushHead 把 {obj} 写入头部槽并推进 head。"),
    ("pool.dequeue.pop_head", "popHead takes {obj} from the head: newest first (LIFO).", "popHead 从头部取出 {obj}：最新的先出（LIFO）。"),
    ("pool.dequeue.pop_tail", "popTail takes {obj} from the tail: oldest first (FIFO).", "popTail 从尾部取出 {obj}：最旧的先出（FIFO）。"),
    ("pool.dequeue.empty", "The ring is empty (head == tail).", "环是空的（head == tail）。"),
    ("pool.dequeue.full", "The ring is full.", "环已满。"),
    ("pool.dequeue.lost_race", "Another P changed head/tail first: the CAS fails and the pop retries.", "另一个 P 先改了 head/tail：CAS 失败，重试弹出。"),
    ("pool.dequeue.slot_busy", "The slot is still being emptied by a popTail: the ring counts as full.", "该槽仍在被 popTail 清空：环视为已满。"),
];

/// Sentences for the run itself.
pub const RUN_TEXT: &[(&str, &str, &str)] = &[
    (
        "run.start",
        "Ready: step forward to run main.",
        "就绪：单步执行以运行 main。",
    ),
    (
        "run.compile_error",
        "The program does not compile: see the errors below.",
        "程序无法编译：请看下面的错误。",
    ),
];
