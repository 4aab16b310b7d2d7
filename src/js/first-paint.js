// Runs in <head>, before the first paint: what the address asks for, as
// attributes on <html> that the stylesheet follows (contract.md): the embed
// mode, the step, the theme, the background, and whether the link sets up a
// scenario (the builder then shows no verdict until it has worked out that
// scenario's). It reads the query as the wasm does (at most 4,096 bytes;
// the first of a repeated parameter; `step=` as content::steps::position
// reads it). Inline, allowed by its hash, so it runs in a sandboxed frame
// too. The build fills in STEPS (each stable number's name, "" where none),
// FIRST (the first step's name), HIGHEST (the highest number), FIELDS
// (`v` and the scenario's parameter names: any of them makes the built
// answers not this address's), EMBED_WORDS, EMBED_OLD and EMBED_ALL (the
// embed modes' words, the older spellings of embed=1, and its word) and
// THEME_WORDS (those a theme attribute is set for), as `Embed` and `Theme`
// read them, and MAX_QUERY and PAST_MAX (`link::MAX_QUERY` and one more:
// the `?` is counted too); it drops these // lines and joins the rest.
// A parameter the length limit cuts through is not read, as in Rust.
// It must stay under 1 KB (a test checks): h is <html>, q the query, s sets
// an attribute, e/t/p are the embed, theme and step parameters, n the names
// by number, f the scenario's parameter names.
(function (h, q) {
var s = function (k, v) { h.setAttribute("data-" + k, v); }, e = q.get("embed"), t = q.get("theme"), p = q.get("step"), n = STEPS, f = FIELDS, i;
e = /^(EMBED_OLD)$/.test(e) ? EMBED_ALL : e;
/^(EMBED_WORDS)$/.test(e) && s("embed", e);
/^(THEME_WORDS)$/.test(t) && s("theme", t);
q.get("bg") == "transparent" && s("bg", "transparent");
if (p !== null) { p = p.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, ""); i = p.replace(/^\+/, "");
s("show-step", (/^\d+$/.test(i) ? n[Math.min(Math.max(+i, 1), HIGHEST)] : n.indexOf(p) > 0 && p) || FIRST); }
for (i = 0; i < f.length; i++) q.has(f[i]) && s("scenario", "link");
})(document.documentElement, new URLSearchParams(location.search.length > PAST_MAX && location.search[PAST_MAX] != "&"
? location.search.slice(0, Math.max(location.search.lastIndexOf("&", MAX_QUERY), 1)) : location.search.slice(0, PAST_MAX)));
