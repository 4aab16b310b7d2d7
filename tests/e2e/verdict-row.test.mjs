// Cause and effect in view: the builder's compact row of every verdict stays
// in view while the reader changes the inputs, and says what changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useExplainer } from './support/fixture.mjs';

const newExplainer = useExplainer();

for (const width of [320, 1280]) {
  test(`changing an input far down the form shows its effect without scrolling (${width}px)`, async () => {
    const x = await newExplainer({ viewport: { width, height: 800 } });
    await x.open();
    const row = x.builder.locator('[data-summary]');
    const chips = await row.locator('[data-summary-topic]').evaluateAll((els) => els.map((e) => e.dataset.summaryTopic));
    const topics = await x.builder.locator('[data-finding]').evaluateAll((els) => els.map((e) => e.dataset.finding));
    assert.deepEqual(chips, topics, 'one badge per answer, in order');
    // The reader scrolls to an input well below the row, and changes it.
    await x.page.locator('#b-host').scrollIntoViewIfNeeded();
    await x.page.locator('#b-host').selectOption('azure');
    const box = await row.boundingBox();
    assert.ok(box.y >= -1 && box.y + box.height <= 800 + 1, `the row is in view (top ${box.y}, height ${box.height})`);
    const chip = row.locator('[data-summary-topic="host-consistent"]');
    assert.equal(await chip.getAttribute('data-verdict'), 'yes');
    assert.match(await chip.innerText(), /Yes/, 'readable without colour');
    assert.match(await row.locator('.changed-now').innerText(), /Is the chosen host consistent with the terms\? now Yes/);
    // Each badge leads to its full answer.
    await chip.click();
    const answer = x.builder.locator('[data-finding="host-consistent"]');
    const a = await answer.boundingBox();
    assert.ok(a.y < 800 && a.y + 20 > 0, 'the full answer comes into view');
    x.assertHealthy();
  });
}

test('an embedded builder wide enough puts the answers beside the inputs', async () => {
  const x = await newExplainer({ viewport: { width: 1280, height: 900 } });
  await x.open('embed=builder');
  const form = await x.builder.locator('.builder-form').boundingBox();
  const answers = await x.builder.locator('.builder-answers').boundingBox();
  assert.ok(answers.x >= form.x + form.width - 1, 'answers to the right of the inputs');
  assert.ok(answers.y < form.y + form.height, 'side by side, not below');
  x.assertHealthy();
});
