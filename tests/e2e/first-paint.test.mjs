// The right content from the first paint (contract.md): the address's step,
// embed mode and theme before the wasm, and still when it never arrives; a
// scenario link shows no answer for another scenario; nothing shifts when
// the wasm arrives. And told, never stranded: when the interactive parts
// cannot start, the reader is told, at once where a script sees it and
// within 10 seconds where no script can run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useExplainer } from './support/fixture.mjs';

const newExplainer = useExplainer();

/** Opens `query` with the wasm held back; returns a function that lets it through. */
async function openHeld(x, query) {
  let release;
  const held = new Promise((r) => (release = r));
  await x.page.route('**/*_bg.wasm', async (route) => {
    await held;
    await route.continue().catch(() => {});
  });
  await x.page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await x.page.goto(`${x.baseUrl}?${query}`);
  return release;
}

/** What a reader can see: the steps, the builder, the masthead. */
const seen = (x) =>
  x.page.evaluate(() => {
    const visible = (el) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    return {
      steps: [...document.querySelectorAll('[data-step]')].filter(visible).map((s) => Number(s.dataset.step)),
      builder: visible(document.querySelector('[data-builder]')),
      findings: [...document.querySelectorAll('[data-builder] [data-finding]')].filter(visible).length,
      masthead: visible(document.querySelector('#masthead')),
      update: visible(document.querySelector('[data-update]')),
      notice: visible(document.querySelector('#wasm-notice')),
      background: getComputedStyle(document.body).backgroundColor,
    };
  });

test('embed=step&step=3: step 3 and only step 3, before the wasm and when it never arrives', async () => {
  const x = await newExplainer({ viewport: { width: 640, height: 900 } });
  const release = await openHeld(x, 'embed=step&step=3');
  const first = await seen(x);
  assert.deepEqual(first.steps, [3], 'the first paint shows step 3 alone');
  assert.equal(first.builder, false);
  assert.equal(first.masthead, false);
  assert.equal(first.update, true, 'the update notice, in every embed');
  const height = await x.page.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(height < 6000, `one step's height, not the article's (${height}px)`);
  release();
  await x.page.waitForSelector('html.started');
  await x.page.waitForSelector('#example-3[data-live]');
  assert.deepEqual((await seen(x)).steps, [3]);
  assert.equal(await x.page.evaluate(() => window.__shift), 0, 'nothing shifts when the wasm arrives');
  x.assertHealthy();

  // The wasm never arrives: still step 3 alone, and the reader is told.
  const y = await newExplainer({ viewport: { width: 640, height: 900 } });
  await y.page.route('**/*_bg.wasm', (route) => route.abort());
  await y.page.goto(`${y.baseUrl}?embed=step&step=stateless-or-stateful`);
  await y.page.waitForSelector('#wasm-notice', { state: 'visible' });
  const never = await seen(y);
  assert.deepEqual(never.steps, [3], 'by name too');
  assert.equal(never.builder, false);
});

test('embed=builder and theme=dark: the builder alone, dark, from the first paint', async () => {
  const x = await newExplainer({ colorScheme: 'light', viewport: { width: 1024, height: 900 } });
  const release = await openHeld(x, 'embed=builder&theme=dark');
  const first = await seen(x);
  assert.deepEqual(first.steps, [], 'no walkthrough');
  assert.equal(first.masthead, false, 'no masthead');
  assert.equal(first.builder, true);
  assert.equal(first.update, true);
  assert.equal(first.background, 'rgb(22, 24, 29)', 'dark before the wasm');
  assert.ok(first.findings >= 6, 'a bare builder link answers the default scenario, which is its own');
  release();
  await x.page.waitForSelector('[data-builder][aria-busy="false"]');
  assert.equal(await x.page.evaluate(() => window.__shift), 0, 'nothing shifts when the wasm arrives');
  x.assertHealthy();

  // The wasm never arrives: still the builder alone, still dark.
  const y = await newExplainer({ colorScheme: 'light', viewport: { width: 1024, height: 900 } });
  await y.page.route('**/*_bg.wasm', (route) => route.abort());
  await y.page.goto(`${y.baseUrl}?embed=builder&theme=dark`);
  await y.page.waitForSelector('#wasm-notice', { state: 'visible' });
  const never = await seen(y);
  assert.deepEqual([never.steps, never.masthead, never.builder, never.background], [[], false, true, 'rgb(22, 24, 29)']);
});

for (const width of [375, 1280]) {
  test(`a scenario link shows no answer for another scenario until its own are worked out (${width}px)`, async () => {
    const x = await newExplainer({ viewport: { width, height: 900 } });
    const release = await openHeld(x, 'v=1&host=azure&offering=stateful-runtime&embed=builder');
    const first = await seen(x);
    assert.equal(first.findings, 0, 'no verdict before the link is answered');
    assert.ok(await x.page.locator('.busy-note').isVisible(), 'it says the answers are being worked out');
    release();
    await x.page.waitForSelector('[data-builder][aria-busy="false"]');
    assert.ok((await seen(x)).findings >= 6);
    assert.ok(!(await x.page.locator('.busy-note').isVisible()));
    assert.deepEqual(await x.finding('azure-required'), { verdict: 'not-addressed', cites: 'A4 B5' });
    assert.equal(await x.page.evaluate(() => window.__shift), 0, 'nothing shifts when the answers come');
    x.assertHealthy();
  });
}

test('a scenario link whose wasm never arrives says so, and shows no other scenario\'s answers', async () => {
  const x = await newExplainer();
  await x.page.route('**/*_bg.wasm', (route) => route.abort());
  await x.page.goto(`${x.baseUrl}?v=1&host=azure`);
  await x.page.waitForSelector('#wasm-notice', { state: 'visible' });
  assert.equal((await seen(x)).findings, 0);
  assert.ok(await x.page.locator('.busy-failed').isVisible());
  assert.ok(!(await x.page.locator('.busy-note').isVisible()));
});

/** Speeds up CSS animations (the 10-second notice) by `rate`, through the DevTools protocol. */
async function fastAnimations(x, rate) {
  const cdp = await x.page.context().newCDPSession(x.page);
  await cdp.send('Animation.enable');
  await cdp.send('Animation.setPlaybackRate', { playbackRate: rate });
}

const FAILURES = {
  'boot script blocked': (url) => /\/boot-\w+\.js$/.test(url.pathname),
  'JS refused': (url) => /\/partnership-explainer-\w+\.js$/.test(url.pathname),
  'wasm refused': (url) => url.pathname.endsWith('_bg.wasm'),
};

for (const [failure, pattern] of Object.entries(FAILURES)) {
  for (const view of ['', 'embed=1', 'embed=builder', 'embed=step&step=3']) {
    test(`told, never stranded: ${failure}${view ? `, ${view}` : ''}`, async () => {
      const x = await newExplainer({ reducedMotion: 'reduce' });
      await fastAnimations(x, 50);
      await x.page.route(pattern, (route) => route.abort());
      await x.page.goto(`${x.baseUrl}?v=1&host=azure${view ? `&${view}` : ''}`);
      await x.page.waitForSelector('#wasm-notice', { state: 'visible', timeout: 5000 });
      // Where no script saw the failure, the notice's link shows every step.
      if (view !== 'embed=builder') await x.page.locator('#wasm-notice a').click();
      const now = await seen(x);
      const all = await x.stepCount();
      const expected = { '': all, 'embed=1': all, 'embed=builder': 0, 'embed=step&step=3': 1 }[view];
      assert.equal(now.steps.length, expected, 'the article (or the step) stays readable');
      assert.equal(now.findings, 0, 'no answer for another scenario');
      // The note keeps its own 10-second clock, started when the parser
      // reaches the builder, a moment after the notice's: it may follow the
      // notice by a few milliseconds, never by more than a second here
      // (fifty seconds of the stylesheet's sped-up clock).
      if (now.builder) {
        const failed = x.page.locator('.busy-failed');
        await failed.waitFor({ state: 'visible', timeout: 1000 }).catch(() => {});
        assert.ok(await failed.isVisible(), 'the "working out" note gives way');
        assert.ok(!(await x.page.locator('.busy-note').isVisible()), 'and the "working out" note is gone');
      }
    });
  }
}

test('a slow but working start never raises the notice', async () => {
  const x = await newExplainer();
  await fastAnimations(x, 10);
  const release = await openHeld(x, 'v=1&host=azure');
  // Two seconds at ten times the speed: twenty seconds of the stylesheet's clock.
  await x.page.waitForTimeout(2000);
  assert.equal((await seen(x)).notice, false);
  assert.ok(await x.page.locator('.busy-note').isVisible(), 'still working it out');
  release();
  await x.page.waitForSelector('[data-builder][aria-busy="false"]');
  assert.equal((await seen(x)).notice, false);
  x.assertHealthy();
});

test('the head script reads step= exactly as the wasm does (tests/spec/steps.tsv)', async () => {
  const { readFile } = await import('node:fs/promises');
  const table = (await readFile(new URL('../spec/steps.tsv', import.meta.url), 'utf8'))
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('\t'));
  assert.ok(table.length >= 15);
  const x = await newExplainer();
  // The wasm never arrives: what shows is the head script's reading alone.
  await x.page.route('**/*_bg.wasm', () => {});
  for (const [param, name, what] of table) {
    await x.page.goto(`${x.baseUrl}?embed=step&step=${param}`);
    const shown = await x.page.evaluate(() => ({
      attribute: document.documentElement.getAttribute('data-show-step'),
      visible: [...document.querySelectorAll('[data-step]')].filter((s) => s.getClientRects().length).map((s) => s.dataset.stepName),
    }));
    assert.deepEqual(shown, { attribute: name, visible: [name] }, `step=${param} (${what})`);
  }
});

test('a link with v and no scenario shows no answer for another version before the wasm', async () => {
  const x = await newExplainer();
  const release = await openHeld(x, 'v=1&embed=builder');
  assert.equal((await seen(x)).findings, 0, 'the built answers are the latest terms\', this link\'s are February\'s');
  release();
  await x.page.waitForSelector('[data-builder][aria-busy="false"]');
  assert.equal(await x.builder.getAttribute('data-terms'), '2026-02-27');
  assert.ok((await seen(x)).findings >= 6);
});
