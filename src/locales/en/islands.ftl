# The words the islands draw (the builder and the live examples), in
# Project Fluent's format. The build writes every message below into the
# page (`<template id="island-words">`), and the wasm draws from there: it
# carries no words of its own. A placeholder ({ $name }) is filled by the
# island; each message here is used, and each one used is here
# (`app::text`'s tests). Change a word here, rebuild, and the page says it.

## The builder

builder-title = Build a scenario
builder-intro = Set up a deal and see what the public terms imply. Every answer names the clauses it rests on. The address bar always holds your scenario, so you can share it.
builder-busy = Working out the answers for the scenario in this link…
builder-busy-failed = The answers for the scenario in this link need the interactive part of this page, which could not start. Everything else on the page is readable.
builder-copy-link = Copy link to this scenario
builder-link-copied = Link copied.
builder-answer-link-copied = Link to the answer copied.
builder-answer-copied = Answer copied, with its sources and link.

## Where the reader starts, and the form

setup-examples = Start from an example
setup-choose = Choose a preset…
setup-reset = Reset
setup-example = Example:
setup-errors = Some values could not be used.
setup-errors-how = Each is named by its field and replaced by the default; everything else works.
group-terms = Which terms answer
group-deal = The deal
group-when = When
group-verification = Verification
group-money = Money
field-unavailable = “{ $choice }” is unavailable: { $why }.
unit-share = % (assumed)

## The answers

answers-title = What the terms imply
answers-latest = Answered under { $terms }, the latest the sources describe (checked { $checked }).
answers-superseded = Answered under { $terms }. Each answer gives the other versions' beside it.
answers-in-short = Every answer, in short
changed-none = No answer changed.
changed-now = { $topic } now { $verdict }{ $under }.
changed-no-longer-asked = { $topic } no longer asked{ $under }.
changed-now-asked = { $topic } now asked: { $verdict }{ $under }.
changed-under = , under { $terms }
answer-not-said = Not said:
answer-rests-on = Rests on { $cites }
answer-copy = Copy
answer-copy-what = this answer, with its sources
answer-link = Link
answer-link-what = to this answer
other-not-asked = { $version }: not asked for this deal.
other-same = { $version }: the same answer, on the same clauses.
other-rests-on = (rests on { $cites }).
flips-title = What would change this answer
flips-count = What would change this answer: { $count }
flips-count-pairs = What would change this answer (no single change does; two together): { $count }
flips-none = No change to one or two inputs gives another verdict.
flips-more = More ({ $count })
flip-rests-on = (rests on { $cites })
try-it = Try it

## The estimate

estimate-label = Microsoft's estimated cut
estimate-cut = { $rate } (assumed) of { $revenue }. Assumption: the real rate is not public; the press reported 20%.
estimate-not-covered = The revenue share does not cover this revenue, so there is nothing to estimate at the assumed { $rate } rate.
estimate-own-sales = No estimate: Microsoft sells this itself and no longer pays OpenAI a share (U4).
estimate-not-said = No estimate: the sources do not say whether the revenue share covers this revenue.
estimate-cap = This ignores the total cap on all of OpenAI's payments, whose amount the companies have not published (U5).
estimate-reported-cap = The reported cap, if accurate, would limit this estimate.
report-lead = Reported, not a term:

## The versions side by side

differences-none = No answer differs under { $terms }.
differences-one = 1 answer differs under { $terms }.
differences-many = { $count } answers differ under { $terms }.
compare-open = Compare { $versions } side by side
compare-region = Every version of the terms, side by side
compare-topic = Topic
compare-differs = ≠ differs
compare-asked-only = Asked only under { $terms }:
not-asked = Not asked

## The decision table

decision-title = Every offering at a glance
decision-note = This scenario with each offering in turn, under { $terms }. Select a cell to load it.
decision-every-version = Show { $versions } in each cell
decision-offered = What is offered
decision-this-scenario = (this scenario)
decision-needs-partner = Needs a partner: choose one to see this row.
