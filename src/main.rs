fn main() -> std::process::ExitCode {
    cascade::memory::limit_arenas();
    cascade::cli::main()
}
