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

/// CPU seconds (user + system, all threads) this process has used so far,
/// for `build --timings`.
pub fn process_cpu_secs() -> f64 {
    let (mut user, mut system) = (0usize, 0usize);
    let null = std::ptr::null_mut();
    // SAFETY: every out-parameter is either a valid pointer to a local or null (allowed).
    unsafe { libmimalloc_sys::mi_process_info(null, &mut user, &mut system, null, null, null, null, null) };
    (user + system) as f64 / 1e3
}

/// Hands memory freed so far back to the OS, including what the threads that
/// built the automata left behind when they exited (called once, after the load).
pub fn release_free_memory() {
    // SAFETY: a plain call into the allocator; safe from any thread at any time.
    unsafe { libmimalloc_sys::mi_collect(true) };
}

fn main() -> std::process::ExitCode {
    // SAFETY: sets a plain integer option; called before any other thread exists.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 250) };
    cli::main_exit_code()
}
