// Debian's Chromium, driven by playwright-core. No browser is downloaded.
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox', // CI runs as root
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  // The machine has no network beyond package registries; without these,
  // Chromium stalls on its own background requests.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launch(options = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
    headless: true,
  });
}

/**
 * Collects what should never happen on a page into `problems`: console errors
 * and warnings, uncaught errors, dialogs. (Chromium's note that preloads
 * ignore `integrity` is about the browser, not the page, and is skipped.)
 */
export function watchProblems(page, problems) {
  page.on('console', (m) => {
    if (m.type() === 'error' || (m.type() === 'warning' && !m.text().includes('integrity'))) {
      problems.push(`console ${m.type()}: ${m.text()}`);
    }
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    d.dismiss().catch(() => {}); // another watcher on the same page may have answered it
  });
}
