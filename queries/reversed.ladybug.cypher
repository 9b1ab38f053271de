// The order test of vanban.domain.numbers.issued_before in Cypher, on what the store keeps per document
// (graph/counts.py issue_order): full dates when both are known and differ, else years, else the order of one
// numbering series.  An act with no acting document (IMPLICIT:) is compared by the document stating it.  The
// year test first, the rest after WITH: the evidence is read only for the rows kept.
// queries/status.py reversed_edges checks every row again in Python and orders them.
MATCH (s:Document)-[r]->(t:Document)
WHERE r.type <> "CITES" AND r.planned = false AND t._year > 0 AND s._year > 0 AND s._year <= t._year
  AND NOT s.id STARTS WITH "IMPLICIT:"
WITH s, r, t
WHERE CASE WHEN s._date <> "" AND t._date <> "" AND s._date <> t._date THEN s._date < t._date
           WHEN s._year <> t._year THEN s._year < t._year
           ELSE s._series <> "" AND s._series = t._series AND s._seq >= 0 AND t._seq >= 0 AND s._seq < t._seq END
RETURN s.id AS source, s.date AS source_date, s.code AS source_code, r.type AS relation, t.id AS target,
       t.date AS target_date, t.code AS target_code, r.source_doc AS stated_in, r.line AS line, r.rule AS rule,
       r.evidence AS evidence
UNION ALL
MATCH (s:Document)-[r]->(t:Document)
WHERE r.type <> "CITES" AND r.planned = false AND t._year > 0 AND s.id STARTS WITH "IMPLICIT:"
MATCH (a:Document {id: r.source_doc})
WHERE a._year > 0 AND a._year <= t._year
WITH s, r, t, a
WHERE CASE WHEN a._date <> "" AND t._date <> "" AND a._date <> t._date THEN a._date < t._date
           WHEN a._year <> t._year THEN a._year < t._year
           ELSE a._series <> "" AND a._series = t._series AND a._seq >= 0 AND t._seq >= 0 AND a._seq < t._seq END
RETURN s.id AS source, s.date AS source_date, s.code AS source_code, r.type AS relation, t.id AS target,
       t.date AS target_date, t.code AS target_code, r.source_doc AS stated_in, r.line AS line, r.rule AS rule,
       r.evidence AS evidence
