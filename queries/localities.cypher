// name: localities(id)
// help: The provinces document `id` names, each mention with its sentence (2025 province alongside).
// params: id
MATCH (d:Document {id: $id})-[r:MENTIONS]->(l:Locality)
RETURN l.name AS locality, l.status AS status, l.merged_into AS province_2025, r.line AS line,
       r.evidence AS evidence
ORDER BY line, r.start, locality, evidence
