// All posts of one person (part of the name), in time order (posts never dated come last).
// params: in_person
MATCH (p:Person)-[h:HOLDS]->(post:Post)
WHERE toLower(p.name) CONTAINS toLower(coalesce($in_person, ''))   // ask: in_person -> p.name
OPTIONAL MATCH (post)-[:IN_AREA]->(ar:Area)
OPTIONAL MATCH (a:Article {ident: h.article})
RETURN p.name AS person, split(p.iri, '/person/')[1] AS id, post.title AS title, ar.caption AS area, h.status AS status,
       h.first_seen AS first_seen, h.last_seen AS last_seen, h.article AS article, h.sentence AS sentence,
       a.url AS url
ORDER BY person, id, first_seen IS NULL, first_seen, title
