// An answer a reporter can cite: "Copy" gives the answer with its sources,
// version and permalink; "Link" the permalink; the page says how to cite it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useExplainer } from './support/fixture.mjs';

const newExplainer = useExplainer();
const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };

test('Copy pastes the answer, why, its clauses and sources, the terms version, the rules version and the permalink', async () => {
  const x = await newExplainer(clipboard);
  await x.open('terms=2026-04-27&host=google-cloud');
  const version = await x.page.locator('html').getAttribute('data-rules-version');
  const answer = x.builder.locator('[data-finding="azure-required"]');
  await answer.getByRole('button', { name: 'Copy this answer, with its sources' }).click();
  await x.page.waitForFunction(() => /Answer copied/.test(document.querySelector('.share-status')?.textContent));
  const text = await x.page.evaluate(() => navigator.clipboard.readText());
  assert.match(text, /\n\nUnder the terms as amended on 27 April 2026:\nMust it be served from Azure\?\nNo: /);
  assert.match(text, /- U1 \(Amendment: 27 April 2026\): .+ Source: The next phase of the Microsoft–OpenAI partnership, matching posts on the Official Microsoft Blog and openai.com, 27 April 2026\./, 'each source with its publisher');
  // The statement's answer follows, dated as superseded, each superseded
  // clause with its note.
  assert.match(text, /\n\nUnder the terms as the statement of 27 February 2026 described them, superseded on 27 April 2026:\nMust it be served from Azure\?\nYes: /);
  assert.match(text, /- A4 \(News report\): .+ Changed on 27 April 2026: .+ Source: /);
  assert.match(text, /^The deal \(a scenario set up in the explainer to test the terms; it states no fact about any actual deal\): What is offered: Stateless API; .*Where it runs: Google Cloud;/, 'the copy names the deal in words');
  assert.match(text, new RegExp(`Terms last checked against the sources on \\d+ \\w+ 2026; rules version ${version}\\.`));
  assert.equal(version, '4', 'rules version 4: correction 8');
  const permalink = text.trim().split(' ').pop();
  assert.match(permalink, /^http:\/\/127\.0\.0\.1:\d+\/explainers\/partnership\/\?v=1&.*host=google-cloud.*&terms=2026-04-27#answer-azure-required$/);
  // The permalink reopens the same answer.
  await x.open(new URL(permalink).search.slice(1));
  assert.deepEqual(await x.finding('azure-required'), { verdict: 'no', cites: 'U1 U2' });
  x.assertHealthy();
});

test('Link copies the permalink to this scenario with the answer in view; an example\'s is its own page', async () => {
  const x = await newExplainer(clipboard);
  for (const [query, written] of [
    ['offering=stateful-runtime&year=2030', /\?v=1&offering=stateful-runtime&.*year=2030.*#answer-host-consistent$/],
    ['offering=stateful-runtime', /\/examples\/bedrock-stateful-runtime\/\?terms=2026-04-27#answer-host-consistent$/],
  ]) {
    await x.open(query);
    await x.builder.locator('[data-finding="host-consistent"]').getByRole('button', { name: 'Link to this answer' }).click();
    await x.page.waitForFunction(() => /Link to the answer copied/.test(document.querySelector('.share-status')?.textContent));
    const link = await x.page.evaluate(() => navigator.clipboard.readText());
    assert.match(link, written);
    const answers = await x.allFindings();
    await x.page.goto(link);
    await x.page.waitForSelector('[data-builder][aria-busy="false"] [data-finding]');
    assert.deepEqual(await x.allFindings(), answers, 'the link reopens the same answers');
    const box = await x.builder.locator('#answer-host-consistent').boundingBox();
    assert.ok(box.y >= 0 && box.y < 900, 'the answer is in view');
  }
  x.assertHealthy();
});

test('the citation gives title, date the terms were checked, address and rules version, as text and BibTeX', async () => {
  const x = await newExplainer();
  await x.open('host=azure');
  const plain = await x.page.locator('[data-cite="plain"]').textContent();
  const bibtex = await x.page.locator('[data-cite="bibtex"]').textContent();
  const page = new URL(x.page.url());
  const checked = (await x.page.locator('.sources .checked time').getAttribute('datetime'));
  const rules = await x.page.locator('html').getAttribute('data-rules-version');
  for (const text of [plain, bibtex]) {
    // The title says the statement was joint and the terms were amended.
    assert.match(text, /“Unchanged”, then amended: what the Microsoft–OpenAI joint statement said, and how the terms changed/);
    assert.match(text, /Terms last checked on \d+ \w+ 20\d\d/);
    assert.ok(text.includes(`rules version ${rules}`), 'the rules version, as on the page');
    assert.ok(text.includes(page.origin + page.pathname), 'the page address, without the scenario');
    assert.ok(!text.includes('host=azure'));
  }
  assert.match(bibtex, new RegExp(`^@misc\\{partnership-explainer-v${rules},\\n  title = \\{.+\\},[\\s\\S]*url = \\{http[^}]+\\},\\n  urldate = \\{${checked}\\}\\n\\}$`));
  x.assertHealthy();
});
