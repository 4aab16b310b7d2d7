// The pseudo-locale proves every word comes from the catalogue: the site
// built with LOCALE=en-XA (scripts/test.sh builds it into dist-en-XA) is
// walked as a reader would, through every step, every value of every
// input, every dialog, an input error, copied text and the page without its
// wasm. No untransformed English word may show outside code, pre, textarea
// and elements marked translate="no"; and at 320 px nothing overflows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useExplainer } from '../e2e/support/fixture.mjs';

const newExplainer = useExplainer({ viewport: { width: 320, height: 700 } });

/**
 * Every run of two or more plain ASCII letters in what the reader sees (or
 * hears: alt, title, aria-label, placeholder): en-XA accents every letter of
 * every message, so such a run is a word that did not come from the
 * catalogue. Numbers and clause IDs (U1, A10) have no such run.
 */
async function english(page, scope = 'body') {
  return page.evaluate((scope) => {
    const skip = 'code, pre, textarea, script, style, template, noscript, [translate="no"]';
    const found = new Set();
    const say = (where, text) => {
      for (const [word] of (text ?? '').matchAll(/[A-Za-z]{2,}/g)) found.add(`${word} (${where}: ${text.trim().slice(0, 60)})`);
    };
    const root = document.querySelector(scope);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest(skip)) continue;
      // Only what shows: an element hidden by the page is not read.
      if (!el.checkVisibility({ checkVisibilityCSS: true })) continue;
      say(el.tagName.toLowerCase(), n.textContent);
    }
    for (const el of root.querySelectorAll('[alt], [title], [aria-label], [placeholder]')) {
      if (el.closest(skip)) continue;
      for (const a of ['alt', 'title', 'aria-label', 'placeholder']) if (el.hasAttribute(a)) say(`@${a}`, el.getAttribute(a));
    }
    return [...found];
  }, scope);
}

async function noOverflow(page, where) {
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 320, `${where}: the page is ${wide}px wide at 320px`);
}

test('every step, every input value and every dialog speak the catalogue only', async () => {
  const x = await newExplainer();
  await x.open();
  assert.equal(await x.page.getAttribute('html', 'lang'), 'en-XA');
  const seen = new Set();
  const note = async (where) => {
    for (const w of await english(x.page)) seen.add(`${where}: ${w}`);
    await noOverflow(x.page, where);
  };
  const steps = await x.stepCount();
  for (let n = 1; n <= steps; n++) {
    await x.page.locator(`[data-nav-to="${n}"]`).first().click();
    await x.page.waitForSelector(`[data-step="${n}"]:not([hidden])`);
    // Each live example's every input, every value.
    const selects = x.step(n).locator('select');
    for (let i = 0; i < (await selects.count()); i++) {
      const select = selects.nth(i);
      for (const value of await select.locator('option:not([disabled])').evaluateAll((os) => os.map((o) => o.value))) {
        await select.selectOption(value);
        await note(`step ${n}, ${await select.getAttribute('id')}=${value}`);
      }
    }
    // Every answer's lists opened: its clauses and what would change it.
    for (const summary of await x.step(n).locator('summary').all()) await summary.click();
    await note(`step ${n}`);
  }
  // The builder: every value of every choice, its lists opened.
  const fields = await x.builder.locator('select[id^="b-"]').evaluateAll((els) => els.map((e) => e.id.slice(2)));
  assert.ok(fields.length >= 6, `${fields}`);
  for (const field of fields) {
    const values = await x.page.locator(`#b-${field} option:not([disabled])`).evaluateAll((os) => os.map((o) => o.value));
    for (const value of values) {
      if (!value) continue;
      await x.set(field, value);
      await note(`builder ${field}=${value}`);
    }
    await x.page.locator('#preset').selectOption({ index: 1 }).catch(() => {});
  }
  for (const summary of await x.builder.locator('summary').all()) {
    if (await summary.isVisible()) await summary.click();
  }
  await note('builder, every list open');
  // An input error.
  await x.set('revenue', 'lots');
  await x.page.waitForSelector('[data-builder] [data-input-error="revenue"]');
  await note('an input error');
  // The embed dialog, each choice; and the copy dialog with copied text.
  await x.page.locator('.embed-open').first().click();
  await x.page.waitForSelector('dialog[open]');
  for (const kind of await x.page.locator('dialog[open] input[type="radio"]').all()) {
    await kind.check();
    await note('the embed dialog');
  }
  await x.page.keyboard.press('Escape');
  await x.page.context().grantPermissions([]);
  await x.page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
  await x.builder.locator('[data-finding] .answer-actions button').first().click();
  await x.page.waitForSelector('#copy-dialog[open]');
  await note('the copy dialog');
  const copied = await x.page.locator('#copy-text').inputValue();
  assert.doesNotMatch(copied, /\b(The deal|Under|Rests on|Source)\b/, 'copied text is in the catalogue\'s words');
  await x.page.keyboard.press('Escape');
  assert.deepEqual([...seen], [], 'every word shown comes from the catalogue');
  x.assertHealthy();
});

test('the page without its wasm speaks the catalogue only', async () => {
  const x = await newExplainer();
  await x.page.route('**/*.wasm', (route) => route.abort());
  await x.page.goto(x.baseUrl);
  await x.page.waitForSelector('html.no-wasm');
  assert.deepEqual(await english(x.page), []);
  await noOverflow(x.page, 'no wasm');
  // Every step shows from the notice's link, in the catalogue's words.
  await x.page.locator('#wasm-notice a').click();
  assert.deepEqual(await english(x.page), []);
  await noOverflow(x.page, 'every step, no wasm');
});
