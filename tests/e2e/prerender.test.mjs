// The page is built HTML with islands: words before the wasm, a complete
// article without it, islands that take over without a flash, a printout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useExplainer } from './support/fixture.mjs';

const newExplainer = useExplainer();

test('the built page already holds the walkthrough and the default answers', async () => {
  const x = await newExplainer();
  const html = await (await x.page.request.get(x.baseUrl)).text();
  assert.ok((html.match(/data-step="/g) ?? []).length >= 11);
  assert.match(html, /data-update="2026-04-27"/, 'the update notice is built in');
  assert.equal((html.match(/data-correction="/g) ?? []).length, 8, 'the corrections list is built in');
  assert.match(html, /<html data-rules-version="4"/, 'the rules version is in the page metadata');
  // A bare address answers under the latest terms, the statement's beside.
  assert.match(html, /data-terms="2026-04-27"/);
  assert.match(html, /data-finding="azure-required" data-verdict="no" data-cites="U1 U2" data-rule="any-cloud" data-other-verdict="yes" data-other-cites="A4 A6 B5"/);
  assert.match(html, /data-estimate="microsoft-cut" data-usd="200000"/);
});

test('the words are sent once: in the page, not again in the wasm', async () => {
  const x = await newExplainer();
  const html = await (await x.page.request.get(x.baseUrl)).text();
  const wasmFile = html.match(/[\w-]+_bg\.wasm/)?.[0];
  assert.ok(wasmFile, 'the page names its wasm');
  const wasm = (await (await x.page.request.get(x.baseUrl + wasmFile)).body()).toString('latin1');
  assert.ok(wasm.startsWith('\0asm'), 'the wasm itself, decoded');
  // A step's words, a glossary definition, the sources' preface, the
  // update notice, a correction, a cell of the before/after table, a
  // clause's summary and its dated note (islands clone the built cards).
  for (const words of ['and a strategic collaboration with Amazon', 'each request carries everything needed', 'The contracts between Microsoft and OpenAI are not public',
    'amended the terms that their joint statement', 'A10 covers collaborations with other cloud providers only', 'Same percentage through 2030',
    'Azure was still the only cloud', 'this explainer assumes it still stands']) {
    assert.ok(html.includes(words), `the page has: ${words}`);
    assert.ok(!wasm.includes(words), `the wasm does not: ${words}`);
  }
  // The words the builder draws as the reader changes it (an answer's
  // reasons, its own headings) come from the catalogue the build wrote into
  // the page, not from the wasm; the wasm names them.
  for (const [words, name] of [
    ['the October 2025 agreement would also have kept it on Azure', 'statement-azure-required-stateless-api-third-party'],
    ['What would change this answer', 'flips-title'],
  ]) {
    assert.ok(html.includes(words), `the page has: ${words}`);
    assert.ok(!wasm.includes(words), `the wasm does not: ${words}`);
    assert.ok(wasm.includes(name), `the wasm names it: ${name}`);
  }
});

test('islands take over in place: the words are never redrawn, the islands\' DOM is the same, nothing shifts', async () => {
  const x = await newExplainer();
  // Before any script runs: the built page as the reader first sees it.
  await x.page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    // The builder's chart by year, in a closed disclosure, is the island's
    // alone (the built page has the comparison step's): nothing on screen.
    const shape = (el) => [...el.querySelectorAll('*')].filter((e) => !e.closest('.year-by-year > :not(summary)')).map((e) => e.tagName + (e.id ? `#${e.id}` : '')).join(' ');
    window.__words = (el) => {
      const copy = el.cloneNode(true);
      copy.querySelectorAll('.year-by-year > :not(summary)').forEach((n) => n.remove());
      return copy.textContent;
    };
    document.addEventListener('DOMContentLoaded', () => {
      window.__built = {
        heading: document.querySelector('h1'),
        words: document.querySelector('[data-step="3"] .rich'),
        builderRoot: document.querySelector('#builder-root'),
        builder: document.querySelector('[data-builder]'),
        builderShape: shape(document.querySelector('[data-builder]')),
        builderText: window.__words(document.querySelector('[data-builder]')),
        example: document.querySelector('#example-1 .example'),
        exampleShape: shape(document.querySelector('#example-1')),
      };
    });
  });
  await x.open('step=1');
  const result = await x.page.evaluate(() => {
    const shape = (el) => [...el.querySelectorAll('*')].filter((e) => !e.closest('.year-by-year > :not(summary)')).map((e) => e.tagName + (e.id ? `#${e.id}` : '')).join(' ');
    const b = window.__built;
    return {
      sameWords: b.heading === document.querySelector('h1') && b.words === document.querySelector('[data-step="3"] .rich'),
      sameRoot: b.builderRoot === document.querySelector('#builder-root'),
      builderRedrawn: b.builder !== document.querySelector('[data-builder]'),
      builderShape: b.builderShape === shape(document.querySelector('[data-builder]')),
      builderText: b.builderText === window.__words(document.querySelector('[data-builder]')),
      exampleRedrawn: b.example !== document.querySelector('#example-1 .example'),
      exampleShape: b.exampleShape === shape(document.querySelector('#example-1')),
      shift: window.__shift,
    };
  });
  assert.ok(result.sameWords, 'the words are the very nodes the build wrote');
  assert.ok(result.sameRoot && result.builderRedrawn, 'the builder island rendered into its root');
  assert.ok(result.builderShape && result.builderText, 'the builder island drew exactly what the build had');
  assert.ok(result.exampleRedrawn && result.exampleShape, 'the first live example likewise');
  assert.equal(result.shift, 0, 'no layout shift');
  x.assertHealthy();
});

test('a control focused before the islands start keeps its focus', async () => {
  const x = await newExplainer();
  // Hold the wasm back until the reader has put focus in the built builder.
  let release;
  const held = new Promise((r) => (release = r));
  await x.page.route('**/*_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  // (A link without a scenario: a scenario link's builder is not shown
  // until it has worked out that scenario's answers.)
  await x.page.goto(`${x.baseUrl}?step=2`);
  await x.page.locator('#b-year').focus();
  release();
  await x.page.waitForSelector('[data-builder][aria-busy="false"]');
  await x.page.waitForFunction(() => document.activeElement?.id === 'b-year');
  assert.equal(await x.currentStep(), 2);
  x.assertHealthy();
});

test('a link to a step shows it, with its example live', async () => {
  const x = await newExplainer();
  await x.open('v=1&host=azure&step=3');
  assert.equal(await x.currentStep(), 3);
  assert.deepEqual(await x.finding('host-consistent'), { verdict: 'yes', cites: 'A4 A6 B5' });
  await x.page.locator('#ex3-offering').selectOption('stateful-runtime');
  assert.deepEqual(await x.finding('azure-required', x.step(3)), { verdict: 'not-addressed', cites: 'A4 B5' });
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
  await x.page.waitForSelector('#wasm-notice', { state: 'visible' });
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
  await x.open('v=1&offering=stateful-runtime&step=4');
  await x.page.emulateMedia({ media: 'print' });
  const STEPS = await x.stepCount();
  for (let n = 1; n <= STEPS; n++) assert.ok(await x.step(n).isVisible(), `step ${n} prints`);
  assert.ok(await x.page.locator('[data-update="2026-04-27"]').isVisible(), 'the update notice prints');
  assert.ok(await x.step(STEPS).locator('table.before-after').isVisible(), 'the before/after table prints');
  assert.equal(await x.page.locator('[data-correction]:visible').count(), 8, 'the corrections print');
  assert.ok(await x.builder.locator('table.compare').isVisible(), 'both versions print side by side');
  assert.equal(await x.page.locator('button:visible').count(), 0, 'no buttons in print');
  const finding = x.builder.locator('[data-finding="azure-required"]');
  assert.equal(await finding.getAttribute('data-verdict'), 'not-addressed', 'the current scenario prints');
  assert.ok(await finding.locator('[data-clause="A4"]').isVisible(), 'clauses print without opening them');
  // After an edit too, though the side-by-side table is then drawn only when
  // opened: printing draws it.
  await x.page.emulateMedia({ media: 'screen' });
  await x.set('host', 'aws');
  assert.equal(await x.builder.locator('table.compare').count(), 0, 'closed and edited: not drawn');
  await x.page.emulateMedia({ media: 'print' });
  await x.builder.locator('table.compare').waitFor();
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
  assert.match(await sources.textContent(), /last checked against the sources on \d{1,2} \w+ 20\d\d\./);
  x.assertHealthy();
});
