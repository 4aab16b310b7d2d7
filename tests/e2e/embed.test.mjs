// Embeds in a news article: frames fit their content at any width, follow it
// as it changes, ignore forged messages, follow the theme; the embed code
// from the dialog works when pasted into a blank page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useExplainer } from './support/fixture.mjs';
import { ArticlePage } from './support/article-page.mjs';
import { servePage } from './support/server.mjs';

const newExplainer = useExplainer();

async function openArticle(width) {
  const x = await newExplainer({ viewport: { width, height: 900 } });
  const article = new ArticlePage(x.page);
  await x.page.goto(`${x.baseUrl}demo-article.html`);
  return { x, article };
}

/** A whole-explainer embed added to the article as an editor would, after
 * `filler` pixels of story. */
async function addWholeExplainer(x, query, filler = 0) {
  await x.page.evaluate(({ query, filler }) => {
    const story = document.createElement('div');
    story.style.height = `${filler}px`;
    const frame = document.createElement('iframe');
    frame.id = 'embed-all';
    frame.src = `./?${query}`;
    frame.title = 'Explainer';
    frame.setAttribute('data-partnership-explainer', '');
    document.querySelector('article').append(story, frame);
  }, { query, filler });
}

for (const width of [320, 768, 1280]) {
  test(`each embed ends at its content height, with no inner scrollbar (${width}px)`, async () => {
    const { x, article } = await openArticle(width);
    for (const id of ['embed-builder', 'embed-step']) {
      await article.sized(id);
      const inner = await article.inner(id);
      assert.ok(Math.abs((await article.height(id)) - inner.content) <= 1, `${id} fits its content`);
      assert.equal(inner.scrolls, false, `${id} has no inner scrollbar`);
    }
    // What an embed leaves out stays in the page, hidden (the fixed words are
    // adopted once, never redrawn): count what a reader can see.
    assert.equal(await article.frame('embed-step').locator('[data-step]:visible').count(), 1, 'a step embed shows one step');
    assert.equal(await article.frame('embed-step').locator('[data-step="3"]:visible').count(), 1);
    assert.equal(await article.frame('embed-step').locator('[data-builder]:visible, .progress:visible, .step-nav:visible').count(), 0, 'nothing but the step');
    assert.equal(await article.frame('embed-builder').locator('[data-builder]:visible').count(), 1);
    assert.equal(await article.frame('embed-builder').locator('[data-step]:visible').count(), 0, 'no walkthrough');
    assert.equal(await article.frame('embed-builder').locator('.masthead:visible, .glossary:visible, .sources:visible').count(), 0, 'no page chrome');
    // An article that embedded the explainer before the amendment shows it
    // now, without anyone touching the article.
    for (const id of ['embed-builder', 'embed-step']) {
      assert.ok(await article.frame(id).locator('[data-update="2026-04-27"]').isVisible(), `${id} shows the update notice`);
    }
    article.assertHealthy();
    x.assertHealthy();
  });
}

test('the height follows when an answer expands or the step changes', async () => {
  const { x, article } = await openArticle(768);
  await article.sized('embed-builder');
  const before = await article.height('embed-builder');
  for (const summary of await article.frame('embed-builder').locator('[data-builder] details summary').all()) await summary.click();
  await article.settled('embed-builder');
  assert.ok((await article.height('embed-builder')) > before + 100, 'it grew with the expanded answers');

  // A whole-explainer embed, added as an editor would, moving between steps.
  await addWholeExplainer(x, 'embed=1&step=1');
  await article.sized('embed-all');
  const frameAll = article.frame('embed-all');
  assert.ok(await frameAll.locator('[data-update="2026-04-27"]').isVisible(), 'a whole-explainer embed shows the update notice');
  for (const step of [2, 3, 4]) {
    await frameAll.locator('[data-nav="next"]').click();
    await x.page.waitForFunction((n) => document.getElementById('embed-all').dataset.stepShown === String(n), step);
    await article.settled('embed-all');
    assert.equal((await article.inner('embed-all')).scrolls, false);
  }
  // The step's stable name in the link; its stable number in the message.
  assert.match(await article.frameElement('embed-all').getAttribute('data-link'), /step=own-products/, 'the host can deep-link');
  article.assertHealthy();
});

test('forged or malformed messages resize nothing; absurd heights are clamped', async () => {
  const { x, article } = await openArticle(1280);
  await article.sized('embed-builder');
  await article.sized('embed-step');
  const heights = async () => [await article.height('embed-builder'), await article.height('embed-step')];
  const before = await heights();
  // From the page itself.
  await x.page.evaluate(() => window.postMessage({ type: 'partnership-explainer:height', height: 50 }, '*'));
  // From another frame on the page, claiming to be an explainer.
  const other = x.page.frames().find((f) => f.url().includes('embed=step'));
  await other.evaluate(() => parent.postMessage({ type: 'partnership-explainer:height', height: 'huge' }, '*'));
  // Wrong shapes from a real embed.
  const builderFrame = x.page.frames().find((f) => f.url().includes('embed=builder'));
  await builderFrame.evaluate(() => {
    parent.postMessage('{"type":"partnership-explainer:height","height":60}', '*');
    parent.postMessage({ type: 'partnership-explainer:height', height: -5 }, '*');
    parent.postMessage({ type: 'other', height: 70 }, '*');
  });
  await x.page.waitForTimeout(200);
  assert.deepEqual(await heights(), before, 'nothing moved');
  // A real embed reporting an absurd height is held within bounds.
  await builderFrame.evaluate(() => parent.postMessage({ type: 'partnership-explainer:height', height: 1e9 }, '*'));
  await x.page.waitForTimeout(100);
  assert.equal(await article.height('embed-builder'), 30000);
});

test('the theme follows the parameter and the host’s theme message, checked strictly', async () => {
  const x = await newExplainer({ colorScheme: 'light' });
  const bg = () => x.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await x.open('embed=builder&theme=dark');
  assert.equal(await x.page.locator('html[data-theme="dark"]').count(), 1);
  assert.equal(await bg(), 'rgb(22, 24, 29)');
  await x.open('embed=builder&theme=light&bg=transparent');
  assert.equal(await bg(), 'rgba(0, 0, 0, 0)');
  await x.open('embed=builder');
  assert.equal(await bg(), 'rgb(247, 245, 240)', 'auto follows the reader (light here)');

  // Inside a frame, the host may ask for a theme; anything else is ignored.
  const article = new ArticlePage(x.page);
  await x.page.goto(`${x.baseUrl}demo-article.html`);
  await article.sized('embed-builder');
  const frameTheme = () => article.frame('embed-builder').locator('html').getAttribute('data-theme');
  const send = (message) =>
    x.page.evaluate((m) => document.getElementById('embed-builder').contentWindow.postMessage(m, '*'), message);
  await send({ type: 'partnership-explainer:theme', theme: 'neon' });
  await send({ type: 'partnership-explainer:theme', theme: 'dark', extra: 1 });
  await send('{"type":"partnership-explainer:theme","theme":"dark"}');
  await x.page.waitForTimeout(150);
  assert.equal(await frameTheme(), null, 'malformed theme messages are ignored');
  await send({ type: 'partnership-explainer:theme', theme: 'dark' });
  await x.page.waitForFunction(() => document.getElementById('embed-builder').contentDocument.documentElement.dataset.theme === 'dark');
  article.assertHealthy();
});

test('the embed dialog: keyboard friendly, copies code that works in a blank page', async () => {
  const x = await newExplainer({ permissions: ['clipboard-read', 'clipboard-write'] });
  await x.open('host=azure');
  const opener = x.page.getByRole('button', { name: 'Embed this explainer' });
  await opener.focus();
  await x.page.keyboard.press('Enter');
  const dialog = x.page.getByRole('dialog', { name: 'Embed this explainer' });
  assert.ok(await dialog.isVisible());
  await dialog.getByLabel('The scenario builder, with the current scenario').check();
  await dialog.getByLabel('Theme').selectOption('dark');
  const code = await dialog.locator('textarea').inputValue();
  assert.match(code, /embed=builder/);
  assert.match(code, /host=azure/);
  assert.match(code, /theme=dark/);
  assert.match(code, /<script src="http:\/\/127\.0\.0\.1:\d+\/explainers\/partnership\/embed\.js" async><\/script>/);
  await dialog.getByRole('button', { name: 'Copy code' }).click();
  await x.page.waitForFunction(() => document.querySelector('.dialog-status')?.textContent.includes('copied'));
  assert.equal(await x.page.evaluate(() => navigator.clipboard.readText()), code);
  await x.page.keyboard.press('Escape');
  assert.ok(!(await dialog.isVisible()), 'Escape closes the dialog');
  assert.equal(await x.page.evaluate(() => document.activeElement?.textContent), 'Embed this explainer', 'focus returns');

  // Pasted into a blank article page on another site.
  const host = await servePage(`<!doctype html><html lang="en"><head><title>My article</title></head><body><h1>My article</h1>${code.replace('<iframe ', '<iframe id="pasted" ')}</body></html>`);
  const blank = await (await x.page.context().browser().newContext()).newPage();
  const article = new ArticlePage(blank);
  try {
    await blank.goto(host.url);
    await article.sized('pasted');
    assert.equal((await article.inner('pasted')).scrolls, false);
    const answers = article.frame('pasted').locator('[data-builder] [data-finding="host-consistent"]');
    assert.equal(await answers.getAttribute('data-verdict'), 'yes', 'the scenario came along');
    assert.equal(await article.frame('pasted').locator('html').getAttribute('data-theme'), 'dark');
    article.assertHealthy();
    x.assertHealthy();
  } finally {
    await host.close();
  }
});

test('oEmbed discovery leads to a rich embed of the explainer', async () => {
  const x = await newExplainer();
  await x.open();
  const href = await x.page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
  const oembed = await (await x.page.request.get(new URL(href, x.page.url()).href)).json();
  assert.equal(oembed.version, '1.0');
  assert.equal(oembed.type, 'rich');
  assert.match(oembed.html, /<iframe [^>]*src="[^"]*\?embed=1"[^>]*data-partnership-explainer[^>]*><\/iframe>/);
  assert.match(oembed.html, /<script src="[^"]*embed\.js" async><\/script>/);
  assert.ok(oembed.width > 0 && oembed.height > 0 && oembed.title);
  // The rules version, as on the page (data-rules-version on <html>).
  assert.equal(String(oembed.rules_version), await x.page.locator('html').getAttribute('data-rules-version'));

  // A host that is not WordPress shows the answer's html as it is: the
  // fallback link gives way once the frame speaks, and the frame fits.
  const host = await servePage(`<!doctype html><html lang="en"><head><title>A CMS page</title></head><body><h1>A CMS page</h1>${oembed.html.replace('<iframe ', '<iframe id="oembedded" ')}</body></html>`);
  const cms = await (await x.page.context().browser().newContext()).newPage();
  const article = new ArticlePage(cms);
  try {
    await cms.goto(host.url);
    const fallback = cms.locator('blockquote.partnership-explainer-fallback');
    assert.equal(await fallback.locator('a').getAttribute('href'), new URL('./', x.page.url()).href.split('?')[0]);
    await article.sized('oembedded');
    await fallback.waitFor({ state: 'hidden' });
    assert.equal((await article.inner('oembedded')).scrolls, false);
    article.assertHealthy();
    x.assertHealthy();
  } finally {
    await host.close();
  }
});

test('a step move inside an embed brings the new step into view on the host; never on load', async () => {
  const { x, article } = await openArticle(768);
  // A tall article: the whole explainer far down, as in a long story.
  await addWholeExplainer(x, 'embed=1&step=2', 2500);
  await article.sized('embed-all');
  // Loading, and sizing, scrolled nothing on its own.
  const loaded = await x.page.evaluate(() => scrollY);
  await x.page.waitForTimeout(300);
  assert.equal(await x.page.evaluate(() => scrollY), loaded, 'no scroll on load');
  // The reader reaches Next at the bottom of the step, mid-frame.
  const frame = article.frame('embed-all');
  const next = frame.locator('[data-nav="next"]');
  await next.scrollIntoViewIfNeeded();
  const stepTop = () => x.page.evaluate(() => {
    const f = document.getElementById('embed-all');
    return f.getBoundingClientRect().top;
  });
  await next.click();
  await x.page.waitForFunction(() => document.getElementById('embed-all').dataset.stepShown === '3');
  // The new step's top (inside the frame) is near the top of the window.
  let inView = false;
  for (let i = 0; i < 40 && !inView; i++) {
    const top = await frame.locator('[data-step="3"]').evaluate((s) => s.getBoundingClientRect().top);
    const at = (await stepTop()) + top;
    inView = at >= 0 && at < 300;
    if (!inView) await x.page.waitForTimeout(50);
  }
  assert.ok(inView, 'the new step is in view on the host');
  article.assertHealthy();
  x.assertHealthy();
});

test('the embed dialog offers code for an AMP page, for the whole explainer, the builder and each step', async () => {
  const x = await newExplainer();
  await x.open('host=azure');
  await x.page.getByRole('button', { name: 'Embed this explainer' }).click();
  const dialog = x.page.getByRole('dialog', { name: 'Embed this explainer' });
  const note = dialog.locator('#embed-amp-note');
  assert.ok(!(await note.isVisible()), 'the AMP note shows only with AMP code');
  await dialog.getByLabel('An AMP page').check();
  assert.ok(await note.isVisible());
  const code = () => dialog.locator('textarea').inputValue();
  assert.match(await code(), /^<amp-iframe src="[^"]*embed=1" /);
  assert.match(await code(), / resizable /);
  assert.match(await code(), /<button overflow type="button">/);
  assert.match(await code(), /<amp-img placeholder layout="fill" src="[^"]*og-image\.png"/);
  await dialog.getByLabel('The scenario builder, with the current scenario').check();
  assert.match(await code(), /host=azure&amp;.*embed=builder"/);
  await dialog.getByLabel('One step of the walkthrough').check();
  await dialog.locator('#embed-step').selectOption('revenue-share');
  assert.match(await code(), /embed=step&amp;step=revenue-share"/);
  // Back to a web page: the frame and its loader.
  await dialog.getByLabel('A web page (WordPress, Ghost, any CMS)').check();
  assert.match(await code(), /^<blockquote [^>]*><a href="[^"]+"><img [^>]*><br>[^<]+<\/a><\/blockquote><iframe /);
  assert.ok(!(await note.isVisible()));
  x.assertHealthy();
});
