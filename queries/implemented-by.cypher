// name: implemented-by(id)
// help: Everything that implements or guides `id`, level by level (depth 1 = directly), up to 5 levels down.
// params: id
MATCH p = (up:Document)-[:IMPLEMENTS|GUIDES*0..4]->(root:Document {id: $id})
MATCH (c:Document)-[r:IMPLEMENTS|GUIDES]->(up)
WITH c, r, up, min(length(p)) + 1 AS depth
RETURN depth, c.id AS id, c.type AS type, c.date AS date, r.type AS relation, up.id AS implements, r.planned AS planned,
       r.source_doc AS stated_in, r.line AS line, r.evidence AS evidence
ORDER BY depth, id, implements, relation, stated_in, line, planned, evidence
