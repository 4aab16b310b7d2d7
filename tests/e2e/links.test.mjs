// Every rule of terms.md, opened as a link in the contract.md format, shows
// exactly the specified verdict and citations; bad links never break the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { specTable, useExplainer } from './support/fixture.mjs';

const newExplainer = useExplainer();

/** The link a row of rules.tsv stands for: its query, under its version. */
const rowLink = (terms, query) => (terms === '2026-02-27' ? `v=1&${query}` : `v=1&${query}&terms=${terms}`);

test('every rule row, under every version: the link shows its verdict, citations and rule, and every version\'s by date', async () => {
  const [header, ...rows] = await specTable('rules.tsv');
  const column = (cols, name) => {
    const i = header.cols.indexOf(name);
    assert.ok(i >= 0, `rules.tsv has a column "${name}"`);
    return cols[i];
  };
  assert.ok(rows.length >= 100, `the table has ${rows.length} rows`);
  const x = await newExplainer();
  await x.open('');
  const versions = (await x.builder.getAttribute('data-versions')).split(' ');
  let checked = 0;
  for (const { line, cols } of rows) {
    const cell = (name) => column(cols, name);
    const [terms, topic, what] = [cell('terms'), cell('topic'), cell('what')];
    // A row under a version the page does not have (the test-only one).
    if (!versions.includes(terms)) continue;
    await x.open(rowLink(terms, cell('query')));
    const where = `rules.tsv line ${line} (${terms}: ${what})`;
    assert.equal(await x.builder.getAttribute('data-terms'), terms, `${where}: the version answering`);
    // data-other-*: the version just before, or for the earliest the one after.
    const at = versions.indexOf(terms);
    const compared = versions[at === 0 ? 1 : at - 1];
    if (topic === 'microsoft-cut') {
      assert.equal(await x.estimateUsd(), cell(`verdict ${terms}`), where);
    } else if (cell(`verdict ${terms}`) === 'none') {
      assert.equal(await x.finding(topic), null, where);
      const otherOnly = (await x.builder.getAttribute('data-other-only')).split(' ');
      assert.equal(otherOnly.includes(topic), cell(`verdict ${compared}`) !== 'none', `${where}: listed among the compared version's topics`);
    } else {
      const el = x.builder.locator(`[data-finding="${topic}"]`);
      assert.deepEqual(await x.finding(topic), { verdict: cell(`verdict ${terms}`), cites: cell(`cites ${terms}`) }, where);
      assert.equal(await el.getAttribute('data-rule'), cell(`rule ${terms}`), `${where}: the rule row that fires`);
      assert.deepEqual(await x.otherFinding(topic), { verdict: cell(`verdict ${compared}`), cites: cell(`cites ${compared}`) }, `${where}: the compared version`);
      for (const date of versions) {
        assert.equal(await el.getAttribute(`data-verdict-${date}`), cell(`verdict ${date}`), `${where}: under ${date}`);
        assert.equal(await el.getAttribute(`data-cites-${date}`), cell(`cites ${date}`), `${where}: cites under ${date}`);
      }
    }
    assert.deepEqual(await x.inputErrors(), [], `${where}: the link is valid`);
    checked += 1;
  }
  assert.ok(checked >= 100, `rows checked: ${checked}`);
  x.assertHealthy();
});

test('every bad link names its fields, uses defaults for them, and keeps the rest', async () => {
  const rows = await specTable('bad-links.tsv');
  const x = await newExplainer();
  for (const { line, cols } of rows) {
    const [fields, query, kept] = cols;
    await x.open(query);
    const where = `bad-links.tsv line ${line}: ${query}`;
    assert.deepEqual((await x.inputErrors()).sort(), fields.split(' ').sort(), where);
    const latest = (await x.builder.getAttribute('data-versions')).split(' ').at(-1);
    for (const pair of kept.split(' ')) {
      const [name, written] = pair.split('=');
      const value = name === 'terms' && written === 'latest' ? latest : written;
      assert.equal(await x.value(name), value, `${where}: ${name}`);
    }
    const message = await x.builder.locator(`[data-input-error="${fields.split(' ')[0]}"]`).first().innerText();
    assert.match(message, new RegExp(`^${fields.split(' ')[0]}: `), `${where}: the message names the field`);
    assert.ok((await x.allFindings()).length >= 6, `${where}: answers still shown`);
  }
  x.assertHealthy();
});

test('hostile links: huge, script-bearing, wrongly typed, doubled', async () => {
  const x = await newExplainer();
  const hostile = [
    `offering=${'a'.repeat(7_000)}`,
    'revenue=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&host=%22%3E%3Cscript%3Ealert(2)%3C/script%3E',
    'year[]=2030&agi[x]=yes&revenue=1e999999&share=-0.0000000001',
    'offering=stateless-api&offering=teleport&%FF%FE=%00&step=-3',
    'v=99&step=1e3&embed=%3Cscript%3E',
    '&&&===&&',
  ];
  for (const query of hostile) {
    await x.open(query);
    assert.ok((await x.allFindings()).length >= 6, `answers shown for ${query.slice(0, 60)}`);
    // (The head script, in <head>, is the page's own.)
    assert.equal(await x.page.locator('img, body script:not([src]):not([type])').count(), 0, 'no markup from the link reaches the page');
    const messages = await x.builder.locator('[data-input-error]').allInnerTexts();
    for (const m of messages) assert.ok(m.length < 400, `messages stay short: ${m.length}`);
  }
  x.assertHealthy();
});
