// name: ambiguous()
// help: Numbers that stand for more than one document (numbering restarts each term), and mentions in doubt.
// params:
MATCH (d:Document)
WITH CASE WHEN d.code = "" THEN d.id ELSE d.code END AS number, d
WITH number, count(d) AS documents, collect(d) AS docs
UNWIND docs AS x
WITH number, documents, x
WHERE documents > 1 OR x.doubt <> ""
RETURN number, x.id AS id, x.date AS date, x.title AS title, documents, x.doubt AS doubt
ORDER BY number, id
