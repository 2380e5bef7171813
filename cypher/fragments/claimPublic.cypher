// Whether what claim __it__ says may be shown to a caller without clearance: it is not
// identifying, or it is identifying only by its words while the fact itself was published
// (factPublished: such a claim is shown with its quote withheld).
// Parameters: none
// Returns: a boolean expression
(coalesce(__it__.identifying, false) = false OR coalesce(__it__.factPublished, false))
