// name: ambiguous()
// help: Numbers that stand for more than one document (numbering restarts each term), and mentions in doubt.
// params:
MATCH (x:Document)
WHERE x.code <> "" AND x.id <> x.code
WITH collect(DISTINCT x.code) AS reused
MATCH (d:Document)
WITH d, CASE WHEN d.code = "" THEN d.id ELSE d.code END AS number, reused
WHERE d.doubt <> "" OR number IN reused
WITH number, count(d) AS documents, collect(d) AS docs
UNWIND docs AS x
WITH number, documents, x
WHERE documents > 1 OR x.doubt <> ""
RETURN number, x.id AS id, x.date AS date, x.title AS title, documents, x.doubt AS doubt
ORDER BY number, id
