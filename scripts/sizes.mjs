// What a first visit downloads: index.html and every file it loads
// (scripts, modules, wasm, stylesheet), raw, gzip and brotli, by kind and in
// total. `node scripts/sizes.mjs [dist]` prints the table; bench/ imports it.
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export function fileSizes(path) {
  const body = readFileSync(path);
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** { wasm, js, css, html, total } sizes of a built site's first load. */
export function firstLoad(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const loaded = new Set(['index.html']);
  for (const [, file] of html.matchAll(/(?:href|src)=["']?\.?\/?([^"'\s>?#:]+\.(?:js|wasm|css))(?=["'\s>?#])/g)) loaded.add(file);
  const kinds = { total: { raw: 0, gzip: 0, brotli: 0 } };
  for (const file of loaded) {
    const kind = { '.wasm': 'wasm', '.js': 'js', '.css': 'css', '.html': 'html' }[extname(file)];
    const s = fileSizes(join(dist, file));
    const row = (kinds[kind] ??= { raw: 0, gzip: 0, brotli: 0 });
    for (const k of Object.keys(s)) {
      row[k] += s[k];
      kinds.total[k] += s[k];
    }
  }
  return kinds;
}

export const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist';
  const sizes = firstLoad(dist);
  const line = (name, s) => console.log(`${name.padEnd(10)}${kb(s.raw).padStart(10)}${kb(s.gzip).padStart(10)}${kb(s.brotli).padStart(10)}`);
  console.log(`${'first load'.padEnd(10)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}`);
  for (const kind of ['wasm', 'js', 'css', 'html', 'total']) if (sizes[kind]) line(kind, sizes[kind]);
  if (existsSync(join(dist, 'embed.js'))) line('embed.js', fileSizes(join(dist, 'embed.js')));
}
