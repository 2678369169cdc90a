"""Named queries as files: NAME.rq (SPARQL) and NAME.cypher (Cypher), same parameters."""
from __future__ import annotations

from importlib import resources


def names(ext: str = "rq") -> list[str]:
    """Names of the queries shipped with that extension."""
    root = resources.files("vnkg.queries")
    return sorted(p.name[: -len(ext) - 1] for p in root.iterdir() if p.name.endswith("." + ext))


def load(name: str, ext: str = "rq") -> str:
    """The text of queries/NAME.EXT; KeyError names the queries that exist."""
    path = resources.files("vnkg.queries").joinpath(f"{name}.{ext}")
    if not path.is_file():
        raise KeyError(f"no query {name!r}; known: {', '.join(names(ext))}")
    return path.read_text("utf-8")


def params(text: str) -> list[str]:
    """The parameters a query declares in a ``# params: a b c`` comment line."""
    for line in text.splitlines():
        if line.startswith(("# params:", "// params:")):
            return line.split(":", 1)[1].split()
    return []
