// Who claim __it__ comes from, for counting independent speakers: the speaker of its original
// source (the last of its chain), or that source itself when it names no speaker.
// Parameters: none
// Returns: an id
[(__it__)-[:ATTRIBUTED_TO {origin: true}]->(s_origin)
  | coalesce([(s_origin)-[:SPOKEN_BY]->(s_speaker) | s_speaker.id][0], s_origin.id)][0]
