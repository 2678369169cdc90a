// The name of every area a post, body or meeting is in (what `vnkg ask --neo4j` matches --area against).
MATCH ()-[:IN_AREA]->(a:Area) RETURN DISTINCT a.caption AS value
