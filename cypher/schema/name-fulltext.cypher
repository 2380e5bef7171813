// Ranked, misspelling-tolerant search over canonical names and every recorded alias.
// standard-folding folds accents (Qūsūr ~ Qusour); eventually_consistent=false makes a write
// searchable as soon as it commits.
CREATE FULLTEXT INDEX name_fulltext IF NOT EXISTS
FOR (n:Actor|Faction|Place|Event|Source|Alias) ON EACH [n.name]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } }
