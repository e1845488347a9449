//! libFuzzer target: the URL-hash decoder and the `run=` permalink decoder, with any text a
//! shared link may carry. A decoded run must stay within the codec's limits and round-trip.
#![no_main]

use libfuzzer_sys::fuzz_target;
use poolscope::run::permalink;

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
    if let Ok(spec) = permalink::decode(&hash) {
        assert!(spec.decisions.len() <= permalink::MAX_DECISIONS);
        assert_eq!(permalink::decode(&permalink::encode(&spec)), Ok(spec));
    }
});
