// The terms over time: the chart of verdicts by year agrees with the
// builder year by year under every version, is reached by keyboard and read
// in words; the feed is read by real feed readers' parsers; the data files
// agree with the decision table on the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { extractFromXml } from '@extractus/feed-extractor';
import { useExplainer } from './support/fixture.mjs';

const newExplainer = useExplainer();
const DIST = process.env.DIST ?? 'dist';

/** Every cell of a chart: "YEAR TOPIC VERSION" → verdict. */
const chartCells = (chart) =>
  chart.locator('[data-year]').evaluateAll((cells) =>
    Object.fromEntries(cells.map((c) => [`${c.dataset.year} ${c.dataset.topic} ${c.dataset.version}`, c.dataset.verdict])),
  );

/** The builder's answers under every version: "TOPIC VERSION" → verdict ("none" where not asked). */
const builderAnswers = (x) =>
  x.builder.locator('[data-finding]').evaluateAll((els) =>
    Object.fromEntries(
      els.flatMap((e) =>
        [...e.attributes].filter((a) => /^data-verdict-\d{4}-\d{2}-\d{2}$/.test(a.name)).map((a) => [`${e.dataset.finding} ${a.name.slice(13)}`, a.value]),
      ),
    ),
  );

// Generated scenarios: offerings, hosts, partners, versions and AGI verified
// in a year of its own (so setting the year does not move it).
const scenarios = [
  'v=1&offering=research-model&partner=none&channel=openai&host=openai-own&agi=yes&agi-year=2029&terms=2026-04-27',
  'v=1&offering=stateless-api&partner=google&channel=partner&host=google-cloud&agi=no&terms=2026-02-27',
  'v=1&offering=co-developed-product&partner=amazon&channel=partner&host=aws&agi=yes&agi-year=2034&terms=2026-04-27',
  'v=1&offering=training-compute&partner=oracle&channel=microsoft&host=azure&agi=no&terms=2026-04-27',
];

for (const scenario of scenarios) {
  test(`each year's cells are the builder's answers for that year, under every version (${scenario})`, async () => {
    const x = await newExplainer();
    await x.open(`${scenario}&year=2026`);
    const chart = x.builder.locator('[data-year-chart]');
    const cells = await chartCells(chart);
    const versions = (await x.builder.getAttribute('data-versions')).split(' ');
    assert.equal(Object.keys(cells).length % (15 * versions.length), 0, 'every year under every version');
    for (const year of ['2026', '2029', '2030', '2031', '2032', '2033', '2034', '2040']) {
      await x.set('year', year);
      await x.settled();
      const answers = await builderAnswers(x);
      // Every topic the builder answers under the chosen version (a topic
      // only another version asks is listed apart, in data-other-only).
      const topics = new Set(Object.keys(answers).map((k) => k.split(' ')[0]));
      const otherOnly = (await x.builder.getAttribute('data-other-only')).split(' ').filter(Boolean);
      for (const topic of otherOnly) assert.equal(cells[`${year} ${topic} ${versions.find((v) => scenario.includes(`terms=${v}`))}`], 'none', `${topic} is not asked in ${year} under the chosen version`);
      for (const topic of topics) {
        for (const version of versions) {
          const want = answers[`${topic} ${version}`] ?? 'none';
          assert.equal(cells[`${year} ${topic} ${version}`], want, `${year} ${topic} under ${version}`);
        }
      }
      // The chart follows the reader: the same cells, redrawn for nothing.
      assert.deepEqual(await chartCells(chart), cells, `the cells stay the same at ${year}`);
    }
  });
}

test('the chart is one tab stop whose cells the arrow keys reach, each named in words', async () => {
  const x = await newExplainer();
  await x.open();
  await x.builder.getByText(/^Year by year, under/).click();
  const chart = x.builder.locator('[data-year-chart]');
  assert.equal(await chart.locator('[tabindex="0"]').count(), 1, 'one tab stop');
  const first = chart.locator('[tabindex="0"]');
  await first.focus();
  const name = async () => x.page.evaluate(() => document.activeElement.querySelector('title').textContent);
  assert.match(await name(), /^2026\. .+\? Under the terms as amended on 27 April 2026: (Yes|No|Not addressed) \([A-Z]\d/);
  await x.page.keyboard.press('ArrowRight');
  await x.page.keyboard.press('ArrowDown');
  const focused = await x.page.evaluate(() => ({ ...document.activeElement.dataset }));
  assert.equal(focused.year, '2027');
  assert.equal(focused.version, '2026-02-27', 'the next band: the other version');
  assert.match(await name(), /superseded on 27 April 2026/);
  assert.equal(await chart.locator('.yc-out').textContent(), await name(), 'the cell in view, in words');
  await x.page.keyboard.press('End');
  assert.equal(await x.page.evaluate(() => document.activeElement.dataset.year), '2040');
  assert.equal(await chart.locator('[tabindex="0"]').count(), 1, 'still one tab stop');
  // A tap names a cell too.
  await chart.locator('[data-year="2031"][data-topic="revenue-share"]').first().click();
  assert.match(await chart.locator('.yc-out').textContent(), /^2031\. .*: No \(U5\)\./);
  // Screen readers have the same, run by run, in a table.
  const table = await chart.locator('table').textContent();
  assert.match(table, /2026 to 2030: Yes \(U5[^)]*\)\. 2031 to 2040: No \(U5\)\./);
  assert.deepEqual(x.problems, []);
});

test('the comparison step holds the chart for the starting deal before the wasm, and the years are marked', async () => {
  const html = await readFile(`${DIST}/index.html`, 'utf8');
  const x = await newExplainer();
  await x.open('step=what-changed');
  const step = x.page.locator('[data-step-name="what-changed"] [data-year-chart]');
  assert.equal(await step.count(), 1);
  assert.ok(html.includes('data-year-chart'), 'built into the page');
  const cells = await chartCells(step);
  // The starting deal (the builder's default) under the amended terms.
  assert.equal(cells['2030 revenue-share 2026-04-27'], 'yes');
  assert.equal(cells['2031 revenue-share 2026-04-27'], 'no');
  assert.equal(cells['2033 ip-licence 2026-04-27'], 'not-addressed');
  assert.equal(cells['2026 azure-first 2026-02-27'], 'none', 'not asked in February');
  const labels = await step.locator('.yc-deciding text').allTextContents();
  assert.deepEqual(labels, ['B3 U5', 'B2 U3']);
});

test('the feed is read by feed readers: every version, correction, report and rules change, dated and linked', async () => {
  const xml = await readFile(`${DIST}/feed.xml`, 'utf8');
  const feed = await extractFromXml(xml, { normalization: true });
  assert.ok(feed.entries.length >= 14, `${feed.entries.length} entries`);
  for (const e of feed.entries) {
    assert.ok(e.link && /^https?:\/\//.test(e.link), `${e.id}: an absolute link`);
    assert.ok(!Number.isNaN(Date.parse(e.published)), `${e.id}: a date`);
  }
  const python = 'target/hosts/python/bin/python';
  const out = execFileSync(python, ['-c', `
import feedparser, json, sys
d = feedparser.parse(sys.argv[1])
assert not d.bozo, d.bozo_exception
print(json.dumps([{"id": e.id, "updated": e.updated, "link": e.link, "summary": e.summary} for e in d.entries]))
`, `${DIST}/feed.xml`]);
  const entries = JSON.parse(out);
  const ids = entries.map((e) => e.id);
  assert.equal(new Set(ids).size, ids.length, 'ids are unique');
  const byId = Object.fromEntries(entries.map((e) => [e.id.split(':').pop(), e]));
  assert.equal(byId['terms/2026-04-27'].updated, '2026-04-27T00:00:00Z');
  assert.equal(byId['correction/8'].updated, '2026-12-01T00:00:00Z', 'a month: its first day');
  assert.match(byId['report/R1'].summary, /unconfirmed/);
  assert.match(entries.find((e) => e.id.endsWith('report/R1')).summary, /The Information/);
  assert.match(byId['rules/4'].summary, /Source: the explainer's list of corrections: 8\./);
  assert.match(byId['correction/8'].link, /#correction-8$/);
  // The page and every embed's update notice point to it.
  const x = await newExplainer();
  await x.open('embed=builder');
  assert.equal(await x.page.locator('link[rel="alternate"][type="application/atom+xml"]').count(), 1);
  const notice = x.page.locator('[data-update] a[type="application/atom+xml"]');
  assert.ok(await notice.isVisible(), 'the embed notice links the feed');
  const response = await x.page.request.get(new URL(await notice.getAttribute('href'), x.page.url()).href);
  assert.equal(response.status(), 200);
});

test('the data files agree with the decision table on the page', async () => {
  const csv = (await readFile(`${DIST}/data/decisions.csv`, 'utf8')).trim().split(/\r?\n/);
  assert.equal(csv[0], 'offering,topic,terms,verdict,cites,rule');
  const json = JSON.parse(await readFile(`${DIST}/data/decisions.json`, 'utf8'));
  assert.equal(json.decisions.length, csv.length - 1);
  for (const key of ['rules_version', 'licence', 'cite']) assert.ok(json[key], key);
  const x = await newExplainer();
  await x.open();
  assert.equal(String(json.rules_version), await x.page.locator('html').getAttribute('data-rules-version'));
  await x.builder.getByText('Every offering at a glance').click();
  await x.builder.locator('[data-decision-table] [data-cell]').first().waitFor();
  const cells = await x.builder.locator('[data-decision-table] [data-cell]').evaluateAll((tds) =>
    tds.flatMap((td) =>
      [...td.attributes].filter((a) => /^data-verdict-/.test(a.name) && a.value !== 'none').map((a) => {
        const date = a.name.slice(13);
        return `${td.dataset.cell.replace(' ', ',')},${date},${a.value},${td.getAttribute(`data-cites-${date}`)}`;
      }),
    ),
  );
  const rows = csv.slice(1).map((line) => line.split(',').slice(0, 5).join(','));
  assert.deepEqual([...rows].sort(), [...cells].sort(), 'one row per cell and version, the same verdict and clauses');
  json.decisions.forEach((d, i) => assert.equal(`${d.offering},${d.topic},${d.terms},${d.verdict},${d.cites},${d.rule}`, csv[i + 1]));
  const clauses = JSON.parse(await readFile(`${DIST}/data/clauses.json`, 'utf8'));
  const onPage = await x.page.locator('#clause-cards').evaluate((t) => [...t.content.querySelectorAll('[data-clause]')].map((c) => c.dataset.clause));
  assert.deepEqual(clauses.clauses.map((c) => c.id).sort(), [...new Set(onPage)].sort());
  for (const link of ['data/decisions.csv', 'data/decisions.json', 'data/clauses.json', 'feed.xml']) {
    const a = x.page.locator(`a[data-download="${link}"]`);
    const response = await x.page.request.get(new URL(await a.getAttribute('href'), x.page.url()).href);
    assert.equal(response.status(), 200, link);
  }
});
