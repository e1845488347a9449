//! A [`RunSpec`] as a short URL-safe text, for permalinks (`#run=...`).
//!
//! Layout: base64url (no padding) of `[FORMAT_VERSION] ++ zlib(payload)`. The version byte
//! stays outside the compression so a later format may change everything after it. zlib's
//! Adler-32 catches altered links; a truncated link ends the deflate stream early. The
//! payload is, in order: Go version (u8), scheduler kind (u8), then LEB128 varints for
//! GOMAXPROCS, seed, budget, the source's length (then its UTF-8 bytes) and the number of
//! decision items, each item a varint `x`: `x = 1` is a GC; otherwise `x >> 1` consecutive
//! runs on the P given by the next varint (runs of one P compress to one item).
//! Format 2 appends one varint: automatic GC every that many allocations (0: off). A
//! format-1 link still opens, as a run without automatic GC.
//!
//! Decoding never panics: anything wrong gives a [`LinkError`] saying what.

use super::run_spec::{Decision, RunSpec, SchedKind};
use crate::lang::info::GoVersion;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use miniz_oxide::inflate::TINFLStatus;

/// The format this build writes (and the newest it reads).
pub const FORMAT_VERSION: u8 = 2;
/// Longest link text accepted, in characters.
pub const MAX_LINK_CHARS: usize = 1 << 20;
/// Largest decompressed payload accepted, in bytes.
pub const MAX_PAYLOAD: usize = 4 << 20;
/// Most decisions a link may carry.
pub const MAX_DECISIONS: usize = 4_000_000;
/// Largest budget a link may ask for.
pub const MAX_BUDGET: u64 = 50_000_000;

/// Why a link could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    Empty,
    /// Longer than [`MAX_LINK_CHARS`], or it inflates past [`MAX_PAYLOAD`].
    TooLarge,
    /// Not base64url text.
    NotBase64,
    /// Written by a newer poolscope.
    FutureVersion(u8),
    /// A version no poolscope wrote.
    UnknownVersion(u8),
    /// The link was cut short.
    Truncated,
    /// The link was altered (bad compressed data or checksum).
    Corrupt,
    /// The data decoded but a field is out of range.
    Invalid(&'static str),
}

impl LinkError {
    /// Message key for the UI's translations.
    pub fn key(&self) -> &'static str {
        match self {
            LinkError::Empty => "link.error.empty",
            LinkError::TooLarge => "link.error.too_large",
            LinkError::NotBase64 => "link.error.not_base64",
            LinkError::FutureVersion(_) => "link.error.future_version",
            LinkError::UnknownVersion(_) => "link.error.unknown_version",
            LinkError::Truncated => "link.error.truncated",
            LinkError::Corrupt => "link.error.corrupt",
            LinkError::Invalid(_) => "link.error.invalid",
        }
    }
}

impl std::fmt::Display for LinkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LinkError::Empty => write!(f, "the link holds no run"),
            LinkError::TooLarge => write!(f, "the link is too large"),
            LinkError::NotBase64 => write!(f, "the link is not valid base64url"),
            LinkError::FutureVersion(v) => {
                write!(f, "the link was made by a newer poolscope (format {v})")
            }
            LinkError::UnknownVersion(v) => write!(f, "unknown link format {v}"),
            LinkError::Truncated => write!(f, "the link is cut short"),
            LinkError::Corrupt => write!(f, "the link is damaged"),
            LinkError::Invalid(what) => write!(f, "the link has an invalid {what}"),
        }
    }
}

impl std::error::Error for LinkError {}

/// Encodes `spec` as link text.
pub fn encode(spec: &RunSpec) -> String {
    let mut p = Vec::with_capacity(spec.source.len() + 32);
    p.push(match spec.go {
        GoVersion::Go121 => 0,
        GoVersion::Go122 => 1,
    });
    p.push(match spec.sched {
        SchedKind::RoundRobin => 0,
        SchedKind::Random => 1,
        SchedKind::Manual => 2,
    });
    put(&mut p, spec.procs as u64);
    put(&mut p, spec.seed);
    put(&mut p, spec.budget);
    put(&mut p, spec.source.len() as u64);
    p.extend_from_slice(spec.source.as_bytes());
    let items = items(&spec.decisions);
    put(&mut p, items.len() as u64);
    for (n, d) in items {
        match d {
            Decision::Gc => put(&mut p, 1),
            Decision::Run(pp) => {
                put(&mut p, (n as u64) << 1);
                put(&mut p, pp as u64);
            }
        }
    }
    put(&mut p, spec.gc_every.map_or(0, u64::from));
    let mut bytes = vec![FORMAT_VERSION];
    bytes.extend(miniz_oxide::deflate::compress_to_vec_zlib(&p, 9));
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Runs of equal decisions: (count, decision); a GC is always its own item.
fn items(ds: &[Decision]) -> Vec<(usize, Decision)> {
    let mut out: Vec<(usize, Decision)> = Vec::new();
    for &d in ds {
        match (out.last_mut(), d) {
            (Some((n, last)), Decision::Run(_)) if *last == d => *n += 1,
            _ => out.push((1, d)),
        }
    }
    out
}

/// Reads link text written by [`encode`].
pub fn decode(text: &str) -> Result<RunSpec, LinkError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(LinkError::Empty);
    }
    if text.len() > MAX_LINK_CHARS {
        return Err(LinkError::TooLarge);
    }
    let bytes = URL_SAFE_NO_PAD
        .decode(text)
        .map_err(|_| LinkError::NotBase64)?;
    let (&version, zlib) = bytes.split_first().ok_or(LinkError::Truncated)?;
    if version > FORMAT_VERSION {
        return Err(LinkError::FutureVersion(version));
    }
    if version == 0 {
        return Err(LinkError::UnknownVersion(version));
    }
    let payload = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(zlib, MAX_PAYLOAD)
        .map_err(|e| match e.status {
            TINFLStatus::HasMoreOutput => LinkError::TooLarge,
            TINFLStatus::FailedCannotMakeProgress | TINFLStatus::NeedsMoreInput => {
                LinkError::Truncated
            }
            _ => LinkError::Corrupt,
        })?;
    parse(&payload, version)
}

fn parse(p: &[u8], version: u8) -> Result<RunSpec, LinkError> {
    let mut r = Reader { p, at: 0 };
    let go = match r.byte()? {
        0 => GoVersion::Go121,
        1 => GoVersion::Go122,
        _ => return Err(LinkError::Invalid("Go version")),
    };
    let sched = match r.byte()? {
        0 => SchedKind::RoundRobin,
        1 => SchedKind::Random,
        2 => SchedKind::Manual,
        _ => return Err(LinkError::Invalid("scheduler")),
    };
    let procs = r.varint()?;
    if !(1..=64).contains(&procs) {
        return Err(LinkError::Invalid("GOMAXPROCS"));
    }
    let seed = r.varint()?;
    let budget = r.varint()?;
    if budget == 0 || budget > MAX_BUDGET {
        return Err(LinkError::Invalid("step budget"));
    }
    // Checked, not `as`: on wasm32 a huge length would wrap to a small one.
    let len = usize::try_from(r.varint()?).map_err(|_| LinkError::Truncated)?;
    let src = r.bytes(len)?;
    let source = String::from_utf8(src.to_vec()).map_err(|_| LinkError::Invalid("source"))?;
    let n_items = r.varint()?;
    let mut decisions = Vec::new();
    for _ in 0..n_items {
        let x = r.varint()?;
        if x == 1 {
            decisions.push(Decision::Gc);
        } else {
            let n = x >> 1;
            let p = r.varint()?;
            if x & 1 != 0 || n == 0 || p >= 64 {
                return Err(LinkError::Invalid("decision"));
            }
            // In u64: on wasm32, `usize` arithmetic on a huge count wrapped past this check
            // and the page ran out of memory repeating one decision billions of times.
            if decisions.len() as u64 + n > MAX_DECISIONS as u64 {
                return Err(LinkError::TooLarge);
            }
            decisions.extend(std::iter::repeat_n(Decision::Run(p as u32), n as usize));
        }
        if decisions.len() > MAX_DECISIONS {
            return Err(LinkError::TooLarge);
        }
    }
    let gc_every = if version >= 2 {
        let n = r.varint()?;
        match u32::try_from(n) {
            Ok(0) => None,
            Ok(n) => Some(n),
            Err(_) => return Err(LinkError::Invalid("GC interval")),
        }
    } else {
        None
    };
    if r.at != p.len() {
        return Err(LinkError::Invalid("ending"));
    }
    Ok(RunSpec {
        source,
        go,
        procs: procs as u32,
        seed,
        budget,
        sched,
        gc_every,
        decisions,
    })
}

/// Appends `v` as an LEB128 varint.
fn put(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Reads the payload; running out is [`LinkError::Truncated`].
struct Reader<'a> {
    p: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, LinkError> {
        let b = *self.p.get(self.at).ok_or(LinkError::Truncated)?;
        self.at += 1;
        Ok(b)
    }

    fn bytes(&mut self, n: usize) -> Result<&[u8], LinkError> {
        let end = self.at.checked_add(n).ok_or(LinkError::Truncated)?;
        let s = self.p.get(self.at..end).ok_or(LinkError::Truncated)?;
        self.at = end;
        Ok(s)
    }

    fn varint(&mut self) -> Result<u64, LinkError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(LinkError::Invalid("number"))
    }
}

#[cfg(test)]
#[path = "permalink_tests.rs"]
mod tests;
