// Only from the documents that have a planned relation (graph/counts.py `_plans`), not every relation's flag.
MATCH (s:Document)-[r]->(t:Document)
WHERE s._plans > 0 AND r.planned = true AND ($id = "" OR r.source_doc = $id)
RETURN r.source_doc AS stated_in, s.id AS source, r.type AS relation, t.id AS target, t.type AS target_type,
       r.line AS line, r.evidence AS evidence
ORDER BY stated_in, line, source, relation, target, evidence
