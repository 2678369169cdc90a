// Who chaired which meeting, when (same question and parameters as chairs.rq).
// params: person in_area from to
MATCH (m:Meeting)-[:CHAIRED_BY]->(p:Person)
MATCH (m)-[:REPORTED_IN]->(a:Article)
OPTIONAL MATCH (m)-[:ORGANIZED_BY]->(b:Body)
OPTIONAL MATCH (m)-[:IN_AREA]->(ar:Area)
WITH m, p, a, b, ar
WHERE toLower(p.name) CONTAINS toLower(coalesce($person, ''))
  AND toLower(coalesce(ar.caption, '')) CONTAINS toLower(coalesce($in_area, ''))
  AND ($from IS NULL OR (m.date IS NOT NULL AND m.date >= $from))
  AND ($to IS NULL OR (m.date IS NOT NULL AND m.date <= $to))
RETURN m.date AS date, p.name AS chair, split(p.iri, '/person/')[1] AS id, b.caption AS organizer, ar.caption AS area, m.caption AS meeting,
       a.ident AS article
ORDER BY date, chair, article
