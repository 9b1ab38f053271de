// The common text counts each document's citing documents over its in-edges (20,000 for the most cited law
// at 100k documents); the store keeps that count per document (graph/counts.py `_cited_in`).
MATCH (d:Document)
WHERE d.mention_count > 0
RETURN d.id AS id, d.type AS type, d.date AS date, d.mention_count AS mentions, d._cited_in AS cited_in,
       d.loaded AS loaded
ORDER BY mentions DESC, id
LIMIT $limit
