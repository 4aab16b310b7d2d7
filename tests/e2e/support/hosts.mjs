// The real host code the embed tests use, where it is installed (never
// copied into this repository): WordPress from Debian's package, unpacked by
// scripts/setup.sh, and pym.js from npm.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

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
