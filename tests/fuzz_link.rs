//! Bounded fuzzing of the URL-hash decoder: a permalink in a chat can carry anything, so
//! random text, random `key=value` soups and mutations of real links must decode to a
//! view (never a panic), and what they select must still be safe to use.
#![cfg(not(target_arch = "wasm32"))]

mod fuzz_common;

use fuzz_common::{base_seed, cases, mutate, Harness, Rng};
use poolscope::run::link::{parse_hash, LinkView};

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
    for i in 0..cases(20_000) {
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
