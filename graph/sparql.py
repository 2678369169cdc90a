"""SPARQL over the store with the standard result formats: all four query forms, the project's
prefixes predeclared (without shifting error positions), named-query parameters bound by the engine,
and SERVICE (federated queries over the network) refused unless allowed."""
from __future__ import annotations

import csv
import io
import json
import re
from functools import lru_cache

import pyoxigraph as ox

from vnkg import queries

from .store import Store, _term, _value


class QueryError(ValueError):
    """A query that cannot run as asked: bad syntax (with its line:column), SERVICE, bad format."""


@lru_cache(maxsize=1)
def prefixes() -> dict[str, str]:
    """The predeclared prefixes (queries/prefixes.rq) as name -> IRI."""
    return dict(re.findall(r"^PREFIX\s+([\w-]*):\s*<([^>]*)>", queries.load("prefixes"), re.M))


# comments, strings and IRIs: where the word SERVICE is not a keyword
_NOISE = re.compile(r'''#[^\n]*|"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'|'''
                    r'''"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|<[^<>"{}|^`\\\s]*>''', re.S)
_SERVICE = re.compile(r"(?<![\w:?$])SERVICE(?![\w:])", re.I)


def uses_service(text: str) -> bool:
    """True if the query has a SERVICE clause (outside comments, strings and IRIs)."""
    return bool(_SERVICE.search(_NOISE.sub(" ", text)))


_RESULTS = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
            "tsv": ox.QueryResultsFormat.TSV, "xml": ox.QueryResultsFormat.XML}
_GRAPHS = {"table": ox.RdfFormat.TURTLE, "ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
           "jsonld": ox.RdfFormat.JSON_LD, "json": ox.RdfFormat.JSON_LD, "xml": ox.RdfFormat.RDF_XML}


def query(store: Store, text: str, params: dict | None = None, allow_service: bool = False):
    """Run a query over the union of the article graphs; returns (result, declared parameters).

    Parameters declared in a ``# params:`` line are bound by the engine (values as plain literals,
    ``<iri>`` as an IRI); those not given stay unbound.
    """
    if not allow_service and uses_service(text):
        raise QueryError("SERVICE (a query sent to another endpoint over the network) is refused; "
                         "pass --allow-service to allow it")
    declared = queries.params(text)
    params = {k: v for k, v in (params or {}).items()}
    unknown = set(params) - set(declared)
    if unknown and declared:
        raise QueryError(f"the query takes no parameter {', '.join(sorted(unknown))} "
                         f"(it declares: {', '.join(declared)})")
    subs = {}
    for name, value in params.items():
        if value is None:
            continue
        if isinstance(value, str) and value.startswith("<") and value.endswith(">"):
            value = ox.NamedNode(value[1:-1])
        subs[ox.Variable(name)] = _term(value)
    try:
        result = store.ox.query(text, prefixes=prefixes(), use_default_graph_as_union=True,
                                substitutions=subs or None)
    except SyntaxError as err:
        raise QueryError(_position(str(err))) from err
    except RuntimeError as err:  # e.g. a parameter that is not projected
        raise QueryError(str(err)) from err
    return result, declared


def _position(message: str) -> str:
    """'error at 3:2: expected X' -> '3:2: expected X' (line:column in the text as written)."""
    m = re.match(r"error at (\d+):(\d+)(?:-\d+:\d+)?:\s*(.*)", message, re.S)
    if not m:
        return message
    text = m.group(3)
    if "Prefix not found" in text:
        text = f"unknown prefix (predeclared: {', '.join(prefixes())}; declare others with PREFIX)"
    text = text.splitlines()[0] if text else text
    return f"{m.group(1)}:{m.group(2)}: {text[:200]}"


def _drop(data: bytes, fmt: str, drop: list[str]) -> bytes:
    """Remove the parameter columns a named query projects only so the engine can bind them."""
    if not drop:
        return data
    if fmt == "json":
        doc = json.loads(data)
        doc["head"]["vars"] = [v for v in doc["head"].get("vars", []) if v not in drop]
        for b in doc.get("results", {}).get("bindings", []):
            for v in drop:
                b.pop(v, None)
        return json.dumps(doc, ensure_ascii=False).encode("utf-8")
    if fmt in ("csv", "tsv"):
        text = data.decode("utf-8")
        if fmt == "csv":
            rows = list(csv.reader(io.StringIO(text, newline="")))
            keep = [i for i, c in enumerate(rows[0]) if c not in drop] if rows else []
            out = io.StringIO()
            w = csv.writer(out, lineterminator="\r\n")
            for row in rows:
                w.writerow([row[i] for i in keep])
            return out.getvalue().encode("utf-8")
        lines = text.split("\n")
        head = lines[0].split("\t")
        keep = [i for i, c in enumerate(head) if c.lstrip("?") not in drop]
        return "\n".join("\t".join(line.split("\t")[i] for i in keep) if line else line
                         for line in lines).encode("utf-8")
    if fmt == "xml":
        import xml.etree.ElementTree as ET

        ns = "http://www.w3.org/2005/sparql-results#"
        ET.register_namespace("", ns)
        root = ET.fromstring(data)
        head = root.find(f"{{{ns}}}head")
        for var in list(head):
            if var.get("name") in drop:
                head.remove(var)
        for result in root.iter(f"{{{ns}}}result"):
            for binding in list(result):
                if binding.get("name") in drop:
                    result.remove(binding)
        return ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return data


def render(result, declared: list[str], fmt: str, text: str = ""):
    """The result in `fmt`: bytes in a standard format, or (columns, rows) for the table of a SELECT."""
    if isinstance(result, ox.QueryBoolean):
        if fmt == "table":
            return b"true" if bool(result) else b"false"
        if fmt not in _RESULTS:
            raise QueryError(f"an ASK query answers true/false: use --format table|json|xml|csv|tsv, not {fmt}")
        return result.serialize(format=_RESULTS[fmt])
    if isinstance(result, ox.QueryTriples):
        if fmt not in _GRAPHS:
            raise QueryError(f"a CONSTRUCT/DESCRIBE query gives a graph: use --format ttl|nt|jsonld|xml, not {fmt}")
        options = {"prefixes": prefixes()} if _GRAPHS[fmt] in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else {}
        return ox.serialize(result, format=_GRAPHS[fmt], **options)
    names = [v.value for v in result.variables]
    drop = [n for n in names if n in declared]
    if fmt == "table":  # rows in the query's own ORDER BY, with Vietnamese collation for text
        from vnkg.collation import order

        cols = [n for n in names if n not in drop]
        return cols, order([{n: _value(sol[n]) for n in cols} for sol in result], text)
    if fmt not in _RESULTS:
        raise QueryError(f"a SELECT query gives rows: use --format table|json|csv|tsv|xml, not {fmt}")
    return _drop(result.serialize(format=_RESULTS[fmt]), fmt, drop)


def run_sparql(store_path, text: str, params: dict | None = None, fmt: str = "table",
               allow_service: bool = False):
    """Open the store read-only (works while a build writes), run, render."""
    from pathlib import Path

    from .store import default_path

    path = Path(store_path or default_path())
    if not (path / "rdf").is_dir():
        raise FileNotFoundError(f"no store at {path}: run `vnkg build CORPUS --store {path}` first")
    with Store(path, read_only=True) as store:
        result, declared = query(store, text, params, allow_service)
        try:
            return render(result, declared, fmt, text)
        except OSError as err:  # e.g. a SERVICE endpoint that cannot be reached
            raise QueryError(str(err)) from err
