// name: reversed()
// help: Loader errors to fix: relations whose acting document is dated (or numbered) in a year before the document it acts on.
// params:
MATCH (s:Document)-[r]->(t:Document)
WHERE r.type <> "CITES" AND r.planned = false
RETURN s.id AS source, s.date AS source_date, s.code AS source_code, r.type AS relation, t.id AS target,
       t.date AS target_date, t.code AS target_code, r.source_doc AS stated_in, r.line AS line, r.rule AS rule,
       r.evidence AS evidence
ORDER BY stated_in, line, source, target, relation
