// Only the documents that can be in the answer, found without grouping all 84k documents by number: those in
// doubt, those whose id is not their number (a number used again: "98-QĐ/TW@2004"), and for each of these
// the one document whose id is that number.  Every document of a number that stands for several is among them.
// `_ambiguous` (graph/counts.py) flags the first two: doubt <> "" OR (code <> "" AND id <> code); the third are
// looked up by id (a primary key), not joined against every document.
MATCH (x:Document)
WHERE x._ambiguous
WITH collect(x.id) AS xs, collect(x.code) AS codes
UNWIND list_concat(xs, codes) AS i
MATCH (d:Document {id: i})
WHERE list_contains(xs, i) OR d.code = i OR d.code = ""
WITH DISTINCT d
WITH CASE WHEN d.code = "" THEN d.id ELSE d.code END AS number, d
WITH number, count(d) AS documents, collect({id: d.id, date: d.date, title: d.title, doubt: d.doubt}) AS docs
UNWIND docs AS x
WITH number, documents, x
WHERE documents > 1 OR x.doubt <> ""
RETURN number, x.id AS id, x.date AS date, x.title AS title, documents, x.doubt AS doubt
ORDER BY number, id
