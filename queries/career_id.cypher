// One person's career ($pid: a resolved person id) as one timeline of tenures (same as career_id.rq).
// params: pid
MATCH (p:Person {iri: 'https://vnkg.dev/id/person/' + $pid})-[h:HELD]->(post:Post)
OPTIONAL MATCH (post)-[:IN_AREA]->(ar:Area)
WITH p, h, post, ar, coalesce(h.start, h.first_seen, h.end) AS when
OPTIONAL MATCH (p)-[ho:HOLDS]->(post)
OPTIONAL MATCH (ea:Article {ident: ho.article})
RETURN $pid AS id, p.name AS person, post.title AS title, ar.caption AS area, h.start AS start, h.end AS end,
       h.first_seen AS first_seen, h.last_seen AS last_seen, h.start_basis AS start_basis,
       h.end_basis AS end_basis, h.articles AS articles, ho.article AS article, ho.sentence AS sentence,
       ea.url AS url
ORDER BY when IS NULL, when, title
