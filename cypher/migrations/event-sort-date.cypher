// Events written before sortDate existed get it (see event/refreshEventDates).
MATCH (e:Event)
WHERE e.sortDate IS NULL
SET e.sortDate = coalesce(e.firstDate, date('9999-12-31'))
