// Keyset pages of events: ordered by (sortDate, id), sortDate being firstDate or, for undated
// events, 9999-12-31 (see event/refreshEventDates).
CREATE INDEX event_sort IF NOT EXISTS FOR (e:Event) ON (e.sortDate, e.id)
