// A tiny static file server for the built site, on loopback only. It can
// serve the site under a sub-path (as a news site would), and sends the
// security headers the README recommends, so tests see what readers get.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** Compresses text and wasm as a real host would (brotli, else gzip). */
const cache = new Map();
function compressed(raw, type, accepted) {
  if (!/text|javascript|json|wasm|svg/.test(type)) return { body: raw };
  const encoding = accepted.includes('br') ? 'br' : accepted.includes('gzip') ? 'gzip' : null;
  if (!encoding) return { body: raw };
  // By content: two builds served side by side (the benchmark) can share
  // a file's length and ends, never its hash.
  const key = `${encoding}:${createHash('sha256').update(raw).digest('hex')}`;
  if (!cache.has(key)) {
    const body =
      encoding === 'br' ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }) : gzipSync(raw, { level: 9 });
    cache.set(key, body);
  }
  return { body: cache.get(key), encoding };
}

/**
 * The headers the build asks hosts to send (`dist/_headers`, the Netlify /
 * Cloudflare Pages format: indented `Name: value` lines under a path).
 */
async function siteHeaders(top) {
  const text = await readFile(join(top, '_headers'), 'utf8').catch(() => '');
  const headers = {};
  for (const line of text.split('\n')) {
    const m = line.match(/^\s+([A-Za-z-]+):\s*(.+)$/);
    if (m) headers[m[1].toLowerCase()] = m[2];
  }
  return headers;
}

/**
 * Serves `root` at `base` (e.g. "/explainers/partnership/"). Resolves to { url, close }.
 * `frameAncestors` replaces that CSP directive: tests embed from http pages
 * on loopback, which the shipped policy (`'self' https:`) rightly refuses.
 */
export async function serve({ root = 'dist', base = '/', port = 0, frameAncestors } = {}) {
  const top = resolve(root);
  const headers = await siteHeaders(top);
  if (frameAncestors && headers['content-security-policy']) {
    headers['content-security-policy'] = headers['content-security-policy'].replace(/frame-ancestors [^;]+/, `frame-ancestors ${frameAncestors}`);
  }
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = normalize(join(top, path.slice(base.length)));
    if (!file.startsWith(top)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const { body, encoding } = compressed(await readFile(file), type, req.headers['accept-encoding'] ?? '');
      res.writeHead(200, {
        'content-type': type,
        'cache-control': 'no-store',
        ...(encoding ? { 'content-encoding': encoding, vary: 'accept-encoding' } : {}),
        ...headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}${base}`;
  return { url, close: () => new Promise((ok) => { server.close(ok); server.closeAllConnections(); }) };
}

/**
 * Serves one HTML page at its own origin (another port): a host's article;
 * `files` maps other paths on it to files on disk (a host's own scripts,
 * loaded from where they are installed).
 */
export async function servePage(html, files = {}) {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (files[path]) {
      const type = TYPES[extname(files[path])] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': type }).end(await readFile(files[path]));
    } else {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((ok) => { server.close(ok); server.closeAllConnections(); }),
  };
}

// `node tests/e2e/support/server.mjs [root] [port]` serves a folder by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await serve({ root: process.argv[2] ?? 'dist', port: Number(process.argv[3] ?? 8081) });
  console.log(`serving on ${url}`);
}
