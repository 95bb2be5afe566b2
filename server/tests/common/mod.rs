//! What several integration-test binaries share (a module, not a test binary of its own).

/// Property-test cases: `default`, or `PROPTEST_CASES` for a long run.
pub fn proptest_cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}
