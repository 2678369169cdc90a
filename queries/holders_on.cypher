// Who held a post (title starts with $title) in an area on a day or period $on, by tenure: same rules as
// holders_on.rq (bounds compared at their precision; a reported end is exclusive), with the evidence of the
// HOLDS edge (the holding's latest mention).
// params: title in_area on
MATCH (p:Person)-[h:HELD]->(post:Post)
OPTIONAL MATCH (post)-[:IN_AREA]->(ar:Area)
WITH p, h, post, ar, coalesce(h.start, h.first_seen) AS lo, coalesce(h.end, h.last_seen) AS hi
WHERE toLower(post.title) STARTS WITH toLower(coalesce($title, ''))   // ask: title -> post.title
  AND toLower(coalesce(ar.caption, '')) CONTAINS toLower(coalesce($in_area, ''))   // ask: in_area -> ar.caption
WITH p, h, post, ar, lo, hi,
     CASE WHEN size(lo) < size(coalesce($on, '')) THEN size(lo) ELSE size(coalesce($on, '')) END AS nl,
     CASE WHEN size(hi) < size(coalesce($on, '')) THEN size(hi) ELSE size(coalesce($on, '')) END AS nh
WHERE $on IS NULL OR (lo IS NOT NULL AND hi IS NOT NULL
      AND substring($on, 0, nl) >= substring(lo, 0, nl)
      AND (substring($on, 0, nh) < substring(hi, 0, nh)
           OR (substring($on, 0, nh) = substring(hi, 0, nh)
               AND (h.end IS NULL OR h.end_basis = 'former' OR size(hi) > size($on)))))
OPTIONAL MATCH (p)-[ho:HOLDS]->(post)
OPTIONAL MATCH (ea:Article {ident: ho.article})
RETURN split(p.iri, '/person/')[1] AS id, p.name AS person, post.title AS post_title, ar.caption AS area,
       h.start AS start, h.end AS end, h.first_seen AS first_seen, h.last_seen AS last_seen,
       h.start_basis AS start_basis, h.end_basis AS end_basis, h.articles AS articles, h.single_seat AS single_seat,
       ho.article AS article, ho.sentence AS sentence, ea.url AS url
ORDER BY area, post_title, coalesce(h.start, h.first_seen), person
