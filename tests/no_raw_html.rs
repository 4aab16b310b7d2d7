//! No raw HTML from any input reaches the DOM: the product never uses the
//! escape hatches that would let it. This fails if one appears in `src/`.
//!
//! One place is allowed, and held to one line: `src/app/fixed.rs` passes
//! Yew's raw-HTML node either an empty string (in the browser) or what Yew's
//! own server renderer made from the product's constant words (at build
//! time). Nothing a reader or a link supplies can reach it.

use std::fs;
use std::path::Path;

const FORBIDDEN: [&str; 5] = [
    "from_html_unchecked",
    "set_inner_html",
    "inner_html",
    "set_outer_html",
    "insert_adjacent_html",
];

/// The one allowed use, exactly as written.
const FIXED: (&str, &str) = (
    "src/app/fixed.rs",
    "Html::from_html_unchecked(html_of(part))",
);

fn check(root: &Path, dir: &Path, found: &mut Vec<String>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            check(root, &path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = fs::read_to_string(&path).unwrap();
            let name = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            for (n, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or("");
                if name == FIXED.0 && code.trim() == FIXED.1 {
                    continue;
                }
                for word in FORBIDDEN {
                    if code.contains(word) {
                        found.push(format!("{name}:{}: {word}", n + 1));
                    }
                }
            }
        }
    }
}

#[test]
fn no_raw_html_setters_in_the_product() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    check(root, &root.join("src"), &mut found);
    assert!(
        found.is_empty(),
        "raw HTML setters found:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_fixed_words_are_the_one_raw_html_node() {
    let text = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXED.0)).unwrap();
    let uses: Vec<_> = text
        .lines()
        .filter(|l| {
            l.split("//")
                .next()
                .unwrap_or("")
                .contains("from_html_unchecked")
        })
        .collect();
    assert_eq!(uses.len(), 1, "{uses:?}");
    assert_eq!(uses[0].trim(), FIXED.1);
    // In the browser the string is empty; only the build renders words.
    assert!(text.contains("#[cfg(not(feature = \"ssr\"))]\nfn html_of(_: Fixed) -> AttrValue {\n    AttrValue::Static(\"\")\n}"));
}
