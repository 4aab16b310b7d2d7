// trunk post_build hook (see Trunk.toml). Rewrites the staged site so that
// it runs under a strict Content-Security-Policy with subresource integrity:
//
// - trunk's inline loader becomes boot-<hash>.js, loaded with `integrity`;
//   it starts the host messages (src/js/host.js) at once, fetches the wasm
//   with `integrity` too, and if the interactive parts cannot start it
//   shows a notice while the page's text stays readable;
// - the prerender binary (src/bin/prerender.rs, Yew's server renderer)
//   writes every page (the main one, and one per step and per example),
//   each with the whole article in <div id="app">, its oembed.json and card;
//   the wasm then mounts the interactive parts (islands) on it;
// - the stylesheet goes inline (allowed by its hash), so the first paint
//   waits for the HTML alone;
// - release builds get the CSP as a <meta> tag, and `_headers` (the format
//   Netlify and Cloudflare Pages read) lists the headers a host should send.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const stage = process.env.TRUNK_STAGING_DIR;
const release = process.env.TRUNK_PROFILE === 'release';
if (!stage) throw new Error('run by trunk as a post_build hook');

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const htmlPath = join(stage, 'index.html');
let html = readFileSync(htmlPath, 'utf8');

// trunk's inline loader (minified in release builds): find the module and
// the wasm it names.
const loader = [...html.matchAll(/<script type="?module"?>([\s\S]*?)<\/script>/g)].find((m) => m[1].includes('module_or_path'));
const jsFile = loader?.[1].match(/from\s*["']\.\/([^"']+\.js)["']/)?.[1];
const wasmFile = loader?.[1].match(/module_or_path\s*:\s*["']\.\/([^"']+\.wasm)["']/)?.[1];
if (!jsFile || !wasmFile) throw new Error("trunk's loader script was not found in index.html");
const inline = loader[0];
const wasmIntegrity = sri(readFileSync(join(stage, wasmFile)));

// The boot script (src/js/boot.js) ships without its comment lines and
// indentation, with the host script and the files it loads filled in.
const lean = (code) =>
  code
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('//'))
    .join('\n');
const source = (name) => readFileSync(new URL(`../src/js/${name}`, import.meta.url), 'utf8');
const fills = { HOST_SCRIPT: lean(source('host.js')), WASM_FILE: wasmFile, WASM_INTEGRITY: wasmIntegrity, JS_FILE: jsFile };
const boot = lean(source('boot.js')).replace(/\b(HOST_SCRIPT|WASM_FILE|WASM_INTEGRITY|JS_FILE)\b/g, (name) => fills[name]);
for (const name of Object.keys(fills)) if (!source('boot.js').includes(name)) throw new Error(`src/js/boot.js lacks ${name}`);
const bootFile = `boot-${createHash('sha256').update(boot).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(stage, bootFile), boot);
html = html.replace(inline, `<script type="module" src="./${bootFile}" integrity="${sri(boot)}" crossorigin="anonymous"></script>`);

// The pages and their oembed.json: written by the prerender binary, from
// the same components and constants the browser uses. Its debug build is
// quick and renders the same.
writeFileSync(htmlPath, html);
execFileSync('cargo', ['run', '--quiet', '--offline', '--features', 'ssr', '--bin', 'prerender', '--', stage], {
  cwd: process.env.TRUNK_SOURCE_DIR,
  stdio: ['ignore', 'inherit', 'inherit'],
});
// Every page the prerender wrote: the main page, and one per step and per
// example (steps/NAME/index.html, examples/NAME/index.html).
const pages = ['index.html'];
for (const folder of ['steps', 'examples']) {
  if (!existsSync(join(stage, folder))) throw new Error(`the prerender wrote no ${folder}/ pages`);
  for (const name of readdirSync(join(stage, folder))) pages.push(join(folder, name, 'index.html'));
}

// The stylesheet goes inline: the first paint then needs the HTML alone, one
// round trip instead of two, which is what a slow phone notices. The policy
// allows exactly this style element, by its hash.
const sheetLink = /<link\b[^>]*\bhref="?(?:\.\/|(?:\.\.\/)+)?(style-[\w-]+\.css)"?[^>]*>/;
const sheetFile = readFileSync(htmlPath, 'utf8').match(sheetLink)?.[1];
if (!sheetFile) throw new Error("trunk's stylesheet link was not found in index.html");
const css = readFileSync(join(stage, sheetFile), 'utf8');
if (css.includes('</')) throw new Error('the stylesheet cannot be inlined: it contains "</"');
unlinkSync(join(stage, sheetFile));

// Every inline script and stylesheet is allowed by its own hash: the
// stylesheet, the first-paint rules and the head script (the prerender's),
// the same on every page, so one policy (and one `_headers`) holds for all.
const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const inlineHashes = (page, tag) =>
  [...page.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => sha256(m[1])).join(' ');
let styleHashes;
let scriptHashes;
const built = pages.map((file) => {
  let page = readFileSync(join(stage, file), 'utf8');
  if (!page.includes('data-builder')) throw new Error(`${file} lacks the builder`);
  const link = page.match(sheetLink);
  if (!link) throw new Error(`${file} lacks the stylesheet link`);
  page = page.replace(link[0], () => `<style>${css}</style>`);
  const styles = inlineHashes(page, 'style');
  const scripts = inlineHashes(page, 'script');
  if (!scripts) throw new Error(`${file} lacks its head script`);
  styleHashes ??= styles;
  scriptHashes ??= scripts;
  if (styles !== styleHashes || scripts !== scriptHashes) {
    throw new Error(`${file}: its inline style or script differs from index.html's, which the one policy would refuse`);
  }
  return [file, page];
});

// 'wasm-unsafe-eval' lets WebAssembly compile; nothing else runs but files
// from this origin and the inline head script, by its hash. Styles come
// from this origin (the demo article's stylesheet) and from the inline
// stylesheets, by their hashes.
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes}`,
  `style-src 'self' ${styleHashes}`,
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];
for (let [file, page] of built) {
  if (release) {
    // (`trunk serve` injects its own live-reload script, so dev builds skip this.)
    page = page.replace(/<meta charset="?utf-8"?>/i, (tag) => `${tag}<meta http-equiv="Content-Security-Policy" content="${policy.join('; ')}">`);
  }
  writeFileSync(join(stage, file), page);
}

// oEmbed discovery and link cards need absolute addresses (WordPress uses
// the discovery link as written): the prerender writes them from
// EXPLAINER_URL.
if (!process.env.EXPLAINER_URL) {
  console.warn(
    '\n  !! EXPLAINER_URL is not set: oembed.json, link cards and the oEmbed discovery links hold\n' +
      '  !! relative addresses, which WordPress and other oEmbed hosts cannot use. To publish, build with\n' +
      '  !!   EXPLAINER_URL=https://news.example/explainers/partnership/ ./scripts/build.sh\n',
  );
}

// frame-ancestors only works as a header. Narrow it to the sites that embed
// the explainer; 'self' https: allows any HTTPS page to embed it.
// Access-Control-Allow-Origin: a frame sandboxed without allow-same-origin
// (WordPress embeds every untrusted provider so) has an opaque origin, so
// its boot script, modules and wasm are cross-origin requests: the files
// must be readable from any origin. They are public static files.
writeFileSync(
  join(stage, '_headers'),
  `/*
  Content-Security-Policy: ${[...policy, "frame-ancestors 'self' https:"].join('; ')}
  Access-Control-Allow-Origin: *
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
`,
);
