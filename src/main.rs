//! The `newsgraph` binary: a thin wrapper over the library's CLI module.

mod cli;
mod query_cli;

fn main() -> std::process::ExitCode {
    cli::main_exit_code()
}
