//! The catalogue of event message keys and their argument names, for the UI's
//! translations (English and Simplified Chinese). A test checks that the engine
//! emits exactly these.

/// Every message key the engine emits, with the names of its `args`, in the order
/// they are pushed. The UI keeps one translation per key (English and Simplified
/// Chinese); a test checks that this list is exactly what the engine emits.
///
/// Chain and dequeue events (`pool.chain.*`, `pool.dequeue.*`) come from the
/// queue under `Put`/`Get`; their `owner` is the P whose chain it is, while the
/// event's `p` is the P doing the operation.
pub const KEYS: &[(&str, &[&str])] = &[
    // pin / pinSlow / unpin
    ("pool.pin", &[]),
    ("pool.pin_slow.register", &[]),
    ("pool.pin_slow.new_local", &["old_size", "size"]),
    ("pool.pin_slow.lost", &[]),
    ("pool.unpin", &["caller"]),
    // Put
    ("pool.put.nil", &[]),
    ("pool.put.private", &[]),
    ("pool.put.private_full", &[]),
    // Get
    ("pool.get.private", &[]),
    ("pool.get.private_empty", &[]),
    ("pool.get.return", &[]),
    ("pool.get.miss", &["call_new"]),
    // getSlow
    ("pool.get_slow.start", &["local_size"]),
    ("pool.get_slow.try_steal", &["from_p"]),
    ("pool.get_slow.stolen", &["from_p"]),
    ("pool.get_slow.no_victim", &["victim_size"]),
    ("pool.get_slow.victim_private", &[]),
    ("pool.get_slow.victim_private_empty", &[]),
    ("pool.get_slow.try_victim", &["from_p"]),
    ("pool.get_slow.victim_stolen", &["from_p"]),
    ("pool.get_slow.victim_off", &[]),
    // poolChain / poolDequeue
    ("pool.chain.init", &["owner", "size"]),
    ("pool.chain.grow", &["owner", "size"]),
    ("pool.chain.back_up", &["owner", "from_ring", "to_ring"]),
    ("pool.chain.unlink", &["owner", "ring", "new_tail"]),
    ("pool.chain.no_ring", &["owner"]),
    ("pool.dequeue.push_head", &["owner"]),
    ("pool.dequeue.pop_head", &["owner"]),
    ("pool.dequeue.pop_tail", &["owner"]),
    ("pool.dequeue.empty", &["owner", "ring", "head", "tail"]),
    ("pool.dequeue.full", &["owner", "ring"]),
    // Only when step machines are interleaved (never inside the atomic pool).
    ("pool.dequeue.slot_busy", &["owner", "ring"]),
    ("pool.dequeue.lost_race", &["owner", "ring"]),
    // poolCleanup (GC)
    ("pool.cleanup.start", &["old_pools", "all_pools"]),
    ("pool.cleanup.drop_victim", &[]),
    ("pool.cleanup.collect", &[]),
    ("pool.cleanup.local_to_victim", &["size"]),
    ("pool.cleanup.to_victim", &[]),
    ("pool.cleanup.end", &["gc"]),
    ("pool.leak", &[]),
    // Outside sync: New, GOMAXPROCS, Close
    ("pool.new.call", &["k", "goroutine"]),
    ("pool.gomaxprocs", &["old", "new"]),
    ("pool.object.closed", &[]),
];
