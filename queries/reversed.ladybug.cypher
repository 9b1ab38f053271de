// The order test of vanban.domain.numbers.issued_before in Cypher, on what the store keeps per document
// (graph/counts.py issue_order): full dates when both are known and differ, else years, else the order of one
// numbering series.  Only the pairs (source, target) are returned: every property of a relation named in the
// query is read for every relation scanned (300k at 100k documents), so the evidence and line of the few
// reversed relations are fetched afterwards, pair by pair, by queries/status.py reversed_edges (0.7 s -> 0.2 s
// CPU at 100k documents, bench/bench_queries_ab.py).  The test depends on the two documents only, so every
// relation between a pair that passes is reversed.  The types are every Document -> Document relation but
// CITES (tests/test_paging.py checks the list against EdgeType): a typed pattern skips the 400k citations.
// An act with no acting document (IMPLICIT:) is compared by the document stating it (``a``), so those rows name
// it too (stated_in, "" for the others); reversed_edges checks every row again in Python (issued_before).
MATCH (s:Document)-[r:COPY_OF|AMENDS|REPLACES|REPEALS|SUSPENDS|CORRECTS|CONSOLIDATES|GUIDES|IMPLEMENTS|REVIEWS|BASED_ON]->(t:Document)
WHERE r.planned = false AND t._year > 0 AND s._year > 0 AND s._year <= t._year
  AND NOT s.id STARTS WITH "IMPLICIT:"
  AND CASE WHEN s._date <> "" AND t._date <> "" AND s._date <> t._date THEN s._date < t._date
           WHEN s._year <> t._year THEN s._year < t._year
           ELSE s._series <> "" AND s._series = t._series AND s._seq >= 0 AND t._seq >= 0 AND s._seq < t._seq END
RETURN DISTINCT s.id AS source, t.id AS target, "" AS stated_in
UNION ALL
MATCH (s:Document)
WHERE s.id STARTS WITH "IMPLICIT:"
MATCH (s)-[r:COPY_OF|AMENDS|REPLACES|REPEALS|SUSPENDS|CORRECTS|CONSOLIDATES|GUIDES|IMPLEMENTS|REVIEWS|BASED_ON]->(t:Document)
WHERE r.planned = false AND t._year > 0
MATCH (a:Document {id: r.source_doc})
WHERE a._year > 0 AND a._year <= t._year
  AND CASE WHEN a._date <> "" AND t._date <> "" AND a._date <> t._date THEN a._date < t._date
           WHEN a._year <> t._year THEN a._year < t._year
           ELSE a._series <> "" AND a._series = t._series AND a._seq >= 0 AND t._seq >= 0 AND a._seq < t._seq END
RETURN DISTINCT s.id AS source, t.id AS target, r.source_doc AS stated_in
