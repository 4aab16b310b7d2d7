# Why each answer is what it is: every sentence of every answer's reasons
# ("trace") and of what the sources leave unsaid, by the message's name the
# engine gives (`terms::rules`, `Said`): the engine decides, and never words.
# The build writes each message into the page for the islands, as it does the
# islands' own words (islands.ftl). A placeholder ({ $year }, { $host },
# { $clause }, { $what }) is a value the engine names. Names read
# VERSION-TOPIC-RULE, with -unsaid for what the sources leave unsaid.


## The statement's terms (27 February 2026), superseded: said in the past tense

statement-terms-changed-always = Microsoft said the day's announcements left the agreed terms as they were.
statement-agi-process-changed-always = The companies said the way AGI is determined, and the contract's definitions, were unchanged: under the October 2025 agreement, an independent expert panel had to verify any AGI declaration.
statement-azure-required-national-security = The October 2025 agreement let OpenAI offer its API to US government national-security customers on any cloud.
statement-azure-required-verified = The panel has verified AGI in this scenario. Microsoft's own summary said Azure's API exclusivity lasted "until AGI".
statement-azure-required-verified-unsaid = Neither source said what would happen to the Azure rule for stateless APIs once AGI was verified.
statement-azure-required-stateful-runtime = Microsoft's Azure rule named stateless APIs only. A stateful runtime keeps memory between calls, so it is not a stateless API.
statement-azure-required-stateful-runtime-unsaid = Neither source settled whether a stateful runtime built with a partner counted as an "API product" that had to stay on Azure.
statement-azure-required-first-party-product = The report read the statement as saying OpenAI's core products, Frontier included, would continue to be built on Azure. Built on is not served only from: the joint statement let OpenAI use computing power beyond Azure.
statement-azure-required-first-party-product-unsaid = Neither source said whether OpenAI's own products could be served from another cloud.
statement-azure-required-co-developed-product = Under the October 2025 agreement, products OpenAI built with third parties that were not APIs could be served on any cloud.
statement-azure-required-open-weight-model = The October 2025 agreement let OpenAI release open-weight models that meet capability criteria; no source ties released weights to Azure.
statement-azure-required-research-model = The agreement covers Microsoft's rights to research IP, not where research models run.
statement-azure-required-research-model-unsaid = No source says where models meant only for research or internal use must be hosted.
statement-azure-required-consumer-hardware = The agreement puts OpenAI's consumer hardware outside Microsoft's IP rights.
statement-azure-required-consumer-hardware-unsaid = No source says which cloud, if any, consumer devices must use.
statement-azure-required-training-compute = OpenAI may buy computing power beyond Azure, and Microsoft no longer has first refusal on supplying OpenAI's computing power.
statement-revenue-share-verified = Under these terms the revenue share was to run until the expert panel verified AGI, which has happened in this scenario.
statement-revenue-share-verified-unsaid = Money owed from before verification might still have been paid out over time; the sources gave no schedule.
statement-revenue-share-training-compute = Buying computing power is a cost to OpenAI, not revenue, so the revenue share does not obviously apply.
statement-revenue-share-training-compute-unsaid = Neither source says how compute bought from other clouds interacts with the revenue share.
statement-revenue-share-sold-by-microsoft = Here Microsoft sells it itself. Microsoft said the revenue share was unchanged, but neither source said how it split Microsoft's own sales.
statement-revenue-share-sold-by-microsoft-unsaid = Neither source said how revenue from Microsoft's own sales was shared.
statement-ip-licence-training-compute = The licence covered OpenAI's models and products; computing power bought for training is neither.
statement-ip-licence-training-compute-unsaid = No source says what rights, if any, attach to compute that OpenAI buys.
statement-ip-licence-open-weight-model = OpenAI may release open-weight models, and Microsoft said it held rights to OpenAI's models; nothing joins the two.
statement-ip-licence-open-weight-model-unsaid = No source says what rights Microsoft has in weights OpenAI has released openly.
statement-ip-licence-research-model = Microsoft keeps its rights to research IP until the panel verifies AGI, or to the end of 2030 if that comes sooner.
statement-ip-licence-after-2032-unsaid = No source says what happens to Microsoft's rights after 2032.
statement-ip-licence-verified = Under the October 2025 agreement, Microsoft's rights to models and products ran through 2032 and included models released after AGI.
statement-ip-licence-otherwise = Microsoft said it kept its licence and access to OpenAI's models and products; the October 2025 agreement runs those rights through 2032.
statement-ip-exclusive-verified = Microsoft's own summary said its exclusivity lasted "until AGI", and the panel has verified AGI here. The rights themselves continued under the October 2025 agreement (B2).
statement-ip-exclusive-verified-unsaid = Neither source said what "until AGI" meant for the exclusivity once the panel had verified AGI.
statement-ip-exclusive-otherwise = Microsoft said its licence was exclusive; its own October 2025 summary said the exclusivity lasted "until AGI", and gave no fixed end date for it.
statement-azure-required-stateless-api = Microsoft said Azure remained the only cloud for every stateless OpenAI API.
statement-azure-required-stateless-api-direct = The report read this as: API services bought from Microsoft or OpenAI had to run entirely on Azure.
statement-azure-required-stateless-api-third-party = With a third party involved, the report read the statement as keeping those calls in Azure too; and if the API were built with the partner, the October 2025 agreement would also have kept it on Azure (B5).
statement-revenue-share-cloud-partner = Microsoft said the revenue share was unchanged and already covered OpenAI's collaborations with other cloud providers.
statement-revenue-share-until-verified = Under these terms the share was to run until the panel verified AGI.
statement-revenue-share-revenue-unsaid = Microsoft said the revenue share was unchanged, not which revenue it covered.
statement-revenue-share-otherwise = Microsoft said the revenue share was unchanged.
statement-revenue-share-otherwise-cloud-only = Microsoft's word that it reached other deals spoke of cloud providers only. Under these terms the share was to run until the expert panel verified AGI.
statement-ip-licence-built-with-partner = Microsoft said it kept its licence and access to OpenAI's models and products.
statement-ip-licence-after-2032 = The rights run through 2032; this scenario is set in { $year }.
statement-ip-exclusive-research-model = Microsoft holds research-IP rights here, but its summary of exclusivity spoke of its IP rights in general.

## The terms as amended (27 April 2026)

amended-terms-changed-always = The companies amended the terms on 27 April 2026. In February, Microsoft said the day's announcements did not change them (A2).
amended-agi-process-changed-always = In February the companies said the way AGI is determined, and the contract's definitions, were unchanged (A13). Since 27 April 2026, they say, OpenAI's payments to Microsoft no longer depend on its technical progress (U5), which ends the revenue share's tie to AGI verification.
amended-agi-process-changed-always-unsaid = Neither company has said whether the expert-panel process for verifying AGI itself changed, or whether it still matters to any right.
amended-azure-required-national-security = The October 2025 agreement let OpenAI offer its API to US government national-security customers on any cloud, and since 27 April 2026 it may serve all its products on any cloud.
amended-azure-required-research-model-unsaid = No source says where models meant only for research or internal use must be hosted.
amended-azure-required-consumer-hardware = Since 27 April 2026 OpenAI may serve all its products on any cloud.
amended-azure-required-any-cloud = Since 27 April 2026 the companies say OpenAI may serve all its products on any cloud. This explainer reads that as ending the Azure-only rule; the posts name no earlier clause. Microsoft stays OpenAI's primary cloud partner; where it must launch first is a separate answer.
amended-azure-first-national-security = OpenAI may offer its API to US government national-security customers on any cloud (B10); the amendment's "Azure first" does not say whether it reaches them.
amended-azure-first-national-security-unsaid = Whether launches for US national-security customers must come on Azure first.
amended-azure-first-co-developed-product = The companies say OpenAI products launch on Azure first, unless Microsoft cannot, and chooses not to, support what they need; this one is built with a third party.
amended-azure-first-co-developed-product-unsaid = Whether a product built with a third party counts as an "OpenAI product" that launches on Azure first.
amended-azure-first-runtime-with-partner = The companies say OpenAI products launch on Azure first, unless Microsoft cannot, and chooses not to, support what they need; this runtime is built with a partner.
amended-azure-first-runtime-with-partner-unsaid = Whether a runtime built with a partner counts as an "OpenAI product" that launches on Azure first.
amended-azure-first-otherwise = The companies say OpenAI products launch on Azure first, unless Microsoft cannot, and chooses not to, support what they need. They give no end date for "first".
amended-azure-first-otherwise-unsaid = How long "first" lasts, or which launches count as products.
amended-revenue-share-training-compute = Buying computing power is a cost to OpenAI, not revenue, so the revenue share does not obviously apply.
amended-revenue-share-training-compute-unsaid = Neither company says how compute bought from other clouds interacts with the revenue share.
amended-revenue-share-sold-by-microsoft = Here Microsoft sells it itself. Since 27 April 2026 Microsoft no longer pays OpenAI a share: it keeps its own sales, so the estimate does not apply.
amended-ip-licence-training-compute = The licence covers OpenAI's models and products; computing power bought for training is neither.
amended-ip-licence-training-compute-unsaid = No source says what rights, if any, attach to compute that OpenAI buys.
amended-ip-licence-open-weight-model = Microsoft keeps a licence to OpenAI's models, and OpenAI may release open-weight models; nothing joins the two.
amended-ip-licence-open-weight-model-unsaid = No source says what rights Microsoft has in weights OpenAI has released openly.
amended-ip-licence-after-2032-unsaid = No source says what happens to Microsoft's licence after 2032.
amended-ip-licence-otherwise = The companies say Microsoft keeps a licence to OpenAI's models and products through 2032, now non-exclusive.
amended-ip-exclusive-otherwise = Since 27 April 2026 Microsoft's licence is non-exclusive.
amended-assumed = The amendment does not mention this; this explainer assumes the earlier terms stand.
amended-partner-anticipated-any-cloud = Since 27 April 2026 OpenAI may also serve its products on any cloud (U2).
amended-azure-required-research-model = The agreement covers Microsoft's rights to research IP, not where research models run.
amended-azure-required-training-compute = OpenAI may buy computing power beyond Azure, and Microsoft no longer has first refusal on supplying OpenAI's computing power.
amended-azure-required-open-weight-model = The October 2025 agreement lets OpenAI release open-weight models that meet set capability criteria; no source ties released weights to Azure.
amended-revenue-share-after-2030 = Since 27 April 2026 OpenAI's payments to Microsoft run through 2030; this scenario is set in { $year }.
amended-revenue-share-cloud-partner = OpenAI keeps paying Microsoft its share, at an unchanged rate, until the end of 2030, up to a total cap whose amount the companies have not published. This explainer assumes Microsoft's February word still stands, that the share reaches OpenAI's collaborations with other cloud providers (A10); the posts do not say.
amended-revenue-share-revenue-unsaid = The companies say OpenAI's payments to Microsoft continue through 2030, not which revenue they cover.
amended-revenue-share-otherwise = OpenAI keeps paying Microsoft its share, at an unchanged rate, until the end of 2030, up to a total cap whose amount the companies have not published, whatever OpenAI's technical progress.
amended-ip-licence-built-with-partner = The companies say Microsoft keeps a licence to OpenAI's models and products through 2032.
amended-ip-licence-research-model = Microsoft keeps its rights to research IP until the panel verifies AGI, or to the end of 2030 if that comes sooner.
amended-ip-licence-after-2032 = The licence runs through 2032; this scenario is set in { $year }.
amended-ip-exclusive-research-model = The amendment made Microsoft's licence to models and products non-exclusive, and says nothing about research IP.

## Said under every version

shared-ip-licence-built-with-partner-unsaid = Whether Microsoft's rights reach a product OpenAI builds with a third party.
shared-ip-exclusive-research-model-unsaid = No source says whether Microsoft's rights to research IP are exclusive.
shared-revenue-share-revenue-unsaid-unsaid = Which of OpenAI's revenue the share covers: the only kind named is revenue from collaborations with other cloud providers (A10).
shared-host-consistent-launch-first = It must still launch on Azure first, unless Microsoft cannot, and chooses not to, support what it needs (U1).
shared-ip-licence-consumer-hardware = Microsoft's IP rights do not cover OpenAI's consumer hardware.
shared-ip-licence-research-ended-verified = Rights to research IP end at AGI verification or after 2030, whichever is sooner; here the panel has verified AGI.
shared-ip-licence-research-ended-after-2030 = Rights to research IP end at AGI verification or after 2030, whichever is sooner; here it is after 2030.
shared-ip-licence-built-with-partner = The October 2025 agreement lets OpenAI build some products with third parties (B5); in this scenario it is built with a third party, and no source says whether Microsoft's rights reach it.
shared-host-consistent-on-azure = It runs on Azure, which fits: nothing in any source stops anything from running on Azure.
shared-host-consistent-azure-required = Conflict: this runs on { $host }, but under these terms { $clause } put it on Azure.
shared-host-consistent-azure-not-required = Azure is not required here, so running it on { $host } fits the terms.
shared-host-consistent-azure-not-addressed = The sources do not say whether it must run on Azure, so they cannot say whether this host fits.
shared-unnamed-open-weight-model = an open-weight model OpenAI releases
shared-unnamed-consumer-hardware = consumer hardware
shared-unnamed-research-model = a model meant only for research
shared-revenue-share-cloud-reading-unsaid = Whether this offering earns OpenAI any revenue from the partner; the answer rests on this explainer's reading of A10.
shared-revenue-share-revenue-unsaid = Nothing says that { $what } earns OpenAI revenue the share reaches.
shared-revenue-share-assumed = The sources do not list what the share covers: this answer assumes it reaches OpenAI's own revenue from its models and products.
shared-revenue-share-a10-reading = This explainer reads that as covering any revenue-earning deal with Amazon, Google or Oracle.
shared-partner-anticipated-amazon = Microsoft said the early agreements anticipated a partnership like the one with Amazon, and the companies said the agreement left each side room to explore new opportunities independently.
shared-partner-anticipated-other-partner = No source names this partner or says a deal like it was anticipated: the statement said so of the Amazon partnership only. The companies said the agreement left each side room to explore new opportunities independently, and the October 2025 agreement lets OpenAI build some products with third parties.
shared-partner-anticipated-apart = Whether this arrangement fits the terms is answered apart: whether it must be served from Azure, and whether the host fits.
