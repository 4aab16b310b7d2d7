// Embeds where articles are written, with the hosts' own code: WordPress
// (its oEmbed discovery and sanitiser, in PHP, and its wp-embed.js, from
// Debian's package) and a newsroom page with pym.js's pym.Parent (npm).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useExplainer } from './support/fixture.mjs';
import { servePage } from './support/server.mjs';
import { watchProblems } from './support/browser.mjs';
import { PYM_JS, wordpressPost } from './support/hosts.mjs';

const newExplainer = useExplainer();


test('WordPress keeps a live frame from the oEmbed answer: sandboxed, with its secret and our title', async () => {
  const x = await newExplainer();
  const { embed, host } = await wordpressPost(x.baseUrl);
  await host.close();
  // The sanitiser's own output: our iframe, sandboxed, with a secret.
  assert.match(embed, /^<blockquote class="wp-embedded-content" data-secret="(\w{10})">/);
  const secret = embed.match(/data-secret="(\w{10})"/)[1];
  assert.match(embed, new RegExp(`<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"[^>]* title="Interactive explainer: [^"]+"[^>]* src="${x.baseUrl.replace(/[.?]/g, '\\$&')}\\?embed=1#\\?secret=${secret}"`));
  assert.doesNotMatch(embed, /<script/, 'WordPress drops scripts');
});

for (const width of [375, 1024]) {
  test(`pasted into a WordPress post: live, sized by WordPress, the full-page link works (${width}px)`, async () => {
    const x = await newExplainer({ viewport: { width, height: 900 } });
    const { host } = await wordpressPost(x.baseUrl);
    const problems = [];
    watchProblems(x.page, problems);
    try {
      await x.page.goto(host.url);
      const iframe = x.page.locator('iframe.wp-embedded-content');
      // WordPress shows the frame once it hears from it, and sizes it.
      await x.page.waitForFunction(() => !document.querySelector('iframe.wp-embedded-content').hasAttribute('style'));
      assert.ok(!(await x.page.locator('blockquote.wp-embedded-content').isVisible()), 'the fallback link gives way to the frame');
      const frame = x.page.frameLocator('iframe.wp-embedded-content');
      await frame.locator('[data-builder][aria-busy="false"] [data-finding]').first().waitFor();
      const fits = async () => {
        const content = await frame.locator('html').evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
        const height = Number(await iframe.getAttribute('height'));
        return { content, height, want: Math.min(1000, Math.max(200, content)) };
      };
      let size = await fits();
      for (let i = 0; i < 40 && size.height !== size.want; i++) {
        await x.page.waitForTimeout(50);
        size = await fits();
      }
      assert.equal(size.height, size.want, `WordPress's height fits the content, up to its 1,000 px (${JSON.stringify(size)})`);
      // Every control answers inside the sandbox: an edit is answered.
      await frame.locator('#b-offering').selectOption('research-model');
      assert.equal(await frame.locator('[data-builder] [data-finding="azure-required"]').getAttribute('data-verdict'), 'not-addressed');
      await frame.locator('#b-terms').selectOption('2026-02-27');
      assert.equal(await frame.locator('[data-builder]').getAttribute('data-terms'), '2026-02-27');
      // The full page, from inside the sandbox (no popups there): WordPress
      // opens it in the article's own tab.
      const full = frame.locator('#embed-footer-link');
      await full.scrollIntoViewIfNeeded();
      await full.click();
      await x.page.waitForURL((url) => url.href.startsWith(x.baseUrl));
      const opened = new URL(x.page.url()).searchParams;
      assert.equal(opened.get('embed'), null, 'the full page, not another embed');
      assert.equal(opened.get('offering'), 'research-model', 'with the reader\'s scenario');
      await x.page.waitForSelector('[data-builder][aria-busy="false"]');
      assert.deepEqual(problems, [], 'no console errors, in the post or the frame');
    } finally {
      await host.close();
    }
  });
}

/** A newsroom page on another origin that embeds the explainer with the
 * real pym.js, after `filler` pixels of story. */
function pymHost(x, query, filler = 0) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A newsroom page</title></head>
<body><h1>A newsroom page</h1><div style="height:${filler}px"></div><div id="explainer"></div><p>After.</p>
<script src="/pym.v1.js"></script>
<script>window.parentPym = new pym.Parent('explainer', ${JSON.stringify(`${x.baseUrl}?${query}`)}, { title: 'Explainer' });</script>
</body></html>`;
  return servePage(html, { '/pym.v1.js': PYM_JS });
}

test('under pym.Parent: the frame fits its content, follows it, and the builder is live', async () => {
  const x = await newExplainer({ viewport: { width: 768, height: 900 } });
  const host = await pymHost(x, 'v=1&host=azure&embed=builder');
  const problems = [];
  watchProblems(x.page, problems);
  try {
    await x.page.goto(host.url);
    const iframe = x.page.locator('#explainer iframe');
    const frame = x.page.frameLocator('#explainer iframe');
    await frame.locator('[data-builder][aria-busy="false"] [data-finding]').first().waitFor();
    // Pym added its parameters to our address; the scenario came along.
    assert.match(await iframe.getAttribute('src'), /childId=explainer/);
    assert.equal(await frame.locator('[data-builder] [data-finding="host-consistent"]').getAttribute('data-verdict'), 'yes');
    const fits = async () => {
      const content = await frame.locator('html').evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
      const height = parseInt(await iframe.getAttribute('height'), 10);
      return Math.abs(content - height) <= 1;
    };
    await x.page.waitForFunction(() => document.querySelector('#explainer iframe').hasAttribute('height'));
    for (let i = 0; i < 40 && !(await fits()); i++) await x.page.waitForTimeout(50);
    assert.ok(await fits(), 'pym sized the frame to its content');
    // It follows the content: an answer's clauses opened, an edit made.
    const before = parseInt(await iframe.getAttribute('height'), 10);
    await frame.locator('[data-builder] [data-finding="azure-required"] .cites > summary').click();
    await frame.locator('#b-host').selectOption('aws');
    assert.equal(await frame.locator('[data-builder] [data-finding="host-consistent"]').getAttribute('data-verdict'), 'no');
    for (let i = 0; i < 40 && !(await fits()); i++) await x.page.waitForTimeout(50);
    assert.ok(await fits() && parseInt(await iframe.getAttribute('height'), 10) > before, 'it grew with the content');
    // A width message from the parent (a resize) is answered with the height.
    await x.page.setViewportSize({ width: 400, height: 900 });
    for (let i = 0; i < 40 && !(await fits()); i++) await x.page.waitForTimeout(50);
    assert.ok(await fits(), 'it fits again at the new width');
    // The full page opens in a new tab, with the scenario.
    const [popup] = await Promise.all([x.page.context().waitForEvent('page'), frame.locator('#embed-footer-link').click()]);
    await popup.waitForLoadState();
    assert.equal(new URL(popup.url()).searchParams.get('host'), 'aws');
    assert.deepEqual(problems, [], 'no console errors');
  } finally {
    await host.close();
  }
});

test('under pym.Parent, a step move asks Pym to scroll the host to the new step', async () => {
  const x = await newExplainer({ viewport: { width: 768, height: 700 } });
  const host = await pymHost(x, 'embed=1&step=2', 2000);
  const problems = [];
  watchProblems(x.page, problems);
  try {
    await x.page.goto(host.url);
    const frame = x.page.frameLocator('#explainer iframe');
    // Pym sized the frame, far below the fold, and nothing scrolled.
    await x.page.waitForFunction(() => document.querySelector('#explainer iframe').hasAttribute('height'));
    await x.page.waitForTimeout(300);
    assert.equal(await x.page.evaluate(() => scrollY), 0, 'no scroll on load');
    // The reader scrolls down to it and reads step 2 to its end.
    await x.page.locator('#explainer iframe').scrollIntoViewIfNeeded();
    await frame.locator('[data-step="2"]:not([hidden])').waitFor();
    const next = frame.locator('[data-nav="next"]');
    await next.scrollIntoViewIfNeeded();
    await next.click();
    await frame.locator('[data-step="3"]:not([hidden])').waitFor();
    let at = Infinity;
    for (let i = 0; i < 40; i++) {
      const frameTop = await x.page.locator('#explainer iframe').evaluate((f) => f.getBoundingClientRect().top);
      const stepTop = await frame.locator('[data-step="3"]').evaluate((s) => s.getBoundingClientRect().top);
      at = frameTop + stepTop;
      if (Math.abs(at) < 5) break;
      await x.page.waitForTimeout(50);
    }
    assert.ok(Math.abs(at) < 5, `Pym scrolled the host to the new step (${at}px from the top)`);
    assert.deepEqual(problems, [], 'no console errors');
  } finally {
    await host.close();
  }
});

test('in WordPress\'s sandbox, told, never stranded: the wasm refused, or the boot script', async () => {
  const x = await newExplainer({ viewport: { width: 1024, height: 900 } });
  const { host } = await wordpressPost(x.baseUrl);
  try {
    // The wasm refused: the boot script still sizes the frame, and says so inside it.
    await x.page.route((url) => url.pathname.endsWith('_bg.wasm'), (route) => route.abort());
    await x.page.goto(host.url);
    await x.page.waitForFunction(() => !document.querySelector('iframe.wp-embedded-content').hasAttribute('style'));
    const frame = x.page.frameLocator('iframe.wp-embedded-content');
    await frame.locator('#wasm-notice').waitFor({ state: 'visible' });
    assert.ok(Number(await x.page.locator('iframe.wp-embedded-content').getAttribute('height')) > 200, 'sized by WordPress');
    assert.ok(await frame.locator('[data-step="1"] h2').isVisible(), 'the article is readable');
    // The boot script refused: nothing in the frame can speak, so WordPress
    // keeps its own fallback, a link to the explainer, in view.
    await x.page.unrouteAll();
    await x.page.route((url) => /\/boot-\w+\.js$/.test(url.pathname), (route) => route.abort());
    await x.page.goto(host.url);
    await x.page.waitForTimeout(1500);
    const fallback = x.page.locator('blockquote.wp-embedded-content a');
    assert.ok(await fallback.isVisible(), 'WordPress shows the link to the explainer');
    assert.equal(await fallback.getAttribute('href'), x.baseUrl);
  } finally {
    await host.close();
  }
});
