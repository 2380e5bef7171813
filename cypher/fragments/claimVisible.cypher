// Whether the caller may see claim __it__ through the lens of the field being answered: the one
// definition of visibility, spliced into every statement that lists, counts or adds up claims.
// Parameters: $view: { cleared: boolean (may see identifying claims; without clearance only the
//   claims claimPublic lets through), asOf: 'YYYY-MM-DD'|null
//   (said by the end of that day; when unknown, the day it entered the graph),
//   verification: [status]|null, firstHandOnly: boolean (the original speaker published it),
//   onlySource: id|null (anywhere in the chain), originKinds: [source kind]|null (of the original
//   speaker), minReliability: 'A'..'F'|null (every source of the chain graded this or better;
//   ungraded counts as F), excludeAffiliatedWith: [entity id]|null (no source of the chain is
//   spoken by, or by a claimed member of, these) }
// Returns: a boolean expression
// Every test starts from the claim (ids are matched without a label so that the planner cannot
// start from a busy source and read all its claims for each claim tested).
true
// @when !view.cleared
AND @claimPublic(__it__)
// @end
// @when view.asOf
AND coalesce(__it__.saidOn, date(__it__.recordedAt)) <= date($view.asOf)
// @end
// @when view.verification
AND __it__.verification IN $view.verification
// @end
// @when view.firstHandOnly
AND COUNT { (__it__)-[:ATTRIBUTED_TO]->() } = 1
// @end
// @when view.onlySource
AND EXISTS { (__it__)-[:ATTRIBUTED_TO]->(v_only) WHERE v_only.id = $view.onlySource }
// @end
// @when view.originKinds
AND EXISTS { (__it__)-[:ATTRIBUTED_TO {origin: true}]->(v_origin) WHERE v_origin.kind IN $view.originKinds }
// @end
// @when view.minReliability
AND NOT EXISTS {
  (__it__)-[:ATTRIBUTED_TO]->(v_graded) WHERE coalesce(v_graded.reliabilityGrade, 'F') > $view.minReliability
}
// @end
// @when view.excludeAffiliatedWith
AND NOT EXISTS {
  (__it__)-[:ATTRIBUTED_TO]->(:Source)-[:SPOKEN_BY]->(v_speaker)
  WHERE v_speaker.id IN $view.excludeAffiliatedWith
     OR EXISTS {
       (v_speaker)<-[:SUBJECT]-(:Claim {predicate: 'MEMBER_OF'})-[:OBJECT]->(v_faction)
       WHERE v_faction.id IN $view.excludeAffiliatedWith
     }
}
// @end
