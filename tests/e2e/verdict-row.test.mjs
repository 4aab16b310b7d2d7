// Cause and effect in view: the builder's compact row of every verdict stays
// in view while the reader changes the inputs, and says what changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useExplainer } from './support/fixture.mjs';

const newExplainer = useExplainer();

for (const width of [320, 1280]) {
  test(`changing an input far down the form shows its effect without scrolling (${width}px)`, async () => {
    const x = await newExplainer({ viewport: { width, height: 800 } });
    await x.open('v=1');
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
    assert.match(await row.locator('.changed-now').innerText(), /Is the chosen host consistent with the terms\? Now: Yes/);
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

test('at 1280 px the page\'s builder puts its answers beside its inputs, and neither column runs on empty beside the other', async () => {
  const x = await newExplainer({ viewport: { width: 1280, height: 900 } });
  await x.open('v=1');
  const form = await x.builder.locator('.builder-form').boundingBox();
  const answers = await x.builder.locator('.builder-answers').boundingBox();
  assert.ok(answers.x >= form.x + form.width - 1, 'answers to the right of the inputs');
  assert.ok(Math.abs(answers.y - form.y) < 50, `both start together (form ${form.y}, answers ${answers.y})`);
  // Scroll through the builder's body: at every point, each column shows
  // something in the window (the form and the row of verdicts stay in view).
  const body = await x.builder.locator('.builder-body').evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top + scrollY, bottom: r.bottom + scrollY };
  });
  let checked = 0;
  for (let y = body.top; y < body.bottom - 900; y += 300) {
    const seen = await x.page.evaluate((top) => {
      scrollTo(0, top);
      const inView = (el) => {
        const r = el.getBoundingClientRect();
        return r.bottom > 100 && r.top < innerHeight - 100 && r.height > 0;
      };
      return {
        form: inView(document.querySelector('[data-builder] .builder-form')),
        answers: [...document.querySelectorAll('[data-builder] .builder-answers > *')].some(inView),
      };
    }, y);
    assert.deepEqual(seen, { form: true, answers: true }, `both columns in view at ${y - body.top}px into the builder`);
    checked++;
  }
  assert.ok(checked >= 3, `scrolled through ${checked} positions`);
  x.assertHealthy();
});

for (const [width, height] of [[1280, 900], [375, 800]]) {
  test(`after any input change, what it changed is in view (${width}×${height})`, async () => {
    const x = await newExplainer({ viewport: { width, height } });
    await x.open('v=1');
    const selects = await x.builder.locator('.builder-form select').evaluateAll((els) => els.map((e) => e.id));
    let changes = 0;
    for (const id of selects) {
      const values = await x.page.locator(`#${id} option:not([disabled])`).evaluateAll((os) => os.map((o) => o.value));
      for (const value of values) {
        if ((await x.page.locator(`#${id}`).inputValue()) === value) continue;
        await x.page.locator(`#${id}`).scrollIntoViewIfNeeded();
        await x.page.locator(`#${id}`).selectOption(value);
        const changed = await x.builder.locator('[data-summary-topic][data-changed]').evaluateAll((chips) => chips.map((c) => c.dataset.summaryTopic));
        for (const topic of changed) {
          const visible = await x.page.evaluate((t) => {
            const within = (r, box) => r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
            const screen = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
            const chip = document.querySelector(`[data-builder] [data-summary-topic="${t}"]`);
            const list = chip.closest('.verdict-chips').getBoundingClientRect();
            const c = chip.getBoundingClientRect();
            const answer = document.querySelector(`[data-builder] [data-finding="${t}"]`)?.getBoundingClientRect();
            return (within(c, screen) && within(c, list)) || (answer && within(answer, screen));
          }, topic);
          assert.ok(visible, `${id} = ${value}: ${topic} is in view, as its answer or its line in the row`);
        }
        changes++;
      }
    }
    assert.ok(changes >= 15, `${changes} changes tried`);
    x.assertHealthy();
  });
}
