//! No raw HTML from any input reaches the DOM: the product never uses the
//! escape hatches that would let it. This fails if one appears in `src/`.

use std::fs;
use std::path::Path;

const FORBIDDEN: [&str; 5] = [
    "from_html_unchecked",
    "set_inner_html",
    "inner_html",
    "set_outer_html",
    "insert_adjacent_html",
];

fn check(dir: &Path, found: &mut Vec<String>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            check(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = fs::read_to_string(&path).unwrap();
            for (n, line) in text.lines().enumerate() {
                for word in FORBIDDEN {
                    if line.contains(word) {
                        found.push(format!("{}:{}: {word}", path.display(), n + 1));
                    }
                }
            }
        }
    }
}

#[test]
fn no_raw_html_setters_in_the_product() {
    let mut found = Vec::new();
    check(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut found,
    );
    assert!(
        found.is_empty(),
        "raw HTML setters found:\n{}",
        found.join("\n")
    );
}
