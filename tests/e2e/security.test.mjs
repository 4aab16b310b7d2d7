// Strict CSP, subresource integrity, no foreign requests, and a page that
// says why when WebAssembly cannot run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { useExplainer } from './support/fixture.mjs';

const newExplainer = useExplainer();

test('the page runs under a strict CSP that blocks injected scripts and styles', async () => {
  const x = await newExplainer();
  const response = await x.page.goto(x.baseUrl);
  await x.page.waitForSelector('[data-builder][aria-busy="false"]');
  const csp = response.headers()['content-security-policy'];
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'/);
  assert.match(csp, /frame-ancestors/);
  assert.equal(response.headers()['x-content-type-options'], 'nosniff');
  assert.ok(response.headers()['referrer-policy']);

  const outcome = await x.page.evaluate(async () => {
    const violations = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
    // The page's own inline stylesheet is allowed by its hash; another is not.
    const style = document.createElement('style');
    style.textContent = 'body { outline: 7px solid red; }';
    document.head.append(style);
    await new Promise((r) => setTimeout(r, 50));
    return { ran: window.__injected === true, styled: getComputedStyle(document.body).outlineWidth === '7px', violations };
  });
  assert.equal(outcome.ran, false, 'an injected inline script does not run');
  assert.ok(outcome.violations.some((v) => v.startsWith('script-src')));
  assert.equal(outcome.styled, false, 'an injected stylesheet does not apply');
  assert.ok(outcome.violations.some((v) => v.startsWith('style-src')));
  assert.ok(await x.page.locator('.layout').evaluate((el) => getComputedStyle(el).display === 'grid'), 'the inline stylesheet applies');
  // The blocked script above is logged by Chromium; that is the point of this test.
  x.problems = x.problems.filter((p) => !p.includes('Content Security Policy'));
  x.assertHealthy();
});

test('every script, module and wasm is loaded with subresource integrity', async () => {
  const x = await newExplainer();
  await x.open();
  const untagged = await x.page.evaluate(() =>
    [...document.querySelectorAll('script[src], link[rel=modulepreload], link[rel=preload]')]
      .filter((el) => !/^sha384-/.test(el.getAttribute('integrity') ?? ''))
      .map((el) => el.outerHTML),
  );
  assert.deepEqual(untagged, []);
  // One inline script, the head script, allowed by its hash and nothing else.
  const inline = await x.page.locator('script:not([src])').allTextContents();
  assert.equal(inline.length, 1, 'one inline script');
  const hash = createHash('sha256').update(inline[0]).digest('base64');
  const policy = await x.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.ok(policy.includes(`'sha256-${hash}'`), 'the head script is allowed by its hash');
  assert.doesNotMatch(policy, /unsafe-inline/);
  assert.equal(await x.page.locator('[style]').count(), 0, 'no inline styles');
  x.assertHealthy();
});

test('a failed or tampered wasm download leaves a clear notice, not a blank page', async () => {
  for (const how of ['abort', 'tamper']) {
    const x = await newExplainer();
    await x.page.route('**/*_bg.wasm', (route) =>
      how === 'abort' ? route.abort() : route.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('not wasm') }),
    );
    await x.page.goto(x.baseUrl);
    await x.page.waitForSelector('#wasm-notice', { state: 'visible' });
    assert.match(await x.page.locator('#wasm-notice').innerText(), /could not start/);
    assert.equal(await x.page.locator('.crash').count(), 0);
  }
});

test('if the app ever panics, a notice with a reset link replaces the silence', async () => {
  const x = await newExplainer();
  // Something (say, a browser extension) breaks a browser API the app
  // relies on: creating an element fails, and an island panics.
  await x.page.addInitScript(() => {
    const create = Document.prototype.createElement;
    Document.prototype.createElement = function (tag, ...rest) {
      if (String(tag).toLowerCase() === 'fieldset') throw new Error('blocked by an extension');
      return create.call(this, tag, ...rest);
    };
  });
  await x.page.goto(`${x.baseUrl}?host=azure`);
  const notice = x.page.locator('.crash[role="alert"]');
  await notice.waitFor();
  assert.match(await notice.innerText(), /hit a bug/);
  assert.equal(await notice.locator('a').getAttribute('href'), '?');
  assert.ok(x.problems.some((p) => p.includes('panicked')), 'the panic is logged for developers');
  await notice.locator('a').click();
  await x.page.waitForURL((url) => !url.search.includes('host=azure'));
});

test('no cookie, no stored entry, in any embed mode or page: as the embed dialog and the README say', async () => {
  for (const query of ['?v=1&host=azure', '?embed=1&step=2', '?embed=builder&v=1&host=aws', '?embed=step&step=3', 'steps/agi/', 'examples/after-agi/?embed=builder']) {
    const x = await newExplainer();
    await x.page.goto(`${x.baseUrl}${query}`);
    await x.page.waitForSelector('html.started');
    // Used as a reader would: an edit, a step, an answer's lists opened.
    if (await x.page.locator('#b-host').isVisible()) await x.set('host', 'google-cloud');
    const next = x.page.locator('[data-nav="next"]:visible');
    if (await next.count()) await next.click();
    for (const summary of await x.page.locator('details summary:visible').all()) await summary.click();
    await x.settled();
    const kept = await x.page.evaluate(async () => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
    }));
    assert.deepEqual(kept, { cookie: '', local: 0, session: 0, databases: 0, caches: 0 }, query);
    assert.deepEqual(await x.page.context().cookies(), [], `${query}: no cookie`);
    x.assertHealthy();
  }
  // Said where editors and readers look.
  const x = await newExplainer();
  await x.open();
  assert.match(await x.page.locator('[data-privacy]').textContent(), /no cookies.*nothing on their device.*no analytics.*nothing from any other site/);
});
