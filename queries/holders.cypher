// Who held a post (its title begins with $title) in an area ($in_area), optionally in a period $on:
// one row per holder and post, with the dates seen and the evidence (same question as holders.rq).
// params: title in_area on
MATCH (p:Person)-[h:HOLDS]->(post:Post)
WHERE h.status <> 'former'
  AND toLower(post.title) STARTS WITH toLower(coalesce($title, ''))   // ask: title -> post.title
OPTIONAL MATCH (post)-[:IN_AREA]->(ar:Area)
OPTIONAL MATCH (a:Article {ident: h.article})
WITH p, h, post, ar, a
WHERE toLower(coalesce(ar.caption, '')) CONTAINS toLower(coalesce($in_area, ''))   // ask: in_area -> ar.caption
  // in the period $on: the holding's known span, from its first to its last dated mention, meets the
  // period (the seam for tenure: when holdings carry their start and end, this span is replaced)
  AND ($on IS NULL OR (h.first_seen IS NOT NULL
       AND (CASE size(h.first_seen) WHEN 4 THEN h.first_seen + '-01-01' WHEN 7 THEN h.first_seen + '-01' ELSE h.first_seen END)
           <= (CASE size($on) WHEN 4 THEN $on + '-12-31' WHEN 7 THEN $on + '-31' ELSE $on END)
       AND (CASE size(h.last_seen) WHEN 4 THEN h.last_seen + '-12-31' WHEN 7 THEN h.last_seen + '-31' ELSE h.last_seen END)
           >= (CASE size($on) WHEN 4 THEN $on + '-01-01' WHEN 7 THEN $on + '-01' ELSE $on END)))
RETURN p.name AS person, split(p.iri, '/person/')[1] AS id, post.title AS post_title, ar.caption AS area, h.first_seen AS first_seen,
       h.last_seen AS last_seen, h.article AS article, h.sentence AS sentence, a.url AS url
ORDER BY first_seen, person, id, post_title
