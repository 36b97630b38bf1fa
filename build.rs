// Translations, migrations and static assets are compiled into the binary by macros that cargo does not
// track; tell it to rebuild when they change.
fn main() {
    for dir in ["locales", "migrations", "static", "seed"] {
        println!("cargo:rerun-if-changed={dir}");
    }
}
