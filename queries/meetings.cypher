// Meetings held by a body (its name contains $body), optionally in an area and a period.
// params: body in_area from to
MATCH (m:Meeting)-[:ORGANIZED_BY]->(b:Body)
MATCH (m)-[:REPORTED_IN]->(a:Article)
OPTIONAL MATCH (m)-[:IN_AREA]->(ar:Area)
WITH m, b, a, ar
WHERE toLower(b.caption) CONTAINS toLower(coalesce($body, ''))
  AND toLower(coalesce(ar.caption, '')) CONTAINS toLower(coalesce($in_area, ''))
  AND ($from IS NULL OR (m.date IS NOT NULL AND m.date >= $from))
  AND ($to IS NULL OR (m.date IS NOT NULL AND m.date <= $to))
RETURN m.date AS date, m.caption AS meeting, b.caption AS organizer, ar.caption AS area, a.ident AS article
ORDER BY date, meeting, article
