// name: issued-by(body, year)
// help: Documents a body issued (its name, "UBND xã Tân Phú" too, or issuer code, e.g. BTCTW), optionally only those of one year (year=0: all).
// params: body, year=0
MATCH (d:Document)-[:ISSUED_BY]->(b:Body)
WHERE (b.id = $body OR b.code = $body) AND ($year = 0 OR d.year = $year)
RETURN DISTINCT d.id AS id, d.type AS type, d.date AS date, d.title AS title, d.loaded AS loaded
ORDER BY date, id
