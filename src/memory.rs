//! Keeping the server's memory flat through bursts of work (glibc only; elsewhere nothing).
//!
//! glibc gives each thread that allocates a heap ("arena") of its own, up to eight per core,
//! and keeps what is freed in it for later. After a batch of certificates (PDFs drawn on the
//! blocking pool's threads) each arena held its high-water mark: the server's RSS grew by 12–40 MB
//! per 1,000 certificates, batch after batch (bench/certificates.py). Two arenas in all kept it
//! flat but cost ~9 % more CPU per registration (threads contending for two heaps). Two per core,
//! plus a trim after each certificate batch, keeps it nearly flat (+8, +6, +2 MB for three
//! batches of 1,000) with registration as before (docs/BENCHMARKS.md, session 4).

/// Caps glibc's arenas at two per core (its default is eight per core). Call before any thread
/// starts.
pub fn limit_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes allocator parameters; called before other threads exist.
    unsafe {
        let cores = std::thread::available_parallelism().map_or(2, usize::from);
        libc::mallopt(libc::M_ARENA_MAX, i32::try_from(2 * cores).unwrap_or(8));
    }
}

/// Returns the free memory of every arena to the OS (glibc's `malloc_trim`); elsewhere nothing.
pub fn release_free() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free pages of the allocator's own heaps; it is
    // thread-safe (it locks each arena in turn).
    unsafe {
        libc::malloc_trim(0);
    }
}
