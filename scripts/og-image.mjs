// Renders static/og-image.png, the 1200×630 social preview card, in Chromium.
// Run by hand when the title changes: `node scripts/og-image.mjs` (a native
// test checks that this card and index.html carry the title of content::TITLE).
import { launch } from '../tests/e2e/support/browser.mjs';

const html = `<!doctype html><html><body style="margin:0">
<div style="width:1200px;height:630px;box-sizing:border-box;padding:72px 80px;background:#f7f5f0;color:#1b1d22;
  font-family:Georgia,serif;display:flex;flex-direction:column;justify-content:space-between;border-left:24px solid #1d4e89">
  <div style="font:600 28px system-ui,sans-serif;letter-spacing:.06em;text-transform:uppercase;color:#4a4f59">Interactive explainer</div>
  <div style="font-size:60px;line-height:1.1;font-weight:700">“Unchanged”, then amended: what the Microsoft–OpenAI joint statement said, and how the terms changed</div>
  <div style="font:32px system-ui,sans-serif;color:#4a4f59">Joint statement, 27 Feb 2026 · amended 27 Apr 2026 · scenario builder</div>
</div></body></html>`;

const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: new URL('../static/og-image.png', import.meta.url).pathname });
await browser.close();
