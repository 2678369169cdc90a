// Every post title (what `vnkg ask holders --neo4j` matches --title against).
MATCH (post:Post) RETURN DISTINCT post.title AS value
