//! The `ecosoc-watch` binary. Everything lives in the library so tests can drive it.

fn main() -> std::process::ExitCode {
    ecosoc_watch::cli::main()
}
