// name: status(id)
// help: Whether `id` is in force, amended, suspended, replaced or repealed, from the relations found, with evidence.
// params: id
MATCH (d:Document {id: $id})
OPTIONAL MATCH (s:Document)-[r:REPEALS|REPLACES|SUSPENDS|AMENDS]->(d)
WHERE r.planned = false
WITH d, collect(r.type) AS kinds
OPTIONAL MATCH (s:Document)-[r:REPEALS|REPLACES|SUSPENDS|AMENDS]->(d)
WHERE r.planned = false
RETURN d.id AS id,
       CASE WHEN "REPEALS" IN kinds THEN "repealed"
            WHEN "REPLACES" IN kinds THEN "replaced"
            WHEN "SUSPENDS" IN kinds THEN "suspended"
            WHEN "AMENDS" IN kinds THEN "amended"
            ELSE "in force" END AS status,
       r.type AS relation, s.id AS source, r.source_doc AS stated_in, r.line AS line, r.evidence AS evidence
ORDER BY relation, source, stated_in, line
