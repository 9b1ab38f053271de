// Every text citing a document states its ISSUED_BY edge again (176,773 edges for the National Assembly's 244
// documents at 100k): the store keeps each document's bodies (graph/counts.py `_issuers`) and reads those.
MATCH (b:Body)
WHERE b.id = $body OR b.code = $body
WITH collect(b.id) AS bodies
MATCH (d:Document)
WHERE ($year = 0 OR d.year = $year) AND any(x IN d._issuers WHERE x IN bodies)
RETURN d.id AS id, d.type AS type, d.date AS date, d.title AS title, d.loaded AS loaded
ORDER BY date, id
