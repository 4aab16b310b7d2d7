// The scenario builder: inputs change the answers and the address, and the
// address reopens to the same answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useExplainer } from './support/fixture.mjs';

const newExplainer = useExplainer();

test('changing inputs changes verdicts, the estimate and the address', async () => {
  const x = await newExplainer();
  // A link written before versions existed: the statement's terms.
  await x.open('v=1');
  assert.deepEqual(await x.finding('host-consistent'), { verdict: 'no', cites: 'A4 A6 B5' });
  assert.equal(await x.estimateUsd(), '200000');

  await x.set('host', 'azure');
  assert.deepEqual(await x.finding('host-consistent'), { verdict: 'yes', cites: 'A4 A6 B5' });
  assert.equal((await x.address()).host, 'azure');

  await x.set('offering', 'stateful-runtime');
  assert.deepEqual(await x.finding('azure-required'), { verdict: 'not-addressed', cites: 'A4 B5' });
  assert.equal((await x.address()).offering, 'stateful-runtime');

  await x.set('revenue', '5000000');
  await x.set('share', '12.5');
  assert.equal(await x.estimateUsd(), '625000');
  const address = await x.address();
  assert.equal(address.revenue, '5000000');
  assert.equal(address.share, '12.5');
  assert.equal(address.v, '1');

  await x.set('channel', 'microsoft');
  assert.deepEqual(await x.finding('revenue-share'), { verdict: 'not-addressed', cites: 'A9' });
  assert.equal(await x.estimateUsd(), '0');
  x.assertHealthy();
});

test('the address reopens to exactly the same answers', async () => {
  const x = await newExplainer();
  await x.open();
  await x.set('offering', 'research-model');
  await x.set('year', '2031');
  await x.set('agi', 'yes');
  await x.set('agi-year', '2033');
  await x.set('partner', 'oracle');
  const before = await x.allFindings();
  await x.settled();
  const link = x.page.url();

  const y = await newExplainer();
  await y.page.goto(link);
  await y.page.waitForSelector('[data-builder][aria-busy="false"] [data-finding]');
  assert.deepEqual(await y.allFindings(), before);
  assert.equal(await y.value('agi-year'), '2033');
  assert.deepEqual(await y.inputErrors(), []);
  x.assertHealthy();
  y.assertHealthy();
});

test('bad typing names the field, uses the default, and clears when fixed', async () => {
  const x = await newExplainer();
  await x.open('revenue=3000000');
  await x.set('revenue', '3 million');
  assert.deepEqual(await x.inputErrors(), ['revenue']);
  assert.equal(await x.estimateUsd(), '200000', 'the default revenue is used meanwhile');
  assert.equal(await x.value('revenue'), '3 million', 'the typed text stays for fixing');
  await x.set('revenue', '3000000');
  assert.deepEqual(await x.inputErrors(), []);
  assert.equal(await x.estimateUsd(), '600000');

  await x.set('year', '2051');
  assert.deepEqual(await x.inputErrors(), ['year']);
  assert.ok((await x.allFindings()).length >= 6, 'everything else keeps working');
  x.assertHealthy();
});

test('choices that would make a bad combination are disabled, with the reason', async () => {
  const x = await newExplainer();
  await x.open('channel=partner');
  const none = x.page.locator('#b-partner option[value="none"]');
  assert.ok(await none.isDisabled());
  assert.match(await x.page.locator('#b-partner-help').innerText(), /unavailable: a partner can only sell it/);
  await x.set('channel', 'openai');
  assert.ok(!(await none.isDisabled()));
  await x.set('partner', 'none');
  assert.ok(await x.page.locator('#b-channel option[value="partner"]').isDisabled());
  assert.ok(await x.page.locator('#b-offering option[value="co-developed-product"]').isDisabled());
  assert.equal(await x.finding('partner-anticipated'), null);
  x.assertHealthy();
});

test('presets are examples ("Suppose…"), each with its own answers', async () => {
  const x = await newExplainer();
  await x.open();
  const presets = await x.page.locator('#preset option[data-preset]').evaluateAll((els) => els.map((e) => e.value));
  assert.ok(presets.length >= 6);
  for (const name of await x.page.locator('#preset option[data-preset]').allInnerTexts()) {
    assert.match(name, /^Suppose /, 'a preset is an example, not a claim that a deal exists');
  }
  const seen = new Set();
  for (const value of presets) {
    await x.page.locator('#preset').selectOption(value);
    // Both versions: under the latest terms alone, where a deal runs can
    // matter less than it did.
    const answers = (await x.allFindings({ both: true })).join(' ');
    assert.ok(!seen.has(answers), `preset ${value} differs from the others`);
    seen.add(answers);
    // A bare visit answers under the latest terms; a preset keeps them.
    assert.equal((await x.address()).terms, '2026-04-27', `preset ${value} keeps the reader's terms`);
  }
  await x.page.locator('#preset').selectOption({ label: 'Suppose the stateful runtime ran on Amazon Bedrock' });
  assert.equal((await x.address()).offering, 'stateful-runtime');
  await x.page.locator('#preset').selectOption({ label: 'Suppose OpenAI served its API from AWS itself' });
  assert.deepEqual(await x.finding('host-consistent'), { verdict: 'yes', cites: 'U1 U2' });
  // Under the statement's terms, a preset stays under them.
  await x.set('terms', '2026-02-27');
  await x.page.locator('#preset').selectOption({ label: 'Suppose AWS distributed Frontier' });
  assert.equal((await x.address()).terms, '2026-02-27');
  assert.deepEqual(await x.finding('azure-required'), { verdict: 'not-addressed', cites: 'A7 J1' });
  await x.page.getByRole('button', { name: 'Reset' }).click();
  assert.equal(await x.value('offering'), 'stateless-api');
  assert.equal(await x.value('terms'), '2026-04-27', 'the default scenario is under the latest terms');
  x.assertHealthy();
});

test('each answer expands to its clauses, kept apart by provenance', async () => {
  const x = await newExplainer();
  await x.open('v=1&offering=stateless-api&agi=yes&year=2030');
  const finding = x.builder.locator('[data-finding="azure-required"]');
  await finding.locator('.cites > summary').click();
  const clauses = finding.locator('[data-clause]');
  assert.deepEqual(await clauses.evaluateAll((els) => els.map((e) => e.dataset.clause)), ['A4', 'B13']);
  assert.match(await clauses.nth(0).innerText(), /News report/i);
  assert.match(await clauses.nth(1).innerText(), /Background: October 2025 agreement/i);
  assert.match(await finding.innerText(), /Not addressed/);
  assert.match(await finding.locator('.unsaid').innerText(), /Not said/);
  x.assertHealthy();
});

test('copy link puts the scenario link on the clipboard and says so', async () => {
  const x = await newExplainer({ permissions: ['clipboard-read', 'clipboard-write'] });
  await x.open();
  await x.set('offering', 'open-weight-model');
  await x.builder.getByRole('button', { name: 'Copy link to this scenario' }).click();
  await x.page.waitForFunction(() => document.querySelector('.share-status')?.textContent === 'Link copied.');
  const copied = await x.page.evaluate(() => navigator.clipboard.readText());
  await x.settled();
  assert.equal(copied, x.page.url());
  assert.match(copied, /offering=open-weight-model/);
  x.assertHealthy();
});
