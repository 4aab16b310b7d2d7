// Prints what a first visit downloads: index.html and every file it loads
// (scripts, modules, wasm, stylesheet), raw, gzip and brotli, by kind and in
// total. Images and the embed loader are listed apart.
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const loaded = new Set(['index.html']);
for (const [, file] of html.matchAll(/(?:href|src)="\.?\/?([^"?#:]+\.(?:js|wasm|css))"/g)) loaded.add(file);

const sizes = (file) => {
  const body = readFileSync(join(dist, file));
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const kb = (n) => `${(n / 1000).toFixed(1)} KB`.padStart(10);
const line = (name, s) => console.log(`${name.padEnd(10)}${kb(s.raw)}${kb(s.gzip)}${kb(s.brotli)}`);

const kinds = {};
for (const file of loaded) {
  const kind = { '.wasm': 'wasm', '.js': 'js', '.css': 'css', '.html': 'html' }[extname(file)];
  const s = sizes(file);
  const row = (kinds[kind] ??= { raw: 0, gzip: 0, brotli: 0 });
  for (const k of Object.keys(s)) row[k] += s[k];
}
console.log(`${'first load'.padEnd(10)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}`);
const total = { raw: 0, gzip: 0, brotli: 0 };
for (const kind of ['wasm', 'js', 'css', 'html']) {
  if (!kinds[kind]) continue;
  line(kind, kinds[kind]);
  for (const k of Object.keys(total)) total[k] += kinds[kind][k];
}
line('total', total);
if (existsSync(join(dist, 'embed.js'))) line('embed.js', sizes('embed.js'));
