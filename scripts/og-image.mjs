// Renders static/og-image.png, the 1200×630 social preview card, in Chromium.
// Run by hand when the title changes: `node scripts/og-image.mjs`. Its words
// are the catalogue's (`title`, `card-kicker`, `card-line` in
// src/locales/en/), read here as the one-line messages they are.
import { readFileSync } from 'node:fs';
import { launch } from '../tests/e2e/support/browser.mjs';

const words = {};
for (const file of ['islands.ftl', 'page.ftl']) {
  for (const line of readFileSync(new URL(`../src/locales/en/${file}`, import.meta.url), 'utf8').split('\n')) {
    const m = line.match(/^([a-z][a-z0-9-]*) = (.*)$/);
    if (m) words[m[1]] = m[2];
  }
}
const say = (name) => {
  if (!(name in words)) throw new Error(`the catalogue has no message ${name}`);
  return words[name].replace(/&/g, '&amp;').replace(/</g, '&lt;');
};

const html = `<!doctype html><html><body style="margin:0">
<div style="width:1200px;height:630px;box-sizing:border-box;padding:72px 80px;background:#f7f5f0;color:#1b1d22;
  font-family:Georgia,serif;display:flex;flex-direction:column;justify-content:space-between;border-left:24px solid #1d4e89">
  <div style="font:600 28px system-ui,sans-serif;letter-spacing:.06em;text-transform:uppercase;color:#4a4f59">${say('card-kicker')}</div>
  <div style="font-size:60px;line-height:1.1;font-weight:700">${say('title')}</div>
  <div style="font:32px system-ui,sans-serif;color:#4a4f59">${say('card-line')}</div>
</div></body></html>`;

const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: new URL('../static/og-image.png', import.meta.url).pathname });
await browser.close();
