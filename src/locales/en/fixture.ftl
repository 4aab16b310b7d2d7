# The words of the test-only version of the terms (cargo feature
# fixture-version), read only with it.

fixture-revenue-share-after-2028 = Under the test terms OpenAI's payments to Microsoft end after 2028; this scenario is set in { $year }.

terms-2099-01-01 = Test terms of 1 Jan 2099
terms-2099-01-01-help = A version that exists only in the tests.
terms-2099-01-01-phrase = the test terms of 1 January 2099
terms-2099-01-01-short = Test terms (1 Jan 2099)
terms-2099-01-01-noun = the test terms (1 Jan 2099)
event-terms-2099-01-01 = The test terms take effect.
event-terms-2099-01-01-source = the tests
event-ends-2028 = Under the test terms, OpenAI's payments to Microsoft end.
