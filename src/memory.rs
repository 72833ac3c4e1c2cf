//! Handing freed memory back to the operating system after a burst of work (glibc only;
//! elsewhere nothing).
//!
//! glibc gives each thread that allocates a heap ("arena") of its own, up to eight per core,
//! and keeps what is freed in it for later. Capping the number of arenas kept the certificate
//! batches' memory flat but cost 15–20 % more CPU per registration (threads contending for
//! fewer heaps; docs/BENCHMARKS.md, session 4); certificates are drawn on a few long-lived
//! threads instead (`certificates::worker`), and trimmed after each batch.

/// Returns the free memory of every arena to the OS (glibc's `malloc_trim`); elsewhere nothing.
pub fn release_free() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free pages of the allocator's own heaps; it is
    // thread-safe (it locks each arena in turn).
    unsafe {
        libc::malloc_trim(0);
    }
}
