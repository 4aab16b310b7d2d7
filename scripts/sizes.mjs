// Prints the release sizes of the built site: raw, gzip and brotli, per
// kind of file and in total (what a first visit downloads).
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const kinds = { '.wasm': 'wasm', '.js': 'js', '.css': 'css', '.html': 'html' };
const rows = {};
for (const name of readdirSync(dist)) {
  const kind = kinds[extname(name)];
  if (!kind) continue;
  const body = readFileSync(join(dist, name));
  const row = (rows[kind] ??= { raw: 0, gzip: 0, brotli: 0 });
  row.raw += body.length;
  row.gzip += gzipSync(body, { level: 9 }).length;
  row.brotli += brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}
const total = { raw: 0, gzip: 0, brotli: 0 };
const kb = (n) => `${(n / 1000).toFixed(1)} KB`.padStart(10);
console.log(`${'file'.padEnd(8)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}`);
for (const kind of ['wasm', 'js', 'css', 'html']) {
  const r = rows[kind];
  if (!r) continue;
  for (const k of Object.keys(total)) total[k] += r[k];
  console.log(`${kind.padEnd(8)}${kb(r.raw)}${kb(r.gzip)}${kb(r.brotli)}`);
}
console.log(`${'total'.padEnd(8)}${kb(total.raw)}${kb(total.gzip)}${kb(total.brotli)}`);
