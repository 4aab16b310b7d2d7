// A long session stays fast (outside CI; the README documents it):
//
//   node tests/long/session.mjs            (10,000 actions; ACTIONS=… to change)
//
// Drives the builder of a built site (dist/, as ./scripts/build.sh leaves
// it) through random edits, terms switches, preset picks and panel
// toggles, in headless Chromium. Fails on any error; measures, after a
// forced garbage collection, the JS heap and the wasm memory together at
// the end of the second thousand actions and of the last (growth must stay
// under 10 MB), and the p95 input-to-answer time of the second thousand
// against the last (within 1.5x). (The first thousand warms up.)
import assert from 'node:assert/strict';
import { launch, watchProblems } from '../e2e/support/browser.mjs';
import { serve } from '../e2e/support/server.mjs';

const ACTIONS = Number(process.env.ACTIONS ?? 10_000);
const BLOCK = 1000;

const server = await serve({ root: process.env.DIST ?? 'dist', base: '/explainers/partnership/' });
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const problems = [];
watchProblems(page, problems);
const cdp = await page.context().newCDPSession(page);
// The wasm's memory, caught as it is instantiated (test-only: the product
// keeps no handle to it).
await page.addInitScript(() => {
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const original = WebAssembly[name];
    WebAssembly[name] = async (...args) => {
      const result = await original.apply(WebAssembly, args);
      window.__wasmMemory = (result.instance ?? result).exports.memory;
      return result;
    };
  }
});
await page.goto(server.url);
await page.waitForSelector('[data-builder][aria-busy="false"] [data-finding]');

/** The JS heap in use after a full collection, and the wasm's memory. */
async function memory() {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.__wasmMemory.buffer.byteLength);
  return heap.usedSize + wasm;
}

// One random action, in the page; resolves with the ms from the input to
// the builder's answers showing it (the verdict row redrawn), or null for
// an action that answers nothing (a panel opened or closed).
const act = `async (seed) => {
  let x = seed || 1;
  const rand = (n) => { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; return (x >>> 0) % n; };
  const builder = document.querySelector('[data-builder]');
  const t0 = performance.now();
  const kind = rand(10);
  if (kind < 6) {
    const selects = [...builder.querySelectorAll('.builder-form select')];
    const select = selects[rand(selects.length)];
    const options = [...select.options].filter((o) => !o.disabled && !o.selected);
    if (!options.length) return null;
    select.value = options[rand(options.length)].value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  } else if (kind < 7) {
    const inputs = [...builder.querySelectorAll('.builder-form input:not([disabled])')];
    const input = inputs[rand(inputs.length)];
    input.value = input.id === 'b-year' || input.id === 'b-agi-year' ? String(2026 + rand(15)) : String(rand(1e9));
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  } else if (kind < 8) {
    const terms = document.getElementById('b-terms');
    terms.value = terms.value === '2026-04-27' ? '2026-02-27' : '2026-04-27';
    terms.dispatchEvent(new Event('change', { bubbles: true }));
  } else if (kind < 9) {
    const preset = document.getElementById('preset');
    preset.value = String(rand(preset.options.length - 1));
    preset.dispatchEvent(new Event('change', { bubbles: true }));
  } else {
    const panels = [...builder.querySelectorAll('details > summary')];
    panels[rand(panels.length)].click();
    return null;
  }
  // Answered once the row of verdicts has been redrawn, or a frame passes
  // with nothing to redraw (the change gave the same answers).
  return new Promise((done) => {
    const finish = () => done(performance.now() - t0);
    const observer = new MutationObserver(() => { observer.disconnect(); finish(); });
    observer.observe(builder, { subtree: true, childList: true, characterData: true, attributes: true });
    requestAnimationFrame(() => setTimeout(() => { observer.disconnect(); finish(); }, 0));
  });
}`;

const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(0.95 * xs.length)];
const started = Date.now();
const blocks = [];
let latencies = [];
for (let i = 1; i <= ACTIONS; i++) {
  const ms = await page.evaluate(eval(act), i * 2654435761 % 2 ** 31);
  if (ms !== null) latencies.push(ms);
  if (i % BLOCK === 0) {
    blocks.push({ actions: i, memory: await memory(), p95: p95(latencies) });
    latencies = [];
    const last = blocks.at(-1);
    console.log(`${String(i).padStart(6)} actions: memory ${(last.memory / 1e6).toFixed(1)} MB, input -> answer p95 ${last.p95.toFixed(1)} ms`);
  }
}
await browser.close();
await server.close();

assert.deepEqual(problems, [], 'no error in the whole session');
const second = blocks[1];
const last = blocks.at(-1);
const growth = (last.memory - second.memory) / 1e6;
const slower = last.p95 / second.p95;
console.log(`\n${ACTIONS} actions in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
console.log(`Memory from the end of the second thousand to the last: ${growth >= 0 ? '+' : ''}${growth.toFixed(2)} MB (budget: under 10 MB).`);
console.log(`p95 input -> answer, second thousand ${second.p95.toFixed(1)} ms, last ${last.p95.toFixed(1)} ms: ${slower.toFixed(2)}x (budget: within 1.5x).`);
assert.ok(growth < 10, 'memory grows by under 10 MB');
assert.ok(slower <= 1.5, 'the last thousand are within 1.5x of the second');
