// name: amends(id)
// help: What document `id` amends, replaces or repeals, with the evidence sentence (planned ones flagged).
// params: id
MATCH (d:Document {id: $id})-[r:AMENDS|REPLACES|REPEALS]->(t:Document)
RETURN r.type AS relation, t.id AS target, t.type AS target_type, t.date AS target_date, r.planned AS planned,
       r.source_doc AS stated_in, r.line AS line, r.evidence AS evidence
ORDER BY target, relation, stated_in, line, evidence, planned
