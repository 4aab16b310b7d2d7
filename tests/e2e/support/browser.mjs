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
