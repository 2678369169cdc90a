// Who chaired which meeting, when: one row per meeting and chair, with its evidence (same as chairs.rq).
// params: person in_area from to
MATCH (m:Meeting)-[c:CHAIRED_BY]->(p:Person)
WHERE toLower(p.name) CONTAINS toLower(coalesce($person, ''))   // ask: person -> p.name
OPTIONAL MATCH (m)-[:ORGANIZED_BY]->(b:Body)
OPTIONAL MATCH (m)-[:IN_AREA]->(ar:Area)
OPTIONAL MATCH (a:Article {ident: c.article})
WITH m, c, p, b, ar, a
WHERE toLower(coalesce(ar.caption, '')) CONTAINS toLower(coalesce($in_area, ''))   // ask: in_area -> ar.caption
  AND ($from IS NULL OR (m.date IS NOT NULL AND NOT m.date STARTS WITH '-'
       AND (CASE size(m.date) WHEN 4 THEN m.date + '-12-31' WHEN 7 THEN m.date + '-31' ELSE m.date END)
           >= (CASE size($from) WHEN 4 THEN $from + '-01-01' WHEN 7 THEN $from + '-01' ELSE $from END)))
  AND ($to IS NULL OR (m.date IS NOT NULL AND NOT m.date STARTS WITH '-'
       AND (CASE size(m.date) WHEN 4 THEN m.date + '-01-01' WHEN 7 THEN m.date + '-01' ELSE m.date END)
           <= (CASE size($to) WHEN 4 THEN $to + '-12-31' WHEN 7 THEN $to + '-31' ELSE $to END)))
RETURN m.date AS date, p.name AS chair, split(p.iri, '/person/')[1] AS id, b.caption AS organizer, ar.caption AS area, m.caption AS meeting,
       c.article AS article, c.sentence AS sentence, a.url AS url
ORDER BY date, chair, id, article, meeting, organizer, area, sentence, url
