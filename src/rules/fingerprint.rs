//! Stable finding fingerprints, for SARIF `partialFingerprints` and for
//! `--baseline`. A fingerprint hashes the rule id and the words of the
//! finding's spans (white space collapsed), never their offsets or line
//! numbers, so it survives edits elsewhere in the article; a repeat of the
//! same finding in the same file gets an occurrence number.

use rustc_hash::FxHashMap as HashMap;

use super::finding::Finding;
use crate::document::Document;

/// FNV-1a, 64 bits: small, stable across platforms and releases (unlike
/// `std`'s hasher, whose output may change between Rust versions).
fn fnv1a(bytes: &[u8], mut hash: u64) -> u64 {
    for b in bytes {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// Fills `fingerprint` on every finding of a document.
pub fn assign(doc: &Document, findings: &mut [Finding]) {
    let mut seen: HashMap<u64, usize> = HashMap::default();
    for f in findings.iter_mut() {
        let mut h = fnv1a(f.rule.as_bytes(), FNV_OFFSET);
        for s in f.local() {
            h = fnv1a(b"\x1f", h);
            h = fnv1a(doc.clean_text(s.span).as_bytes(), h);
        }
        let n = seen.entry(h).or_insert(0);
        *n += 1;
        f.fingerprint = format!("{h:016x}:{}", n);
    }
}
