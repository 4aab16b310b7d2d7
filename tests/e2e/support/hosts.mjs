// The real host code the embed tests use, where it is installed (never
// copied into this repository): WordPress from Debian's package, unpacked by
// scripts/setup.sh, and pym.js from npm.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { servePage } from './server.mjs';

const root = new URL('../../../', import.meta.url).pathname;
export const WORDPRESS = `${root}target/hosts/wordpress/usr/share/wordpress`;
export const WP_EMBED_JS = `${WORDPRESS}/wp-includes/js/wp-embed.js`;
export const PYM_JS = createRequire(import.meta.url).resolve('pym.js/dist/pym.v1.js');

/**
 * What WordPress 6 writes into a post for `url` pasted alone on a line:
 * its own oEmbed discovery, fetch and sanitiser, run in PHP
 * (tests/hosts/wordpress-embed.php).
 */
export async function wordpressEmbed(url) {
  if (!existsSync(WP_EMBED_JS)) throw new Error(`WordPress is not unpacked at ${WORDPRESS}: run ./scripts/setup.sh --browser`);
  const page = await (await fetch(url)).text();
  if (!new RegExp(`json\\+oembed[^>]*href="${url}oembed\\.json"|href="${url}oembed\\.json"[^>]*json\\+oembed`).test(page)) {
    throw new Error(`the site under test was not built for ${url}: build it with EXPLAINER_URL=${url} (scripts/test.sh does)`);
  }
  const { stdout } = await promisify(execFile)('php', [`${root}tests/hosts/wordpress-embed.php`, WORDPRESS, url], { encoding: 'utf8' });
  return stdout;
}

/**
 * A WordPress post, served on another origin, with `url` pasted into it
 * as WordPress writes it, and WordPress's own wp-embed.js: { embed, host }.
 */
export async function wordpressPost(url) {
  const embed = await wordpressEmbed(url);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><article style="max-width: 720px; margin: 0 auto"><h1>A post</h1><p>Before the embed.</p>
<figure class="wp-block-embed is-type-rich"><div class="wp-block-embed__wrapper">${embed}</div></figure>
<p>After the embed.</p></article>
<script src="/wp-includes/js/wp-embed.js"></script></body></html>`;
  return { embed, host: await servePage(html, { '/wp-includes/js/wp-embed.js': WP_EMBED_JS }) };
}
