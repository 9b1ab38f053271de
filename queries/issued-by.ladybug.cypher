// Every text citing a document states its ISSUED_BY edge again (176,773 edges for the National Assembly's 244
// documents at 100k): the store keeps each document's bodies (graph/counts.py `_issuers`) and reads those.
// `$body` is a stored body's id here (queries/registry.py resolve_body turns a code or any spelling into it),
// which is what the common text's `b.id = $body OR b.code = $body` finds.
MATCH (d:Document)
WHERE ($year = 0 OR d.year = $year) AND list_contains(d._issuers, $body)
RETURN d.id AS id, d.type AS type, d.date AS date, d.title AS title, d.loaded AS loaded
ORDER BY date, id
