// Only the documents that can be in the answer, found without grouping all 84k documents by number: those in
// doubt, those whose id is not their number (a number used again: "98-QĐ/TW@2004"), and for each of these
// the one document whose id is that number.  Every document of a number that stands for several is among them.
// `_ambiguous` (graph/counts.py) flags the first two: doubt <> "" OR (code <> "" AND id <> code).
MATCH (x:Document)
WHERE x._ambiguous
OPTIONAL MATCH (y:Document {id: x.code})
WHERE x.code <> "" AND x.id <> x.code AND (y.code = x.code OR y.code = "")
WITH list_concat(collect(x.id), collect(y.id)) AS found
UNWIND found AS i
MATCH (d:Document {id: i})
WITH DISTINCT d
WITH CASE WHEN d.code = "" THEN d.id ELSE d.code END AS number, d
WITH number, count(d) AS documents, collect(d) AS docs
UNWIND docs AS x
WITH number, documents, x
WHERE documents > 1 OR x.doubt <> ""
RETURN number, x.id AS id, x.date AS date, x.title AS title, documents, x.doubt AS doubt
ORDER BY number, id
