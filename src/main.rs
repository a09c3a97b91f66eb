//! The `newsgraph` binary: a thin wrapper over the library's CLI module.

mod cli;
mod query_cli;

// glibc malloc spends whole milliseconds consolidating the gazetteer's many
// small freed blocks on the first large allocation; mimalloc does not.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` in mimalloc.h (v2): milliseconds a freed page stays
/// committed. The default 10 ms hands pages back to the OS between two batches
/// of the build and faults them in again; 250 ms keeps them while a build runs.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

fn main() -> std::process::ExitCode {
    // SAFETY: sets a plain integer option; called before any other thread exists.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 250) };
    cli::main_exit_code()
}
