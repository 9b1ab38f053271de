// name: cites(id)
// help: Every document `id` refers to: relation type, planned flag and the evidence sentence, in text order.
// params: id
MATCH (d:Document {id: $id})-[r]->(t:Document)
RETURN r.type AS relation, t.id AS target, t.type AS target_type, r.planned AS planned, r.source_doc AS stated_in,
       r.line AS line, r.evidence AS evidence
ORDER BY stated_in, line, r.start, target, relation, planned, evidence
