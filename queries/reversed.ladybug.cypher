// Only the relations that can be reversed: an acting document of a later year than its target never is
// (graph/counts.py `_year`, the year vanban.domain.numbers.issued_before compares); queries/status.py
// reversed_edges decides on the rows left, as on the other backends.
MATCH (s:Document)-[r]->(t:Document)
WHERE r.type <> "CITES" AND r.planned = false AND t._year > 0
  AND (s.id STARTS WITH "IMPLICIT:" OR (s._year > 0 AND s._year <= t._year))
RETURN s.id AS source, s.date AS source_date, s.code AS source_code, r.type AS relation, t.id AS target,
       t.date AS target_date, t.code AS target_code, r.source_doc AS stated_in, r.line AS line, r.rule AS rule,
       r.evidence AS evidence
ORDER BY stated_in, line, source, target, relation
