// name: mentioning(locality)
// help: Documents naming a province; a 2025 name also finds the provinces merged into it ("Cần Thơ" -> Hậu Giang).
// params: locality
MATCH (d:Document)-[r:MENTIONS]->(l:Locality)
WHERE l.name = $locality OR l.merged_into = $locality
RETURN d.id AS id, d.type AS type, d.date AS date, l.name AS locality, count(r) AS mentions,
       min(r.line) AS first_line
ORDER BY id, locality
