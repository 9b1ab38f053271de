// name: planned(id)
// help: Planned amendments, reviews, drafts and documents still to be issued; all, or those stated by document `id`.
// params: id=""
MATCH (s:Document)-[r]->(t:Document)
WHERE r.planned = true AND ($id = "" OR r.source_doc = $id)
RETURN r.source_doc AS stated_in, s.id AS source, r.type AS relation, t.id AS target, t.type AS target_type,
       r.line AS line, r.evidence AS evidence
ORDER BY stated_in, line, source, relation, target, evidence
