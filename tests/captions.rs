//! Every pool engine event can be told in both languages: each message key has an English
//! and a Chinese sentence, and every hole in them is filled by the event's arguments.
#![cfg(not(target_arch = "wasm32"))]

use poolscope::i18n::{caption, Lang, POOL_TEXT};
use poolscope::pool::{Engine, Event, GetOutcome, GoroutineId, Pid};
use poolscope::run::caption::event_msg;

/// Drives the engine through every path: private, shared head, stealing, victim private and
/// tails, New, GC twice, a GOMAXPROCS change, leaks and Put(nil).
fn all_paths() -> (Engine, Vec<Event>) {
    let mut e = Engine::new(4);
    let mut ev = Vec::new();
    let g = GoroutineId(1);
    let a = e.new_pool("bufPool", true);
    let b = e.new_pool("connPool", false);
    for p in 0..4 {
        for i in 0..20 {
            let o = e.adopt(g, &format!("v{p}.{i}"));
            if i % 5 == 0 {
                e.mark_closer(o).unwrap();
            }
            e.put(a, Pid(p), g, Some(o), Some(&mut ev)).unwrap();
        }
    }
    e.put(b, Pid(0), g, None, Some(&mut ev)).unwrap();
    // Drain P0 completely, so Gets on it steal from P1, P2, P3 and then call New.
    for _ in 0..90 {
        if let GetOutcome::Miss { call_new: true } = e.get(a, Pid(0), g, Some(&mut ev)).unwrap() {
            let o = e.new_from_new(a, g, Some(&mut ev)).unwrap();
            e.put(a, Pid(1), g, Some(o), Some(&mut ev)).unwrap();
        }
    }
    e.gc(Some(&mut ev));
    for _ in 0..10 {
        e.get(a, Pid(2), g, Some(&mut ev)).unwrap();
    }
    e.gc(Some(&mut ev));
    for _ in 0..5 {
        e.get(a, Pid(3), g, Some(&mut ev)).unwrap();
        e.get(b, Pid(3), g, Some(&mut ev)).unwrap();
    }
    let o = e.adopt(g, "late");
    e.put(a, Pid(3), g, Some(o), Some(&mut ev)).unwrap();
    e.set_procs(2, Some(&mut ev)).unwrap();
    e.get(a, Pid(1), g, Some(&mut ev)).unwrap();
    (e, ev)
}

#[test]
fn every_event_renders_in_both_languages_with_no_hole_left() {
    let (engine, events) = all_paths();
    assert!(events.len() > 200);
    for e in &events {
        let msg = event_msg(&engine, e);
        assert!(
            POOL_TEXT.iter().any(|(k, _, _)| *k == msg.key),
            "no sentence for {}",
            msg.key
        );
        for lang in [Lang::En, Lang::Zh] {
            let text = caption(lang, &msg);
            assert!(
                !text.contains('{'),
                "unfilled hole in {:?} for {}: {text}",
                lang,
                msg.key
            );
        }
    }
}

#[test]
fn the_drive_reaches_the_interesting_paths() {
    let (_, events) = all_paths();
    for key in [
        "pool.put.private",
        "pool.put.private_full",
        "pool.get.private",
        "pool.get_slow.stolen",
        "pool.get_slow.victim_private",
        "pool.get_slow.victim_stolen",
        "pool.cleanup.to_victim",
        "pool.cleanup.collect",
        "pool.leak",
        "pool.put.nil",
        "pool.new.call",
    ] {
        assert!(events.iter().any(|e| e.key == key), "never reached {key}");
    }
}

#[test]
fn every_key_the_engine_can_emit_has_both_sentences() {
    // Scan the engine's source for its message keys, so a new key can't ship untranslated.
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/pool");
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for piece in text.split('"').skip(1).step_by(2) {
            let is_key = piece.starts_with("pool.")
                && piece.len() > 5
                && piece
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '.' || c == '_');
            if is_key
                && !POOL_TEXT
                    .iter()
                    .any(|(k, en, zh)| *k == piece && !en.is_empty() && !zh.is_empty())
            {
                missing.push(piece.to_string());
            }
        }
    }
    missing.sort();
    missing.dedup();
    assert!(missing.is_empty(), "keys without sentences: {missing:?}");
}
