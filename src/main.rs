fn main() -> std::process::ExitCode {
    limit_malloc_arenas();
    cascade::cli::main()
}

/// glibc gives every thread that allocates its own heap ("arena"), up to eight per core, and
/// rarely returns their free space. Rendering certificates on the blocking pool's threads left
/// each arena holding its peak: the server's RSS grew by ~15 MB per 1,000 certificates issued,
/// batch after batch. Two arenas keep it flat (bench/certificates.py, docs/BENCHMARKS.md) at no
/// measurable cost to throughput. Must run before any thread starts.
fn limit_malloc_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes allocator parameters; called before other threads exist.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}
