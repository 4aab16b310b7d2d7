// One browser and one static server per spec file, a fresh page per test.
import { after, before } from 'node:test';
import { launch } from './browser.mjs';
import { serve } from './server.mjs';
import { ExplainerPage } from './explainer-page.mjs';

/** The built site is served under a sub-path, as a news site would host it. */
export const BASE = '/explainers/partnership/';
/**
 * And at the address the test build was given as EXPLAINER_URL
 * (scripts/test.sh), so its oEmbed discovery link and oembed.json hold
 * absolute addresses that work, as they would when published.
 */
export const PORT = Number(process.env.EXPLAINER_PORT ?? 8125);

export function useExplainer({ viewport = { width: 1280, height: 900 }, colorScheme = 'light' } = {}) {
  const ctx = {};
  before(async () => {
    ctx.server = await serve({ root: process.env.DIST ?? 'dist', base: BASE, port: PORT, frameAncestors: "'self' https: http://127.0.0.1:*" });
    ctx.browser = await launch();
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });
  /** A fresh page in a fresh context. */
  return async function newExplainer(options = {}) {
    const context = await ctx.browser.newContext({ viewport, colorScheme, ...options });
    const page = await context.newPage();
    return new ExplainerPage(page, ctx.server.url);
  };
}

/** Reads a tab-separated spec table from tests/spec, skipping comments. */
export async function specTable(name) {
  const { readFile } = await import('node:fs/promises');
  const text = await readFile(new URL(`../../spec/${name}`, import.meta.url), 'utf8');
  return text
    .split('\n')
    .map((line, i) => ({ line: i + 1, cols: line.split('\t') }))
    .filter(({ cols }) => cols[0].trim() !== '' && !cols[0].startsWith('#'));
}
