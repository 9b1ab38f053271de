// One variable-length pattern that starts with the relation shown (its first edge), not a second MATCH that
// LadybugDB joins against every document: the rows and depths are the common text's (a shortest walk from
// `up` never holds the edge entering it).  LadybugDB lists count from 1.
MATCH p = (c:Document)-[:IMPLEMENTS|GUIDES*1..5]->(root:Document {id: $id})
WITH c, rels(p)[1] AS r, nodes(p)[2] AS up, length(p) AS depth
WITH c, r, up, min(depth) AS depth
RETURN depth, c.id AS id, c.type AS type, c.date AS date, r.type AS relation, up.id AS implements, r.planned AS planned,
       r.source_doc AS stated_in, r.line AS line, r.evidence AS evidence
ORDER BY depth, id, implements, relation, stated_in, line
