//! How much memory the server keeps. glibc's allocator gives every thread that allocates an
//! arena of its own (up to eight per core) and keeps what is freed in it for later; under load
//! (hundreds of connections, chart images rendered on several threads) that left the server
//! at ~125 MB resident where ~60 MB were in use. Two arenas, and the freed pages handed back
//! to the system every few seconds, keep it near what it uses. Elsewhere than glibc these do
//! nothing.

use std::time::Duration;

/// How often freed memory is handed back while serving.
const TRIM_EVERY: Duration = Duration::from_secs(5);

/// At most two allocator arenas; call before any thread starts.
pub fn limit_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets an allocator parameter; it is called before other threads
    // exist and is safe to call at any time according to glibc's manual.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}

/// Hand freed memory back to the system every [`TRIM_EVERY`], for as long as the runtime runs.
pub fn trim_periodically() {
    tokio::spawn(async {
        let mut every = tokio::time::interval(TRIM_EVERY);
        every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            every.tick().await;
            // Trimming walks the arenas under their locks: off the async workers.
            let _ = tokio::task::spawn_blocking(trim).await;
        }
    });
}

fn trim() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim takes no pointers and is thread-safe.
    unsafe {
        libc::malloc_trim(0);
    }
}
