//! The ordered parallel writer of a streamed report: articles are checked
//! on every core, and each article's piece of the report goes out in input
//! order as soon as it and those before it are done, with at most a window
//! of pieces waiting in memory.

use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};

use crosscheck::error::InputError;
use crosscheck::report::{stream::Streamed, Tally};

/// How far, per thread, checking may run ahead of writing: enough to keep
/// every core busy past a slow article, few enough that memory stays flat
/// however many files there are.
const ARTICLES_PER_THREAD: usize = 16;

/// An article's piece of the report, its counts, and whether it fails the check.
pub type Checked = Result<(Vec<u8>, Tally, bool), InputError>;

/// The report as written so far, in input order, and the pieces that are
/// done but wait for one before them.
pub struct InOrder<W> {
    pub out: W,
    /// How many articles are written (or reported as errors).
    done: usize,
    /// Pieces done after `done`, by position: `waiting[k]` is article `done + k`.
    waiting: std::collections::VecDeque<Option<Checked>>,
    /// Text in order not yet written, each piece from an offset (the first
    /// piece goes without its separator): written together in one vectored
    /// write once it comes to `GATHERED` bytes, with no copy of it into a
    /// buffer (copying every piece shorter than a buffer was 0.5% of a run).
    gathered: Vec<(Vec<u8>, usize)>,
    gathered_len: usize,
    pieces: usize,
    pub tally: Tally,
    pub failed: bool,
    pub errors: Vec<InputError>,
    /// The output was closed (e.g. `| head`): nothing more is checked.
    pub closed: bool,
}

/// How much of the report is gathered before it is written: the size of
/// the buffer the pieces went through before, so that a piece goes out as
/// soon (most pieces are longer, and go out as they are done); short pieces
/// go several to a write.
const GATHERED: usize = 1 << 14;

impl<W: Write> InOrder<W> {
    pub fn new(out: W) -> InOrder<W> {
        InOrder {
            out,
            done: 0,
            waiting: std::collections::VecDeque::new(),
            gathered: Vec::new(),
            gathered_len: 0,
            pieces: 0,
            tally: Tally::default(),
            failed: false,
            errors: Vec::new(),
            closed: false,
        }
    }

    /// Places article `i`'s result and writes every piece now in order.
    /// Returns whether any was written.
    fn place(&mut self, i: usize, result: Checked, format: Streamed) -> bool {
        let slot = i - self.done;
        if self.waiting.len() <= slot {
            self.waiting.resize_with(slot + 1, || None);
        }
        self.waiting[slot] = Some(result);
        let before = self.done;
        while !self.closed && self.waiting.front().is_some_and(Option::is_some) {
            let Some(Some(result)) = self.waiting.pop_front() else {
                break;
            };
            self.done += 1;
            match result {
                Ok((piece, t, fails)) => {
                    // Each piece comes after its separator, which the first
                    // one written goes without.
                    let lead = if self.pieces > 0 {
                        0
                    } else {
                        format.separator().len()
                    };
                    self.gather(piece, lead);
                    if self.gathered_len >= GATHERED {
                        // A closed pipe is not an error of the check.
                        self.closed = self.write_gathered().is_err();
                    }
                    self.pieces += 1;
                    self.tally.merge(&t);
                    self.failed |= fails;
                }
                Err(e) => self.errors.push(e),
            }
        }
        self.done > before
    }

    /// Adds `text` from byte `from` on to what is to be written.
    pub fn gather(&mut self, text: Vec<u8>, from: usize) {
        self.gathered_len += text.len() - from;
        self.gathered.push((text, from));
    }

    /// Writes what is gathered, all of it.
    pub fn write_gathered(&mut self) -> std::io::Result<()> {
        use std::io::IoSlice;
        let mut slices: Vec<IoSlice<'_>> = self
            .gathered
            .iter()
            .map(|(text, from)| IoSlice::new(&text[*from..]))
            .collect();
        let mut rest = &mut slices[..];
        // Empty pieces (a format with no head) are passed over.
        IoSlice::advance_slices(&mut rest, 0);
        while !rest.is_empty() {
            match self.out.write_vectored(rest) {
                Ok(0) => return Err(std::io::ErrorKind::WriteZero.into()),
                Ok(n) => IoSlice::advance_slices(&mut rest, n),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        self.gathered.clear();
        self.gathered_len = 0;
        Ok(())
    }
}

/// Checks the articles `jobs` yields on every core, with `check` (which
/// makes an article's piece), and writes each piece to `order` in input
/// order as soon as it and those before it are done. Each thread takes the
/// next article, checks it, and writes what is ready; no thread runs more
/// than a window ahead of the writing, so at most a window of pieces waits
/// in memory, and no thread waits for a batch to finish. Returns the writer
/// with what is left to write (the run's totals and errors in it), or closed
/// if the output was.
pub fn check_in_order<J, W: Write + Send>(
    jobs: impl Iterator<Item = J> + Send,
    order: InOrder<W>,
    format: Streamed,
    check: impl Fn(J) -> Checked + Sync,
) -> InOrder<W> {
    let threads = rayon::current_num_threads().max(1);
    let window = threads * ARTICLES_PER_THREAD;
    // The jobs, numbered as they are taken.
    let source = Mutex::new((jobs, 0usize));
    // `done` as the workers may read it without the lock, and how many
    // workers wait for it to grow (so that a signal is sent only then).
    let done = AtomicUsize::new(order.done);
    let sleepers = AtomicUsize::new(0);
    let grew = Condvar::new();
    let order = Mutex::new(order);
    let lock = || order.lock().unwrap_or_else(|e| e.into_inner());
    // A thread that panics leaves its article unwritten, and the others
    // would wait for it for ever: it ends the run for all of them as it
    // unwinds (the panic then ends the process, as it would have).
    struct EndOnPanic<'a, W>(&'a Mutex<InOrder<W>>, &'a Condvar);
    impl<W> Drop for EndOnPanic<'_, W> {
        fn drop(&mut self) {
            if std::thread::panicking() {
                self.0.lock().unwrap_or_else(|e| e.into_inner()).closed = true;
                self.1.notify_all();
            }
        }
    }
    let check_in_turn = || loop {
        let (i, job) = {
            let mut source = source.lock().unwrap_or_else(|e| e.into_inner());
            let Some(job) = source.0.next() else {
                break;
            };
            source.1 += 1;
            (source.1 - 1, job)
        };
        if i >= done.load(Ordering::Acquire) + window {
            let mut o: MutexGuard<_> = lock();
            while i >= o.done + window && !o.closed {
                sleepers.fetch_add(1, Ordering::SeqCst);
                o = grew.wait(o).unwrap_or_else(|e| e.into_inner());
                sleepers.fetch_sub(1, Ordering::SeqCst);
            }
            if o.closed {
                break;
            }
        }
        let result = check(job);
        let mut o = lock();
        let advanced = o.place(i, result, format);
        done.store(o.done, Ordering::Release);
        let closed = o.closed;
        drop(o);
        if (advanced || closed) && sleepers.load(Ordering::SeqCst) > 0 {
            grew.notify_all();
        }
        if closed {
            break;
        }
    };
    let work = || {
        let _end_on_panic = EndOnPanic(&order, &grew);
        check_in_turn();
    };
    std::thread::scope(|scope| {
        for _ in 1..threads {
            scope.spawn(work);
        }
        work();
    });
    order.into_inner().unwrap_or_else(|e| e.into_inner())
}
