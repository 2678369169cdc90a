// The name of every body that organised a meeting (what `vnkg ask meetings --neo4j` matches --body against).
MATCH (:Meeting)-[:ORGANIZED_BY]->(b:Body) RETURN DISTINCT b.caption AS value
