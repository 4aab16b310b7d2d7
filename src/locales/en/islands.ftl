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
setup-example-line = { $name }. { $help }
other-version-name = { $version }:
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
answers-superseded = Answered under { $terms }. Beside each answer is how the other versions of the terms answer it.
answers-in-short = Every answer, in short
changed-none = No answer changed.
changed-topic = { $topic }.
changed-now = { $topic } Now: { $verdict }{ $under }.
changed-no-longer-asked = { $topic } No longer asked{ $under }.
changed-now-asked = { $topic } Now asked: { $verdict }{ $under }.
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

## Each value of each choice: its name, and one line on what it means (`KIND-SLUG`, `KIND-SLUG-help`)

## provenance

provenance-announcement = News report
provenance-joint-statement = Joint statement
provenance-background = Background: October 2025 agreement
provenance-amendment = Amendment: 27 April 2026

## offering

offering-stateless-api = Stateless API
offering-stateless-api-help = Apps send a request and get an answer; nothing is remembered between calls.
offering-stateful-runtime = Stateful runtime (agents)
offering-stateful-runtime-help = A service that keeps an agent's memory and progress between calls.
offering-first-party-product = OpenAI's own product (e.g. Frontier)
offering-first-party-product-help = A product OpenAI makes and offers itself, such as the Frontier series.
offering-co-developed-product = Non-API product built with a partner
offering-co-developed-product-help = A product that is not an API, built by OpenAI together with another company.
offering-open-weight-model = Open-weight model
offering-open-weight-model-help = A model whose trained weights OpenAI publishes for anyone to run.
offering-research-model = Research-only model
offering-research-model-help = A model meant only for research or internal use.
offering-consumer-hardware = Consumer hardware
offering-consumer-hardware-help = A device OpenAI would sell to the public.
offering-training-compute = Computing power for training
offering-training-compute-help = Computing power OpenAI buys to train its models.

## partner

partner-none = No partner
partner-none-help = OpenAI deals directly; no other company is involved.
partner-amazon = Amazon
partner-amazon-help = Amazon, which announced a collaboration with OpenAI on 27 February 2026.
partner-google = Google
partner-google-help = A cloud company other than Microsoft or Amazon.
partner-oracle = Oracle
partner-oracle-help = A cloud company other than Microsoft or Amazon.
partner-other = Another partner
partner-other-help = Any other company, not a cloud provider.

## channel

channel-openai = OpenAI
channel-openai-help = The customer buys from OpenAI.
channel-microsoft = Microsoft
channel-microsoft-help = The customer buys from Microsoft.
channel-partner = The partner
channel-partner-help = The customer buys from the partner company.

## host

host-azure = Azure
host-azure-help = Microsoft's cloud.
host-aws = AWS
host-aws-help = Amazon Web Services, Amazon's cloud.
host-google-cloud = Google Cloud
host-google-cloud-help = Google's cloud.
host-oracle-cloud = Oracle Cloud
host-oracle-cloud-help = Oracle's cloud.
host-openai-own = OpenAI's own data centres
host-openai-own-help = Data centres OpenAI runs itself.
host-other = Another cloud
host-other-help = Any other cloud.

## customer

customer-general = Any business or developer
customer-general-help = Ordinary businesses and developers.
customer-us-national-security = US national-security agency
customer-us-national-security-help = A US government national-security customer, which the October 2025 agreement treats apart.

## agi

agi-no = Not verified
agi-no-help = In this scenario, the panel has not confirmed AGI.
agi-yes = Verified by the panel
agi-yes-help = In this scenario, the panel has confirmed that OpenAI reached AGI (no source says this has happened).

## field

field-offering = What is offered
field-offering-help = The kind of thing OpenAI provides in this deal.
field-partner = Partner
field-partner-help = The other company OpenAI works with on it, if any.
field-channel = Who sells it
field-channel-help = Who sells it to the customer.
field-host = Where it runs
field-host-help = Whose data centres would serve or run it.
field-customer = Customer
field-customer-help = Who buys it.
field-year = Year
field-year-help = The year the deal happens, 2026 to 2040.
field-agi = AGI
field-agi-help = Whether, in this scenario, the independent expert panel confirms that OpenAI reached AGI.
field-agi-year = Year the panel verifies AGI (in this scenario)
field-agi-year-help = In this scenario, the year the panel confirms it. A later year than the deal means not yet verified at the time of the deal.
field-revenue = Revenue
field-revenue-help = What the deal earns, in US dollars.
field-share = Assumed revenue-share rate
field-share-help = Your assumed rate, in percent. The real rate is not public; the press reported 20%.
field-terms = Terms as of
field-terms-help = Which version of the terms answers. Every answer also shows how the other versions answer it.

## verdict

verdict-yes = Yes
verdict-no = No
verdict-not-addressed = Not addressed

## topic

topic-azure-required = Served only from Azure
topic-azure-first = Launched on Azure first
topic-host-consistent = Host fits the terms
topic-revenue-share = Revenue share
topic-ip-licence = Microsoft's licence
topic-ip-exclusive = Licence exclusive
topic-partner-anticipated = Room for a partner like this
topic-terms-changed = Changes to the agreed terms
topic-agi-process-changed = Changes to how AGI is determined

topic-azure-required-short = Azure only?
topic-azure-first-short = Azure first?
topic-host-consistent-short = Host fits?
topic-revenue-share-short = Revenue shared?
topic-ip-licence-short = Licence?
topic-ip-exclusive-short = Exclusive?
topic-partner-anticipated-short = Room for partner?
topic-terms-changed-short = Terms changed?
topic-agi-process-changed-short = AGI process changed?

## The questions (`Topic::question`): every version asks these, unless it has its own

question-azure-required = Must it be served from Azure?
question-azure-first = Must it launch on Azure first?
question-host-consistent = Is the chosen host consistent with the terms?
question-revenue-share = Is this revenue covered by the revenue share?
question-ip-licence = Does Microsoft hold licence and access rights to it?
question-ip-exclusive = Is Microsoft's licence to it exclusive?
question-partner-anticipated = Did the agreement leave room for OpenAI to work with a partner like this?
question-terms-changed = Have the agreed terms changed?
question-agi-process-changed = Has the way AGI is determined changed?
question-terms-changed-that-day = Did the day's announcements change the agreed terms?
question-agi-process-changed-that-day = Did the day's announcements change how AGI is determined?
question-terms-changed-since-statement = Have the agreed terms changed since the statement?
question-agi-process-changed-since-statement = Has the way AGI is determined changed since the statement?

## The versions of the terms, by date: the control's option and help, and
## how each is named elsewhere (`app::text::version`)

terms-2026-02-27 = The statement of 27 Feb 2026
terms-2026-02-27-help = What the statement described: the October 2025 agreement, reaffirmed.
terms-2026-02-27-phrase = the terms as the statement of 27 February 2026 described them
terms-2026-02-27-short = The statement of 27 February 2026
terms-2026-02-27-noun = the statement's terms of 27 February 2026
terms-2026-04-27 = As amended on 27 Apr 2026
terms-2026-04-27-help = The terms as the companies amended them on 27 April 2026.
terms-2026-04-27-phrase = the terms as amended on 27 April 2026
terms-2026-04-27-short = As amended on 27 April 2026
terms-2026-04-27-noun = the amended terms of 27 April 2026
version-superseded-note = , superseded on { $date }
version-option-superseded = { $label } (superseded)
version-help-superseded = { $help } Superseded on { $date }.
version-help-latest = { $help } It is the latest version the sources describe.
versions-both = both versions
versions-every = every version

## A bad input, named to the reader (`app::text::input_error`)

input-error = { $field }: “{ $given }” { $problem }. Allowed: { $allowed }. The default, { $used }, is used instead.
input-combination = { $field }: “{ $given }” cannot go with { $other }: { $why }. The default, { $used }, is used instead.
input-unknown-word = is not one of the allowed values
input-not-a-year = is not a year in range
input-not-a-number = is not a number
input-negative = is below zero
input-too-precise = has too many decimals
input-too-large = is too large
input-cut = was cut off where the link passes 4,096 bytes
input-allowed-year = a whole year from { $first } to { $last }
input-allowed-dollars = an amount in US dollars from 0 to { $max } (10^{ $power }), at most { $decimals } decimals
input-allowed-percent = a percentage from 0 to { $max }, at most { $decimals } decimals
input-used-scenario-year = the scenario's year
input-why-channel-needs-partner = a partner can only sell it when there is a partner
input-why-co-developed-needs-partner = a non-API product built with a partner needs a partner to build it with

## "What would change this answer": one edit

edit = { $field }: { $value }

## The examples (presets): each one's name in the menu, and one line on what it shows

preset-api-through-amazon = Suppose Amazon sold the stateless API from AWS
preset-api-through-amazon-help = It tests the Azure-only rule of the February 2026 statement, which this explainer reads as ended on 27 April 2026. As of February 2026 no source said Amazon resold OpenAI's stateless API; according to press reports, AWS began a limited preview of OpenAI models on Amazon Bedrock on 28 April 2026.
preset-api-through-amazon-on-azure = Suppose Amazon sold the stateless API, served from Azure
preset-api-through-amazon-on-azure-help = Suppose Amazon sold OpenAI's stateless API, with the calls running on Azure.
preset-api-on-aws-direct = Suppose OpenAI served its API from AWS itself
preset-api-on-aws-direct-help = Suppose OpenAI sold its stateless API itself, with no partner, and served it from AWS; no source reports this.
preset-bedrock-stateful-runtime = Suppose the stateful runtime ran on Amazon Bedrock
preset-bedrock-stateful-runtime-help = A runtime built with Amazon that keeps an agent's memory, run on AWS; OpenAI and Amazon announced one on 27 February 2026.
preset-frontier-via-aws = Suppose AWS distributed Frontier
preset-frontier-via-aws-help = Suppose Amazon sold OpenAI's own Frontier platform from AWS; on 27 February 2026 OpenAI and Amazon announced AWS as its exclusive third-party cloud distributor.
preset-frontier-on-another-cloud = Suppose Frontier ran on Google Cloud
preset-frontier-on-another-cloud-help = Suppose OpenAI sold its own product itself and ran it on another cloud; no source reports this.
preset-national-security-on-aws = Suppose a US national-security customer used AWS
preset-national-security-on-aws-help = Suppose a US government national-security customer used OpenAI's API served from AWS.
preset-after-agi = Suppose the panel verified AGI in 2030
preset-after-agi-help = In this scenario the expert panel verifies AGI in 2030 and Amazon sells the API; no source says AGI has been verified.
preset-open-weights-anywhere = Suppose Oracle served an open-weight model
preset-open-weights-anywhere-help = Suppose OpenAI released open-weight models and Oracle served them on its cloud; no source reports this. It assumes Oracle pays OpenAI for them: only then does the deal earn OpenAI revenue, and no source says it does.
preset-microsoft-sells-on-azure = Suppose Microsoft sold the API on Azure
preset-microsoft-sells-on-azure-help = Suppose a developer bought OpenAI's API through Microsoft, served from Azure.

## The steps: each one's short name (the progress list) and its live example's question

step-the-news = The news
step-the-news-prompt = Pick a partner. Did the day's announcements change the agreed terms, and did the agreement leave room for a partner like this?
step-azure-and-apis = Azure and APIs
step-azure-and-apis-prompt = Choose who sells the API and where it would run. Must it be served from Azure?
step-stateless-or-stateful = Stateless or stateful
step-stateless-or-stateful-prompt = Switch between the two kinds of offering, both run on AWS. Must it be served from Azure?
step-own-products = OpenAI's own products
step-own-products-prompt = OpenAI sells one of its own products. Pick where it runs: does that fit the terms?
step-ip-licence = The IP licence
step-ip-licence-prompt = Pick what OpenAI makes and the year. Does Microsoft hold rights to it?
step-revenue-share = The revenue share
step-revenue-share-prompt = Set who sells it, the revenue and an assumed rate. Is the revenue shared, and how much might Microsoft get?
step-room-for-others = Room for others
step-room-for-others-prompt = OpenAI builds a product with a partner. Did the agreement leave room for it, and must it run on Azure?
step-agi = AGI
step-agi-prompt = Say whether, in this scenario, the panel verifies AGI, and when. What changes?
step-timeline = Timeline
step-timeline-prompt = Move through the years. Does Microsoft still hold rights?
step-not-said = What is not said
step-not-said-prompt = Pick an offering at the edges of the terms.
step-what-changed = What changed in April
step-what-changed-prompt = Pick an offering and who sells it. How do the two versions of the terms answer?

## The press reports since (`terms::REPORTS`), and what each status tells the reader

report-sentence = { $publisher } reported on { $date } that { $what } ({ $status }).
report-R1-publisher = The Information
report-R1-what = OpenAI's revenue-share payments to Microsoft are capped at $38 billion in total
status-official = official: the companies' own announcements
status-report = reported: not the companies' own words
status-unconfirmed = unconfirmed: the companies have not confirmed it
status-confirmed = since confirmed by the companies
status-denied = denied by the companies
list-and = {" "}and{" "}

## Dates (`app::text::date`)

date = { $day } { $month } { $year }
date-month = { $month } { $year }
month-01 = January
month-02 = February
month-03 = March
month-04 = April
month-05 = May
month-06 = June
month-07 = July
month-08 = August
month-09 = September
month-10 = October
month-11 = November
month-12 = December

## Copied text and the citation (`app::citation`)

title = “Unchanged”, then amended: what the Microsoft–OpenAI joint statement said, and how the terms changed
copy-deal = The deal (a scenario set up in the explainer to test the terms; it states no fact about any actual deal): { $inputs }.
copy-input = { $field }: { $value }
copy-input-join = ;{" "}
copy-agi-verified = in this scenario, verified by the panel in { $year }
copy-agi-not-verified = in this scenario, not verified
copy-share-assumed = { $rate }% (assumed)
copy-under = Under { $terms }:
copy-verdict = { $verdict }: { $reasons }
copy-not-asked = { $topic }: not asked for this deal.
copy-rests-on = Rests on:
copy-clause-report = Reported since, not a term ({ $id }): { $report }
copy-clause-source = Source: { $source }, { $date }.
copy-checked = Terms last checked against the sources on { $date }; rules version { $rules }.
copy-link = { $title }: { $link }
cite-plain = { $title }. Interactive explainer of the Microsoft–OpenAI partnership terms, answered under { $versions }. Terms last checked on { $date }; rules version { $rules }. { $link }
cite-versions-join = {" "}and under{" "}
cite-note = Terms last checked on { $date }; rules version { $rules }
cite-kind = Interactive explainer

## Copying, the demo, the embed code

copy-how-touch = Touch and hold the selected text, then choose Copy.
copy-how-mac = The text is selected: press ⌘C to copy it.
copy-how-keys = The text is selected: press Ctrl+C to copy it.
embed-amp-more = Show the whole explainer
embed-fallback-link = Open the interactive explainer
embed-fallback-builder = The scenario builder, set to a scenario chosen for this article (an example, not a reported deal)
embed-amp-placeholder = The explainer's title card: “Unchanged”, then amended.
embed-copied = Embed code copied to the clipboard.
embed-iframe-title = Interactive explainer: the Microsoft–OpenAI joint statement that the terms were unchanged, and their amendment of 27 April 2026
demo-next = Send the next message
demo-again = Start again
cite-address-placeholder = (this page's address)

## The pictures: one API call's path, and the timeline (its events: `content::events`, the same list the Sources section and the feed draw on)

callpath-buyer = Buyer
callpath-buyer-name = A developer or business
callpath-seller = Sells it
callpath-server = Runs the call
callpath-a-partner = A partner
callpath-the-terms = the terms
callpath-kept-on-azure = Not { $host }: those terms kept it on Azure ({ $clause }).
callpath-on-azure-as-required = As those terms required ({ $clause }).
callpath-azure-not-required = Azure is not required here.
callpath-host-unsaid = { $host }?
callpath-sources-unsaid = The sources do not say where it must run.
callpath-caption = Path of one API call, under { $terms }.
event-partnership = The partnership starts: Microsoft puts in $1 billion, and OpenAI moves onto Azure.
event-extension = A multi-year, multi-billion-dollar extension of the partnership.
event-agreement = Microsoft and OpenAI sign a new agreement on their partnership; OpenAI becomes a public benefit corporation.
event-terms-2026-02-27 = On the day OpenAI announced new funding and a collaboration with Amazon, Microsoft and OpenAI said in a joint statement that the agreed terms were unchanged. They amended them on 27 April 2026.
event-terms-2026-04-27 = Microsoft and OpenAI amend the terms (U1–U6). Among the changes: OpenAI may serve its products on any cloud, and Microsoft's licence is no longer exclusive.
event-ends-2030 = Microsoft's rights to OpenAI's research IP end, or sooner had the panel verified AGI (B3; the April 2026 posts do not mention them, so this assumes they stand). Since April 2026, OpenAI's revenue-share payments to Microsoft also end here at the latest (U5).
event-ends-2032 = Microsoft's licence to models and products ends (non-exclusive since April 2026).
date-year-end = End of { $year }

## The chart of verdicts by year (`components::year_chart`)

year-chart-open = Year by year, under { $versions }
year-chart-title = Year by year, { $first } to { $last }.
year-chart-intro = Each row gives one question's answer in every year, once per version of the terms, starting with { $terms }. Years run left to right, by their last two digits; a line after a year marks the end of a right or payment, with its clause.
year-chart-cells = Answers by year: each cell names its year, question, version and answer
year-chart-verdict = { $verdict } ({ $cites })
year-chart-cell = { $year }. { $question } Under { $terms }: { $verdict }.
year-chart-agi = Panel verifies AGI (scenario)
year-chart-prompt = Point at or tap a cell, or move with the arrow keys, to read it here.
year-chart-table = The same answers, by span of years
year-chart-span = { $from } to { $to }
year-chart-run = { $years }: { $verdict }.
date-span = { $from } to { $to }
timeline-set-in = Your scenario is set in { $year }.
timeline-past-every-date = That is past every date the sources give.
timeline-marked = Events up to that year are marked.

## A step named by its place (the markup [step:NAME] and [Step:NAME])

step-ref = step { $n }
step-ref-start = Step { $n }

## The walkthrough's progress

nav-step-of = Step { $n } of { $total }

## A clause card (built by the build, in a file the islands share)

clause-source = Source:
