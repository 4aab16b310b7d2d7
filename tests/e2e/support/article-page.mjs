// A page object for a host article with explainer embeds in it.
import assert from 'node:assert/strict';
import { watchProblems } from './browser.mjs';

export class ArticlePage {
  constructor(page) {
    this.page = page;
    this.problems = [];
    watchProblems(page, this.problems);
  }

  frameElement(id) {
    return this.page.locator(`#${id}`);
  }

  frame(id) {
    return this.page.frameLocator(`#${id}`);
  }

  /** The frame's own height on the page, in CSS pixels. */
  async height(id) {
    return this.frameElement(id).evaluate((e) => e.getBoundingClientRect().height);
  }

  /** The height of the document inside the frame, and whether it scrolls. */
  async inner(id) {
    return this.frame(id).locator('html').evaluate((e) => ({
      content: Math.ceil(e.getBoundingClientRect().height),
      scrolls: e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1,
    }));
  }

  /** Scrolls a (lazy) frame into view and waits until the loader has sized it. */
  async sized(id) {
    await this.frameElement(id).scrollIntoViewIfNeeded();
    await this.page.waitForFunction((i) => document.getElementById(i)?.hasAttribute('data-step-shown'), id);
    await this.settled(id);
  }

  /** Waits until the frame's height matches its content (the frame may be cross-origin). */
  async settled(id, timeout = 5000) {
    const until = Date.now() + timeout;
    for (;;) {
      const [outer, inner] = [await this.height(id), await this.inner(id)];
      if (Math.abs(outer - inner.content) <= 1) return;
      if (Date.now() > until) assert.fail(`${id}: frame ${outer}px, content ${inner.content}px`);
      await this.page.waitForTimeout(50);
    }
  }

  assertHealthy() {
    assert.deepEqual(this.problems, [], 'no console errors');
  }
}
