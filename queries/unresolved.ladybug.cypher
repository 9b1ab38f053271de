// The common text counts each document's citing documents over its in-edges; the store keeps that count per
// document (graph/counts.py `_cited_in`).
MATCH (d:Document)
WHERE d.loaded = false AND d.mention_count > 0
RETURN d.id AS id, d.code AS code, d.type AS type, d.date AS date, d.mention_count AS mentions,
       d._cited_in AS cited_in
ORDER BY mentions DESC, id
