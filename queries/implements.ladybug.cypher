// One variable-length pattern that ends with the relation shown (its last edge), not a second MATCH that
// LadybugDB joins against every document: the rows and depths are the common text's (a shortest walk to `c`
// never holds the edge leaving it).  LadybugDB lists count from 1.
MATCH p = (start:Document {id: $id})-[:IMPLEMENTS|GUIDES*1..5]->(up:Document)
WITH nodes(p)[length(p)] AS c, rels(p)[length(p)] AS r, up, length(p) AS depth
WITH c, r, up, min(depth) AS depth
RETURN depth, c.id AS id, r.type AS relation, up.id AS implements, up.type AS type, up.date AS date,
       r.planned AS planned, r.source_doc AS stated_in, r.line AS line, r.evidence AS evidence
ORDER BY depth, id, implements, relation, stated_in, line, planned, evidence
