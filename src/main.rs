//! The `newsgraph` binary: a thin wrapper over the library's CLI module.

mod cli;
mod query_cli;

// glibc malloc spends whole milliseconds consolidating the gazetteer's many
// small freed blocks on the first large allocation; mimalloc does not.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::main_exit_code()
}
