// name: unresolved()
// help: Documents cited but never loaded, most mentioned first.
// params:
MATCH (d:Document)
WHERE d.loaded = false AND d.mention_count > 0
OPTIONAL MATCH (s:Document)-[r]->(d)
RETURN d.id AS id, d.code AS code, d.type AS type, d.date AS date, d.mention_count AS mentions,
       count(DISTINCT r.source_doc) AS cited_in
ORDER BY mentions DESC, id
