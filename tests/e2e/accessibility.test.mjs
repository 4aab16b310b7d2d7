// WCAG 2.2 AA, checked by axe-core in Chromium on every step and on the
// builder after interaction, light and dark, at 320 and 1280 px; plus the
// things axe cannot see: reflow, reduced motion, live regions, glossary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { useExplainer } from './support/fixture.mjs';

const newExplainer = useExplainer();
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axe(x) {
  await x.page.addScriptTag({ path: AXE });
  const result = await x.page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
  // A doubled ID is a defect even where axe files it as "incomplete".
  const doubled = result.incomplete.filter((r) => r.id.startsWith('duplicate-id'));
  return [...result.violations, ...doubled].map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

for (const colorScheme of ['light', 'dark']) {
  for (const width of [320, 1280]) {
    test(`axe finds nothing on any step or the builder (${colorScheme}, ${width}px)`, async () => {
      // bypassCSP only so that axe itself can be injected.
      const x = await newExplainer({ colorScheme, viewport: { width, height: 800 }, bypassCSP: true });
      await x.open();
      const steps = await x.stepCount();
      for (let step = 1; step <= steps; step++) {
        await x.open(`step=${step}`);
        assert.deepEqual(await axe(x), [], `step ${step}`);
      }
      // The builder after interaction: an error shown, the amended terms,
      // answers and the side-by-side view expanded.
      await x.set('revenue', 'lots');
      await x.set('agi', 'yes');
      await x.set('terms', '2026-02-27');
      for (const summary of await x.builder.locator('details summary').all()) await summary.click();
      assert.deepEqual(await axe(x), [], 'builder after interaction');
      const overflow = await x.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `no horizontal scrolling at ${width}px (overflow ${overflow}px)`);
      x.assertHealthy();
    });
  }
}

test('reduced motion turns off transitions', async () => {
  const x = await newExplainer({ reducedMotion: 'reduce' });
  await x.open();
  const duration = await x.page.locator('[data-nav="next"]').evaluate((e) => getComputedStyle(e).transitionDuration);
  assert.equal(duration, '0s');
  const y = await newExplainer();
  await y.open();
  assert.notEqual(await y.page.locator('[data-nav="next"]').evaluate((e) => getComputedStyle(e).transitionDuration), '0s');
});

test('a polite live region says in words what a change did to the answers', async () => {
  const x = await newExplainer();
  await x.open('v=1');
  const region = x.builder.locator('[data-summary] [aria-live="polite"][aria-atomic="true"]');
  assert.equal(await region.textContent(), '', 'opening the page announces nothing');
  await x.set('host', 'azure');
  // The topics' own questions, never their slugs.
  assert.equal(await region.textContent(), 'Is the chosen host consistent with the terms? Now: Yes.');
  await x.set('terms', '2026-04-27');
  // Across a change of version, each topic by its name and the version now
  // answering: never one version's question over another's answer.
  assert.match(await region.textContent(), /^Served only from Azure\. Now: No, under the amended terms of 27 April 2026\. Launched on Azure first\. Now asked: Yes, under the amended terms of 27 April 2026\./);
  assert.doesNotMatch(await region.textContent(), /\?/, 'no question across versions');
  await x.set('revenue', '5');
  assert.equal(await region.textContent(), 'No answer changed.');
});

test('glossary terms open by hover, focus and tap, and Escape closes them', async () => {
  const x = await newExplainer({ hasTouch: true });
  await x.open('step=2');
  const term = x.step(2).locator('.gloss-term').first();
  const tip = x.step(2).locator('.gloss-tip').first();
  assert.equal(await term.innerText(), 'stateless API');
  assert.ok(!(await tip.isVisible()));
  await term.hover();
  assert.ok(await tip.isVisible(), 'hover opens');
  await x.page.mouse.move(0, 0);
  assert.ok(!(await tip.isVisible()));
  await term.focus();
  await x.page.keyboard.press('Tab');
  await x.page.keyboard.press('Shift+Tab');
  assert.ok(await tip.isVisible(), 'keyboard focus opens');
  await x.page.keyboard.press('Escape');
  assert.ok(!(await tip.isVisible()), 'Escape closes');
  await term.tap();
  assert.ok(await tip.isVisible(), 'a tap opens');
  assert.equal(await term.getAttribute('aria-expanded'), 'true');
  assert.match(await tip.innerText(), /each request carries everything/);
  x.assertHealthy();
});

test('verdicts never rely on colour alone', async () => {
  const x = await newExplainer();
  await x.open('offering=stateful-runtime');
  for (const finding of await x.builder.locator('[data-finding]').all()) {
    // textContent: answers below the fold are not laid out until scrolled
    // near (content-visibility), and innerText reads only laid-out text.
    const badge = await finding.locator('.verdict .badge').textContent();
    const verdict = await finding.getAttribute('data-verdict');
    assert.match(badge, { yes: /Yes/, no: /No/, 'not-addressed': /Not addressed/ }[verdict]);
  }
});

test('keyboard only: skip link, builder inputs, answers and clauses', async () => {
  const x = await newExplainer();
  await x.open('v=1');
  await x.page.keyboard.press('Tab');
  assert.equal(await x.page.evaluate(() => document.activeElement?.className), 'skip-link', 'the first Tab reaches the skip link');
  await x.page.keyboard.press('Enter');
  // From the builder's heading, Tab walks into the form.
  const tabTo = async (id, limit = 30) => {
    for (let i = 0; i < limit; i++) {
      if ((await x.page.evaluate(() => document.activeElement?.id)) === id) return;
      await x.page.keyboard.press('Tab');
    }
    assert.fail(`Tab never reached #${id}`);
  };
  await tabTo('b-offering');
  await x.page.keyboard.press('ArrowDown'); // the next offering: stateful-runtime
  assert.equal(await x.value('offering'), 'stateful-runtime');
  assert.equal((await x.finding('azure-required')).verdict, 'not-addressed');
  await tabTo('b-revenue');
  await x.page.keyboard.press('Control+A');
  await x.page.keyboard.type('2500000');
  // Typed key by key: the answer follows the last key.
  await x.page.waitForFunction(() => document.querySelector('[data-builder] [data-estimate]')?.dataset.usd === '500000', null, { timeout: 5000 });
  assert.equal(await x.value('revenue'), '2500000');
  // Each answer's clauses open from the keyboard.
  const summary = x.builder.locator('[data-finding="revenue-share"] .cites > summary');
  await summary.focus();
  await x.page.keyboard.press('Enter');
  assert.ok(await x.builder.locator('[data-finding="revenue-share"] [data-clause="A10"]').isVisible());
  // Focus is always visible.
  const outline = await summary.evaluate((e) => getComputedStyle(e).outlineStyle);
  assert.notEqual(outline, 'none');
  x.assertHealthy();
});
