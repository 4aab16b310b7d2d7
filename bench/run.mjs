// The benchmark: the explainer against a bare Yew 0.23 counter built the same
// way (bench/counter). Prints, for both: first-load sizes; and in headless
// Chromium, medians over LOADS page loads of first contentful paint, time
// until the app is interactive, layout shift; and the input-to-updated-answer
// latency (p50, p95) over CHANGES changes; then all of it again at 4x CPU
// slowdown, and as a slow phone would load it (4x CPU and a slow 4G
// network, Lighthouse's mobile settings). Numbers, not pass/fail:
// scripts/bench.sh builds and runs it.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstLoad, kb } from '../scripts/sizes.mjs';
import { serve } from '../tests/e2e/support/server.mjs';
import { CHROMIUM_ARGS, launch } from '../tests/e2e/support/browser.mjs';

const LOADS = Number(process.env.LOADS ?? 10);
const CHANGES = Number(process.env.CHANGES ?? 100);

const apps = {
  explainer: {
    dist: 'dist',
    // Interactive: the builder has read the link and shows its answers.
    ready: '[data-builder][aria-busy="false"] [data-finding]',
    // One change: the host select flips between azure and aws; done when
    // the host-consistent answer reflects it (under the amended terms, a
    // bare visit's, the verdict stays yes and the rule that fires changes).
    change: `(i) => {
      const select = document.getElementById('b-host');
      const target = document.querySelector('[data-builder] [data-finding="host-consistent"]');
      select.value = i % 2 ? 'aws' : 'azure';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return [target, 'data-rule', i % 2 ? 'azure-not-required' : 'on-azure'];
    }`,
    // The terms control: every answer is recomputed under the other version
    // and redrawn in one render; done when the builder says which version
    // answers and Azure's answer has flipped with it (yes in February, no
    // as amended, for the default scenario).
    termsChange: `(i) => {
      const select = document.getElementById('b-terms');
      const builder = document.querySelector('[data-builder]');
      const want = i % 2 ? '2026-02-27' : '2026-04-27';
      select.value = want;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      const azure = builder.querySelector('[data-finding="azure-required"]');
      return [builder, 'data-terms', want, azure, i % 2 ? 'yes' : 'no'];
    }`,
    // The chart by year follows: the offering flips between a stateless
    // API and a research model; done when the chart's cell for the licence
    // in 2031, as amended, says so (yes; no, the research-IP rights having
    // ended after 2030). The chart sits in a closed disclosure, as a
    // reader first finds it.
    chartChange: `(i) => {
      const select = document.getElementById('b-offering');
      select.value = i % 2 ? 'stateless-api' : 'research-model';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      const cell = document.querySelector('[data-builder] [data-year-chart] [data-year="2031"][data-topic="ip-licence"][data-version="2026-04-27"]');
      return [cell, 'data-verdict', i % 2 ? 'yes' : 'no'];
    }`,
  },
  counter: {
    dist: 'bench/counter/dist',
    ready: 'button',
    change: `(i) => {
      const p = document.querySelector('[data-count]');
      document.querySelector('button').click();
      return [p, 'data-count', String(i + 1)];
    }`,
  },
};

// Runs in the page before anything else: records when `ready` first matches
// and the layout shift total.
const probe = (ready) => `
  window.__bench = { cls: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__bench.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const seen = () => {
    if (!window.__bench.ready && document.querySelector(${JSON.stringify(ready)})) window.__bench.ready = performance.now();
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true, attributes: true });
`;

// Lighthouse (bench/node_modules, Debian's Chromium), default mobile profile:
// the four category scores, and the explainer's own largest contentful paint.
const LIGHTHOUSE = new URL('./node_modules/.bin/lighthouse', import.meta.url).pathname;
// Asynchronous: the server under test runs in this very process.
async function lighthouse(url) {
  if (!existsSync(LIGHTHOUSE)) return null;
  const out = join(mkdtempSync(join(tmpdir(), 'lh-')), 'report.json');
  await promisify(execFile)(
    LIGHTHOUSE,
    [url, '--quiet', '--output=json', `--output-path=${out}`, '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' }, timeout: 180_000 },
  );
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const scores = Object.fromEntries(Object.entries(report.categories).map(([k, v]) => [k, Math.round(v.score * 100)]));
  return { scores, lcp: report.audits['largest-contentful-paint'].numericValue, cls: report.audits['cumulative-layout-shift'].numericValue };
}

// Applies change i and resolves with two figures: the ms until the DOM shows
// its result (the bench's first measure), and the ms until the frame after
// that has been painted (what a reader sees: a requestAnimationFrame, then a
// task after its paint).
const measureChange = `async ([changeSource, i]) => {
  const change = eval(changeSource);
  const t0 = performance.now();
  const [el, attr, want, also, verdict] = change(i);
  const done = () => el.getAttribute(attr) === want && (!also || also.isConnected && also.getAttribute('data-verdict') === verdict);
  const painted = (dom) => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve([dom, performance.now() - t0]), 0)));
  if (done()) return painted(performance.now() - t0);
  return new Promise((resolve) => {
    new MutationObserver((_, obs) => {
      if (done()) { obs.disconnect(); resolve(painted(performance.now() - t0)); }
    }).observe(el, { attributes: true, subtree: true });
  });
}`;

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

// How the pages load: on loopback (no network cost at all), with the CPU
// slowed 4x, and as on a slow phone: 4x CPU and slow 4G (150 ms round trip,
// 1.6 Mbit/s down, 750 kbit/s up), where the bytes before first paint count.
const PROFILES = [
  { key: '1x', tag: '', cpu: 1 },
  { key: '4x', tag: ' (4x CPU slowdown)', cpu: 4 },
  { key: 'phone', tag: ' (slow phone: 4x CPU, slow 4G)', cpu: 4, network: { latency: 150, down: 1.6e6 / 8, up: 750e3 / 8 } },
];

/** One page load of `app`: its first contentful paint, time until ready, and
 * layout shift. With `changes`, it then times that many builder changes. */
async function load(browser, url, app, profile, changes = 0) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  if (profile.network) {
    const { latency, down, up } = profile.network;
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: down, uploadThroughput: up });
  }
  await page.addInitScript(probe(app.ready));
  await page.goto(url);
  await page.waitForFunction(() => window.__bench?.ready);
  await page.waitForTimeout(100);
  const r = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    ready: window.__bench.ready,
    cls: window.__bench.cls,
  }));
  r.latencies = [];
  r.frames = [];
  for (let i = 0; i < changes; i++) {
    const [dom, frame] = await page.evaluate(eval(measureChange), [app.change, i]);
    r.latencies.push(dom);
    r.frames.push(frame);
  }
  r.termsLatencies = [];
  for (let i = 0; app.termsChange && i < changes; i++) r.termsLatencies.push((await page.evaluate(eval(measureChange), [app.termsChange, i]))[0]);
  r.chartLatencies = [];
  if (app.chartChange && changes) await page.waitForSelector('[data-builder] [data-year-chart]', { state: 'attached' });
  for (let i = 0; app.chartChange && i < changes; i++) r.chartLatencies.push((await page.evaluate(eval(measureChange), [app.chartChange, i]))[0]);
  await context.close();
  return r;
}

const ms = (x) => `${x.toFixed(1)} ms`;
const browser = await launch();
const results = {};
const servers = {};
for (const [name, app] of Object.entries(apps)) {
  servers[name] = await serve({ root: app.dist, base: '/' });
  results[name] = { sizes: firstLoad(app.dist) };
}
// The two apps load in turn (explainer, bare, explainer, …), so a busy moment
// on the machine slows both alike and the ratios stay fair.
for (const profile of PROFILES) {
  const runs = Object.fromEntries(Object.keys(apps).map((name) => [name, []]));
  for (let n = 0; n < LOADS; n++) {
    for (const [name, app] of Object.entries(apps)) {
      runs[name].push(await load(browser, servers[name].url, app, profile, n === LOADS - 1 ? CHANGES : 0));
    }
  }
  for (const [name, list] of Object.entries(runs)) {
    const { latencies, frames, termsLatencies, chartLatencies } = list.at(-1);
    results[name][profile.key] = {
      chartP50: chartLatencies.length ? median(chartLatencies) : NaN,
      chartP95: chartLatencies.length ? quantile(chartLatencies, 0.95) : NaN,
      termsP50: termsLatencies.length ? median(termsLatencies) : NaN,
      termsP95: termsLatencies.length ? quantile(termsLatencies, 0.95) : NaN,
      fcp: median(list.map((r) => r.fcp)),
      ready: median(list.map((r) => r.ready)),
      cls: Math.max(...list.map((r) => r.cls)),
      p50: median(latencies),
      p95: quantile(latencies, 0.95),
      frameP50: median(frames),
      frameP95: quantile(frames, 0.95),
    };
  }
}
// The addresses articles embed, and a shared scenario link: the worst
// layout shift of each, in every profile (the wasm's arrival must move
// nothing), and when each is interactive.
const EMBEDS = {
  'embed=builder': '?embed=builder',
  'embed=step&step=3': '?embed=step&step=3',
  'a scenario link': '?v=1&offering=stateful-runtime&host=azure&terms=2026-04-27',
};
const embedded = {};
for (const [label, query] of Object.entries(EMBEDS)) {
  const ready = query.includes('embed=step') ? 'html.started' : apps.explainer.ready;
  for (const profile of PROFILES) {
    const list = [];
    for (let n = 0; n < Math.max(3, LOADS / 2); n++) list.push(await load(browser, servers.explainer.url + query, { ...apps.explainer, ready }, profile));
    (embedded[label] ??= {})[profile.key] = { cls: Math.max(...list.map((r) => r.cls)), ready: median(list.map((r) => r.ready)) };
  }
}
for (const name of Object.keys(apps)) {
  results[name].lighthouse = await lighthouse(servers[name].url);
  await servers[name].close();
}
await browser.close();

const { explainer: e, counter: c } = results;
// One printed line: a label, then columns of 12, 12 and 9 characters.
const line = (label, a = '', b = '', ratio = '') =>
  console.log(`${label.padEnd(56)} ${a.padStart(12)}${b.padStart(12)}${ratio.padStart(9)}`.trimEnd());
const row = (label, a, b, fmt) => line(label, fmt(a), fmt(b), `${(a / b).toFixed(2)}x`);
console.log(`\nBenchmark: ${LOADS} loads each (cache off), ${CHANGES} input changes; headless Chromium on loopback, also throttled as below.`);
line('', 'explainer', 'bare Yew', 'ratio');
for (const k of ['raw', 'gzip', 'brotli']) row(`first load, ${k}`, e.sizes.total[k], c.sizes.total[k], kb);
row('  of which wasm, brotli', e.sizes.wasm.brotli, c.sizes.wasm.brotli, kb);
// The floor under the size budget: a bare Yew app that renders fresh (the
// counter) plus this page's own words and styles, in HTML. Any Yew islands
// on this page start there, before a line of the product's own code.
{
  const words = e.sizes.html.brotli + (e.sizes.css?.brotli ?? 0);
  const floor = c.sizes.total.brotli + words;
  line("floor: bare Yew + this page's HTML and CSS", kb(floor));
  line('  explainer above that floor', kb(e.sizes.total.brotli - floor));
}
for (const { key, tag } of PROFILES) {
  row(`first contentful paint${tag}`, e[key].fcp, c[key].fcp, ms);
  row(`interactive${tag}`, e[key].ready, c[key].ready, ms);
  row(`input -> answer, p50${tag}`, e[key].p50, c[key].p50, ms);
  row(`input -> answer, p95${tag}`, e[key].p95, c[key].p95, ms);
  row(`input -> next frame painted, p50${tag}`, e[key].frameP50, c[key].frameP50, ms);
  row(`input -> next frame painted, p95${tag}`, e[key].frameP95, c[key].frameP95, ms);
  line(`terms control -> all answers, p50${tag}`, ms(e[key].termsP50));
  line(`terms control -> all answers, p95${tag}`, ms(e[key].termsP95));
  line(`input -> chart by year, p50${tag}`, ms(e[key].chartP50));
  line(`input -> chart by year, p95${tag}`, ms(e[key].chartP95));
  line(`layout shift, worst load${tag}`, e[key].cls.toFixed(3), c[key].cls.toFixed(3));
}

console.log('\nEmbeds and a scenario link (worst layout shift; interactive, median):');
for (const [label, profiles] of Object.entries(embedded)) {
  for (const { key, tag } of PROFILES) line(`  ${label}${tag}`, profiles[key].cls.toFixed(3), ms(profiles[key].ready));
}

const lh = (r) => (r ? `${r.scores.performance}/${r.scores.accessibility}/${r.scores['best-practices']}/${r.scores.seo}` : 'not run');
console.log(`\nLighthouse 12 (mobile profile), performance/accessibility/best practices/SEO:`);
line('  explainer', lh(e.lighthouse));
line('  bare Yew', lh(c.lighthouse));
if (e.lighthouse) line('  explainer LCP / CLS (simulated mobile)', `${(e.lighthouse.lcp / 1000).toFixed(2)} s / ${e.lighthouse.cls.toFixed(3)}`);
