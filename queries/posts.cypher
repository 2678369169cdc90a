// Who holds which post where, with status, dates seen, article count and evidence (same as posts.rq).
// params: in_person in_area in_status
MATCH (p:Person)-[h:HOLDS]->(post:Post)
WHERE toLower(p.name) CONTAINS toLower(coalesce($in_person, ''))   // ask: in_person -> p.name
OPTIONAL MATCH (post)-[:IN_AREA]->(ar:Area)
OPTIONAL MATCH (a:Article {ident: h.article})
WITH p, h, post, ar, a
WHERE toLower(coalesce(ar.caption, '')) CONTAINS toLower(coalesce($in_area, ''))   // ask: in_area -> ar.caption
  AND ($in_status IS NULL OR h.status = $in_status)
RETURN p.name AS person, split(p.iri, '/person/')[1] AS id, post.title AS title, ar.caption AS area, h.status AS status,
       h.first_seen AS first_seen, h.last_seen AS last_seen, h.articles AS articles,
       h.article AS article, h.sentence AS sentence, a.url AS url
ORDER BY person, id, title, area, status, first_seen, last_seen, articles, article, sentence, url
