// name: status(id, at)
// help: Whether `id` is in force, amended, partly repealed, replaced, repealed, suspended or expired on day `at` (default today), or unknown; every row cites its evidence.
// params: id, at=""
MATCH (d:Document {id: $id})
OPTIONAL MATCH (s:Document)-[r:REPEALS|REPLACES|SUSPENDS|AMENDS]->(d)
WHERE r.planned = false
RETURN d.id AS id, d.code AS code, d.date AS date, d.effective AS effective, d.expires AS expires, d.effect AS effect,
       d.effect_line AS effect_line, d.loaded AS loaded, r.type AS relation, s.id AS source, s.date AS source_date,
       s.effective AS source_effective, s.code AS source_code, r.scope AS scope, r.partial AS partial,
       r.source_doc AS stated_in, r.line AS line, r.evidence AS evidence
ORDER BY relation, source, stated_in, line, evidence
