// Writes `#run=` link text in format 1, the first format poolscope shared (newer builds
// must keep opening it), so a test can hand the app any program (or any damaged link) the
// way a stranger's link would: base64url (no padding) of [format version] ++ zlib(payload),
// the payload being Go version, scheduler, then varints for GOMAXPROCS, seed, budget, the
// source's length, its bytes and the decision count.
import zlib from 'node:zlib';

function varint(n) {
  const out = [];
  let v = BigInt(n);
  do {
    let b = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) b |= 0x80;
    out.push(b);
  } while (v > 0n);
  return out;
}

export function payload(source, { go = 1, sched = 0, procs = 1, seed = 1, budget = 1000000 } = {}) {
  const src = Buffer.from(source, 'utf8');
  return Buffer.concat([
    Buffer.from([go, sched, ...varint(procs), ...varint(seed), ...varint(budget), ...varint(src.length)]),
    src,
    Buffer.from(varint(0)),
  ]);
}

/// Link text for `source` with a format-1 payload, labelled as format `version`.
export function encode(source, opts = {}, version = 1) {
  return Buffer.concat([Buffer.from([version]), zlib.deflateSync(payload(source, opts))]).toString('base64url');
}
