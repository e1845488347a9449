//! libFuzzer target: the permalink payload parser. The input is the payload itself,
//! wrapped as a format-1 link (version byte, zlib, base64url), so libFuzzer explores the
//! fields (versions, varints, lengths, decision runs) rather than the compressor.
#![no_main]

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use libfuzzer_sys::fuzz_target;
use poolscope::run::permalink;

fuzz_target!(|data: &[u8]| {
    let mut bytes = vec![permalink::FORMAT_VERSION];
    bytes.extend(miniz_oxide::deflate::compress_to_vec_zlib(data, 1));
    let text = URL_SAFE_NO_PAD.encode(bytes);
    if let Ok(spec) = permalink::decode(&text) {
        assert!(spec.decisions.len() <= permalink::MAX_DECISIONS);
        assert!(spec.source.len() <= data.len());
        assert_eq!(permalink::decode(&permalink::encode(&spec)), Ok(spec));
    }
});
