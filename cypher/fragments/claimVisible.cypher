// Whether the caller may see claim __it__ through the lens of the field being answered: the one
// definition of visibility, spliced into every statement that lists, counts or adds up claims.
// Parameters: $view: { cleared: boolean (may see identifying claims), asOf: 'YYYY-MM-DD'|null
//   (said by the end of that day; when unknown, the day it entered the graph),
//   verification: [status]|null, firstHandOnly: boolean (the original speaker published it),
//   onlySource: id|null (anywhere in the chain), originKinds: [source kind]|null (of the original
//   speaker), minReliability: 'A'..'F'|null (every source of the chain graded this or better;
//   ungraded counts as F), excludeAffiliatedWith: [entity id]|null (no source of the chain is
//   spoken by, or by a claimed member of, these) }
// Returns: a boolean expression
($view.cleared OR coalesce(__it__.identifying, false) = false)
AND ($view.asOf IS NULL OR coalesce(__it__.saidOn, date(__it__.recordedAt)) <= date($view.asOf))
AND ($view.verification IS NULL OR __it__.verification IN $view.verification)
AND (NOT $view.firstHandOnly OR COUNT { (__it__)-[:ATTRIBUTED_TO]->() } = 1)
AND ($view.onlySource IS NULL
     OR EXISTS { (__it__)-[:ATTRIBUTED_TO]->(:Node:Source {id: $view.onlySource}) })
AND ($view.originKinds IS NULL
     OR EXISTS { (__it__)-[:ATTRIBUTED_TO {origin: true}]->(v_origin) WHERE v_origin.kind IN $view.originKinds })
AND ($view.minReliability IS NULL
     OR NOT EXISTS { (__it__)-[:ATTRIBUTED_TO]->(v_graded) WHERE coalesce(v_graded.reliabilityGrade, 'F') > $view.minReliability })
AND ($view.excludeAffiliatedWith IS NULL
     OR NOT EXISTS {
       (__it__)-[:ATTRIBUTED_TO]->(:Source)-[:SPOKEN_BY]->(v_speaker)
       WHERE v_speaker.id IN $view.excludeAffiliatedWith
          OR EXISTS {
            (v_speaker)<-[:SUBJECT]-(:Claim {predicate: 'MEMBER_OF'})-[:OBJECT]->(v_faction)
            WHERE v_faction.id IN $view.excludeAffiliatedWith
          }
     })
