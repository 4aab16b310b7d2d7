// A page object for the explainer: what a reader sees and does, in the
// terms of the public markers of ../shared/spec/contract.md.
import assert from 'node:assert/strict';
import { watchProblems } from './browser.mjs';

export class ExplainerPage {
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
    this.origin = new URL(baseUrl).origin;
    this.problems = [];
    this.foreignRequests = [];
    watchProblems(page, this.problems);
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(this.origin) && !url.startsWith('data:')) this.foreignRequests.push(url);
    });
  }

  get builder() {
    return this.page.locator('[data-builder]');
  }

  /** Opens the explainer with a query string (without `?`) and waits until the link is read. */
  async open(query = '') {
    await this.page.goto(this.baseUrl + (query ? `?${query}` : ''));
    await this.page.waitForSelector('[data-builder][aria-busy="false"] [data-finding]');
  }

  /** The builder's answer for a topic: { verdict, cites } or null when absent. */
  async finding(topic, scope = this.builder) {
    const el = scope.locator(`[data-finding="${topic}"]`);
    if ((await el.count()) === 0) return null;
    return { verdict: await el.getAttribute('data-verdict'), cites: await el.getAttribute('data-cites') };
  }

  /** The same answer under the other version of the terms: { verdict, cites }, or null when absent. */
  async otherFinding(topic, scope = this.builder) {
    const el = scope.locator(`[data-finding="${topic}"]`);
    if ((await el.count()) === 0) return null;
    return { verdict: await el.getAttribute('data-other-verdict'), cites: await el.getAttribute('data-other-cites') };
  }

  /** How many walkthrough steps the page has: the specs read it, never hard-code it. */
  async stepCount() {
    return this.page.locator('[data-step]').count();
  }

  /** Every builder answer, as "topic=verdict[cites]" strings; with `both`, the other version's too. */
  async allFindings({ both = false } = {}) {
    return this.builder.locator('[data-finding]').evaluateAll(
      (els, both) =>
        els.map((e) => `${e.dataset.finding}=${e.dataset.verdict}[${e.dataset.cites}]` + (both ? `/${e.dataset.otherVerdict}[${e.dataset.otherCites}]` : '')),
      both,
    );
  }

  async estimateUsd() {
    return this.builder.locator('[data-estimate="microsoft-cut"]').getAttribute('data-usd');
  }

  /** The fields named by input-error messages in the builder. */
  async inputErrors() {
    return this.builder.locator('[data-input-error]').evaluateAll((els) => els.map((e) => e.dataset.inputError));
  }

  /** Sets a builder field as a reader would: choose from a list, or type. */
  async set(field, value) {
    const control = this.page.locator(`#b-${field}`);
    if ((await control.evaluate((e) => e.tagName)) === 'SELECT') {
      await control.selectOption(value);
    } else {
      await control.fill(value);
    }
  }

  async value(field) {
    return this.page.locator(`#b-${field}`).inputValue();
  }

  /** Waits until the address bar holds the last change: the page writes it once idle
   * after drawing it (idle callbacks run in the order they were asked for). */
  async settled() {
    await this.page.evaluate(() => new Promise((idle) => requestAnimationFrame(() => setTimeout(() => requestIdleCallback(idle), 0))));
  }

  /** The query string of the address bar, as an object (once it holds the last change). */
  async address() {
    await this.settled();
    return Object.fromEntries(new URL(this.page.url()).searchParams);
  }

  /** The 1-based number of the step on show (the only one not hidden). */
  async currentStep() {
    const shown = await this.page.locator('[data-step]:not([hidden])').evaluateAll((els) => els.map((e) => e.dataset.step));
    assert.equal(shown.length, 1, `exactly one step is shown, got ${shown}`);
    return Number(shown[0]);
  }

  async progressText() {
    return this.page.locator('.progress-text').innerText();
  }

  step(n) {
    return this.page.locator(`[data-step="${n}"]`);
  }

  /** Fails the test if the page logged an error, panicked, or reached past its origin. */
  assertHealthy() {
    assert.deepEqual(this.problems, [], 'no console errors, panics or dialogs');
    assert.deepEqual(this.foreignRequests, [], 'no request leaves the page origin');
  }
}
