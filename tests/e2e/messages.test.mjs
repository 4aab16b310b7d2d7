// Every message a host page can send: thousands of generated messages, in
// every protocol the product speaks (its own, WordPress's, Pym's, AMP's,
// Embedly's), misshapen every way, from the parent, from a sibling frame
// and from the page itself, to the frames' own handlers (src/js/host.js)
// and to the loader embed.js. Nothing throws, nothing is resized by a
// message it should ignore, the theme follows only the exact message from
// the parent, and heights stay clamped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useExplainer } from './support/fixture.mjs';
import { servePage } from './support/server.mjs';
import { watchProblems } from './support/browser.mjs';

const newExplainer = useExplainer();
const SECRET = 'AbCdEf1234';
const MIN = 150;
const MAX = 30000;

/** A small, seeded, repeatable generator (xorshift32). */
function rng(seed) {
  let x = seed;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
  return { next, pick: (items) => items[Math.floor(next() * items.length)] };
}

/**
 * One generated message, as JSON-safe data plus how to build it in the page
 * (NaN, Infinity, huge strings, __proto__ keys and odd types do not survive
 * JSON, so the page rebuilds them from this recipe).
 */
function message(r) {
  const value = () => r.pick(['NaN', 'Infinity', '-Infinity', -5, 0, 1e9, 1e308, 480.5, '600', '1e3', null, 'undefined', {}, [], true, 'huge']);
  const word = () => r.pick(['light', 'dark', 'auto', 'neon', '', null, 1, 'huge']);
  const kinds = [
    () => ({ type: 'partnership-explainer:height', height: value(), step: value(), link: value() }),
    () => ({ type: 'partnership-explainer:theme', theme: word() }),
    () => ({ type: 'partnership-explainer:theme', theme: word(), extra: value() }),
    () => ({ theme: word() }),
    () => ({ type: r.pick(['partnership-explainer:Theme', 'partnership-explainer:height', 'other', 7]), theme: word() }),
    () => ({ json: { src: 'x', context: 'iframe.resize', height: value() } }),
    () => ({ sentinel: 'amp', type: 'embed-size', height: value() }),
    () => ({ message: r.pick(['height', 'ready', 'link', 'READY']), value: value(), secret: r.pick([SECRET, 'AbCdEf1235', '', 123, null, `${SECRET}x`]) }),
    () => ({ pym: [r.pick(['fuzz', 'other', '', '.*']), r.pick(['width', 'height', 'navigateTo', 'parentPositionInfo']), r.pick(['800', '', 'x', 'huge'])] }),
    () => ({ proto: r.pick(['__proto__', 'constructor', 'prototype']), type: 'partnership-explainer:theme', theme: word() }),
    () => ({ scalar: value() }),
  ];
  return r.pick(kinds)();
}

/** Builds a recipe into the message itself (runs in the page). */
const BUILD = `(recipe) => {
  const odd = (v) => ({ NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity, undefined: undefined, huge: 'x'.repeat(1 << 20) })[v] ?? v;
  const fix = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v && typeof v === 'object' && !Array.isArray(v) ? fix(v) : odd(v)]));
  if ('json' in recipe) return JSON.stringify(fix(recipe.json));
  if ('pym' in recipe) return ['pym', ...recipe.pym.map(odd)].join('xPYMx');
  if ('scalar' in recipe) return odd(recipe.scalar);
  if ('proto' in recipe) return JSON.parse(JSON.stringify({ [recipe.proto]: { type: 'partnership-explainer:theme', theme: 'dark' }, type: recipe.type, theme: recipe.theme }));
  return fix(recipe);
}`;

/** Whether a message is exactly the theme message a frame accepts, and the theme. */
function exactTheme(recipe) {
  const keys = Object.keys(recipe);
  const exact = keys.length === 2 && recipe.type === 'partnership-explainer:theme' && ['light', 'dark', 'auto'].includes(recipe.theme);
  return exact ? recipe.theme : undefined;
}

/** The height embed.js takes from a message a frame sends about itself, if any (its own model of embed.js). */
function acceptedHeight(recipe) {
  const built = ['json', 'pym', 'scalar', 'proto'].some((k) => k in recipe);
  if (built || recipe.type !== 'partnership-explainer:height') return undefined;
  const odd = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity, undefined: undefined, huge: 'x' };
  const raw = typeof recipe.height === 'string' && recipe.height in odd ? odd[recipe.height] : recipe.height;
  const height = Number(raw);
  return Number.isFinite(height) && height > 0 ? Math.min(MAX, Math.max(MIN, Math.ceil(height))) : undefined;
}

test('thousands of generated messages: nothing throws, nothing moves that should not, the theme only on the exact message', async () => {
  const x = await newExplainer({ viewport: { width: 1024, height: 900 } });
  const frames = {
    builder: `${x.baseUrl}?embed=builder#?secret=${SECRET}`,
    step: `${x.baseUrl}?embed=step&step=3&childId=fuzz`,
  };
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
${Object.entries(frames).map(([id, src]) => `<iframe id="${id}" src="${src}" title="${id}" width="100%" height="400" scrolling="no" data-partnership-explainer></iframe>`).join('\n')}
<iframe id="sibling" srcdoc="<p>another embed</p>" title="sibling"></iframe>
<script src="${x.baseUrl}embed.js"></script></body></html>`;
  const host = await servePage(html);
  const problems = [];
  watchProblems(x.page, problems);
  try {
    await x.page.goto(host.url);
    for (const id of Object.keys(frames)) {
      await x.page.waitForFunction((i) => document.getElementById(i).hasAttribute('data-step-shown'), id);
    }
    const frameOf = (id) => x.page.frames().find((f) => f.url() === frames[id] || f.url().startsWith(frames[id].split('#')[0]));
    const heights = () => x.page.evaluate(() => ['builder', 'step'].map((id) => document.getElementById(id).style.height));
    const theme = (id) => frameOf(id).evaluate(() => document.documentElement.getAttribute('data-theme'));
    const settle = () => x.page.waitForTimeout(150);
    const r = rng(0x5eed);
    // Each sender builds its messages with the same recipe-maker (defined
    // in its own window; the frames' CSP forbids eval, not the debugger).
    const sibling = x.page.frames().find((f) => f.url() === 'about:srcdoc');
    for (const context of [x.page.mainFrame(), sibling, frameOf('builder'), frameOf('step')]) {
      await context.evaluate(`window.__make = ${BUILD}`);
    }
    const send = (recipes, target) =>
      x.page.evaluate(
        ({ recipes, target }) => {
          const to = target ? document.getElementById(target).contentWindow : window;
          for (const recipe of recipes) to.postMessage(window.__make(recipe), '*');
        },
        { recipes, target },
      );
    let sent = 0;

    // From the parent, to each frame: its theme follows the last exact
    // theme message, and nothing else.
    for (const id of Object.keys(frames)) {
      const recipes = Array.from({ length: 1200 }, () => message(r));
      let expected = null;
      for (const recipe of recipes) {
        const t = exactTheme(recipe);
        if (t !== undefined) expected = t === 'auto' ? null : t;
      }
      const before = await heights();
      await send(recipes, id);
      sent += recipes.length;
      await settle();
      assert.equal(await theme(id), expected, `${id}: the theme follows only the exact message`);
      assert.deepEqual(await heights(), before, `${id}: nothing resized`);
    }

    // From a sibling frame and from the page itself: ignored by the frames
    // and by embed.js alike.
    for (const where of ['sibling', 'page']) {
      const recipes = Array.from({ length: 600 }, () => message(r));
      const themes = [await theme('builder'), await theme('step')];
      const before = await heights();
      if (where === 'sibling') {
        await sibling.evaluate((recipes) => {
          for (const recipe of recipes) {
            const data = window.__make(recipe);
            parent.postMessage(data, '*');
            for (let i = 0; i < parent.frames.length; i++) parent.frames[i].postMessage(data, '*');
          }
        }, recipes);
      } else {
        await send(recipes);
      }
      sent += recipes.length;
      await settle();
      assert.deepEqual([await theme('builder'), await theme('step')], themes, `${where}: no theme changed`);
      assert.deepEqual(await heights(), before, `${where}: nothing resized`);
    }

    // From each frame about itself: embed.js takes only its own, well-formed
    // height messages, and holds them within bounds.
    for (const id of Object.keys(frames)) {
      const recipes = Array.from({ length: 1200 }, () => message(r));
      let expected = (await heights())[id === 'builder' ? 0 : 1];
      for (const recipe of recipes) {
        const h = acceptedHeight(recipe);
        if (h !== undefined) expected = `${h}px`;
      }
      await frameOf(id).evaluate((recipes) => {
        for (const recipe of recipes) parent.postMessage(window.__make(recipe), '*');
      }, recipes);
      sent += recipes.length;
      await settle();
      const now = (await heights())[id === 'builder' ? 0 : 1];
      assert.equal(now, expected, `${id}: the last well-formed height, clamped`);
      const px = parseFloat(now);
      assert.ok(px >= MIN && px <= MAX, `${id}: ${now} within ${MIN}–${MAX}`);
    }
    assert.ok(sent >= 5000, `${sent} messages`);
    assert.deepEqual(problems, [], 'nothing threw, in the page or the frames');
  } finally {
    await host.close();
  }
});
