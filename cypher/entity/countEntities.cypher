// How many actors, factions, places or events there are: run only when totalCount is asked for.
// Parameters: $label ('Actor'|'Faction'|'Place'|'Event', from the allow-list)
// Returns: total
MATCH (e:Entity)
WHERE $label IN labels(e)
RETURN count(e) AS total
