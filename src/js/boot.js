// Starts the explainer. The host page hears our height at once, before the
// wasm and without it. The wasm is fetched with subresource integrity. If
// the interactive parts cannot start (WebAssembly blocked or missing, a
// refused or failed download), the page keeps its text and says so.
// A running boot script holds off the stylesheet's own 10-second notice,
// which is for when no script can run at all; from here this script says
// itself whether the interactive parts started, by the classes on <html>
// that `app::markers::ON_HTML_CLASSES` lists and the stylesheet follows.
// scripts/postbuild.mjs fills in HOST_SCRIPT (src/js/host.js), WASM_FILE,
// WASM_INTEGRITY and JS_FILE, and drops these // lines.
document.documentElement.classList.add('booting');
// The site's root, where this script sits, for the wasm's links to the
// site's pages (`app::markers::page::SITE`) from any page's own path.
document.documentElement.dataset.site = new URL('./', import.meta.url).href;
HOST_SCRIPT
try {
  startHost();
} catch (error) {
  console.error('explainer: host messages:', error);
}
// A start that stalls (a download that never ends) is told too, after 20
// seconds; if it starts after all, the notice goes.
const stalled = setTimeout(() => document.documentElement.classList.add('no-wasm'), 20000);
try {
  if (typeof WebAssembly !== 'object') throw new Error('WebAssembly is not available');
  // Start fetching now, but let the built page paint before the islands
  // take the main thread.
  // Beside this script, whatever the page's own path (steps/NAME/ too).
  const wasm = fetch(new URL('./WASM_FILE', import.meta.url), { integrity: 'WASM_INTEGRITY' });
  const bindings = import('./JS_FILE');
  await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
  const { default: init } = await bindings;
  await init({ module_or_path: wasm });
  clearTimeout(stalled);
  document.documentElement.classList.replace('no-wasm', 'started') || document.documentElement.classList.add('started');
  dispatchEvent(new CustomEvent('TrunkApplicationStarted'));
} catch (error) {
  // The stylesheet shows the notice, and gives the builder's "working out"
  // note way to it.
  document.documentElement.classList.add('no-wasm');
  console.warn('explainer: interactive parts unavailable:', error);
}
