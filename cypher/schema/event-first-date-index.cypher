// Keyset pagination of events orders by (firstDate, id).
CREATE INDEX event_first_date IF NOT EXISTS FOR (e:Event) ON (e.firstDate)
