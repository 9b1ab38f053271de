// name: amended-by(id)
// help: The documents that amend, replace or repeal `id`, with the evidence sentence (planned ones flagged).
// params: id
MATCH (s:Document)-[r:AMENDS|REPLACES|REPEALS]->(d:Document {id: $id})
RETURN s.id AS source, s.type AS source_type, s.date AS source_date, r.type AS relation, r.planned AS planned,
       r.source_doc AS stated_in, r.line AS line, r.evidence AS evidence
ORDER BY source, relation, stated_in, line, evidence, planned
