//! The learner's edited code, kept in localStorage per lesson. Storage that is missing, full
//! or forbidden (private mode) is reported as "not saved", never as an error.

const PREFIX: &str = "poolscope.code.";
/// Written and removed again to learn whether storage works at all.
const PROBE: &str = "poolscope.probe";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The saved draft for a lesson, if there is one.
pub fn load(slug: &str) -> Option<String> {
    storage()?.get_item(&format!("{PREFIX}{slug}")).ok()?
}

/// Whether drafts can be saved here: storage exists and takes a write (private modes
/// and blocked cookies make `localStorage` missing or make every write throw).
pub fn available() -> bool {
    storage().is_some_and(|s| s.set_item(PROBE, "1").is_ok() && s.remove_item(PROBE).is_ok())
}

/// Saves a draft; false when it could not be saved.
pub fn save(slug: &str, code: &str) -> bool {
    storage().is_some_and(|s| s.set_item(&format!("{PREFIX}{slug}"), code).is_ok())
}

/// Forgets a lesson's draft; false when storage is unavailable.
pub fn clear(slug: &str) -> bool {
    storage().is_some_and(|s| s.remove_item(&format!("{PREFIX}{slug}")).is_ok())
}
