//! Bounded fuzzing of the URL-hash decoder and the permalink codec: a link in a chat can
//! carry anything, so random text, random `key=value` soups and mutations of real links
//! must decode to a view (never a panic), and what they select must still be safe to use;
//! random, damaged and hand-built `run=` texts must decode to a run that round-trips or to
//! an error, never a panic or an allocation past the codec's limits.
#![cfg(not(target_arch = "wasm32"))]

mod fuzz_common;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use fuzz_common::{base_seed, corpus, mutate, Budget, Harness, Rng};
use poolscope::lang::GoVersion;
use poolscope::run::link::{parse_hash, LinkView};
use poolscope::run::permalink::{self, MAX_BUDGET, MAX_DECISIONS, MAX_PAYLOAD};
use poolscope::run::{Decision, RunSpec, SchedKind};

const KEYS: &[&str] = &[
    "step", "lang", "lesson", "code", "v", "go", "procs", "", "#", "&",
];
const VALUES: &[&str] = &[
    "1",
    "0",
    "-1",
    "12",
    "18446744073709551616",
    "99999999999999999999",
    "zh",
    "en",
    "zh-CN",
    "03",
    "03-stealing-4-ps",
    "<script>alert(1)</script>",
    "javascript:alert(1)",
    "%00",
    "%",
    "%zz",
    "=",
    "&",
    "é",
    "\u{0}",
    "../../etc/passwd",
    "",
    "+1",
    " 1",
];

fn key_value_soup(rng: &mut Rng) -> String {
    let mut s = String::new();
    if rng.chance(80) {
        s.push('#');
    }
    for i in 0..rng.below(8) {
        if i > 0 {
            s.push('&');
        }
        s.push_str(rng.word(KEYS));
        if rng.chance(85) {
            s.push('=');
        }
        s.push_str(rng.word(VALUES));
    }
    s
}

/// What any decoded view may contain: the decoder is the only gate between a URL and the
/// lesson picker and step counter.
fn check_view(v: &LinkView) {
    if let Some(step) = v.step {
        assert!(step >= 1, "steps are 1-based: {v:?}");
    }
    if let Some(lesson) = &v.lesson {
        assert!(!lesson.is_empty() && lesson.len() <= 64, "{v:?}");
        assert!(
            lesson
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-'),
            "a lesson slug is letters, digits and dashes only: {v:?}"
        );
    }
}

#[test]
fn random_hashes_decode_to_safe_views() {
    let mut h = Harness::new("link");
    let mut rng = Rng::new(base_seed() ^ 5);
    let real = "#lesson=03-stealing-4-ps&step=12&lang=zh";
    let budget = Budget::of("link");
    for i in (0..).take_while(|&i| budget.more(i)) {
        let hash = match rng.below(3) {
            0 => mutate::random_text(&mut rng, 200),
            1 => key_value_soup(&mut rng),
            _ => {
                let donor = key_value_soup(&mut rng);
                mutate::mutate(&mut rng, real, &donor)
            }
        };
        let input = hash.clone();
        h.input(&format!("hash #{i}"), &input, move || {
            check_view(&parse_hash(&hash))
        });
    }
    h.finish();
}

#[test]
fn a_huge_hash_decodes_quickly() {
    // A link can be megabytes long; decoding is linear and keeps no part of the junk.
    let hash = format!(
        "#lesson={}&step=7&{}",
        "a".repeat(1 << 20),
        "x=&".repeat(1 << 18)
    );
    let mut h = Harness::new("huge-link");
    let input = hash[..100].to_string();
    h.input("1 MiB hash", &input, move || {
        let v = parse_hash(&hash);
        check_view(&v);
        assert_eq!(v.lesson, None, "an over-long slug is refused");
        assert_eq!(v.step, Some(7));
    });
    h.finish();
}

const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// A run with random settings and decisions around a known program.
fn random_spec(rng: &mut Rng, programs: &[(String, String)]) -> RunSpec {
    let decisions = (0..rng.below(40))
        .map(|_| match rng.below(10) {
            0 => Decision::Gc,
            _ => Decision::Run(rng.below(4) as u32),
        })
        .collect();
    RunSpec {
        go: if rng.chance(50) {
            GoVersion::Go121
        } else {
            GoVersion::Go122
        },
        procs: 1 + rng.below(8) as u32,
        seed: rng.next(),
        budget: 1 + rng.next() % MAX_BUDGET,
        sched: *rng.pick(&[SchedKind::RoundRobin, SchedKind::Random, SchedKind::Manual]),
        decisions,
        ..RunSpec::new(rng.pick(programs).1.clone())
    }
}

/// Damages link text as a chat, an editor or an attacker might: cut it, change, drop,
/// insert or repeat characters.
fn damage(rng: &mut Rng, link: &str) -> String {
    let mut b = link.as_bytes().to_vec();
    for _ in 0..1 + rng.below(3) {
        let at = rng.below(b.len() + 1);
        match rng.below(5) {
            0 => b.truncate(at),
            1 if at < b.len() => b[at] = *rng.pick(B64),
            2 if at < b.len() => {
                b.remove(at);
            }
            3 => b.insert(at, *rng.pick(B64)),
            _ => {
                let piece = b[at..].to_vec();
                b.extend_from_slice(&piece[..piece.len().min(64)]);
            }
        }
    }
    String::from_utf8(b).unwrap_or_default()
}

/// A hand-built payload of format 1: fields right, wrong or huge, so the parser (not only
/// the decompressor) sees every kind of value.
fn crafted(rng: &mut Rng) -> String {
    fn varint(out: &mut Vec<u8>, mut v: u64) {
        while v >= 0x80 {
            out.push(v as u8 | 0x80);
            v >>= 7;
        }
        out.push(v as u8);
    }
    fn any(rng: &mut Rng) -> u64 {
        match rng.below(4) {
            0 => rng.below(4) as u64,
            1 => rng.below(100) as u64,
            2 => rng.next() >> rng.below(64),
            _ => u64::MAX - rng.below(3) as u64,
        }
    }
    let mut p = vec![rng.below(4) as u8, rng.below(4) as u8];
    for _ in 0..3 {
        let v = any(rng);
        varint(&mut p, v);
    }
    let src = b"package main\n\nfunc main() {}\n";
    let len = if rng.chance(70) {
        src.len() as u64
    } else {
        any(rng)
    };
    varint(&mut p, len);
    p.extend_from_slice(src);
    let items = if rng.chance(70) {
        rng.below(6) as u64
    } else {
        any(rng)
    };
    varint(&mut p, items);
    for _ in 0..rng.below(8) {
        let v = if rng.chance(50) {
            2 * (1 + rng.below(5) as u64)
        } else {
            any(rng)
        };
        varint(&mut p, v);
    }
    if rng.chance(10) {
        p.truncate(rng.below(p.len() + 1));
    }
    let mut bytes = vec![if rng.chance(90) {
        1
    } else {
        rng.below(256) as u8
    }];
    bytes.extend(miniz_oxide::deflate::compress_to_vec_zlib(&p, 1));
    URL_SAFE_NO_PAD.encode(bytes)
}

/// What any decoded run must satisfy: within the codec's limits, and written back the same.
fn check_run(text: &str) {
    if let Ok(spec) = permalink::decode(text) {
        assert!(
            spec.source.len() <= MAX_PAYLOAD,
            "source of {} bytes",
            spec.source.len()
        );
        assert!(spec.decisions.len() <= MAX_DECISIONS);
        assert!((1..=64).contains(&spec.procs) && (1..=MAX_BUDGET).contains(&spec.budget));
        let again = permalink::decode(&permalink::encode(&spec));
        assert_eq!(again.as_ref(), Ok(&spec), "a decoded run round-trips");
    }
}

#[test]
fn random_damaged_and_crafted_run_links_decode_or_say_why() {
    let programs = corpus();
    let mut h = Harness::new("permalink");
    let mut rng = Rng::new(base_seed() ^ 6);
    let budget = Budget::of("permalink");
    let mut decoded = 0;
    for i in (0..).take_while(|&i| budget.more(i)) {
        let text = match rng.below(4) {
            0 => mutate::random_text(&mut rng, 300),
            1 => permalink::encode(&random_spec(&mut rng, &programs)),
            2 => {
                let link = permalink::encode(&random_spec(&mut rng, &programs));
                damage(&mut rng, &link)
            }
            _ => crafted(&mut rng),
        };
        decoded += permalink::decode(&text).is_ok() as usize;
        let input = text.clone();
        h.input(&format!("run link #{i}"), &input, move || check_run(&text));
    }
    assert!(decoded > 0, "some inputs were real links");
    h.finish();
}

/// Format 1, go1.22, round-robin, 1 P, seed 1, budget 1000, empty source, then two
/// decision items: one run on P0, and 2^32 - 1 runs on P0. On wasm32 the `usize` sum of the
/// two wrapped to 0 and the page ran out of memory expanding them (tests/browser.rs checks
/// it there).
pub const WRAPS_32_BITS: &str =
    include_str!("fuzz_corpus/regressions/permalink_decision_count_wraps_32_bits.link");

#[test]
fn a_decision_count_that_wraps_32_bits_is_too_large() {
    assert_eq!(
        permalink::decode(WRAPS_32_BITS),
        Err(permalink::LinkError::TooLarge)
    );
}
