// A page for every step (steps/NAME/) and every example (examples/NAME/),
// where articles actually go: each its own title, card and oEmbed answer;
// pasted into WordPress it gives that step or that example; Ghost's
// metadata reader (metascraper, with the plugins Ghost uses) and Firefox's
// Reader View (Readability) read each page's own; and where no frame can
// go, the card and a link remain.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import metascraper from 'metascraper';
import metascraperUrl from 'metascraper-url';
import metascraperTitle from 'metascraper-title';
import metascraperDescription from 'metascraper-description';
import metascraperAuthor from 'metascraper-author';
import metascraperPublisher from 'metascraper-publisher';
import metascraperImage from 'metascraper-image';
import metascraperLogoFavicon from 'metascraper-logo-favicon';
import metascraperLogo from 'metascraper-logo';
import { useExplainer } from './support/fixture.mjs';
import { ArticlePage } from './support/article-page.mjs';
import { servePage } from './support/server.mjs';
import { watchProblems } from './support/browser.mjs';
import { wordpressPost } from './support/hosts.mjs';

const newExplainer = useExplainer();
const DIST = process.env.DIST ?? 'dist';
const folders = (kind) => readdirSync(`${DIST}/${kind}`).sort();
const STEPS = folders('steps');
const EXAMPLES = folders('examples');

/** A page's HTML as served, parsed. */
async function fetchPage(url) {
  const response = await fetch(url);
  assert.equal(response.status, 200, url);
  return new JSDOM(await response.text(), { url }).window.document;
}

const meta = (doc, selector) => doc.querySelector(selector)?.getAttribute('content') ?? doc.querySelector(selector)?.getAttribute('href');

/** Width, height and size of a PNG at `url`. */
async function png(url) {
  const response = await fetch(url);
  assert.equal(response.status, 200, url);
  assert.equal(response.headers.get('content-type'), 'image/png', url);
  const bytes = Buffer.from(await response.arrayBuffer());
  assert.equal(bytes.subarray(1, 4).toString(), 'PNG', url);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), size: bytes.length };
}

test('every step and every example has a page of its own: title, description, canonical address, card and oEmbed answer', async () => {
  const x = await newExplainer();
  const main = await fetchPage(x.baseUrl);
  const policy = meta(main, 'meta[http-equiv="Content-Security-Policy"]');
  assert.ok(policy.includes("script-src 'self' 'wasm-unsafe-eval' 'sha256-"), policy);
  const pages = [['', main], ...(await Promise.all([...STEPS.map((n) => `steps/${n}/`), ...EXAMPLES.map((n) => `examples/${n}/`)].map(async (path) => [path, await fetchPage(x.baseUrl + path)])))];
  assert.equal(pages.length, 1 + STEPS.length + EXAMPLES.length);
  assert.ok(STEPS.length >= 11 && EXAMPLES.length >= 10, 'every step and every example');
  const titles = new Set();
  const descriptions = new Set();
  for (const [path, doc] of pages) {
    const here = x.baseUrl + path;
    titles.add(doc.title);
    descriptions.add(meta(doc, 'meta[name="description"]'));
    if (path) {
      assert.equal(meta(doc, 'meta[property="og:title"]'), doc.title, `${path}: its own og:title`);
      assert.notEqual(doc.title, main.title, `${path}: not the main page's title`);
    }
    assert.equal(meta(doc, 'link[rel="canonical"]'), here, `${path}: canonical`);
    assert.equal(meta(doc, 'meta[property="og:url"]'), here, `${path}: og:url`);
    const card = meta(doc, 'meta[property="og:image"]');
    assert.equal(card, here + (path ? 'card.png' : 'og-image.png'), `${path}: its own card`);
    assert.equal(meta(doc, 'meta[name="twitter:card"]'), 'summary_large_image');
    assert.ok(meta(doc, 'meta[property="og:image:alt"]').length > 20, `${path}: the card's alt text`);
    const image = await png(card);
    assert.deepEqual([image.width, image.height], [1200, 630], `${path}: 1200×630`);
    assert.ok(image.size < 80 * 1024, `${path}: card under 80 KB (${image.size} bytes)`);
    // One policy for every page: the same inline script and style, by hash.
    assert.equal(meta(doc, 'meta[http-equiv="Content-Security-Policy"]'), policy, `${path}: the main page's policy`);
    const discovery = meta(doc, 'link[type="application/json+oembed"]');
    assert.equal(discovery, `${here}oembed.json`, `${path}: its own oEmbed discovery link`);
    const oembed = await (await fetch(discovery)).json();
    assert.equal(oembed.title, path ? doc.title : meta(main, 'meta[property="og:title"]'));
    assert.equal(oembed.thumbnail_url, card);
    const src = oembed.html.match(/<iframe [^>]*src="([^"]+)"/)[1].replace(/&amp;/g, '&');
    const frame = new URL(src).searchParams;
    if (path.startsWith('steps/')) {
      assert.equal(frame.get('embed'), 'step', path);
      assert.equal(frame.get('step'), path.split('/')[1], path);
      assert.equal(doc.documentElement.dataset.pageQuery, `step=${path.split('/')[1]}`);
    } else if (path.startsWith('examples/')) {
      assert.equal(frame.get('embed'), 'builder', path);
      const own = new URLSearchParams(doc.documentElement.dataset.pageQuery);
      for (const [name, value] of own) assert.equal(frame.get(name), value, `${path}: the frame holds the example's ${name}`);
      assert.equal(frame.get('v'), '1');
      assert.ok(frame.get('terms'), 'with its version');
    } else {
      assert.equal(frame.get('embed'), '1');
    }
  }
  assert.equal(titles.size, pages.length, 'every page its own title');
  assert.equal(descriptions.size, pages.length, 'every page its own description');
});

test('a step page opens at its step under the strict policy; a move writes the step into the address', async () => {
  const x = await newExplainer();
  await x.page.goto(`${x.baseUrl}steps/ip-licence/`);
  await x.page.waitForSelector('html.started');
  assert.deepEqual(await x.page.locator('.step:visible').evaluateAll((e) => e.map((s) => s.dataset.stepName)), ['ip-licence']);
  await x.page.getByRole('button', { name: /Next/ }).first().click();
  await x.page.waitForURL(/\?step=revenue-share$/);
  assert.equal(new URL(x.page.url()).pathname, '/explainers/partnership/steps/ip-licence/', 'the path stays');
  await x.page.getByRole('button', { name: /Previous/ }).first().click();
  // The step is written whatever the path (contract.md).
  await x.page.waitForURL(/\?step=ip-licence$/);
  await x.page.reload();
  await x.page.waitForSelector('html.started');
  assert.deepEqual(await x.page.locator('.step:visible').evaluateAll((e) => e.map((s) => s.dataset.stepName)), ['ip-licence']);
  // The embed dialog writes the step page's address, and the whole
  // explainer's code from the site's root.
  await x.page.getByRole('button', { name: 'Embed this explainer' }).click();
  const dialog = x.page.getByRole('dialog', { name: 'Embed this explainer' });
  await dialog.getByLabel('One step of the walkthrough').check();
  assert.equal(await dialog.locator('#embed-link').inputValue(), `${x.baseUrl}steps/ip-licence/`);
  const code = await dialog.locator('textarea').inputValue();
  assert.match(code, new RegExp(`src="${x.baseUrl.replace(/[.?]/g, '\\$&')}\\?v=1&amp;[^"]*embed=step&amp;step=ip-licence"`));
  assert.match(code, new RegExp(`<script src="${x.baseUrl.replace(/[.?]/g, '\\$&')}embed\\.js" async>`));
  x.assertHealthy();
});

test('an example page has its example answered in the built page, and the same once live; its links and its answers image', async () => {
  const x = await newExplainer({ javaScriptEnabled: false });
  const name = 'api-on-aws-direct';
  await x.page.goto(`${x.baseUrl}examples/${name}/`);
  const built = await x.allFindings();
  const query = await x.page.locator('html').getAttribute('data-page-query');
  assert.match(query, /^v=1&/);
  const live = await newExplainer({ permissions: ['clipboard-read', 'clipboard-write'] });
  await live.open(query);
  assert.deepEqual(built, await live.allFindings(), 'the built answers are the example\'s');
  await live.page.goto(`${live.baseUrl}examples/${name}/`);
  await live.page.waitForSelector('[data-builder][aria-busy="false"] [data-finding]');
  assert.deepEqual(await live.allFindings(), built, 'and so are the live ones');
  assert.equal(await live.page.locator('[data-preset-shown]').getAttribute('data-preset-shown'), name);
  assert.equal(live.page.url(), `${live.baseUrl}examples/${name}/`, 'the address stays the page\'s own');
  // A version chosen in the link still wins over the page's.
  await live.page.goto(`${live.baseUrl}examples/${name}/?terms=2026-02-27`);
  await live.page.waitForSelector('[data-builder][data-terms="2026-02-27"][aria-busy="false"]');
  // Copy link writes the example's page, with its version.
  await live.page.getByRole('button', { name: 'Copy link to this scenario' }).click();
  await live.page.waitForFunction(() => document.querySelector('.share-status')?.textContent);
  assert.equal(await live.page.evaluate(() => navigator.clipboard.readText()), `${live.baseUrl}examples/${name}/?terms=2026-02-27`);
  // Its answers as an image, for print and newsletters.
  const link = live.page.locator('.example-answers a[download]');
  assert.match(await link.textContent(), /^Download the answers to “.+” under each version/);
  const image = await png(new URL(await link.getAttribute('href'), live.page.url()).href);
  assert.equal(image.width, 1200);
  assert.ok(image.size < 200 * 1024, `${image.size} bytes`);
  assert.match(await live.page.locator('.example-answers img').getAttribute('alt'), /Under the terms as amended on 27 April 2026: /);
  live.assertHealthy();
});

/** Waits until WordPress has sized its frame to the content (up to its 1,000 px). */
async function sizedByWordPress(page) {
  await page.waitForFunction(() => !document.querySelector('iframe.wp-embedded-content').hasAttribute('style'));
  const iframe = page.locator('iframe.wp-embedded-content');
  const frame = page.frameLocator('iframe.wp-embedded-content');
  let size;
  for (let i = 0; i < 60; i++) {
    const content = await frame.locator('html').evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
    size = { content, height: Number(await iframe.getAttribute('height')) };
    if (size.height === Math.min(1000, Math.max(200, content))) return size;
    await page.waitForTimeout(50);
  }
  assert.fail(`WordPress's height fits the content: ${JSON.stringify(size)}`);
}

for (const width of [375, 1024]) {
  test(`a step page and an example page pasted into WordPress give that step and that example, live and sized (${width}px)`, async () => {
    const x = await newExplainer({ viewport: { width, height: 900 } });
    const problems = [];
    watchProblems(x.page, problems);
    const { host: step } = await wordpressPost(`${x.baseUrl}steps/agi/`);
    try {
      await x.page.goto(step.url);
      await sizedByWordPress(x.page);
      const frame = x.page.frameLocator('iframe.wp-embedded-content');
      await frame.locator('html.started').waitFor({ state: 'attached' });
      assert.deepEqual(await frame.locator('.step:visible').evaluateAll((e) => e.map((s) => s.dataset.stepName)), ['agi']);
      assert.ok(!(await frame.locator('[data-builder]').isVisible()), 'the step alone');
      assert.ok(!(await x.page.locator('blockquote.wp-embedded-content').isVisible()), 'the fallback gives way');
    } finally {
      await step.close();
    }
    const name = 'frontier-on-another-cloud';
    const { host: example } = await wordpressPost(`${x.baseUrl}examples/${name}/`);
    try {
      await x.page.goto(example.url);
      await sizedByWordPress(x.page);
      const frame = x.page.frameLocator('iframe.wp-embedded-content');
      await frame.locator('[data-builder][aria-busy="false"] [data-finding]').first().waitFor();
      assert.equal(await frame.locator('[data-preset-shown]').getAttribute('data-preset-shown'), name, "that example's builder");
      assert.ok(!(await frame.locator('.walkthrough').isVisible()), 'the builder alone');
    } finally {
      await example.close();
    }
    assert.deepEqual(problems, [], 'no console errors, in the post or the frame');
  });
}

test("Ghost's metadata reader (metascraper, with Ghost's plugins) finds each page's own card", async () => {
  const x = await newExplainer();
  const scrape = metascraper([
    metascraperUrl(),
    metascraperTitle(),
    metascraperDescription(),
    metascraperAuthor(),
    metascraperPublisher(),
    metascraperImage(),
    // Without its fallback to Google's favicon service: the tests stay
    // offline (the page's own icons are found first either way).
    metascraperLogoFavicon({ google: false }),
    metascraperLogo(),
  ]);
  for (const path of ['', 'steps/ip-licence/', `examples/${EXAMPLES[0]}/`]) {
    const url = x.baseUrl + path;
    const html = await (await fetch(url)).text();
    const card = await scrape({ html, url });
    const doc = new JSDOM(html).window.document;
    assert.equal(card.url, url);
    // (metascraper makes straight apostrophes typographic.)
    const same = (text) => text.replace(/’/g, "'");
    assert.equal(same(card.title), same(meta(doc, 'meta[property="og:title"]')), path);
    assert.equal(same(card.description), same(meta(doc, 'meta[property="og:description"]')), path);
    assert.equal(card.image, url + (path ? 'card.png' : 'og-image.png'), path);
    assert.equal(card.logo, `${x.baseUrl}icon.png`, `${path}: the icon`);
    assert.equal(card.publisher, 'Partnership explainer', path);
    assert.equal(card.author, 'Partnership explainer', path);
  }
});

test("Reader View (Readability, as Firefox uses it) gives each page's title, byline, date and words, not its controls", async () => {
  const x = await newExplainer();
  for (const [path, words] of [
    ['steps/ip-licence/', 'exclusive licence'],
    [`examples/${EXAMPLES[0]}/`, 'Microsoft and OpenAI'],
  ]) {
    const url = x.baseUrl + path;
    const html = await (await fetch(url)).text();
    const doc = new JSDOM(html, { url }).window.document;
    const article = new Readability(doc.cloneNode(true)).parse();
    assert.equal(article.title, doc.title, path);
    assert.equal(article.byline, 'Partnership explainer', path);
    assert.match(article.publishedTime, /^\d{4}-\d{2}-\d{2}$/, path);
    assert.ok(article.textContent.includes(words), `${path}: the article's words`);
    for (const control of ['Copy code', 'Embed code', 'Copy link to this scenario', 'could not start here', 'Start from an example']) {
      assert.ok(!article.textContent.includes(control), `${path}: no control or notice (${control})`);
    }
    if (path.startsWith('examples/')) {
      assert.match(article.content, /<img [^>]*alt="The answers for the example/, 'the example\'s answers, as an image with its words');
    }
  }
});

test('where the frame is stripped, the card and a link to the page remain; with the frame, they give way once it reports its height', async () => {
  const x = await newExplainer();
  await x.open();
  await x.page.getByRole('button', { name: 'Embed this explainer' }).click();
  const dialog = x.page.getByRole('dialog', { name: 'Embed this explainer' });
  await dialog.getByLabel('One step of the walkthrough').check();
  await dialog.locator('#embed-step').selectOption('revenue-share');
  const code = await dialog.locator('textarea').inputValue();
  // A feed, a newsletter or a reader mode: no frame, no script.
  const stripped = code.replace(/<iframe[^>]*><\/iframe>/, '').replace(/<script[^>]*><\/script>/, '');
  const feed = await servePage(`<!doctype html><html lang="en"><head><title>Feed item</title></head><body>${stripped}</body></html>`);
  const reader = await (await x.page.context().browser().newContext()).newPage();
  try {
    await reader.goto(feed.url);
    const img = reader.locator('blockquote img');
    await img.waitFor();
    assert.ok(await img.isVisible());
    assert.ok(await img.evaluate((i) => i.complete && i.naturalWidth === 1200), 'the card loads');
    assert.ok((await img.getAttribute('alt')).length > 3, 'with its alt text');
    assert.equal(await reader.locator('blockquote a').getAttribute('href'), `${x.baseUrl}steps/revenue-share/`);
  } finally {
    await feed.close();
  }
  // The whole snippet: the card gives way to the frame once it is sized.
  const host = await servePage(`<!doctype html><html lang="en"><head><title>Article</title></head><body>${code.replace('<iframe ', '<iframe id="pasted" ')}</body></html>`);
  try {
    await reader.goto(host.url);
    const article = new ArticlePage(reader);
    await article.sized('pasted');
    await reader.locator('blockquote.partnership-explainer-fallback').waitFor({ state: 'hidden' });
    article.assertHealthy();
  } finally {
    await host.close();
  }
  x.assertHealthy();
});

test("an entry for oembed.com's registry, filled from EXPLAINER_URL, whose schemes match every page", async () => {
  const x = await newExplainer();
  const [entry] = JSON.parse(readFileSync(`${DIST}/oembed-provider.json`, 'utf8'));
  assert.equal(entry.provider_url, x.baseUrl);
  const matching = (url) =>
    entry.endpoints.filter((e) => e.schemes.some((s) => new RegExp(`^${s.replace(/[.?+]/g, '\\$&').replace(/\*/g, '.*')}$`).test(url)));
  for (const path of ['', ...STEPS.map((n) => `steps/${n}/`), ...EXAMPLES.map((n) => `examples/${n}/`)]) {
    for (const url of [x.baseUrl + path, `${x.baseUrl + path}?utm_source=feed`]) {
      const endpoints = matching(url);
      assert.equal(endpoints.length, 1, `${url}: one endpoint`);
      assert.equal(endpoints[0].url, `${x.baseUrl + path}oembed.json`, `${url}: its page's own answer`);
      assert.equal(endpoints[0].discovery, true);
      assert.equal((await fetch(endpoints[0].url)).status, 200);
    }
  }
  assert.equal(matching('https://elsewhere.example/steps/agi/').length, 0);
});
