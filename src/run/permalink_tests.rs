//! Tests of the permalink format: round trips, and a clear error for every kind of bad link.

use super::*;

fn sample() -> RunSpec {
    let mut s = RunSpec::new(
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"héllo, 世界\")\n}\n",
    );
    s.go = GoVersion::Go121;
    s.procs = 4;
    s.seed = u64::MAX - 7;
    s.budget = 123_456;
    s.sched = SchedKind::Random;
    s.gc_every = Some(300);
    s.decisions = vec![
        Decision::Run(0),
        Decision::Run(0),
        Decision::Run(3),
        Decision::Gc,
        Decision::Gc,
        Decision::Run(3),
        Decision::Run(1),
    ];
    s
}

#[test]
fn round_trips_every_field() {
    let s = sample();
    let text = encode(&s);
    assert!(text
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    assert_eq!(decode(&text), Ok(s));
    let plain = RunSpec::new("");
    assert_eq!(decode(&encode(&plain)), Ok(plain));
}

#[test]
fn long_runs_of_one_p_stay_short() {
    let mut s = RunSpec::new("package main\nfunc main() {}\n");
    s.decisions = vec![Decision::Run(0); 1_000_000];
    let text = encode(&s);
    assert!(text.len() < 200, "{} chars", text.len());
    assert_eq!(decode(&text), Ok(s));
}

#[test]
fn empty_and_not_base64() {
    assert_eq!(decode(""), Err(LinkError::Empty));
    assert_eq!(decode("  "), Err(LinkError::Empty));
    assert_eq!(decode("abc+/=="), Err(LinkError::NotBase64));
    assert_eq!(decode("<script>"), Err(LinkError::NotBase64));
}

#[test]
fn every_truncation_is_an_error() {
    let text = encode(&sample());
    for cut in 1..text.len() {
        let r = decode(&text[..cut]);
        assert!(
            matches!(r, Err(LinkError::Truncated | LinkError::NotBase64)),
            "cut at {cut}: {r:?}"
        );
    }
}

#[test]
fn altered_links_are_refused() {
    let text = encode(&sample());
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    // Change each character after the version byte's (the first two characters
    // hold it): zlib's checksum or the deflate stream catches every one.
    for i in 2..text.len() {
        let mut b = text.clone().into_bytes();
        let old = b[i];
        b[i] = alphabet[(alphabet.iter().position(|&c| c == old).unwrap_or(0) + 17) % 64];
        let t = String::from_utf8(b).unwrap_or_default();
        let r = decode(&t);
        assert!(r.is_err(), "change at {i} was accepted: {r:?}");
    }
}

#[test]
fn a_wrong_checksum_or_stream_is_corrupt() {
    let bytes = URL_SAFE_NO_PAD
        .decode(encode(&sample()))
        .unwrap_or_default();
    // The last byte is Adler-32's: the data inflates but does not match it.
    let mut b = bytes.clone();
    if let Some(last) = b.last_mut() {
        *last ^= 0x55;
    }
    assert_eq!(decode(&URL_SAFE_NO_PAD.encode(&b)), Err(LinkError::Corrupt));
    // After the version and the zlib header, a first block of type 3, which does not
    // exist.
    let mut b = bytes;
    b.truncate(3);
    b.extend([0x07, 0, 0, 0, 0, 0, 0]);
    assert_eq!(decode(&URL_SAFE_NO_PAD.encode(&b)), Err(LinkError::Corrupt));
}

#[test]
fn versions_other_than_ours_are_named() {
    let mut bytes = URL_SAFE_NO_PAD
        .decode(encode(&sample()))
        .unwrap_or_default();
    bytes[0] = FORMAT_VERSION + 1;
    let future = URL_SAFE_NO_PAD.encode(&bytes);
    assert_eq!(
        decode(&future),
        Err(LinkError::FutureVersion(FORMAT_VERSION + 1))
    );
    bytes[0] = 0;
    assert_eq!(
        decode(&URL_SAFE_NO_PAD.encode(&bytes)),
        Err(LinkError::UnknownVersion(0))
    );
}

fn link_of(payload: &[u8]) -> String {
    let mut bytes = vec![FORMAT_VERSION];
    bytes.extend(miniz_oxide::deflate::compress_to_vec_zlib(payload, 6));
    URL_SAFE_NO_PAD.encode(bytes)
}

#[test]
fn oversized_input_is_refused_before_work() {
    assert_eq!(
        decode(&"A".repeat(MAX_LINK_CHARS + 1)),
        Err(LinkError::TooLarge)
    );
    // A small link that inflates past the payload limit (a zip bomb).
    let bomb = link_of(&vec![0u8; MAX_PAYLOAD + 1]);
    assert!(bomb.len() < 20_000);
    assert_eq!(decode(&bomb), Err(LinkError::TooLarge));
    // A run-length item claiming more decisions than allowed.
    let mut p = vec![1, 0, 1, 1, 100, 0, 1];
    put(&mut p, (MAX_DECISIONS as u64 + 1) << 1);
    p.push(0);
    assert_eq!(decode(&link_of(&p)), Err(LinkError::TooLarge));
}

#[test]
fn out_of_range_fields_are_invalid() {
    // go, sched, procs, seed, budget, source length, items, GC interval
    let cases: [(&[u8], &str); 8] = [
        (&[7, 0, 1, 1, 100, 0, 0], "Go version"),
        (&[1, 9, 1, 1, 100, 0, 0], "scheduler"),
        (&[1, 0, 0, 1, 100, 0, 0], "GOMAXPROCS"),
        (&[1, 0, 1, 1, 0, 0, 0], "step budget"),
        (&[1, 0, 1, 1, 100, 2, 0xff, 0xfe, 0], "source"),
        (&[1, 0, 1, 1, 100, 0, 1, 4, 64], "decision"),
        (&[1, 0, 1, 1, 100, 0, 0, 0, 9], "ending"),
        (
            &[1, 0, 1, 1, 100, 0, 0, 0x80, 0x80, 0x80, 0x80, 0x10],
            "GC interval",
        ),
    ];
    for (payload, what) in cases {
        assert_eq!(
            decode(&link_of(payload)),
            Err(LinkError::Invalid(what)),
            "{payload:?}"
        );
    }
    // A payload that stops inside a field is truncated, not invalid.
    assert_eq!(
        decode(&link_of(&[1, 0, 1, 1, 100, 50, b'x'])),
        Err(LinkError::Truncated)
    );
    assert_eq!(decode(&link_of(&[1, 0, 0x80])), Err(LinkError::Truncated));
}

#[test]
fn errors_have_keys_and_sentences() {
    let all = [
        LinkError::Empty,
        LinkError::TooLarge,
        LinkError::NotBase64,
        LinkError::FutureVersion(2),
        LinkError::UnknownVersion(0),
        LinkError::Truncated,
        LinkError::Corrupt,
        LinkError::Invalid("source"),
    ];
    let keys: std::collections::BTreeSet<_> = all.iter().map(|e| e.key()).collect();
    assert_eq!(keys.len(), all.len());
    assert!(all.iter().all(|e| !e.to_string().is_empty()));
}

/// Made by the format-1 encoder (before automatic GC joined the link): a Manual run on 2 Ps,
/// seed 5, with decisions P1, a learner GC, P0.
const V1_LINK: &str = "AXjaAU0Asv8BAgIFwIQ9P3BhY2thZ2UgbWFpbgoKaW1wb3J0ICJmbXQiCgpmdW5jIG1haW4oKSB7CglmbXQuUHJpbnRsbigidjEiKQp9CgMCAQECAI1EFWw";

#[test]
fn a_format_1_link_still_opens() {
    let spec = decode(V1_LINK).expect("a v1 link decodes");
    let mut want =
        RunSpec::new("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"v1\")\n}\n");
    want.procs = 2;
    want.seed = 5;
    want.sched = SchedKind::Manual;
    want.decisions = vec![Decision::Run(1), Decision::Gc, Decision::Run(0)];
    assert_eq!(spec, want);
    assert_eq!(spec.gc_every, None);
    // Written again, it is a format-2 link that reads back the same.
    let again = encode(&spec);
    assert_ne!(again, V1_LINK);
    assert_eq!(decode(&again), Ok(want));
}

#[test]
fn the_gc_interval_round_trips_and_zero_means_off() {
    let mut s = RunSpec::new("package main\nfunc main() {}\n");
    for every in [None, Some(1), Some(64), Some(u32::MAX)] {
        s.gc_every = every;
        assert_eq!(decode(&encode(&s)).map(|d| d.gc_every), Ok(every));
    }
}
