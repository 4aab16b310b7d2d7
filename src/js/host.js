// The host page's side of an embed, started by the boot script before the
// wasm (and without it): the frame tells its parent its height, whenever it
// changes, in every protocol a host may speak, and takes the one message it
// accepts. WordPress's secret and Pym's child id are read once, here, at
// start, and kept: the page's own address rewrites drop them.
//
// - ours: {type: "partnership-explainer:height", height, step, stepName, link}
//   (step: the step's stable number, which the embed.js in articles reads)
// - Embedly / Medium: the JSON string {"src", "context": "iframe.resize", "height"}
// - AMP (amp-iframe resizable): {sentinel: "amp", type: "embed-size", height}
// - WordPress (wp-embed.js), when the address has #?secret=S:
//   {message: "height", value, secret} (again on its {message: "ready"}),
//   and {message: "link", value, secret} for our own links that would open
//   a new tab, which its sandbox forbids: WordPress opens them in the tab
// - Pym.js, when the address has childId=ID: "pymxPYMxIDxPYMxheightxPYMxH"
//   (again on its width message)
// When the reader moves to another step (never on load, never at the host's
// asking), the frame asks its host to bring the new step into view, since
// a frame cannot scroll its host: {type: "partnership-explainer:scroll",
// top} (the step's top within the frame, in CSS pixels, which embed.js
// takes) and Pym's "pymxPYMxIDxPYMxscrollToChildPosxPYMxTOP".
// Accepted, from the parent only, exactly: {type:
// "partnership-explainer:theme", theme: "auto" | "light" | "dark"}.
function startHost() {
  const parent = window.parent;
  if (parent === window) return;
  const html = document.documentElement;
  const secret = (/[#&?]secret=([0-9A-Za-z]{10})(?![0-9A-Za-z])/.exec(location.hash) || [])[1];
  const pymId = new URLSearchParams(location.search).get('childId');
  const pym = pymId && ['pym', pymId, ''].join('xPYMx');
  // The step on show: the navigation keeps data-show-step on <html> (the
  // head script sets it from the address before the wasm).
  const shown = () => {
    const name = html.getAttribute('data-show-step');
    const step = [...document.querySelectorAll('[data-step-name]')].find((s) => s.getAttribute('data-step-name') === name)
      || document.querySelector('[data-step-name]');
    return step ? [Number(step.getAttribute('data-step-number')), step.getAttribute('data-step-name')] : [1, ''];
  };
  let last = -1;
  const send = (again) => {
    const height = Math.ceil(html.getBoundingClientRect().height);
    if (height === last && !again) return;
    last = height;
    const [step, stepName] = shown();
    const link = location.href;
    parent.postMessage({ type: 'partnership-explainer:height', height, step, stepName, link }, '*');
    parent.postMessage(JSON.stringify({ src: link, context: 'iframe.resize', height }), '*');
    parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
    if (secret) parent.postMessage({ message: 'height', value: height, secret }, '*');
    if (pym) parent.postMessage(`${pym}heightxPYMx${height}`, '*');
  };
  // Now, not only when the size is first observed: WordPress keeps the
  // frame clipped out of sight until it hears from it, and a frame out of
  // sight gets no rendering updates, so no observer would ever fire.
  send(true);
  new ResizeObserver(() => send(false)).observe(html);
  // A new step or scenario is news for the host even at the same height.
  addEventListener('explainer:address', () => send(true));
  addEventListener('explainer:step-moved', () => {
    const [, name] = shown();
    const step = [...document.querySelectorAll('[data-step-name]')].find((s) => s.getAttribute('data-step-name') === name);
    if (!step) return;
    const top = Math.max(0, Math.round(step.getBoundingClientRect().top + scrollY));
    parent.postMessage({ type: 'partnership-explainer:scroll', top }, '*');
    if (pym) parent.postMessage(`${pym}scrollToChildPosxPYMx${top}`, '*');
  });
  addEventListener('message', (event) => {
    if (event.source !== parent) return;
    const data = event.data;
    if (typeof data === 'string') {
      if (pym && data.startsWith(`${pym}widthxPYMx`)) send(true);
      return;
    }
    if (!data || typeof data !== 'object') return;
    if (secret && data.message === 'ready' && data.secret === secret) send(true);
    const keys = Object.keys(data);
    if (keys.length === 2 && keys.includes('type') && keys.includes('theme')
      && data.type === 'partnership-explainer:theme' && ['auto', 'light', 'dark'].includes(data.theme)) {
      if (data.theme === 'auto') html.removeAttribute('data-theme');
      else html.setAttribute('data-theme', data.theme);
    }
  });
  if (secret) {
    addEventListener('click', (event) => {
      const link = event.target instanceof Element && event.target.closest('a[target="_blank"]');
      if (!link || new URL(link.href).host !== location.host) return;
      event.preventDefault();
      parent.postMessage({ message: 'link', value: link.href, secret }, '*');
    });
  }
}
