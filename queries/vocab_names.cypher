// Every person's name (what `vnkg ask --neo4j` matches --person against).
MATCH (p:Person) RETURN DISTINCT p.name AS value
