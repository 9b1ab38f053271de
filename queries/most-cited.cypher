// name: most-cited(limit)
// help: The documents mentioned most often in the loaded texts, with how many documents cite them.
// params: limit=20
MATCH (d:Document)
WHERE d.mention_count > 0
WITH d, d.mention_count AS mentions
ORDER BY mentions DESC, d.id
LIMIT $limit
OPTIONAL MATCH (s:Document)-[r]->(d)
WITH d, mentions, count(DISTINCT r.source_doc) AS cited_in
RETURN d.id AS id, d.type AS type, d.date AS date, mentions, cited_in, d.loaded AS loaded
ORDER BY mentions DESC, id
LIMIT $limit
