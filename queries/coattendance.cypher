// Meetings two people both took part in (as chair, attendee or speaker): $a and $b are parts of names.
// One row per meeting and pair, with the first article that reports it and its sentence (as the .rq).
// params: a b
MATCH (m:Meeting)-[:CHAIRED_BY|ATTENDED_BY|ADDRESSED_BY]->(p1:Person)
MATCH (m)-[:CHAIRED_BY|ATTENDED_BY|ADDRESSED_BY]->(p2:Person)
WITH DISTINCT m, p1, p2
WHERE p1 <> p2
  AND toLower(p1.name) CONTAINS toLower(coalesce($a, ''))   // ask: a -> p1.name
  AND toLower(p2.name) CONTAINS toLower(coalesce($b, ''))   // ask: b -> p2.name
  AND (p1.name < p2.name OR $a IS NOT NULL)
MATCH (m)-[:REPORTED_IN]->(rep:Article)
WITH m, p1, p2, min(rep.ident) AS first_article
MATCH (m)-[r:REPORTED_IN]->(art:Article {ident: first_article})
RETURN m.date AS date, m.caption AS meeting, p1.name AS first, split(p1.iri, '/person/')[1] AS first_id, p2.name AS second,
       split(p2.iri, '/person/')[1] AS second_id, art.ident AS article,
       r.sentence AS sentence, art.url AS url
ORDER BY date, first, first_id, second, second_id
