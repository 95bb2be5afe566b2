//! Makes `sqlx::migrate!` pick up new migration files without a `cargo clean`.
fn main() {
    println!("cargo:rerun-if-changed=../migrations");
}
