//! libFuzzer target: the URL-hash decoder, with any text a shared link may carry.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let hash = String::from_utf8_lossy(data);
    let v = poolscope::run::link::parse_hash(&hash);
    if let Some(step) = v.step {
        assert!(step >= 1);
    }
    if let Some(lesson) = v.lesson {
        assert!(lesson
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-'));
    }
});
