//! How long the engine takes to find what would change every answer of one
//! scenario, and to answer a grid of every offering under both versions (a
//! decision table's worth), natively on this machine. `scripts/bench.sh`
//! prints it; the browser runs the same code as wasm, usually 1.5 to 2
//! times slower.

use std::time::Instant;

use partnership_explainer::terms::{compare, flips, parse, Choice, Offering, Scenario};

fn percentile(mut times: Vec<f64>, q: f64) -> f64 {
    times.sort_by(|a, b| a.total_cmp(b));
    times[((times.len() as f64 * q) as usize).min(times.len() - 1)]
}

fn time(runs: usize, mut f: impl FnMut()) -> (f64, f64) {
    let times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    (percentile(times.clone(), 0.5), percentile(times, 0.95))
}

fn main() {
    let scenarios: Vec<Scenario> = [
        "",
        "offering=stateful-runtime",
        "terms=2026-04-27&partner=none&channel=openai",
        "agi=yes&year=2030&offering=research-model",
        "partner=none&channel=openai&offering=first-party-product",
    ]
    .iter()
    .map(|q| parse(q).scenario)
    .collect();
    let mut i = 0;
    let (p50, p95) = time(500, || {
        std::hint::black_box(flips(&scenarios[i % scenarios.len()]));
        i += 1;
    });
    println!("what would change every answer (native): p50 {p50:.3} ms, p95 {p95:.3} ms");
    let (p50, p95) = time(500, || {
        for &offering in Offering::ALL {
            std::hint::black_box(compare(&Scenario {
                offering,
                ..scenarios[0]
            }));
        }
    });
    println!("every offering under both versions (native): p50 {p50:.3} ms, p95 {p95:.3} ms");
}
