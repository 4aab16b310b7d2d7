// The project's own prose in the wasm: printable runs of three or more words
// that the bare Yew counter's wasm does not also hold (what std, Yew and
// wasm-bindgen carry does not count). `node scripts/prose.mjs [--list]`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const wasmIn = (dir) => join(dir, readdirSync(dir).find((f) => f.endsWith('_bg.wasm')));

/** Printable ASCII runs of 3+ words, each once. */
export function proseRuns(path) {
  const text = readFileSync(path).toString('latin1');
  const runs = new Set();
  for (const [run] of text.matchAll(/[\x20-\x7e]{12,}/g)) {
    for (const [words] of run.matchAll(/[A-Za-z][A-Za-z'’,.;:()-]*(?: [A-Za-z0-9'’,.;:()-]+){2,}/g)) runs.add(words);
  }
  return runs;
}

/** The runs the explainer's wasm holds and the counter's does not. */
export function ownProse(dist = 'dist', counter = 'bench/counter/dist') {
  const base = proseRuns(wasmIn(counter));
  return [...proseRuns(wasmIn(dist))].filter((r) => !base.has(r));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const own = ownProse();
  const bytes = own.reduce((n, r) => n + r.length, 0);
  if (process.argv.includes('--list')) for (const r of own.sort((a, b) => b.length - a.length)) console.log(r);
  console.log(`the wasm's own prose: ${(bytes / 1000).toFixed(1)} KB in ${own.length} runs`);
}
