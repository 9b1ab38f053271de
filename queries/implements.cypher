// name: implements(id)
// help: What `id` implements or guides, and what that implements, up to the root (depth 1 = directly); alias: chain.
// params: id
MATCH p = (start:Document {id: $id})-[:IMPLEMENTS|GUIDES*0..4]->(c:Document)
MATCH (c)-[r:IMPLEMENTS|GUIDES]->(up:Document)
WITH c, r, up, min(length(p)) + 1 AS depth
RETURN depth, c.id AS id, r.type AS relation, up.id AS implements, up.type AS type, up.date AS date,
       r.planned AS planned, r.source_doc AS stated_in, r.line AS line, r.evidence AS evidence
ORDER BY depth, id, implements, relation, stated_in, line, planned, evidence
