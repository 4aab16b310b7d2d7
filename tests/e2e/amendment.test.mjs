// The living explainer: the terms as amended on 27 April 2026 beside the
// statement's, everywhere a term is stated (terms.md, contract.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useExplainer } from './support/fixture.mjs';

const newExplainer = useExplainer();
const UPDATE = '[data-update="2026-04-27"]';

/** The step that sets the two versions side by side: the one with the table. */
async function comparisonStep(x) {
  const n = await x.page.locator('[data-step]:has(table.before-after)').getAttribute('data-step');
  return Number(n);
}

test('the update notice opens the step that compares the versions, in place', async () => {
  const x = await newExplainer();
  await x.open('host=azure');
  const notice = x.page.locator(UPDATE);
  assert.ok(await notice.isVisible());
  assert.match(await notice.innerText(), /27 April 2026/);
  await notice.getByRole('link', { name: 'See what changed' }).click();
  const last = await comparisonStep(x);
  assert.equal(await x.currentStep(), last, 'the step that compares the versions');
  assert.equal(await x.page.evaluate(() => document.activeElement?.id), `step-${last}-title`, 'focus lands on its heading');
  assert.equal((await x.address()).step, await x.step(last).getAttribute('data-step-name'), 'by its stable name');
  assert.equal((await x.address()).host, 'azure', 'the scenario stays');
  x.assertHealthy();
});

test('from a builder embed, the notice opens the full explainer at that step in a new tab', async () => {
  const x = await newExplainer();
  await x.open('embed=builder&offering=stateful-runtime');
  assert.ok(await x.page.locator(UPDATE).isVisible());
  const [popup] = await Promise.all([
    x.page.context().waitForEvent('page'),
    x.page.locator(UPDATE).locator('a[data-go-step]').click(),
  ]);
  await popup.waitForLoadState();
  const opened = new URL(popup.url()).searchParams;
  assert.equal(opened.get('offering'), 'stateful-runtime');
  assert.equal(opened.get('embed'), null, 'the full page, not another embed');
  assert.equal(opened.get('step'), await x.step(await comparisonStep(x)).getAttribute('data-step-name'));
  x.assertHealthy();
});

test('a bare visit answers under the latest terms, and an edit and a reload stay under them', async () => {
  const x = await newExplainer();
  await x.open();
  assert.equal(await x.builder.getAttribute('data-terms'), '2026-04-27');
  assert.equal(await x.value('terms'), '2026-04-27');
  assert.deepEqual(await x.finding('azure-required'), { verdict: 'no', cites: 'U1 U2' });
  // The statement's reading beside it, dated.
  assert.deepEqual(await x.otherFinding('azure-required'), { verdict: 'yes', cites: 'A4 A6 B5' });
  assert.match(await x.builder.locator('[data-finding="azure-required"] .other-version').innerText(), /^The statement of 27 February 2026, superseded on 27 April 2026:\s*✓\s*Yes/);
  assert.match(await x.builder.locator('.answers-terms').innerText(), /as amended on 27 April 2026, the latest the sources describe/);
  await x.set('host', 'azure');
  const address = await x.address();
  assert.equal(address.v, '1');
  assert.equal(address.terms, '2026-04-27', 'the address spells the version out');
  await x.page.reload();
  await x.page.waitForSelector('[data-builder][aria-busy="false"] [data-finding]');
  assert.equal(await x.builder.getAttribute('data-terms'), '2026-04-27', 'a reload stays under the latest terms');
  // A link that carries v and no terms keeps its meaning: February's.
  await x.open('v=1&host=aws');
  assert.equal(await x.builder.getAttribute('data-terms'), '2026-02-27');
  x.assertHealthy();
});

test('the terms control answers under the amended terms, in the link, and back', async () => {
  const x = await newExplainer();
  await x.open('v=1');
  assert.equal(await x.builder.getAttribute('data-terms'), '2026-02-27', 'a link with v and without terms: the statement');
  assert.deepEqual(await x.finding('azure-required'), { verdict: 'yes', cites: 'A4 A6 B5' });
  assert.ok((await x.builder.getAttribute('data-other-only')).split(' ').includes('azure-first'));
  // Keyboard: the control is a labelled native select, the latest first.
  await x.page.getByLabel('Terms as of').focus();
  await x.page.keyboard.press('ArrowUp');
  assert.equal(await x.value('terms'), '2026-04-27');
  assert.equal(await x.builder.getAttribute('data-terms'), '2026-04-27');
  assert.deepEqual(await x.finding('azure-required'), { verdict: 'no', cites: 'U1 U2' });
  assert.deepEqual(await x.otherFinding('azure-required'), { verdict: 'yes', cites: 'A4 A6 B5' });
  assert.deepEqual(await x.finding('azure-first'), { verdict: 'yes', cites: 'U1' });
  assert.deepEqual(await x.otherFinding('azure-first'), { verdict: 'none', cites: '' });
  assert.equal(await x.builder.getAttribute('data-other-only'), '');
  assert.match(await x.builder.locator('[data-finding="terms-changed"] .finding-q').innerText(), /Have the agreed terms changed since the statement\?/);
  assert.equal((await x.address()).terms, '2026-04-27', 'the address holds the version');
  // The address reopens the same answers.
  await x.settled();
  await x.open(new URL(x.page.url()).search.slice(1));
  assert.deepEqual(await x.finding('azure-required'), { verdict: 'no', cites: 'U1 U2' });
  await x.set('terms', '2026-02-27');
  assert.deepEqual(await x.finding('azure-required'), { verdict: 'yes', cites: 'A4 A6 B5' });
  x.assertHealthy();
});

test('every answer that differs says how the other version answers; a summary counts them', async () => {
  const x = await newExplainer();
  await x.open('v=1');
  const differing = [];
  for (const el of await x.builder.locator('[data-finding]').all()) {
    const line = el.locator('.other-version');
    const differs = (await el.getAttribute('data-verdict')) !== (await el.getAttribute('data-other-verdict'));
    assert.equal(await line.getAttribute('data-differs'), differs ? '' : null);
    if (differs) {
      differing.push(await el.getAttribute('data-finding'));
      const text = await line.innerText();
      assert.match(text, /^As amended on 27 April 2026:/);
      for (const id of (await el.getAttribute('data-other-cites')).split(' ')) assert.ok(text.includes(id), `${text} names ${id}`);
    }
  }
  // Topics asked only under the amended terms (azure-first) count too.
  const otherOnly = (await x.builder.getAttribute('data-other-only')).split(' ').filter(Boolean);
  assert.ok(otherOnly.includes('azure-first'));
  const count = Number(await x.builder.locator('[data-differences]').getAttribute('data-differences'));
  assert.equal(count, differing.length + otherOnly.length);
  assert.match(await x.builder.locator('.differences').innerText(), new RegExp(`^${count} answers differ`));
  const listed = (await x.builder.locator('.other-only').textContent()).replace(/\s+/g, ' ');
  assert.match(listed, /Must it launch on Azure first\? ✓Yes \(rests on U1\)/);
  x.assertHealthy();
});

test('the side-by-side view shows both versions for the scenario, differences marked in words', async () => {
  const x = await newExplainer();
  await x.open('v=1&offering=open-weight-model&partner=oracle&host=oracle-cloud');
  await x.builder.getByText('Compare both versions side by side').click();
  const table = x.builder.locator('table.compare');
  await table.waitFor();
  // The chosen version first (here February's, from a v link), then the
  // others newest first; each row is a topic, never one version's question.
  assert.deepEqual(await table.locator('thead th').allInnerTexts(), ['Topic', 'The statement of 27 February 2026, superseded on 27 April 2026', 'As amended on 27 April 2026']);
  const rows = await table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({ topic: tr.dataset.compare, differs: tr.querySelector('th').innerText.includes('≠ differs'), cells: [...tr.querySelectorAll('td')].map((td) => td.innerText.replace(/\s+/g, ' ').trim()) })),
  );
  const byTopic = Object.fromEntries(rows.map((r) => [r.topic, r]));
  // Open weights: Azure is not required under either version; the licence
  // question is not addressed under either; the terms-changed question differs.
  assert.deepEqual(byTopic['azure-required'], { topic: 'azure-required', differs: false, cells: ['✗ No B11', '✗ No B11'] });
  assert.deepEqual(byTopic['ip-licence'].cells, ['? Not addressed A8 B11', '? Not addressed U3 B11']);
  assert.equal(byTopic['terms-changed'].differs, true);
  // A topic the versions ask differently: each side under its own question.
  const changed = table.locator('tr[data-compare="terms-changed"]');
  assert.match(await changed.locator('th').innerText(), /^Changes to the agreed terms/);
  assert.deepEqual(byTopic['terms-changed'].cells, [
    "Did the day's announcements change the agreed terms? ✗ No A2",
    'Have the agreed terms changed since the statement? ✓ Yes U1 U2 U3 U4 U5',
  ]);
  assert.deepEqual(byTopic['agi-process-changed'].cells, [
    "Did the day's announcements change how AGI is determined? ✗ No A13 B1",
    'Has the way AGI is determined changed since the statement? ? Not addressed A13 U5',
  ]);
  // Under the latest terms, they come first.
  await x.set('terms', '2026-04-27');
  assert.deepEqual(await table.locator('thead th').allInnerTexts(), ['Topic', 'As amended on 27 April 2026', 'The statement of 27 February 2026, superseded on 27 April 2026']);
  const marked = rows.filter((r) => r.differs).length;
  assert.equal(marked, Number(await x.builder.locator('[data-differences]').getAttribute('data-differences')));
  x.assertHealthy();
});

test('under the amended terms the estimate says it ignores the cap, and gives the reported amount as an unconfirmed report', async () => {
  const x = await newExplainer();
  await x.open('terms=2026-04-27&revenue=500&share=20');
  assert.equal(await x.estimateUsd(), '100');
  const notes = x.builder.locator('[data-estimate] .estimate-note');
  assert.match(await notes.first().innerText(), /\(assumed\)/);
  const text = (await notes.allInnerTexts()).join(' ');
  assert.match(text, /ignores the total cap on all of OpenAI's payments, whose amount the companies have not published/);
  const report = x.builder.locator('[data-estimate] [data-report="R1"]');
  assert.match(await report.innerText(), /The Information reported on 11 May 2026 .* \$38 billion in total \(unconfirmed/);
  assert.doesNotMatch(text, /would limit/, 'a small estimate is under any cap');
  // One deal's estimate above the reported cap says the cap, if accurate, would limit it.
  await x.set('revenue', '200000000000');
  assert.equal(await x.estimateUsd(), '40000000000');
  assert.match((await notes.allInnerTexts()).join(' '), /The reported cap, if accurate, would limit this estimate\./);
  await x.set('terms', '2026-02-27');
  assert.doesNotMatch((await notes.allInnerTexts()).join(' '), /cap/);
  x.assertHealthy();
});

test('the estimate is worded by the verdict: no "$0" beside an answer that is not a no', async () => {
  const x = await newExplainer();
  // Not addressed (training compute): no estimate, a dash.
  await x.open('v=1&offering=training-compute&terms=2026-04-27');
  assert.deepEqual(await x.finding('revenue-share'), { verdict: 'not-addressed', cites: 'U5' });
  assert.equal(await x.estimateUsd(), '0');
  const figure = x.builder.locator('[data-estimate] .estimate-figure strong');
  assert.equal(await figure.innerText(), '—');
  assert.match(await x.builder.locator('[data-estimate]').innerText(), /No estimate: the sources do not say whether the revenue share covers this revenue/);
  // Sold by Microsoft under the amended terms: Microsoft keeps its own sales.
  await x.open('v=1&channel=microsoft&partner=none&terms=2026-04-27');
  assert.equal(await figure.innerText(), '—');
  assert.match(await x.builder.locator('[data-estimate]').innerText(), /No estimate: Microsoft sells this itself and no longer pays OpenAI a share \(U4\)/);
  // A no: the share does not cover it.
  await x.open('v=1&year=2031&terms=2026-04-27');
  assert.equal(await figure.innerText(), '$0');
  assert.match(await x.builder.locator('[data-estimate]').innerText(), /does not cover this revenue/);
  x.assertHealthy();
});

for (const width of [320, 1280]) {
  test(`the comparison step reads at ${width}px: before and after, what is unsaid, a live example under both versions`, async () => {
    const x = await newExplainer({ viewport: { width, height: 900 } });
    await x.open();
    const n = await comparisonStep(x);
    // By its name: a step's number in links is not its place in the reading order.
    await x.open(`step=${await x.step(n).getAttribute('data-step-name')}`);
    const step = x.step(n);
    assert.match(await step.locator('h2').innerText(), /27 April 2026/);
    const table = step.locator('table.before-after');
    assert.ok((await table.locator('tbody tr').count()) >= 5, 'term by term');
    const cells = await table.locator('tbody td').allTextContents();
    assert.ok(cells.every((c) => /[AUB]\d/.test(c)), 'each side names its clauses');
    if (width === 320) {
      // One card per term: each cell carries its column's name.
      const label = await table.locator('tbody td').first().evaluate((td) => getComputedStyle(td, '::before').content);
      assert.match(label, /As the statement described them, with the October 2025 agreement/);
    }
    const overflow = await x.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no horizontal scrolling (overflow ${overflow}px)`);
    assert.ok((await step.locator('.step-unsaid li').count()) >= 3, 'what the posts leave unsaid');
    // The live example answers one scenario under both versions, the
    // latest first.
    const example = step.locator('.example');
    assert.equal(await example.getAttribute('data-terms'), '2026-04-27');
    // textContent: blocks below the fold are laid out only when scrolled
    // near (content-visibility), and innerText reads only laid-out text.
    const firstCell = () => example.locator('tr[data-compare="azure-first"] td').first().textContent();
    assert.match(await firstCell(), /Yes/);
    await x.page.locator(`#ex${n}-offering`).selectOption('co-developed-product');
    assert.match(await firstCell(), /Not addressed/);
    assert.equal(await example.locator('tr[data-compare="azure-first"] td').nth(1).textContent(), 'Not asked');
    x.assertHealthy();
  });
}

test('the timeline gains the amendment and the dates it set', async () => {
  const x = await newExplainer();
  await x.open('step=9');
  const events = await x.step(9).locator('.timeline .tl-item').allTextContents();
  assert.ok(events.some((e) => /^2026.*27 April 2026: Microsoft and OpenAI amend the terms/.test(e)), 'the amendment');
  assert.ok(events.some((e) => /^2030.*revenue-share payments/.test(e)), '2030: the end of the revenue share');
  assert.ok(events.some((e) => /^2032.*non-exclusive/.test(e)), '2032: the end of the non-exclusive licence');
  x.assertHealthy();
});

test('the corrections list is dated, and links written before a correction show the corrected answer', async () => {
  const x = await newExplainer();
  await x.open('v=1&offering=first-party-product&partner=none&channel=openai&host=azure');
  const entries = x.page.locator('[data-correction]');
  assert.deepEqual(await entries.evaluateAll((els) => els.map((e) => e.dataset.correction)), ['1', '2', '3', '4', '5', '6', '7', '8']);
  for (const entry of await entries.all()) {
    assert.equal(await entry.locator('time[datetime^="2026-1"]').count(), 1);
    assert.match(await entry.textContent(), /Before: .*Now: .*Why: /s);
  }
  // Correction 8 (December 2026): a product built with a third party.
  assert.equal(await x.page.locator('[data-correction="8"] time[datetime="2026-12"]').count(), 1);
  await x.open('v=1&offering=co-developed-product&partner=amazon');
  assert.deepEqual(await x.finding('ip-licence'), { verdict: 'not-addressed', cites: 'A8 B2 B5' });
  assert.equal(await x.finding('ip-exclusive'), null, 'exclusivity is not asked');
  await x.open('v=1&offering=first-party-product&partner=none&channel=openai&host=azure');
  // Correction 1: a link from before it now shows "not addressed".
  assert.deepEqual(await x.finding('azure-required'), { verdict: 'not-addressed', cites: 'A7 J1' });
  // Correction 2: on Azure it always fits.
  assert.deepEqual(await x.finding('host-consistent'), { verdict: 'yes', cites: 'A7 J1' });
  x.assertHealthy();
});
