"""Named queries as files: NAME.rq (SPARQL) and NAME.cypher (Cypher), same parameters."""
from __future__ import annotations

import re
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


# SPARQL: a FILTER line ending in `# ask: PARAM` matches PARAM as written (it is dropped when `vnkg ask`
# matches PARAM itself); a comment line `# ask: PARAM -> ?VAR : PATTERN` is where `vnkg ask` puts
# `VALUES ?VAR { the stored spellings that match } PATTERN`, first in its group.
_RAW_RQ = re.compile(r"^\s*FILTER.*#\s*ask:\s*(?P<param>\w+)\s*$")
_HOOK_RQ = re.compile(r"^(?P<indent>\s*)#\s*ask:\s*(?P<param>\w+)\s*->\s*\?(?P<var>\w+)\s*(?::\s*(?P<pattern>.*?))?\s*$")
# Cypher: a condition line `WHERE|AND ... // ask: PARAM -> EXPR` becomes `WHERE|AND EXPR IN $ask_PARAM`.
_HOOK_CYPHER = re.compile(r"^(?P<indent>\s*)(?P<kw>WHERE|AND)\s.*//\s*ask:\s*(?P<param>\w+)\s*->\s*(?P<expr>[\w.]+)\s*$")


def hooks(text: str) -> dict[str, str]:
    """The text parameters a query lets `vnkg ask` match itself, and the variable (SPARQL) or expression
    (Cypher) it restricts to the stored spellings that match."""
    found = {}
    for line in text.splitlines():
        m = _HOOK_RQ.match(line) or _HOOK_CYPHER.match(line)
        if m:
            found[m.group("param")] = m.group("var") if "var" in m.groupdict() else m.group("expr")
    return found


def restrict(text: str, values: dict[str, list[str]]) -> tuple[str, dict]:
    """The query with each hooked parameter in `values` matched against exactly those stored values.

    In SPARQL the FILTER lines that match a parameter as written are dropped (even for a parameter not
    given: such a line costs a scan of the store while it lets every row through), and a hook comment
    becomes ``VALUES ?VAR { "a" "b" } PATTERN`` (the values serialised as literals; the hook stands
    first in its group, so the store starts from them through its indexes). In Cypher the hooked
    condition becomes ``EXPR IN $ask_PARAM`` and the values are returned as that parameter.
    """
    import pyoxigraph as ox

    out, params = [], {}
    for line in text.splitlines():
        if _RAW_RQ.match(line):  # `vnkg ask` matches every hooked parameter itself (or has none)
            continue
        m = _HOOK_RQ.match(line)
        if m and m.group("param") in values:
            terms = " ".join(str(ox.Literal(v)) for v in values[m.group("param")])
            line = f"{m.group('indent')}VALUES ?{m.group('var')} {{ {terms} }} {m.group('pattern') or ''}".rstrip()
        m = _HOOK_CYPHER.match(line)
        if m and m.group("param") in values:
            name = f"ask_{m.group('param')}"
            line = f"{m.group('indent')}{m.group('kw')} {m.group('expr')} IN ${name}"
            params[name] = list(values[m.group("param")])
        out.append(line)
    return "\n".join(out) + "\n", params
