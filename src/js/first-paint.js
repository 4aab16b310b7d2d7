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
// the `?` is counted too) and PAGE_QUERY (as `dataset` names the attribute
// holding what a path page's own path means: a link's scenario is the
// page's own when every parameter it gives reads as the page's); it drops
// these // lines and joins the rest.
// A parameter the length limit cuts through is not read, as in Rust.
// It must stay under 1 KB (a test checks): h is <html>, l the address's
// query as given and q as read, s sets an attribute, e/t/p are the embed,
// theme and step parameters, n the names by number, f the scenario's
// parameter names, a the page's own query ("&undefined&" on the main page;
// its values are slugs and digits, which need no decoding).
(function (h, l) {
var q = new URLSearchParams(l.length > PAST_MAX && l[PAST_MAX] != "&" ? l.slice(0, Math.max(l.lastIndexOf("&", MAX_QUERY), 1)) : l.slice(0, PAST_MAX)),
s = function (k, v) { h.setAttribute("data-" + k, v); }, e = q.get("embed"), t = q.get("theme"), p = q.get("step"), n = STEPS, f = FIELDS, a = "&" + h.dataset.PAGE_QUERY + "&", i;
e = /^(EMBED_OLD)$/.test(e) ? EMBED_ALL : e;
/^(EMBED_WORDS)$/.test(e) && s("embed", e);
/^(THEME_WORDS)$/.test(t) && s("theme", t);
q.get("bg") == "transparent" && s("bg", "transparent");
if (p !== null) { p = p.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, ""); i = p.replace(/^\+/, "");
s("show-step", (/^\d+$/.test(i) ? n[Math.min(Math.max(+i, 1), HIGHEST)] : n.indexOf(p) > 0 && p) || FIRST); }
for (i = 0; i < f.length; i++) q.has(f[i]) && a.indexOf("&" + f[i] + "=" + q.get(f[i]) + "&") < 0 && s("scenario", "link");
})(document.documentElement, location.search);
