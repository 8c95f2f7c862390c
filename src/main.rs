//! The `crosscheck` binary: the command line (`cli`), with mimalloc as its
//! allocator.

mod cli;

/// mimalloc in place of the system allocator: the pipeline makes many small,
/// short-lived allocations per sentence, and glibc's malloc and free were
/// about a sixth of the profile of a corpus run.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::run()
}
