// Meetings held by a body (its name contains $body), optionally in an area and a period: one row per
// meeting, with the first article that reports it and its sentence (same as meetings.rq).
// params: body in_area from to
MATCH (m:Meeting)-[:ORGANIZED_BY]->(b:Body)
WHERE toLower(b.caption) CONTAINS toLower(coalesce($body, ''))   // ask: body -> b.caption
OPTIONAL MATCH (m)-[:IN_AREA]->(ar:Area)
WITH m, b, ar
WHERE toLower(coalesce(ar.caption, '')) CONTAINS toLower(coalesce($in_area, ''))   // ask: in_area -> ar.caption
  AND ($from IS NULL OR (m.date IS NOT NULL AND NOT m.date STARTS WITH '-'
       AND (CASE size(m.date) WHEN 4 THEN m.date + '-12-31' WHEN 7 THEN m.date + '-31' ELSE m.date END)
           >= (CASE size($from) WHEN 4 THEN $from + '-01-01' WHEN 7 THEN $from + '-01' ELSE $from END)))
  AND ($to IS NULL OR (m.date IS NOT NULL AND NOT m.date STARTS WITH '-'
       AND (CASE size(m.date) WHEN 4 THEN m.date + '-01-01' WHEN 7 THEN m.date + '-01' ELSE m.date END)
           <= (CASE size($to) WHEN 4 THEN $to + '-12-31' WHEN 7 THEN $to + '-31' ELSE $to END)))
MATCH (m)-[:REPORTED_IN]->(rep:Article)
WITH m, b, ar, min(rep.ident) AS first_article
MATCH (m)-[r:REPORTED_IN]->(a:Article {ident: first_article})
RETURN m.date AS date, m.caption AS meeting, b.caption AS organizer, ar.caption AS area, a.ident AS article,
       r.sentence AS sentence, a.url AS url
ORDER BY date, meeting, article
