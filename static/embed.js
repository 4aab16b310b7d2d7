/*! Loader for the partnership explainer's embeds. No dependencies, no build.
 * Paste once per page, after or before any number of
 *   <iframe src="…?embed=1" data-partnership-explainer …></iframe>
 * It sizes each frame to its content, from messages that frame sends about
 * itself, and nothing else: a message counts only if it comes from that very
 * frame (event.source), has the documented shape, and a sane height.
 * The card and link before a frame (for feeds and reader modes, which drop
 * frames) are hidden once the frame speaks. When the reader moves to
 * another step inside a frame, the frame asks for that step to be brought
 * into view (the one scroll it may ask for), and it is, unless it already is.
 */
(function () {
  'use strict';
  if (window.partnershipExplainerLoader) return;
  window.partnershipExplainerLoader = true;

  var TYPE = 'partnership-explainer:height';
  var SCROLL = 'partnership-explainer:scroll';
  var FALLBACK = 'partnership-explainer-fallback';
  var MIN = 150;
  var MAX = 30000;

  function frames() {
    return document.querySelectorAll('iframe[data-partnership-explainer]');
  }

  function tidy(frame) {
    // Full column width, no border, no gap below; the height comes later.
    frame.style.width = '100%';
    frame.style.maxWidth = '100%';
    frame.style.border = '0';
    frame.style.display = 'block';
  }

  function frameOf(source) {
    var list = frames();
    for (var i = 0; i < list.length; i++) if (source && list[i].contentWindow === source) return list[i];
    return null;
  }

  // The new step's top, in view just below the top of the window (unless
  // it already is in view), smoothly unless the reader prefers less motion.
  function scrollTo(frame, top) {
    var at = frame.getBoundingClientRect().top + top;
    if (at >= 0 && at < window.innerHeight / 3) return;
    var calm = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    window.scrollTo({ top: Math.max(0, window.pageYOffset + at - 16), behavior: calm ? 'auto' : 'smooth' });
  }

  function onMessage(event) {
    var data = event.data;
    if (!data || typeof data !== 'object') return;
    if (data.type === SCROLL) {
      var top = Number(data.top);
      var frame = frameOf(event.source);
      if (frame && isFinite(top) && top >= 0 && top <= MAX) scrollTo(frame, top);
      return;
    }
    if (data.type !== TYPE) return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (!event.source || frame.contentWindow !== event.source) continue;
      tidy(frame);
      frame.style.height = Math.min(MAX, Math.max(MIN, Math.ceil(height))) + 'px';
      // The frame speaks, so the fallback before it (the card and link in
      // the embed code and the oEmbed answer) gives way, as wp-embed.js
      // does for WordPress.
      var before = frame.previousElementSibling;
      if (before && before.tagName === 'BLOCKQUOTE' && before.classList.contains(FALLBACK)) before.style.display = 'none';
      // For the host's own deep links: the step and the link on show.
      if (typeof data.step === 'number' && data.step >= 1 && data.step <= 99) frame.setAttribute('data-step-shown', String(data.step));
      if (typeof data.link === 'string' && data.link.length < 4096) frame.setAttribute('data-link', data.link);
    }
  }

  window.addEventListener('message', onMessage);
  var list = frames();
  for (var i = 0; i < list.length; i++) tidy(list[i]);
})();
