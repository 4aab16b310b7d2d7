# The words of the test-only version of the terms (cargo feature
# fixture-version), read only with it.

fixture-revenue-share-after-2028 = Under the test terms OpenAI's payments to Microsoft end after 2028; this scenario is set in { $year }.
