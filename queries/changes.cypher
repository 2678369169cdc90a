// Who took or left a post of an area between $from and $to, at each date's precision (same as changes.rq).
// params: in_area from to
MATCH (p:Person)-[h:HELD]->(post:Post)-[:IN_AREA]->(ar:Area)
WHERE toLower(ar.caption) CONTAINS toLower(coalesce($in_area, ''))   // ask: in_area -> ar.caption
UNWIND [['took', h.start, h.start_basis, h.start_article, h.start_sentence],
        ['left', h.end, h.end_basis, h.end_article, h.end_sentence]] AS ch
WITH p, post, ar, ch[0] AS change, ch[1] AS date, ch[2] AS basis, ch[3] AS reported_in, ch[4] AS reported
WHERE date IS NOT NULL
WITH p, post, ar, change, date, basis, reported_in, reported,
     CASE WHEN size(date) < size(coalesce($from, '')) THEN size(date) ELSE size(coalesce($from, '')) END AS nf,
     CASE WHEN size(date) < size(coalesce($to, '')) THEN size(date) ELSE size(coalesce($to, '')) END AS nu
WHERE ($from IS NULL OR substring(date, 0, nf) >= substring($from, 0, nf))
  AND ($to IS NULL OR substring(date, 0, nu) <= substring($to, 0, nu))
// the evidence: the sentence that reports the start or end, else the holding's latest mention (HOLDS)
OPTIONAL MATCH (p)-[ho:HOLDS]->(post)
WITH p, post, ar, change, date, basis, coalesce(reported_in, ho.article) AS article,
     CASE WHEN reported_in IS NULL THEN ho.sentence ELSE reported END AS sentence
OPTIONAL MATCH (ea:Article {ident: article})
RETURN date, change, split(p.iri, '/person/')[1] AS id, p.name AS person, post.title AS post_title,
       ar.caption AS area, basis, article, sentence, ea.url AS url
ORDER BY date, change, person, post_title
