// The walkthrough reads from first step to last by keyboard and by mouse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useExplainer } from './support/fixture.mjs';

const newExplainer = useExplainer();

test('arrow keys walk every step, with progress and focus on each heading', async () => {
  const x = await newExplainer();
  await x.open();
  const STEPS = await x.stepCount();
  assert.ok(STEPS >= 11, `the walkthrough has its steps (${STEPS})`);
  assert.equal(await x.page.locator('.progress-dot').count(), STEPS, 'one button per step');
  assert.equal(await x.page.locator('progress.progress-bar').getAttribute('max'), String(STEPS));
  assert.equal(await x.currentStep(), 1);
  assert.equal(await x.progressText(), `Step 1 of ${STEPS}`);
  for (let n = 2; n <= STEPS; n++) {
    await x.page.keyboard.press('ArrowRight');
    assert.equal(await x.currentStep(), n);
    assert.equal(await x.progressText(), `Step ${n} of ${STEPS}`);
    assert.equal(await x.page.locator('progress.progress-bar').getAttribute('value'), String(n));
    const focused = await x.page.evaluate(() => document.activeElement?.id);
    assert.equal(focused, `step-${n}-title`, 'focus moves to the new heading');
    const step = x.step(n);
    assert.ok((await step.locator('[data-clause]').count()) >= 1, `step ${n} shows its clauses`);
    assert.ok((await step.locator('[data-finding]').count()) >= 1, `step ${n} has a live example`);
  }
  await x.page.keyboard.press('ArrowRight');
  assert.equal(await x.currentStep(), STEPS, 'the last step stays last');
  await x.page.keyboard.press('ArrowLeft');
  assert.equal(await x.currentStep(), STEPS - 1);
  // Links name a step by its stable name, which an inserted step never re-points.
  const name = await x.step(STEPS - 1).getAttribute('data-step-name');
  assert.equal((await x.address()).step, name, 'the address keeps the step, by name');
  x.assertHealthy();
});

test('Tab reaches Next and Previous; Enter and Space press them', async () => {
  const x = await newExplainer();
  await x.open('step=2');
  const next = x.page.locator('[data-nav="next"]');
  await next.focus();
  await x.page.keyboard.press('Enter');
  assert.equal(await x.currentStep(), 3);
  await x.page.locator('[data-nav="prev"]').focus();
  await x.page.keyboard.press('Space');
  assert.equal(await x.currentStep(), 2);
  // Arrow keys inside a form control belong to the control, not the walkthrough.
  await x.page.locator('#ex2-host').focus();
  await x.page.keyboard.press('ArrowRight');
  assert.equal(await x.currentStep(), 2);
  x.assertHealthy();
});

test('the mouse: step buttons and Next/Previous; first and last are disabled at the ends', async () => {
  const x = await newExplainer();
  await x.open();
  const STEPS = await x.stepCount();
  assert.ok(await x.page.locator('[data-nav="prev"]').isDisabled());
  await x.page.getByRole('button', { name: 'Step 7: Room for others' }).click();
  assert.equal(await x.currentStep(), 7);
  await x.page.locator('[data-nav="next"]').click();
  assert.equal(await x.currentStep(), 8);
  await x.page.getByRole('button', { name: `Step ${STEPS}:`, exact: false }).click();
  assert.ok(await x.page.locator('[data-nav="next"]').isDisabled());
  x.assertHealthy();
});

test('?step=N opens step N; a bad step opens a sensible one', async () => {
  const x = await newExplainer();
  await x.open();
  const STEPS = await x.stepCount();
  const name4 = await x.step(4).getAttribute('data-step-name');
  // A number names a step by its stable number, wherever it sits in the
  // reading order; past the highest, the step with the highest number.
  const numbers = await x.page.locator('[data-step]').evaluateAll((els) => els.map((e) => Number(e.dataset.stepNumber)));
  const at = (number) => numbers.indexOf(number) + 1;
  const highest = at(Math.max(...numbers));
  for (const [query, expected] of [['step=4', at(4)], [`step=${name4}`, 4], ['step=11', at(11)], ['step=0', 1], ['step=99', highest], ['step=two', 1], ['step=-3', 1], ['step=+5', at(5)]]) {
    await x.open(query);
    assert.equal(await x.currentStep(), expected, query);
  }
  x.assertHealthy();
});

test('live examples answer from the engine as the reader changes them', async () => {
  const x = await newExplainer();
  // A step reached by Next: its example, built into the page, comes alive.
  await x.open();
  await x.page.locator('[data-nav="next"]').click();
  assert.deepEqual(await x.finding('host-consistent', x.step(2)), { verdict: 'no', cites: 'A4 A6 B5' });
  await x.page.locator('#ex2-host').selectOption('azure');
  assert.deepEqual(await x.finding('host-consistent', x.step(2)), { verdict: 'yes', cites: 'A4 A6 B5' });
  // And it keeps what the reader set when they come back to it.
  await x.page.locator('[data-nav="prev"]').click();
  await x.page.locator('[data-nav="next"]').click();
  assert.equal(await x.page.locator('#ex2-host').inputValue(), 'azure');

  await x.open('step=3');
  const step = x.step(3);
  assert.deepEqual(await x.finding('azure-required', step), { verdict: 'yes', cites: 'A4 A6 B5' });
  await x.page.locator('#ex3-offering').selectOption('stateful-runtime');
  assert.deepEqual(await x.finding('azure-required', step), { verdict: 'not-addressed', cites: 'A4 B5' });
  // The stateless/stateful demo: the stateless side resends everything.
  await step.getByRole('button', { name: 'Send the next message' }).click();
  assert.equal(await step.locator('.demo-col').first().locator('.demo-msgs li:visible').count(), 2);
  assert.equal(await step.locator('.demo-col').nth(1).locator('.demo-msgs li:visible').count(), 1);
  assert.equal(await step.locator('.demo-col').nth(1).locator('.demo-memory li:visible').count(), 2);
  assert.equal(await step.locator('.demo figcaption').textContent(), 'After 2 of 3 messages.');
  await step.getByRole('button', { name: 'Send the next message' }).click();
  await step.getByRole('button', { name: 'Start again' }).click();
  assert.equal(await step.locator('.demo-col').first().locator('.demo-msgs li:visible').count(), 1);
  // The example's own inputs never touch the builder's scenario.
  assert.equal(await x.value('offering'), 'stateless-api');

  await x.open('step=6');
  const six = x.step(6);
  await x.page.locator('#ex6-revenue').fill('5000000');
  await x.page.locator('#ex6-share').fill('10');
  assert.equal(await six.locator('[data-estimate]').getAttribute('data-usd'), '500000');
  await x.page.locator('#ex6-share').fill('ten');
  assert.equal(await six.locator('[data-input-error="share"]').count(), 1);
  x.assertHealthy();
});

test('every step has a headline, words, clauses with sources, and a live example', async () => {
  const x = await newExplainer();
  await x.open();
  const STEPS = await x.stepCount();
  for (let n = 1; n <= STEPS; n++) {
    const step = x.step(n);
    assert.ok((await step.locator('h2').innerText()).length > 10);
    assert.ok((await step.locator(':scope > p').count()) >= 2, `step ${n} has paragraphs`);
    const clauses = await step.locator('.step-clauses [data-clause]').evaluateAll((els) => els.map((e) => e.dataset.clause));
    assert.equal(new Set(clauses).size, clauses.length, `step ${n}: one element per clause ID`);
    assert.ok((await step.locator('.step-clauses .clause-source time').count()) === clauses.length, `step ${n}: each clause dated`);
    // Every step but the one that compares the versions says what the
    // amendment changed, dated, citing an amendment clause it lists.
    const changed = step.locator('.changed[data-changed="2026-04-27"]');
    if ((await step.locator('table.before-after').count()) > 0) {
      assert.equal(await changed.count(), 0, 'the step that compares the versions is the change itself');
      continue;
    }
    assert.equal(await changed.count(), 1, `step ${n} carries a dated change note`);
    const noted = (await changed.innerText()).match(/U\d/g) ?? [];
    assert.ok(noted.length >= 1, `step ${n}: the note cites an amendment clause`);
    for (const id of noted) assert.ok(clauses.includes(id), `step ${n}: ${id} is among its clauses`);
  }
  x.assertHealthy();
});

test('arrow keys move between steps only from the page or a step\'s heading', async () => {
  const x = await newExplainer();
  await x.open('v=1&step=3');
  const still = async (what, focus) => {
    await focus();
    await x.page.keyboard.press('ArrowRight');
    assert.equal(await x.currentStep(), 3, `${what} keeps its arrows`);
  };
  await x.builder.getByText('Compare both versions side by side').click();
  await still('a scrollable table', () => x.builder.locator('.compare').locator('xpath=..').focus());
  await still('a button', () => x.builder.getByRole('button', { name: 'Reset' }).focus());
  await still('a link', () => x.builder.locator('.chip').first().focus());
  await still('the citation', () => x.page.locator('[data-cite="plain"]').focus());
  await still('a live example\'s control', () => x.page.locator('#ex3-offering').focus());
  // The step's heading, and the page itself, move.
  await x.page.locator('#step-3-title').focus();
  await x.page.keyboard.press('ArrowRight');
  assert.equal(await x.currentStep(), 4);
  await x.page.evaluate(() => document.activeElement.blur());
  await x.page.keyboard.press('ArrowLeft');
  assert.equal(await x.currentStep(), 3);
  x.assertHealthy();
});

test('an embed without the step navigation never moves the step', async () => {
  const x = await newExplainer();
  for (const query of ['embed=builder&step=2', 'embed=step&step=2']) {
    await x.page.goto(`${x.baseUrl}?${query}`);
    await x.page.waitForSelector('html.started');
    await x.page.evaluate(() => document.activeElement.blur());
    await x.page.keyboard.press('ArrowRight');
    assert.equal((await x.address()).step, '2', `${query}: the address keeps its step`);
  }
  assert.equal(await x.currentStep(), 2);
  x.assertHealthy();
});

test('a step move writes the step and nothing else on a bare visit, and keeps a link\'s own text', async () => {
  const x = await newExplainer();
  await x.open();
  await x.page.locator('[data-nav="next"]').click();
  const name = await x.step(2).getAttribute('data-step-name');
  await x.address();
  assert.equal(new URL(x.page.url()).search, `?step=${name}`, 'a bare visit\'s step link is the step alone');
  // Reloaded, it is no scenario link: the built answers stay on show.
  await x.page.reload();
  assert.equal(await x.page.evaluate(() => document.documentElement.getAttribute('data-scenario')), null);
  assert.equal(await x.currentStep(), 2);
  // A scenario link with a bad value: a step move writes the scenario in
  // full (v=1, an explicit version), keeping the reader's own text, and the
  // builder still names the field, after a reload too.
  await x.open('host=aws&revenue=lots&utm_source=news');
  assert.deepEqual(await x.inputErrors(), ['revenue']);
  await x.page.locator('[data-nav="next"]').click();
  const moved = await x.address();
  assert.equal(moved.v, '1');
  assert.equal(moved.terms, await x.builder.getAttribute('data-terms'), 'the version the link meant, explicit');
  assert.equal(moved.host, 'aws');
  assert.equal(moved.revenue, 'lots', 'the reader\'s own text');
  assert.equal(moved.step, name);
  assert.equal(moved.utm_source, 'news');
  await x.page.reload();
  await x.page.waitForSelector('[data-builder][aria-busy="false"] [data-finding]');
  assert.deepEqual(await x.inputErrors(), ['revenue']);
  // The builder's change writes the whole scenario, keeping the fields it
  // did not change as the reader wrote them.
  await x.set('year', '2031');
  const written = await x.address();
  assert.equal(written.v, '1');
  assert.equal(written.revenue, 'lots');
  assert.equal(written.year, '2031');
  assert.equal(written.step, name);
  assert.equal(written.utm_source, 'news');
  assert.ok(written.terms, 'the version is explicit');
  x.assertHealthy();
});
