# The words only the built page says: the build writes them where they
# stand, and the islands never draw them (so they are not written a second
# time into the page, as `islands.ftl` is). Project Fluent's format; each
# message here is used, and each one used is here (`app::text`'s tests).

## If the app stops on a bug

crash = Sorry: the explainer hit a bug and stopped. The text on this page is still accurate.
crash-reload = Reload it with the default scenario

## The walkthrough: each step's headline, paragraphs, what it leaves open
## (`-unsaid-N`) and what a later version changed (`-change-DATE`). Text in
## [brackets](target) links a glossary term, and [step:NAME] a step.


### the-news

step-the-news-headline = Microsoft and OpenAI said the day's news left their deal as it was
step-the-news-body-1 = On 27 February 2026 OpenAI announced a new funding round, reported at about $110 billion, and a strategic collaboration with Amazon, whose investment was reported at $50 billion.
step-the-news-body-2 = The same day Microsoft and OpenAI published a joint statement. The news report this explainer follows presents it as Microsoft's reply: the partnership was "strong and central" (the report's words), and none of the day's announcements would change the terms agreed before. The two have worked together since 2019.
step-the-news-body-3 = The contracts themselves are not public. This explainer takes the statement one term at a time. Each claim names the clause it rests on and where that clause comes from; where the sources stop, it says so.
step-the-news-unsaid-1 = Neither the report nor what the sources give of the joint statement mentions amounts for the funding round or the Amazon deal; the figures come from the companies' other announcements and the press (see Sources).
step-the-news-change-2026-04-27 = the companies amended the terms their joint statement of 27 February 2026 called unchanged. Each step marks what changed, and [step:what-changed] sets the two versions side by side.

### azure-and-apis

step-azure-and-apis-headline = In February, Microsoft said Azure alone served OpenAI's stateless APIs; the report read that as covering Amazon's calls too
step-azure-and-apis-body-1 = A "[stateless API](stateless-api)" is how developers use OpenAI's models from their own software: each request goes in, an answer comes back, and nothing is kept. Microsoft said Azure remained the only [cloud](cloud-provider) serving these APIs, all of them.
step-azure-and-apis-body-2 = The report read this as covering every way the API was bought. Bought from Microsoft or from OpenAI, it had to run wholly on Azure. Reached through a third party such as Amazon, the calls still had to be carried out inside Azure.
step-azure-and-apis-body-3 = The October 2025 agreement said the same of API products OpenAI built with third parties: they stayed exclusive to Azure. It also let OpenAI offer its API to US government national-security customers on any cloud, a term the April amendment does not mention.
step-azure-and-apis-unsaid-1 = Neither the report nor what the sources give of the joint statement describes how a partner's customers reached Azure, or who billed them.
step-azure-and-apis-change-2026-04-27 = the companies now say OpenAI may serve all its products on any cloud. This explainer reads that as ending the Azure-only rule described here; the posts do not name it. Microsoft stays OpenAI's primary cloud partner: products launch on Azure first, unless Microsoft cannot, and chooses not to, support what they need.

### stateless-or-stateful

step-stateless-or-stateful-headline = Stateless or stateful: the line that decided where it had to run
step-stateless-or-stateful-body-1 = A stateless call carries everything the model needs each time. The app sends the whole conversation so far, gets a reply, and the server keeps nothing.
step-stateless-or-stateful-body-2 = A [stateful runtime](stateful-runtime) remembers. It holds an agent's memory and progress on the server between calls. OpenAI and Amazon said they were building one together: a "stateful runtime environment" for agents, offered on Amazon Bedrock.
step-stateless-or-stateful-body-3 = Microsoft's Azure rule named stateless APIs only. So the sources settled where stateless calls had to run, but not where a stateful runtime could run.
step-stateless-or-stateful-unsaid-1 = Whether a stateful runtime built with a partner counts as an "API product", which the October 2025 agreement kept on Azure.
step-stateless-or-stateful-change-2026-04-27 = the companies now say OpenAI may serve all its products on any cloud, so this explainer reads the line as no longer deciding where anything may run. Whether a runtime built with a partner must launch on Azure first is not said.

### own-products

step-own-products-headline = The report read the statement as keeping OpenAI's own products built on Azure
step-own-products-body-1 = The report read the statement as saying OpenAI's own main products ([first-party products](first-party-product)), the "Frontier" series included, would continue to be built on Azure's infrastructure around the world.
step-own-products-body-2 = Built on is not the same as served only from. The joint statement also let OpenAI use computing power beyond Azure as it grew, so the sources did not say these products could run nowhere else.
step-own-products-body-3 = Products OpenAI built together with a third party were treated differently: the October 2025 agreement let those that were not APIs run on any cloud.
step-own-products-unsaid-1 = Neither the report nor what the sources give of the statement lists which products count as "core", beyond the Frontier series.
step-own-products-change-2026-04-27 = the companies now say OpenAI may serve all its products on any cloud, and that they launch on Azure first unless Microsoft cannot, and chooses not to, support what they need. The posts do not say where they are built.

### ip-licence

step-ip-licence-headline = Microsoft said its exclusive licence was unchanged
step-ip-licence-body-1 = Microsoft said nothing had changed about intellectual property (IP): it still held the [exclusive licence](ip-licence) to OpenAI's models and products, and the right to access them.
step-ip-licence-body-2 = The October 2025 agreement put dates on the rights. Rights to models and products ran through 2032 and included models released after AGI. Exclusivity was a separate matter: Microsoft's own summary said it lasted "until AGI".
step-ip-licence-body-3 = Rights to [research IP](research-ip), the confidential methods for building models, end once the [expert panel](expert-panel) verifies AGI or after 2030, whichever is sooner. OpenAI's consumer hardware is outside Microsoft's IP rights. The April 2026 posts mention neither term; this explainer assumes both still stand.
step-ip-licence-unsaid-1 = What Microsoft's rights become after 2032.
step-ip-licence-unsaid-2 = What rights Microsoft has in open-weight models once OpenAI releases them.
step-ip-licence-change-2026-04-27 = the companies say Microsoft keeps a licence to OpenAI's models and products through 2032, as before, but it is now non-exclusive.

### revenue-share

step-revenue-share-headline = Microsoft said the revenue share was unchanged and reached other clouds
step-revenue-share-body-1 = Microsoft said the [revenue-sharing](revenue-share) arrangement between the companies had not been changed.
step-revenue-share-body-2 = It added that the arrangement already covered money OpenAI makes through deals with other cloud providers. By Microsoft's account, then, a deal like Amazon's fell inside it. It did not say the same of partners that are not cloud providers, and no source lists which of OpenAI's other revenue the share reaches.
step-revenue-share-body-3 = The rate is not public. Many outlets have reported 20%, a figure the companies have not confirmed; here you set the rate yourself, and it is always labelled as assumed. Under the October 2025 agreement the revenue share was to last until the expert panel verified AGI.
step-revenue-share-unsaid-1 = The rate, and how revenue from Microsoft's own sales of OpenAI models was split.
step-revenue-share-change-2026-04-27 = the companies say OpenAI's payments to Microsoft run through 2030 at the same percentage, up to a total cap whose amount is not public. They say the payments no longer depend on OpenAI's technical progress, which ends the old tie to AGI verification, and that Microsoft no longer pays OpenAI a share.

### room-for-others

step-room-for-others-headline = The companies said their deal left each room to explore independently; Microsoft said a partnership like Amazon's was foreseen
step-room-for-others-body-1 = Microsoft said the early agreements foresaw a partnership like the one with Amazon, and that it was pleased with it. No source says the same of a deal with Google, Oracle or anyone else.
step-room-for-others-body-2 = In the companies' telling, the agreement was designed to keep them close while leaving each room to explore new opportunities independently. The October 2025 agreement lets Microsoft pursue AGI by itself or with others, and lets OpenAI build some products with third parties.
step-room-for-others-body-3 = The joint statement adds that OpenAI may take on computing power beyond Azure as it grows, with Azure staying central.
step-room-for-others-unsaid-1 = The early agreements themselves are not public, so what exactly they anticipated cannot be checked.
step-room-for-others-change-2026-04-27 = the companies now say OpenAI may serve all its products to customers on any cloud, which gives it more room.

### agi

step-agi-headline = The companies said the way AGI is judged had not changed
step-agi-body-1 = [AGI](agi) (artificial general intelligence) mattered here because, under the October 2025 agreement, several terms would end or change once an independent panel verified it, not when OpenAI merely said it had arrived. No source says AGI has been verified.
step-agi-body-2 = The report says the process for deciding that AGI has arrived, and the contract's definitions, were unchanged. Under the October 2025 agreement, if OpenAI declares AGI, an [independent panel of experts](expert-panel) must verify it.
step-agi-body-3 = Under those terms, verification would have ended the revenue share (past amounts might still be paid over time). It also ends Microsoft's research-IP rights, under a term the April 2026 posts do not mention, which this explainer assumes still stands. Microsoft's own summary said its exclusive IP rights and the Azure API exclusivity lasted "until AGI".
step-agi-unsaid-1 = What would have become of the Azure rule for stateless APIs had the panel verified AGI.
step-agi-unsaid-2 = Who sits on the expert panel, or when it might meet.
step-agi-change-2026-04-27 = the companies say OpenAI's payments to Microsoft no longer depend on OpenAI's technical progress, which ends the revenue share's tie to AGI verification. The share now runs through 2030. The licence keeps its 2032 end date but, they say, is no longer exclusive, so the "until AGI" exclusivity is gone. They did not say whether the panel process itself changed.

### timeline

step-timeline-headline = From 2019 to 2032: the dates that matter
step-timeline-body-1 = The partnership began in 2019, when Microsoft invested $1 billion, and was extended in January 2023. The definitive agreement of 28 October 2025 set the dates the statement of 27 February 2026 said still stood.
step-timeline-body-2 = The amendment of 27 April 2026 set one new date: OpenAI's revenue-share payments to Microsoft run through 2030 at most. Microsoft's licence keeps its 2032 end but is now non-exclusive. Research-IP rights, not mentioned in April and assumed unchanged here, stop after 2030 at the latest. After 2032 the sources say nothing.
step-timeline-unsaid-1 = No date is given for AGI. Under the October 2025 agreement it depended on the expert panel; whether the panel still matters is not said.
step-timeline-change-2026-04-27 = the companies say the revenue share now runs through 2030, whatever OpenAI's technical progress; before, it was to last until the panel verified AGI. They say the licence, still through 2032, is now non-exclusive.

### not-said

step-not-said-headline = What the statement did not say
step-not-said-body-1 = A short statement leaves gaps, and a careful reading names them. Where the sources stop, this explainer answers "not addressed" rather than guess.
step-not-said-body-2 = Try the offerings below: under the statement's terms each one lands on a question it did not reach. Each answer also shows how the amended terms answer it.
step-not-said-unsaid-1 = Whether the stateful runtime built with Amazon had to run on Azure.
step-not-said-unsaid-2 = The revenue-share rate, and how Microsoft's own sales were shared.
step-not-said-unsaid-3 = What would have become of the Azure rule for stateless APIs had the panel verified AGI.
step-not-said-unsaid-4 = What Microsoft's IP rights become after 2032.
step-not-said-unsaid-5 = Which cloud, if any, OpenAI's consumer hardware must use.
step-not-said-change-2026-04-27 = the companies now say OpenAI may serve all its products on any cloud, which this explainer reads as closing some of these gaps. The amendment opened new ones, such as how long "first" on Azure lasts and how large the cap is; [step:what-changed] lists them.

### what-changed

step-what-changed-headline = On 27 April 2026 the companies amended the terms the statement called unchanged
step-what-changed-body-1 = Two months after the statement, Microsoft and OpenAI published matching posts under one title, "The next phase of the Microsoft–OpenAI partnership". They changed several of the terms this explainer walks through. The full contract is still not public.
step-what-changed-body-2 = The table sets each term as the statement described it beside the term as amended. Where the posts say nothing, this explainer assumes the earlier terms stand, and its answers say so.
step-what-changed-unsaid-1 = Whether the panel that would verify AGI still exists, or still matters to any right. Some reports say the AGI clause is gone; the posts say only that the revenue share no longer depends on OpenAI's technical progress.
step-what-changed-unsaid-2 = Anything about research IP, consumer hardware, open-weight models, US national-security customers or compute purchases. This explainer assumes those terms stand.
step-what-changed-unsaid-3 = How long "first" on Azure lasts, and which launches count as products.
step-what-changed-unsaid-4 = How large the revenue-share cap is: the companies have not published it.

## The masthead

masthead-eyebrow = Explainer · Microsoft and OpenAI
masthead-dek = On 27 February 2026, the day OpenAI announced new funding and an Amazon collaboration, Microsoft and OpenAI said in a joint statement that the terms of their partnership stood. On 27 April 2026 they amended them. Walk through the statement term by term, see what changed, then test a deal of your own under either version.
masthead-updated = Updated
masthead-note = Based on public statements only: the contracts are not public. Not legal or investment advice.

## Around each step

step-kicker = Step { $n }: { $name }
step-clauses = What this rests on
step-clauses-label = Clauses for step { $n }
step-unsaid = What this does not say
note-changed-on = Changed on
before-after-caption = The terms before and after 27 April 2026
before-after-term = Term
before-after-before = As the statement described them, with the October 2025 agreement
before-after-after = As amended, 27 Apr 2026

## The terms before and after 27 April 2026 (step what-changed's table), one row each

before-after-1-term = Where OpenAI's products run
before-after-1-before = Stateless APIs: Azure only; the report read this as covering calls that come through partners too. OpenAI's own products: built on Azure; where they could run was not said.
before-after-1-after = Any cloud, the companies say; this explainer reads that as ending the Azure-only rule. Products launch on Azure first, unless Microsoft cannot, and chooses not to, support what they need.
before-after-2-term = Microsoft's licence to OpenAI's IP
before-after-2-before = Exclusive. Rights through 2032; Microsoft's own summary said the exclusivity lasted "until AGI".
before-after-2-after = Non-exclusive; still through 2032.
before-after-3-term = Revenue share, OpenAI to Microsoft
before-after-3-before = Unchanged, the statement said; under the October 2025 agreement it was to run until the panel verified AGI.
before-after-3-after = Same percentage through 2030, up to a total cap whose amount is not public; no longer tied to OpenAI's technical progress, so no longer to AGI.
before-after-4-term = Revenue share, Microsoft to OpenAI
before-after-4-before = Not described in the statement.
before-after-4-after = Ended.
before-after-5-term = AGI
before-after-5-before = How AGI is determined, and the contract's definitions, unchanged.
before-after-5-after = The revenue share no longer depends on OpenAI's technical progress, so no longer on AGI verification. The licence keeps its 2032 end but is no longer exclusive, so the "until AGI" exclusivity is gone. The panel process is not mentioned.
before-after-6-term = Microsoft's stake
before-after-6-before = About 27% of OpenAI Group PBC as of October 2025 (not in the statement).
before-after-6-after = Microsoft stays a major shareholder: its stake was about 27% in October 2025 (B12).

year-chart-step-note = This chart is for one example: suppose Amazon sold OpenAI's stateless API to an ordinary customer and served it from AWS (not a reported deal), and the panel never verified AGI. It shows each question's answer in each year. The builder's own chart, under "Year by year", follows the scenario set there.

## The feed of every dated change (`words::feed`, feed.xml)

feed-title = { $title } — every dated change
feed-link-title = Every dated change to the terms and to the explainer's answers
feed-subtitle = Each version of the terms, each press report with its status, each correction of the explainer's answers and each change of its rules version.
feed-summary = { $summary } Source: { $source }.
feed-version = Version of the terms: { $terms }
feed-report = { $publisher }, { $date }: press report { $id } ({ $status })
feed-correction = Correction { $n }: { $topic }
feed-correction-summary = For { $case }, under { $versions }. Before: { $before }. Now: { $now }. Why: { $why }
feed-rules = Rules version { $version }
feed-correction-source = the explainer's list of corrections
feed-rules-summary = The explainer corrected how it answers some scenarios (rules version { $version }). Old links still work and now show the corrected answers.
feed-rules-source = the explainer's list of corrections: { $corrections }
status-official-label = official
status-report-label = reported
status-unconfirmed-label = unconfirmed
status-confirmed-label = confirmed
status-denied-label = denied

## The data behind the answers (`words::data`, data/*.json and data/decisions.csv)

data-file-title = { $title } — { $what }
data-decisions = the answers for the starting example (suppose Amazon sold each offering from AWS; not a reported deal), every offering, under every version of the terms
data-clauses = the list of clauses, with each clause's source and that source's status
data-licence = The MIT licence, like the explainer's code: you may use, copy and change the data if you keep its copyright and licence notice.
data-column-offering = The offering, as a link's offering= takes it
data-column-topic = The question, as the page's data-finding markers name it
data-column-terms = The version of the terms, by its date
data-column-verdict = yes, no or not-addressed
data-column-cites = The clause IDs the answer rests on, space-separated
data-column-rule = The rule that decided, as the rules specification names it
data-title = Get the data
update-feed = Follow every change (feed)
data-intro = The answers behind the builder, to check or reuse: a table for the starting example (suppose Amazon sold each offering from AWS; not a reported deal), under every version of the terms, and the list of clauses behind it. Rules version { $rules }; terms last checked on { $date }.
data-decisions-csv = Decisions (CSV)
data-decisions-json = Decisions (JSON)
data-clauses-json = Clauses (JSON)
data-feed = Every dated change (Atom feed)
data-licence-line = Licence: { $licence } To cite, see "Cite this explainer" below; each file carries its citation.

## Dated events (`content::events`): what happened (for those the timeline does not show; its own are with the pictures) and each one's source

event-partnership-source = the background timeline this explainer rests on, which names no primary source
event-extension-source = the background timeline this explainer rests on, which names no primary source
event-agreement-source = "The next chapter of the Microsoft–OpenAI partnership", posts by OpenAI and on the Official Microsoft Blog
event-funding = OpenAI announces new funding, reported at about $110 billion; Amazon, NVIDIA and SoftBank are among the investors.
event-funding-source = press reports on the day of the joint statement; the sources name no outlet
event-amazon = OpenAI and Amazon announce a collaboration. It includes an agent runtime that keeps state, built by both and offered on Amazon Bedrock. OpenAI commits to buy a large amount of computing power on AWS. AWS becomes the only outside cloud to distribute OpenAI's Frontier platform. Amazon's investment is reported at $50 billion ($15 billion at first, up to $35 billion more on conditions).
event-amazon-source = OpenAI's and Amazon's announcements; the investment figures as reported
event-terms-2026-02-27-source = the joint statement of Microsoft and OpenAI, published by OpenAI and on the Official Microsoft Blog
event-legal-report = The press reports that Microsoft weighed legal action over the Amazon deal.
event-legal-report-source = the Financial Times (around 18 March 2026), as other outlets reported it; not confirmed independently
event-terms-2026-04-27-source = "The next phase of the Microsoft–OpenAI partnership", matching posts on the Official Microsoft Blog and openai.com
event-bedrock = AWS announces OpenAI models on Amazon Bedrock in limited preview.
event-bedrock-source = press reports at the time; the sources name no outlet
event-coverage = Many outlets report the amended terms consistently with the companies' posts.
event-coverage-source = among them wpnews.pro, aiexpert.news, novaranews.com, thelibertyportfolio.com and thedailyscout.com

## Corrections, oldest first: which scenarios, the answer before and now, and why

correction-1-case = OpenAI's own products
correction-1-before = yes (A7)
correction-1-now = not addressed (A7, J1)
correction-1-why = A7 says core products are built on Azure, not that they may run only there.
correction-2-case = anything run on Azure
correction-2-before = followed whether Azure was required
correction-2-now = always yes
correction-2-why = Nothing in any source stops anything from running on Azure.
correction-3-case = a partner that is not a cloud provider
correction-3-before = cited A10
correction-3-now = cites A9 and B8 (for some offerings, not addressed: see correction 6)
correction-3-why = A10 covers collaborations with other cloud providers only.
correction-4-case = a research model after 2032
correction-4-before = not addressed (B2)
correction-4-now = no (B3)
correction-4-why = Research-IP rights end after 2030 at the latest. (The amended rules had it right from the start.)
correction-5-case = an open-weight model
correction-5-before = yes (A8, B2)
correction-5-now = not addressed (A8, B11)
correction-5-why = No source covers rights in released open weights. (The amended rules had it right from the start.)
correction-6-case = an open-weight model, consumer hardware or a research-only model, with no partner or a partner other than Amazon, Google or Oracle
correction-6-before = yes (A9, B8; as amended, U5)
correction-6-now = not addressed (A9, B8; as amended, U5)
correction-6-why = The sources say the share continues, not which revenue it covers; the only kind they name is revenue from collaborations with other cloud providers (A10), and nothing says these offerings earn OpenAI revenue the share reaches.
correction-7-case = every partner
correction-7-before = asked "Was a collaboration like this anticipated?" (yes for any partner)
correction-7-now = asks "Did the agreement leave room for OpenAI to work with a partner like this?" (the same verdicts)
correction-7-why = No source says a deal with Google, Oracle or another company was anticipated; only the Amazon partnership was (A11).
correction-8-case = a product OpenAI builds with a third party, and a stateful runtime built with a partner
correction-8-before = mostly yes (A8, B2; as amended, U3), and under the statement's terms the licence was called exclusive
correction-8-now = not addressed (A8, B2, B5; as amended, U3, B5); whether the licence is exclusive is not asked
correction-8-why = The rights are to OpenAI's models and products. No source says they reach a product OpenAI builds with a third party, and the amended rules already treat whether such a product is an "OpenAI product" as unsaid.

## Corrections, around each one

corrections-title = Corrections
corrections-intro = Answers this explainer has corrected since it was first published. Links written before a correction keep working and now show the corrected answer.
correction-for = — for { $case }, under { $versions }.
correction-before-now = Before: { $before }. Now: { $now }.
correction-why = Why: { $why }

## The sources, by provenance: a titled source's title, and who published each

source-announcement-publisher = News report of the companies' statement (the report presents it as Microsoft's)
source-joint-statement-publisher = Joint statement of Microsoft and OpenAI, published by OpenAI and on the Official Microsoft Blog
source-background-title = The next chapter of the Microsoft–OpenAI partnership
source-background-publisher = OpenAI and the Official Microsoft Blog
source-amendment-title = The next phase of the Microsoft–OpenAI partnership
source-amendment-publisher = matching posts on the Official Microsoft Blog and openai.com

## The Sources section

sources-title = Sources
sources-intro = The contracts between Microsoft and OpenAI are not public. This explainer restates what the companies have said in public, in its own words, and marks where each statement comes from. It is not legal or investment advice.
sources-amendment = The amendment's terms are as the companies' matching posts state them, reported consistently by many outlets.
sources-facts = Dated events
sources-reports = Reported since (reports, not terms)
sources-figures = Figures the companies did not confirm are marked as reported by the press. The revenue-share rate is not public; any rate shown here is an assumption you set.
sources-checked = Terms last checked against the sources on { $date }.
fact-line = { $when }: { $what } Source: { $source } ({ $status }).

## The glossary: each term's name, and its definition

term-stateless-api = Stateless API
term-stateless-api-definition = A way for software to use a model over the internet in which each request carries everything needed and nothing is kept between requests.
term-stateful-runtime = Stateful runtime
term-stateful-runtime-definition = A service that keeps information, such as an agent's memory and progress, on the server from one call to the next.
term-cloud-provider = Cloud provider / hosting
term-cloud-provider-definition = A company whose data centres run software for others. "Hosting" or "serving" a model means running it there and answering requests.
term-first-party-product = First-party product
term-first-party-product-definition = A product a company makes and offers under its own name; here, OpenAI's own products such as the Frontier series.
term-ip-licence = IP licence (exclusive licence, access rights)
term-ip-licence-definition = Permission to use another company's intellectual property. An exclusive licence means no one else gets the same permission; a non-exclusive one leaves the owner free to grant it to others. Access rights mean being able to reach the models and products themselves.
term-research-ip = Research IP
term-research-ip-definition = OpenAI's confidential methods for developing models and systems. Not included: model weights and architecture, the code that runs or fine-tunes models, and data-centre hardware and software.
term-revenue-share = Revenue share
term-revenue-share-definition = An agreement that one company pays the other a part of what it earns. The rate between Microsoft and OpenAI is not public; since April 2026 the total is also capped, at an amount the companies have not published.
term-agi = AGI
term-agi-definition = Artificial general intelligence. Under the October 2025 agreement, several terms would end or change once an independent panel verified that OpenAI had reached it; the contracts' own definition is not public. Since 27 April 2026 the companies say the revenue share no longer depends on OpenAI's technical progress, which ends its tie to AGI verification; whether the panel still matters to any right is not said.
term-expert-panel = Independent expert panel
term-expert-panel-definition = A group of outside experts who, under the October 2025 agreement, must confirm any claim by OpenAI that it has reached AGI before that claim counts. Since 27 April 2026 the companies say the revenue share no longer depends on OpenAI's technical progress; whether the panel still matters is not said.
term-open-weight-model = Open-weight model
term-open-weight-model-definition = A model whose trained weights are published. The October 2025 agreement lets OpenAI release such models if they meet set capability criteria.
term-right-of-first-refusal = Right of first refusal
term-right-of-first-refusal-definition = The right to match an offer before it goes to someone else. Microsoft gave up this right as OpenAI's compute provider in October 2025.
term-public-benefit-corporation = Public benefit corporation
term-public-benefit-corporation-definition = A form of company with a stated public purpose. OpenAI Group PBC became one in October 2025, when OpenAI was recapitalised.

## The clause catalog: what each clause says (`clause-ID`), and what a later
## version did to it (`clause-ID-note-DATE`, or a note several share)

clause-A1 = In reply to rumours about OpenAI's new money and its Amazon deal, Microsoft said the partnership remained, in the report's words, "strong and central".
clause-A2 = Microsoft said none of the day's announcements would change the terms the two companies had already agreed.
clause-A3 = The two companies have worked together since 2019.
clause-A4 = Microsoft said Azure was still the only cloud serving OpenAI's "stateless APIs", all of them.
clause-A5 = The report reads this as: API services that developers buy from Microsoft or from OpenAI must run wholly on Azure.
clause-A6 = The report reads this as: when OpenAI works with a third party such as Amazon, the stateless API calls that come from that work must still run inside Azure.
clause-A7 = The report reads this as: OpenAI's own main products, such as the "Frontier" series, keep being built on Azure.
clause-A8 = Microsoft said it still held the exclusive licence to OpenAI's models and products, and access to them, unchanged.
clause-A9 = Microsoft said the revenue-sharing deal between the companies had not been changed.
clause-A10 = Microsoft said the revenue share already included money OpenAI makes through deals with other cloud companies.
clause-A11 = Microsoft said the early agreements foresaw a partnership like the Amazon one, and that it welcomed it.
clause-A12 = The companies said the agreement was meant to keep them close while leaving each room to explore new opportunities independently.
clause-A13 = The companies said the process for determining AGI, and the contract's definitions, had not changed.
clause-J1 = The companies said that as it grows, OpenAI may buy computing power beyond Azure (for example through the Stargate programme), with Azure staying central.
clause-B1 = If OpenAI declares that it has reached AGI, an independent panel of experts must verify that claim.
clause-B2 = Microsoft's rights to OpenAI's models and products last through 2032 and include models released after AGI, with safety guardrails.
clause-B3 = Microsoft's rights to OpenAI's research IP (confidential methods for building models) end when the panel verifies AGI or at the end of 2030, if that comes sooner. Not included in research IP: model weights and architecture, the code that runs or fine-tunes models, and data-centre hardware and software.
clause-B4 = Microsoft's IP rights do not extend to OpenAI's consumer hardware.
clause-B5 = OpenAI may build some products with third parties. API products built that way are exclusive to Azure; other products may run on any cloud.
clause-B6 = Microsoft may pursue AGI by itself or with other partners.
clause-B7 = If Microsoft uses OpenAI's IP to pursue AGI before AGI is declared, limits on computing power apply to those models.
clause-B8 = The revenue share continues until the expert panel verifies AGI, with payments spread out over a longer time.
clause-B9 = OpenAI agreed to buy a further $250 billion of Azure services, and Microsoft gave up its right of first refusal to be OpenAI's compute provider.
clause-B10 = OpenAI may offer its API to US government national-security customers on any cloud.
clause-B11 = OpenAI may release open-weight models that meet set capability criteria.
clause-B12 = In October 2025, after the recapitalisation, Microsoft's stake in OpenAI Group PBC was about 27% (as-converted, diluted), worth about $135 billion.
clause-B13 = In Microsoft's own summary, the exclusive IP rights and Azure's API exclusivity last "until AGI".
clause-U1 = The companies say Microsoft stays OpenAI's primary cloud partner: OpenAI products launch on Azure first, unless Microsoft cannot, and chooses not to, support what they need.
clause-U2 = The companies say OpenAI may now serve all its products to customers on any cloud provider.
clause-U3 = The companies say Microsoft keeps a licence to OpenAI's models and products through 2032, now non-exclusive.
clause-U4 = The companies say Microsoft no longer pays OpenAI a share of its revenue.
clause-U5 = The companies say OpenAI keeps paying Microsoft its share of revenue, at an unchanged rate, until the end of 2030, up to a total cap whose amount is not public, whatever OpenAI's technical progress.
clause-U6 = The companies say Microsoft keeps taking part in OpenAI's growth as a major shareholder. (The figure here is B12's, as of October 2025, not the April posts': about 27%.)
clause-A7-note-2026-04-27 = The companies now say OpenAI's products may be served on any cloud and launch on Azure first, unless Microsoft cannot, and chooses not to, support what they need (U1, U2); the posts do not say where they are built.
clause-A8-note-2026-04-27 = The companies say Microsoft's licence is now non-exclusive, through 2032 (U3).
clause-A9-note-2026-04-27 = The companies say OpenAI's payments to Microsoft now run through 2030, capped, and no longer depend on OpenAI's technical progress, which ends the old tie to AGI verification; and that Microsoft no longer pays OpenAI a share (U4, U5).
clause-A10-note-2026-04-27 = the posts do not say whether the share still reaches revenue from other cloud providers; this explainer assumes it does.
clause-B1-note-2026-04-27 = the amendment does not mention the panel; whether it still matters to any right is not said.
clause-B2-note-2026-04-27 = The companies say Microsoft keeps a licence to OpenAI's models and products through 2032, now non-exclusive (U3); they do not say whether models released after AGI are still included.
clause-B5-note-2026-04-27 = The companies now say OpenAI may serve all its products on any cloud (U2). This explainer reads that as covering API products built with third parties too; the posts name no earlier clause.
clause-B8-note-2026-04-27 = The companies say the revenue share now runs through 2030, capped, and no longer depends on OpenAI's technical progress, which ends the old tie to AGI verification (U5).
clause-B13-note-2026-04-27 = The companies say the licence is now non-exclusive (U3) and that OpenAI may serve all its products on any cloud (U2), which this explainer reads as ending Azure's API exclusivity.
note-assumed-to-stand = the amendment does not mention this term; this explainer assumes it still stands.
note-any-cloud = The companies now say OpenAI may serve all its products on any cloud (U2). This explainer reads that as ending the Azure-only rule; the posts name no earlier clause. Microsoft stays OpenAI's primary cloud partner: its products launch on Azure first, unless Microsoft cannot, and chooses not to, support what they need (U1).
note-since = Since

glossary-title = Words used here

## The page around the walkthrough

nav-previous = Previous
nav-tip = Tip: the arrow keys move between steps.
nav-next = Next
update-title = Update:
update = on { $date } Microsoft and OpenAI amended the terms that their joint statement of 27 February 2026 called unchanged. They say OpenAI may serve its products on any cloud, launching on Azure first unless Microsoft cannot, and chooses not to, support what they need; that Microsoft's licence is non-exclusive; and that the revenue share is capped and runs through 2030 at most.
update-link = See what changed
cite-title = Cite this explainer
cite-intro = To cite one answer, use its Copy button: the text carries its sources, the terms it was answered under and a link to it.
cite-plain-title = Plain text
skip-link = Skip to the scenario builder
nav-label = Walkthrough steps
embed-footer-link = Open the full explainer, with glossary and sources
embed-footer-note = Based on public statements; the contracts are not public.

## The embed dialog, and the dialog that offers text to copy

embed-open = Embed this explainer
embed-title = Embed this explainer
embed-privacy = For your readers' privacy: the explainer sets no cookies, stores nothing on their device, sends no analytics and loads nothing from any other site.
embed-format = Code for
code-format-html = A web page (WordPress, Ghost, any CMS)
code-format-amp = An AMP page
embed-amp-note = An AMP page also needs AMP's amp-iframe extension in its head. The explainer must be served over https, from another address than the AMP page itself.
embed-intro = Paste this code into your article. The frame fits the column, sizes itself to its content and follows the reader's light or dark setting.
embed-what = What to embed
embed-dialog-step = Step
embed-dialog-step-option = { $n }. { $name }
embed-theme = Theme
embed-code = Embed code
example-image-link = Download the answers to “{ $example }” under each version of the terms (PNG image, for print and newsletters)
embed-link = Or paste this address
embed-link-help = WordPress turns this address into an embed. Ghost and other editors that make link cards show the page's own title, description and card image.
embed-copy = Copy code
dialog-close = Close
copy-title = Copy this text
copy-intro = The clipboard is not available here, so the text is selected below.

## The stateless and stateful demo (step stateless-or-stateful)

demo-message-1 = Plan a trip to Lisbon.
demo-message-2 = Make it three days.
demo-message-3 = Add a museum.
demo-stateful = Stateful runtime
demo-sends = Call { $n } sends:
demo-keeps = Server keeps:
demo-nothing = nothing
demo-after = After { $n } of { $total } messages.

## The oEmbed answer

provider-name = Partnership explainer

## The page's head (index.html's @@name@@ slots): its title and description,
## and the social card's; and the notices when the interactive parts cannot start

page-title = { title } — an interactive explainer
page-description = A step-by-step explainer of the joint statement of 27 February 2026 in which Microsoft and OpenAI said their partnership terms were unchanged, and of how the companies amended those terms on 27 April 2026: Azure and stateless APIs, the IP licence, the revenue share and AGI, with a scenario builder that answers under the latest terms and the February ones and cites every clause.
og-description = The joint statement that the Microsoft–OpenAI terms were unchanged, and the amendment of 27 April 2026 that changed them: Azure, stateless APIs, the IP licence, the revenue share and AGI, term by term, with a scenario builder that cites every clause.
og-image-alt = Explainer title card: “Unchanged”, then amended. The Microsoft–OpenAI joint statement of 27 February 2026, and how the terms changed on 27 April 2026.
wasm-notice = The interactive parts of this explainer (the step buttons, the live examples and the scenario builder) could not start here. Everything below is readable:
wasm-notice-link = every step of the walkthrough
wasm-notice-end = , and the builder's answers unless this link sets up a scenario of its own.
noscript-notice = The buttons and the scenario builder need JavaScript and WebAssembly. Everything below is readable: the whole walkthrough, and the builder's answers for its default scenario under the latest terms (not a scenario this link may set up).

## The demo article (static/demo-article.html's @@name@@ slots): a plain news
## article that embeds the explainer, to try the embeds by hand and in tests

demo-page-title = Demo article: Microsoft and OpenAI say their terms stand after the Amazon deal
demo-description = A plain news article that embeds the partnership explainer twice, to try the embeds by hand and in tests.
demo-kicker = Technology · Demo article
demo-headline = Microsoft and OpenAI say their terms stand after Amazon deal
demo-byline = By a Staff Writer · 27 February 2026
demo-update = Update: on 27 April 2026 the companies amended these terms. The explainer below shows both versions.
demo-p1 = OpenAI announced new funding and a collaboration with Amazon on Friday. The same day, Microsoft and OpenAI said the terms of their partnership had not changed.
demo-p2 = Suppose Amazon resold OpenAI's stateless API from AWS, an example to test the terms, not a claim about any actual deal: try it in the builder below, and choose who sells the service and where it runs.
demo-frame-builder = Interactive explainer: the scenario builder
demo-p3 = The line between "stateless" and "stateful" services decided a lot under the February terms. This step of the explainer shows the difference.
demo-frame-step = Interactive explainer: stateless or stateful
demo-p4 = Neither company has published the contracts themselves.

## The cards (src/cards/ draws them at build time: each page's title, between these)

card-kicker = Interactive explainer
card-footer = Interactive explainer · “Unchanged”, then amended
card-step-kicker = Step { $n } of { $total }
card-step-alt = Card for step { $n } of { $total }. { $headline }. { $line }
card-example-kicker = Example scenario
card-example-line = The answers under { $version }:
card-example-answer = { $topic } { $verdict }
answers-image-answer = { $topic }: { $verdict }
card-example-alt = Card for the example “{ $example }”. The answers under { $version }: { $answers }.
page-step-title = { $headline } · Step { $n } of { $total } · { provider-name }
page-step-changed = { note-changed-on } { $date }: { $change }
# Each step's line on its card: what the step's terms are now, dated,
# short enough for the card (a test fails on a line the card would cut).
step-the-news-card = Changed on 27 April 2026: the companies amended the terms their joint statement of 27 February 2026 called unchanged. [Step:what-changed] sets the two versions side by side.
step-azure-and-apis-card = Changed on 27 April 2026: the companies now say OpenAI may serve all its products on any cloud, launching on Azure first unless Microsoft cannot, and chooses not to, support what they need.
step-stateless-or-stateful-card = Changed on 27 April 2026: the companies now say OpenAI may serve all its products on any cloud, so this explainer reads the line as no longer deciding where anything may run.
step-own-products-card = Changed on 27 April 2026: the companies now say OpenAI's products may run on any cloud, launching on Azure first unless Microsoft cannot, and chooses not to, support what they need.
step-ip-licence-card = Changed on 27 April 2026: the companies say Microsoft keeps its licence to OpenAI's models and products through 2032, but it is now non-exclusive.
step-revenue-share-card = Changed on 27 April 2026: the companies say OpenAI pays Microsoft the same share through 2030, up to a total cap, whatever its technical progress.
step-room-for-others-card = Changed on 27 April 2026: the companies now say OpenAI may serve all its products to customers on any cloud, which gives it more room.
step-agi-card = Changed on 27 April 2026: the companies say the revenue share runs through 2030, whatever OpenAI's technical progress. They did not say whether the panel process changed.
step-timeline-card = Changed on 27 April 2026: the companies say the revenue share runs through 2030, whatever OpenAI's technical progress, and the licence, still through 2032, is non-exclusive.
step-not-said-card = Changed on 27 April 2026: the new any-cloud rule closes some of these gaps, as this explainer reads it. The amendment opened others, such as how long "first" on Azure lasts.
step-what-changed-card = On 27 April 2026 the companies published matching posts that changed several of the terms this explainer walks through. The full contract is still not public.
# Each example's line on its card: what it supposes, and any assumption
# its answers rest on.
preset-api-through-amazon-card = Amazon sells OpenAI's stateless API, served from AWS: an example to test the rules, not a reported deal.
preset-api-through-amazon-on-azure-card = Amazon sells OpenAI's stateless API, with the calls running on Azure: an example, not a reported deal.
preset-api-on-aws-direct-card = OpenAI sells its stateless API itself, with no partner, and serves it from AWS; no source reports this.
preset-bedrock-stateful-runtime-card = A runtime built with Amazon that keeps an agent's memory, run on AWS, like the one OpenAI and Amazon announced on 27 February 2026.
preset-frontier-via-aws-card = Amazon sells OpenAI's Frontier platform from AWS, named its exclusive third-party cloud distributor on 27 February 2026.
preset-frontier-on-another-cloud-card = OpenAI sells its own product itself and runs it on Google Cloud; no source reports this.
preset-national-security-on-aws-card = A US government national-security customer uses OpenAI's API, served from AWS.
preset-after-agi-card = The expert panel verifies AGI in 2030 and Amazon sells the API. No source says AGI has been verified.
preset-open-weights-anywhere-card = Oracle serves OpenAI's open-weight models on its cloud, assuming Oracle pays OpenAI for them; no source reports either.
preset-microsoft-sells-on-azure-card = A developer buys OpenAI's API through Microsoft, served from Azure.
page-example-title = { $example } · Example · { provider-name }
page-example-description = { $help } This example's answers under { $versions } of the terms, question by question, with the clauses behind each (from public statements only).
answers-image-question = Question
answers-image-alt = The answers for the example “{ $example }”. { $answers }
answers-image-version = Under { $version }: { $answers }.
answers-image-cites = Clauses: { $cites }
answers-image-dash = A dash (—): that version does not ask this question.
answers-image-footer = From { provider-name }, an interactive explainer based on public statements only; the contracts are not public. Answers as of { $date } (rules version { $rules }).
card-line = Joint statement, 27 Feb 2026 · amended 27 Apr 2026 · scenario builder

## The embed dialog's choices: what to embed, and the theme

embed-none = The full page
embed-1 = The whole explainer
embed-builder = The scenario builder, with the current scenario
embed-step = One step of the walkthrough
theme-auto = Follow the reader's setting
theme-light = Always light
theme-dark = Always dark
