// name: cited-by(id)
// help: Every document that refers to `id`: relation type, planned flag and the evidence sentence.
// params: id
MATCH (s:Document)-[r]->(d:Document {id: $id})
RETURN s.id AS source, s.type AS source_type, r.type AS relation, r.planned AS planned, r.source_doc AS stated_in,
       r.line AS line, r.evidence AS evidence
ORDER BY source, relation, stated_in, line, r.start, planned, evidence
