CREATE INDEX claim_predicate IF NOT EXISTS FOR (c:Claim) ON (c.predicate)
