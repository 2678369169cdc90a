// Who held a post (title contains $title) in an area ($in_area), optionally seen in a period $on.
// params: title in_area on
MATCH (p:Person)-[h:HOLDS]->(post:Post)
WHERE h.status <> 'former'
OPTIONAL MATCH (post)-[:IN_AREA]->(ar:Area)
WITH p, h, post, ar
WHERE toLower(post.title) CONTAINS toLower(coalesce($title, ''))
  AND toLower(coalesce(ar.caption, '')) CONTAINS toLower(coalesce($in_area, ''))
  AND ($on IS NULL OR (h.first_seen IS NOT NULL AND (h.first_seen STARTS WITH $on OR h.last_seen STARTS WITH $on)))
RETURN p.name AS person, split(p.iri, '/person/')[1] AS id, post.title AS post_title, ar.caption AS area, h.first_seen AS first_seen,
       h.last_seen AS last_seen
ORDER BY first_seen, person, post_title
