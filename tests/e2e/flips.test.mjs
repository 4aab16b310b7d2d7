// "What would change this answer": the engine's smallest changes, each a
// link that gives the verdict it states.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useExplainer } from './support/fixture.mjs';

const newExplainer = useExplainer();

test('for the default scenario, every answer lists what would change it, and each link gives the stated verdict', async () => {
  const x = await newExplainer();
  await x.open();
  // Each list is drawn when the reader opens it.
  for (const summary of await x.builder.locator('.flips > summary').all()) await summary.click();
  for (const summary of await x.builder.locator('.flips-more > summary').all()) await summary.click();
  const listed = await x.builder.locator('[data-finding]').evaluateAll((els) =>
    els.map((el) => ({
      topic: el.dataset.finding,
      verdict: el.dataset.verdict,
      flips: [...el.querySelectorAll('[data-flip]')].map((a) => ({ href: a.getAttribute('href'), verdict: a.dataset.flipVerdict, words: a.textContent })),
      none: el.querySelector('.flips-none')?.textContent,
    })),
  );
  assert.ok(listed.length >= 8);
  // "Room for a partner like this?" cannot change (any partner gives yes);
  // most answers can.
  const fixed = listed.filter((f) => f.flips.length === 0).map((f) => f.topic);
  assert.ok(fixed.includes('partner-anticipated') && fixed.length <= 2, `answers no change flips: ${fixed}`);
  let followed = 0;
  for (const { topic, verdict, flips, none } of listed) {
    assert.ok(flips.length > 0 || /No change/.test(none), `${topic}: lists what would change it, or says nothing does`);
    for (const flip of flips) {
      assert.notEqual(flip.verdict, verdict, `${topic}: ${flip.words} changes the verdict`);
      await x.page.goto(new URL(flip.href, x.page.url()).href);
      await x.page.waitForSelector('[data-builder][aria-busy="false"] [data-finding]');
      assert.equal(await x.builder.locator(`[data-finding="${topic}"]`).getAttribute('data-verdict'), flip.verdict, `${topic}: ${flip.words}`);
      followed++;
    }
  }
  assert.ok(followed >= 20, `followed ${followed} links`);
  x.assertHealthy();
});

test('a change applies in place: the answer flips, stays in view with focus, and the address follows', async () => {
  const x = await newExplainer();
  await x.open('v=1');
  const finding = x.builder.locator('[data-finding="azure-required"]');
  assert.equal(await finding.getAttribute('data-verdict'), 'yes');
  await finding.locator('.flips > summary').click();
  const first = finding.locator('.flips > ul [data-flip]').first();
  const target = await first.getAttribute('data-flip-verdict');
  await first.click();
  await x.page.waitForFunction((want) => document.querySelector('[data-builder] [data-finding="azure-required"]').dataset.verdict === want, target);
  assert.equal(await x.page.evaluate(() => document.activeElement?.id), 'answer-azure-required', 'focus on the answer');
  await x.settled();
  assert.notEqual(new URL(x.page.url()).search, '', 'the address holds the new scenario');
  // At most five show at first; the rest are behind "More".
  for (const el of await x.builder.locator('[data-finding]').all()) {
    assert.ok((await el.locator('.flips > ul > li').count()) <= 5);
  }
  x.assertHealthy();
});

test('the changes are keyboard reachable and named in words', async () => {
  const x = await newExplainer();
  await x.open('v=1&offering=stateful-runtime');
  const summary = x.builder.locator('[data-finding="azure-required"] .flips > summary');
  await summary.focus();
  await x.page.keyboard.press('Enter');
  const link = x.builder.locator('[data-finding="azure-required"] .flips [data-flip]').first();
  await link.focus();
  assert.match(await link.innerText(), /^[A-Z][^:]+: .+/, 'a change reads "Field: value"');
  await x.page.keyboard.press('Enter');
  await x.page.waitForFunction(() => document.activeElement?.id === 'answer-azure-required');
  x.assertHealthy();
});
