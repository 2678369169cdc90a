// Who took or left a post of an area between $from and $to, at each date's precision (same as changes.rq).
// params: in_area from to
MATCH (p:Person)-[h:HELD]->(post:Post)-[:IN_AREA]->(ar:Area)
WHERE toLower(ar.caption) CONTAINS toLower(coalesce($in_area, ''))
UNWIND [['took', h.start, h.start_basis], ['left', h.end, h.end_basis]] AS ch
WITH p, post, ar, ch[0] AS change, ch[1] AS date, ch[2] AS basis
WHERE date IS NOT NULL
WITH p, post, ar, change, date, basis,
     CASE WHEN size(date) < size(coalesce($from, '')) THEN size(date) ELSE size(coalesce($from, '')) END AS nf,
     CASE WHEN size(date) < size(coalesce($to, '')) THEN size(date) ELSE size(coalesce($to, '')) END AS nu
WHERE ($from IS NULL OR substring(date, 0, nf) >= substring($from, 0, nf))
  AND ($to IS NULL OR substring(date, 0, nu) <= substring($to, 0, nu))
RETURN date, change, split(p.iri, '/person/')[1] AS id, p.name AS person, post.title AS post_title,
       ar.caption AS area, basis
ORDER BY date, change, person, post_title
