// Who holds which post where, with the first and last date seen (same as posts.rq).
// params: in_person in_area in_status
MATCH (p:Person)-[h:HOLDS]->(post:Post)
OPTIONAL MATCH (post)-[:IN_AREA]->(ar:Area)
WITH p, h, post, ar
WHERE toLower(p.name) CONTAINS toLower(coalesce($in_person, ''))
  AND toLower(coalesce(ar.caption, '')) CONTAINS toLower(coalesce($in_area, ''))
  AND ($in_status IS NULL OR h.status = $in_status)
RETURN p.name AS person, split(p.iri, '/person/')[1] AS id, post.title AS title, ar.caption AS area, h.status AS status,
       h.first_seen AS first_seen, h.last_seen AS last_seen, h.articles AS articles
ORDER BY person, id, title
