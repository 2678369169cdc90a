// Meetings two people both took part in (as chair, attendee or speaker): $a and $b are parts of names.
// params: a b
MATCH (m:Meeting)-[:CHAIRED_BY|ATTENDED_BY|ADDRESSED_BY]->(p1:Person)
MATCH (m)-[:CHAIRED_BY|ATTENDED_BY|ADDRESSED_BY]->(p2:Person)
MATCH (m)-[:REPORTED_IN]->(art:Article)
WITH DISTINCT m, p1, p2, art
WHERE p1 <> p2
  AND toLower(p1.name) CONTAINS toLower(coalesce($a, ''))
  AND toLower(p2.name) CONTAINS toLower(coalesce($b, ''))
  AND (p1.name < p2.name OR $a IS NOT NULL)
RETURN m.date AS date, m.caption AS meeting, p1.name AS first, split(p1.iri, '/person/')[1] AS first_id, p2.name AS second,
       split(p2.iri, '/person/')[1] AS second_id, art.ident AS article
ORDER BY date, first, second
