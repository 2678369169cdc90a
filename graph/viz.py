"""One self-contained HTML page to explore the graph: vis-network (the copy bundled in the pyvis wheel)
inlined, nodes coloured by type, a click shows a node's facts and the text they were read from, and a
list of meetings in time order. Nothing is fetched when the page is viewed."""
from __future__ import annotations

import html
import json
from importlib import resources

import networkx as nx

from .network import to_networkx
from .store import Store

COLOURS = {"Person": "#e4572e", "Post": "#f3a712", "Body": "#29335c", "Area": "#669bbc",
           "Meeting": "#76b041", "Article": "#a8a8a8"}


def _vis_js() -> str:
    lib = resources.files("pyvis").joinpath("lib")
    versions = sorted(p.name for p in lib.iterdir() if p.name.startswith("vis-"))
    return lib.joinpath(versions[-1], "vis-network.min.js").read_text("utf-8")


def subgraph(g: nx.MultiDiGraph, person: str | None = None, area: str | None = None, hops: int = 2):
    """The part of the graph within `hops` of the people / areas whose name contains the given text."""
    if not person and not area:
        return g
    seeds = [n for n, d in g.nodes(data=True)
             if (person and d["label"] == "Person" and person.casefold() in (d.get("name") or "").casefold())
             or (area and d["label"] == "Area" and area.casefold() in (d.get("caption") or "").casefold())]
    keep = set(seeds)
    undirected = g.to_undirected(as_view=True)
    for s in seeds:
        keep |= set(nx.single_source_shortest_path_length(undirected, s, cutoff=hops))
    return g.subgraph(keep)


def page(store: Store, person: str | None = None, area: str | None = None) -> str:
    """The HTML page (a string) for the whole store or the neighbourhood of a person or an area."""
    g = subgraph(to_networkx(store), person, area)
    _, prov = store.named("provenance")
    sources: dict[str, list] = {}
    for r in prov:
        if r["node"] in g:
            sources.setdefault(r["node"], []).append(
                {"article": r["article"], "sentence": r["sentence"], "start": r["start"], "end": r["end"],
                 "quote": r["quote"]})
    nodes = []
    for n, d in g.nodes(data=True):
        text = d.get("name") or d.get("caption") or d.get("title") or d.get("ident") or n
        facts = {k: v for k, v in d.items() if k not in ("label",) and v is not None}
        nodes.append({"id": n, "label": text[:40], "group": d["label"], "color": COLOURS[d["label"]],
                      "shape": "dot" if d["label"] == "Person" else "box" if d["label"] == "Meeting" else "ellipse",
                      "facts": facts, "sources": sources.get(n, [])})
    edges = [{"from": u, "to": v, "label": t, "arrows": "to", "font": {"size": 9}}
             for u, v, t in g.edges(data="type")]
    meetings = sorted(({"id": n["id"], "date": n["facts"].get("date") or "", "label": n["facts"].get("caption", "")}
                       for n in nodes if n["group"] == "Meeting"), key=lambda m: (m["date"] == "", m["date"]))
    data = json.dumps({"nodes": nodes, "edges": edges, "meetings": meetings}, ensure_ascii=False)
    data = data.replace("</", "<\\/")
    legend = "".join(f'<span class="key" style="background:{c}">{t}</span>' for t, c in COLOURS.items())
    title = "vnkg" + (f" — {html.escape(person)}" if person else "") + (f" — {html.escape(area)}" if area else "")
    return _TEMPLATE.format(title=title, legend=legend, vis=_vis_js(), data=data)


_TEMPLATE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ margin: 0; font: 14px system-ui, sans-serif; display: grid; grid-template-columns: 1fr 360px; height: 100vh; }}
#graph {{ border-right: 1px solid #ddd; height: 100vh; }}
aside {{ overflow: auto; padding: 8px 12px; }}
.key {{ display: inline-block; color: #fff; padding: 1px 6px; margin: 2px; border-radius: 3px; font-size: 12px; }}
blockquote {{ margin: 4px 0; padding: 4px 8px; border-left: 3px solid #76b041; background: #f6f6f6; }}
li.meeting {{ cursor: pointer; }} li.meeting:hover {{ text-decoration: underline; }}
</style></head>
<body>
<div id="graph"></div>
<aside>
  <h3>{title}</h3><div>{legend}</div>
  <div id="details"><p>Click a node to see its facts and where they were read.</p></div>
  <h4>Meetings in time order</h4><ol id="meetings"></ol>
  <div id="vnkg-status" hidden></div>
</aside>
<script>
window.vnkgErrors = [];
window.addEventListener("error", function (e) {{ window.vnkgErrors.push(String(e.message)); }});
(function () {{ var original = console.error;
  console.error = function () {{ window.vnkgErrors.push(Array.prototype.join.call(arguments, " ")); original.apply(console, arguments); }};
}})();
</script>
<script>{vis}</script>
<script>
(function () {{
  var data = {data};
  var byId = {{}};
  data.nodes.forEach(function (n) {{ byId[n.id] = n; }});
  var nodes = new vis.DataSet(data.nodes.map(function (n) {{
    return {{id: n.id, label: n.label, color: n.color, shape: n.shape, group: n.group,
             font: {{color: n.shape === "ellipse" || n.shape === "box" ? "#fff" : "#222"}}}};
  }}));
  var edges = new vis.DataSet(data.edges);
  var network = new vis.Network(document.getElementById("graph"), {{nodes: nodes, edges: edges}},
    {{physics: {{stabilization: {{iterations: 150}}}}, interaction: {{hover: true}}}});
  function esc(s) {{ var d = document.createElement("div"); d.textContent = s == null ? "" : String(s); return d.innerHTML; }}
  function show(id) {{
    var n = byId[id]; if (!n) return;
    var h = "<h4>" + esc(n.group) + ": " + esc(n.label) + "</h4><dl>";
    Object.keys(n.facts).forEach(function (k) {{ h += "<dt>" + esc(k) + "</dt><dd>" + esc(n.facts[k]) + "</dd>"; }});
    h += "</dl>";
    n.sources.forEach(function (s) {{
      h += "<blockquote>" + esc(s.quote) + "<br><small>" + esc(s.article) + ", sentence " + esc(s.sentence) +
           ", chars " + esc(s.start) + "–" + esc(s.end) + "</small></blockquote>";
    }});
    document.getElementById("details").innerHTML = h;
  }}
  network.on("click", function (p) {{ if (p.nodes.length) show(p.nodes[0]); }});
  var list = document.getElementById("meetings");
  data.meetings.forEach(function (m) {{
    var li = document.createElement("li"); li.className = "meeting";
    li.textContent = m.date ? m.label : m.label + " (no date)";
    li.onclick = function () {{ network.selectNodes([m.id]); network.focus(m.id, {{scale: 1.2}}); show(m.id); }};
    list.appendChild(li);
  }});
  window.vnkgShow = show;
  if (location.hash.indexOf("#show=") === 0) show(decodeURIComponent(location.hash.slice(6)));
  var status = document.getElementById("vnkg-status");
  status.setAttribute("data-nodes", String(nodes.length));
  status.setAttribute("data-edges", String(edges.length));
  status.setAttribute("data-errors", JSON.stringify(window.vnkgErrors));
}})();
</script>
</body></html>
"""
