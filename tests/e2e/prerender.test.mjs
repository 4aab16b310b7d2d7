// The page is prerendered at build time and hydrated in place: words before
// the wasm, a complete article without it, a clean printout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useExplainer } from './support/fixture.mjs';

const newExplainer = useExplainer();

test('the built page already holds the walkthrough and the default answers', async () => {
  const x = await newExplainer();
  const html = await (await x.page.request.get(x.baseUrl)).text();
  assert.ok((html.match(/data-step="/g) ?? []).length >= 11);
  assert.match(html, /data-update="2026-04-27"/, 'the update notice is built in');
  assert.equal((html.match(/data-correction="/g) ?? []).length, 5, 'the corrections list is built in');
  assert.match(html, /data-finding="azure-required" data-verdict="yes" data-cites="A4 A6 B5"/);
  assert.match(html, /data-estimate="microsoft-cut" data-usd="200000"/);
});

test('the fixed words are sent once: in the page, not again in the wasm', async () => {
  const x = await newExplainer();
  const html = await (await x.page.request.get(x.baseUrl)).text();
  const wasmFile = html.match(/[\w-]+_bg\.wasm/)?.[0];
  assert.ok(wasmFile, 'the page names its wasm');
  const wasm = (await (await x.page.request.get(x.baseUrl + wasmFile)).body()).toString('latin1');
  assert.ok(wasm.startsWith('\0asm'), 'the wasm itself, decoded');
  // A step's words, a glossary definition, the sources' preface.
  for (const words of ['and a strategic collaboration with Amazon', 'each request carries everything needed', 'The contracts between Microsoft and OpenAI are not public']) {
    assert.ok(html.includes(words), `the page has: ${words}`);
    assert.ok(!wasm.includes(words), `the wasm does not: ${words}`);
  }
  // Words the builder draws as the reader changes it do belong in the wasm.
  assert.ok(wasm.includes('Azure was still the only cloud'), 'clause summaries for answers');
});

test('hydration takes over the prerendered nodes instead of redrawing them', async () => {
  const x = await newExplainer();
  await x.page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      window.__first = {
        heading: document.querySelector('h1'),
        builder: document.querySelector('[data-builder]'),
        words: document.querySelector('[data-step="3"] .rich'),
        example: document.querySelector('[data-step="1"] .example'),
      };
    });
  });
  await x.open('host=azure&step=3');
  const same = await x.page.evaluate(
    () =>
      window.__first.heading === document.querySelector('h1') &&
      window.__first.builder === document.querySelector('[data-builder]') &&
      window.__first.words === document.querySelector('[data-step="3"] .rich') &&
      window.__first.example === document.querySelector('[data-step="1"] .example'),
  );
  assert.ok(same, 'the same DOM nodes, hydrated');
  // And the link still decides what shows, after hydration.
  assert.equal(await x.currentStep(), 3);
  assert.deepEqual(await x.finding('host-consistent'), { verdict: 'yes', cites: 'A4 A6 B5' });
  x.assertHealthy();
});

async function assertReadableArticle(page) {
  const STEPS = await page.locator('[data-step]').count();
  assert.ok(STEPS >= 11);
  assert.ok(await page.locator('[data-update="2026-04-27"]').isVisible(), 'the update notice shows');
  for (let n = 1; n <= STEPS; n++) {
    assert.ok(await page.locator(`[data-step="${n}"] h2`).isVisible(), `step ${n} is readable`);
  }
  assert.ok(await page.locator('[data-builder] [data-finding="azure-required"]').isVisible());
  assert.ok(!(await page.locator('[data-nav="next"]').isVisible()), 'buttons that cannot work are hidden');
  assert.ok(!(await page.locator('#b-offering').isVisible()));
}

test('with WebAssembly unavailable, the whole article stays readable, with a notice', async () => {
  const x = await newExplainer();
  await x.page.addInitScript(() => {
    delete globalThis.WebAssembly;
  });
  await x.page.goto(x.baseUrl);
  await x.page.waitForSelector('#wasm-notice:not([hidden])');
  await assertReadableArticle(x.page);
});

test('with JavaScript off, the whole article stays readable, with a notice', async () => {
  const x = await newExplainer({ javaScriptEnabled: false });
  await x.page.goto(x.baseUrl);
  assert.match(await x.page.locator('noscript').first().textContent(), /need JavaScript and WebAssembly/);
  await assertReadableArticle(x.page);
});

test('printing gives every step and the current answers with clauses, no buttons', async () => {
  const x = await newExplainer();
  await x.open('offering=stateful-runtime&step=4');
  await x.page.emulateMedia({ media: 'print' });
  const STEPS = await x.stepCount();
  for (let n = 1; n <= STEPS; n++) assert.ok(await x.step(n).isVisible(), `step ${n} prints`);
  assert.ok(await x.page.locator('[data-update="2026-04-27"]').isVisible(), 'the update notice prints');
  assert.ok(await x.step(STEPS).locator('table.before-after').isVisible(), 'the before/after table prints');
  assert.equal(await x.page.locator('[data-correction]:visible').count(), 5, 'the corrections print');
  assert.ok(await x.builder.locator('table.compare').isVisible(), 'both versions print side by side');
  assert.equal(await x.page.locator('button:visible').count(), 0, 'no buttons in print');
  const finding = x.builder.locator('[data-finding="azure-required"]');
  assert.equal(await finding.getAttribute('data-verdict'), 'not-addressed', 'the current scenario prints');
  assert.ok(await finding.locator('[data-clause="A4"]').isVisible(), 'clauses print without opening them');
  x.assertHealthy();
});

test('the page describes itself: title, language, description, icon, social preview', async () => {
  const x = await newExplainer();
  await x.open();
  const meta = await x.page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.title,
    description: document.querySelector('meta[name="description"]')?.content,
    icon: document.querySelector('link[rel="icon"]')?.getAttribute('href'),
    ogTitle: document.querySelector('meta[property="og:title"]')?.content,
    ogImage: document.querySelector('meta[property="og:image"]')?.content,
  }));
  assert.equal(meta.lang, 'en-GB');
  assert.match(meta.title, /Unchanged/);
  assert.ok(meta.description.length > 80);
  assert.equal((await x.page.request.get(new URL(meta.icon, x.page.url()).href)).status(), 200);
  assert.ok(meta.ogTitle);
  assert.equal((await x.page.request.get(new URL(meta.ogImage, x.page.url()).href)).headers()['content-type'], 'image/png');
  // The page ends with its sources and the date the terms were last checked.
  const sources = x.page.locator('footer.sources');
  assert.equal(await sources.locator('.source-list li time[datetime]').count(), 4, 'four provenances, each dated');
  assert.match(await sources.textContent(), /The next phase of the Microsoft–OpenAI partnership/);
  assert.ok((await sources.locator('.fact-list li').count()) >= 6, 'dated background facts, each with its source');
  assert.match(await sources.textContent(), /last checked against the sources on 26 November 2026/);
  x.assertHealthy();
});
