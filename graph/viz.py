"""One self-contained HTML page to explore the graph (nothing is fetched when it is viewed).

vis-network (the copy bundled in the pyvis wheel) is inlined. The page has a search box, filters by
type (the legend), by date and by area, shows a node's facts and every edge's evidence (the sentence
it was read from and a link to the article), and expands a node's hidden neighbours on demand. It
draws at once and lets the layout settle afterwards, so a graph of thousands of nodes is usable in a
second or two; articles are hidden at first (their links are on the edges).

`--person` / `--area` choose what is shown first; their surroundings (two steps further) are in the
page too, so a node can be expanded without writing a new page. An area's selection is the area and
the areas within it — never its sibling districts.
"""
from __future__ import annotations

import html
import json
from collections import defaultdict
from importlib import resources

from vnkg.collation import sort_key

from .export import display_name
from .property import property_graph
from .sparql import prefixes
from .store import Store, _value

TYPES = ["Person", "Post", "Body", "Meeting", "Area", "Article"]
# a palette that stays distinct for the colour-blind (Okabe-Ito), one colour per type, fixed
COLOURS = {"Person": "#D55E00", "Post": "#E69F00", "Body": "#0072B2", "Meeting": "#009E73",
           "Area": "#56B4E9", "Article": "#999999"}
SHAPES = {"Person": "dot", "Post": "diamond", "Body": "square", "Meeting": "triangle", "Area": "hexagon",
          "Article": "dot"}
HIDDEN_AT_FIRST = {"Article"}

# where each fact was read: mentions (article, sentence, offsets, text as written), what they support
_MENTIONS = """SELECT ?g ?m ?sentence ?start ?end ?quote WHERE { GRAPH ?g {
  ?m vn:sentenceIndex ?sentence ; vn:startOffset ?start ; vn:endOffset ?end ; prov:value ?quote } }"""
_DERIVED = """SELECT ?x ?m WHERE { GRAPH ?g { ?x prov:wasDerivedFrom ?m } }"""
_HOLDINGS = """SELECT DISTINCT ?h ?person ?post WHERE { GRAPH ?g {
  ?h a vn:Holding ; org:member ?person ; vn:post ?post } }"""
_ARTICLES = """SELECT ?g ?ident ?url WHERE { GRAPH ?g { ?g dct:identifier ?ident OPTIONAL { ?g schema:url ?url } } }"""


def _select(store: Store, text: str) -> list[tuple]:
    import pyoxigraph as ox

    result = store.ox.query(text, prefixes=prefixes(), use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return [tuple(_value(sol[n]) for n in names) for sol in result]


def _vis_js() -> str:
    lib = resources.files("pyvis").joinpath("lib")
    versions = sorted(p.name for p in lib.iterdir() if p.name.startswith("vis-"))
    return lib.joinpath(versions[-1], "vis-network.min.js").read_text("utf-8")


def script_json(data) -> str:
    """JSON that is safe inside a <script> element: no `</script>`, no `<!--`, no line separators."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _fold(text: str) -> str:
    import unicodedata

    t = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return "".join(c for c in t if not unicodedata.combining(c))


def select(nodes: dict, rels: list, person: str | None = None, area: str | None = None) -> set[str]:
    """The nodes shown first: everything, or the neighbourhood of people / areas named.

    A person: the person, their posts (with the posts' bodies and areas), the meetings they took part
    in (with organiser, area, the other participants and the reporting article). An area: the areas
    whose name contains the text and the areas within them, every post, body and meeting in those, the
    people holding those posts or taking part in those meetings, and the reporting articles.
    """
    if not person and not area:
        return set(nodes)
    out_edges, in_edges = defaultdict(list), defaultdict(list)
    for src, rel, dst, _ in rels:
        out_edges[src].append((rel, dst))
        in_edges[dst].append((rel, src))
    keep: set[str] = set()

    def meeting_context(m):
        keep.add(m)
        for rel, dst in out_edges[m]:
            keep.add(dst)  # organiser, area, participants, article

    def post_context(p):
        keep.add(p)
        for rel, dst in out_edges[p]:
            if rel in ("POST_IN", "IN_AREA"):
                keep.add(dst)

    if person:
        want = _fold(person)
        for iri, n in nodes.items():
            if n["label"] == "Person" and want in _fold(n.get("name") or ""):
                keep.add(iri)
                for rel, dst in out_edges[iri]:
                    if rel == "HOLDS":
                        post_context(dst)
                for rel, src in in_edges[iri]:
                    if nodes[src]["label"] == "Meeting":
                        meeting_context(src)
    if area:
        want = _fold(area)
        seeds = [iri for iri, n in nodes.items()
                 if n["label"] == "Area" and want in _fold(n.get("caption") or n.get("name") or "")]
        region = set(seeds)
        todo = list(seeds)
        while todo:  # the areas within (WITHIN points from a child to its parent)
            a = todo.pop()
            for rel, child in in_edges[a]:
                if rel == "WITHIN" and child not in region:
                    region.add(child)
                    todo.append(child)
        keep |= region
        for s in seeds:  # the parent itself, for context, but not its other children
            keep |= {dst for rel, dst in out_edges[s] if rel == "WITHIN"}
        for a in region:
            for rel, src in in_edges[a]:
                if rel != "IN_AREA":
                    continue
                label = nodes[src]["label"]
                if label == "Meeting":
                    meeting_context(src)
                elif label == "Post":
                    post_context(src)
                    keep |= {holder for r, holder in in_edges[src] if r == "HOLDS"}
                else:
                    keep.add(src)
    return keep


def _ring(nodes: set[str], rels: list, steps: int) -> set[str]:
    adj = defaultdict(set)
    for src, _, dst, _ in rels:
        adj[src].add(dst)
        adj[dst].add(src)
    seen, frontier = set(nodes), set(nodes)
    for _ in range(steps):
        frontier = {m for n in frontier for m in adj[n]} - seen
        seen |= frontier
    return seen


def view_data(store: Store, person: str | None = None, area: str | None = None) -> dict:
    """What the page shows, as compact JSON-able lists (indices instead of repeated strings)."""
    import pyoxigraph as ox

    pg = property_graph(store)
    nodes, rels = pg.nodes, pg.rels
    shown = select(nodes, rels, person, area)
    embedded = shown if (not person and not area) else _ring(shown, rels, 2)
    order = sorted(embedded, key=lambda i: (TYPES.index(nodes[i]["label"]), sort_key(display_name(i, nodes[i]))))
    index = {iri: k for k, iri in enumerate(order)}

    # areas: each node's area, each area's parent (for the area filter)
    parent, area_of = {}, defaultdict(set)
    for src, rel, dst, _ in rels:
        if rel == "WITHIN":
            parent[src] = dst
        elif rel == "IN_AREA":
            area_of[src].add(dst)

    articles = {g: (ident, url or "") for g, ident, url in _select(store, _ARTICLES)}
    evidence, ev_index, article_of = [], {}, {}
    for g, m, sentence, start, end, quote in _select(store, _MENTIONS):
        ident, url = articles.get(g, (g, ""))
        ev_index[m] = len(evidence)
        article_of[m] = g
        evidence.append([ident, url, sentence, start, end, quote])
    holdings = {h: (person, post) for h, person, post in _select(store, _HOLDINGS)}
    by_pair = defaultdict(set)                                    # (person, post) -> evidence
    by_node = defaultdict(lambda: defaultdict(set))                # node -> article -> evidence
    for x, m in _select(store, _DERIVED):
        if m not in ev_index:
            continue
        if x in holdings:
            if holdings[x][0] in index:
                by_pair[holdings[x]].add(ev_index[m])
        elif x in index:
            by_node[x][article_of[m]].add(ev_index[m])

    out_nodes = []
    for iri in order:
        n = nodes[iri]
        facts = {k: v for k, v in n.items() if k not in ("label", "iri") and v is not None}
        areas = sorted(index[a] for a in area_of.get(iri, ()) if a in index)
        own = sorted(k for ks in by_node[iri].values() for k in ks) if n["label"] == "Meeting" else []
        out_nodes.append([iri, TYPES.index(n["label"]), display_name(iri, n), n.get("date") or "", areas,
                          index.get(parent.get(iri), -1), facts, own])
    rel_types = sorted({rel for _, rel, _, _ in rels})
    out_edges = []
    for src, rel, dst, props in rels:
        if src not in index or dst not in index:
            continue
        if rel == "HOLDS":
            ev = by_pair.get((src, dst), set())
        elif nodes[src]["label"] == "Meeting":
            # the meeting's sentences, and the person's own mention (their name as written) in the
            # articles that report the meeting
            ev = set()
            for g, ks in by_node[src].items():
                ev |= ks
                ev |= by_node[dst].get(g, set()) if dst in by_node else set()
        else:
            ev = set()
        out_edges.append([index[src], index[dst], rel_types.index(rel), sorted(ev),
                          {k: v for k, v in props.items() if v is not None}])
    areas = sorted((index[i] for i in order if nodes[i]["label"] == "Area"),
                   key=lambda k: sort_key(out_nodes[k][2]))
    return {"types": TYPES, "colours": [COLOURS[t] for t in TYPES], "shapes": [SHAPES[t] for t in TYPES],
            "hidden": [t in HIDDEN_AT_FIRST for t in TYPES], "rels": rel_types, "nodes": out_nodes,
            "edges": out_edges, "evidence": evidence, "areas": areas,
            "shown": sorted(index[i] for i in shown if i in index),
            "selection": {"person": person or "", "area": area or ""}}


def page(store: Store, person: str | None = None, area: str | None = None) -> str:
    """The HTML page (a string) for the whole store or the neighbourhood of a person or an area."""
    data = view_data(store, person, area)
    return render(data, person, area)


def render(data: dict, person: str | None = None, area: str | None = None) -> str:
    title = "vnkg" + (f" — {person}" if person else "") + (f" — {area}" if area else "")
    legend = "".join(
        f'<label class="key"><input type="checkbox" data-type="{i}"{"" if hidden else " checked"}>'
        f'<span class="swatch" style="background:{colour}"></span>{t}</label>'
        for i, (t, colour, hidden) in enumerate(zip(data["types"], data["colours"], data["hidden"])))
    return (_TEMPLATE.replace("__TITLE__", html.escape(title)).replace("__LEGEND__", legend)
            .replace("__VIS__", _vis_js().replace("</script", "<\\/script"))
            .replace("__DATA__", script_json(data)))


_TEMPLATE = r"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>__TITLE__</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
* { box-sizing: border-box; }
body { margin: 0; font: 14px system-ui, sans-serif; display: grid; grid-template-columns: 1fr 380px; height: 100vh; }
#stage { position: relative; border-right: 1px solid #ddd; }
#graph { position: absolute; inset: 0; }
#empty { position: absolute; inset: 0; display: none; align-items: center; justify-content: center; color: #555;
         font-size: 18px; padding: 40px; text-align: center; }
aside { overflow: auto; padding: 8px 12px; }
h3 { margin: 4px 0 8px; }
.row { display: flex; gap: 6px; margin: 6px 0; align-items: center; flex-wrap: wrap; }
input[type=search], select, input.date { padding: 4px 6px; font: inherit; }
input[type=search] { flex: 1; }
input.date { width: 7.5em; }
.key { display: inline-flex; align-items: center; gap: 3px; margin-right: 8px; cursor: pointer; white-space: nowrap; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 3px; }
blockquote { margin: 4px 0; padding: 4px 8px; border-left: 3px solid #009E73; background: #f6f6f6; }
.edge { margin: 6px 0; }
.muted { color: #666; font-size: 12px; }
button { font: inherit; padding: 2px 8px; cursor: pointer; }
dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; margin: 4px 0; } dt { color: #666; } dd { margin: 0; }
</style></head>
<body>
<div id="stage"><div id="graph"></div><div id="empty"></div></div>
<aside>
  <h3>__TITLE__</h3>
  <div class="row"><input type="search" id="search" list="names" placeholder="Find a person, post, body, place…"
    autocomplete="off"><datalist id="names"></datalist></div>
  <div class="row">__LEGEND__</div>
  <div class="row">Dates <input class="date" id="from" placeholder="from 2020"> –
    <input class="date" id="to" placeholder="to 2024-06"></div>
  <div class="row">Area <select id="area"><option value="">all areas</option></select></div>
  <div class="row"><button id="reset">Show the first view again</button> <span class="muted" id="count"></span></div>
  <div id="details"><p class="muted">Click a node for its facts and the sentences they were read from;
    click an edge for its evidence. “Show neighbours” brings a node’s hidden neighbours into view.</p></div>
  <div id="vnkg-status" hidden></div>
</aside>
<script>
window.vnkgErrors = [];
window.addEventListener("error", function (e) { window.vnkgErrors.push(String(e.message)); });
(function () { var original = console.error;
  console.error = function () { window.vnkgErrors.push(Array.prototype.join.call(arguments, " ")); original.apply(console, arguments); };
})();
</script>
<script>__VIS__</script>
<script>
(function () {
  var t0 = performance.now();
  var D = __DATA__;
  var N = D.nodes, E = D.edges, EV = D.evidence;
  var status = document.getElementById("vnkg-status");
  function esc(s) { var d = document.createElement("div"); d.textContent = s == null ? "" : String(s); return d.innerHTML; }
  function fold(s) { return String(s || "").toLowerCase().replace(/đ/g, "d").normalize("NFD").replace(/[\u0300-\u036f]/g, ""); }
  var typeOn = D.hidden.map(function (h) { return !h; });
  var shown = new Set(D.shown), expanded = new Set();
  var adj = N.map(function () { return []; });
  E.forEach(function (e, k) { adj[e[0]].push(k); adj[e[1]].push(k); });
  var degree = adj.map(function (a) { return a.length; });
  // the area filter: an area and everything within it
  var children = N.map(function () { return []; });
  N.forEach(function (n, i) { if (n[5] >= 0) children[n[5]].push(i); });
  function within(a) { var out = new Set([a]), todo = [a];
    while (todo.length) { children[todo.pop()].forEach(function (c) { if (!out.has(c)) { out.add(c); todo.push(c); } }); }
    return out; }
  var filter = {from: "", to: "", area: null};
  function inDates(date) {
    if (!date) return true;
    if (filter.from && date.slice(0, filter.from.length) < filter.from) return false;
    if (filter.to && date.slice(0, filter.to.length) > filter.to) return false;
    return true;
  }
  function edgeInDates(e) {
    var p = e[4]; if (!(filter.from || filter.to)) return true;
    if (p.first_seen || p.last_seen) {
      return !((filter.to && (p.first_seen || "").slice(0, filter.to.length) > filter.to) ||
               (filter.from && (p.last_seen || "9").slice(0, filter.from.length) < filter.from));
    }
    return true;
  }
  // which nodes the date and area filters keep: meetings in range, their neighbours, holdings in range
  var passing = null;
  function computePassing() {
    if (!(filter.from || filter.to || filter.area !== null)) { passing = null; return; }
    var region = filter.area === null ? null : within(filter.area);
    function inRegion(i) { return region === null || region.has(i) || N[i][4].some(function (a) { return region.has(a); }); }
    passing = new Set();
    N.forEach(function (n, i) {
      var type = D.types[n[1]];
      if (type === "Meeting" && inDates(n[3]) && inRegion(i)) {
        passing.add(i); adj[i].forEach(function (k) { passing.add(E[k][0] === i ? E[k][1] : E[k][0]); });
      } else if (type === "Area" && region !== null && region.has(i)) { passing.add(i); }
    });
    E.forEach(function (e) {
      if (D.rels[e[2]] === "HOLDS" && edgeInDates(e) && inRegion(e[1])) {
        passing.add(e[0]); passing.add(e[1]);
        adj[e[1]].forEach(function (k) { var x = E[k]; if (x[0] === e[1] && D.rels[x[2]] !== "HOLDS") passing.add(x[1]); });
      }
    });
    if (region === null) N.forEach(function (n, i) { if (D.types[n[1]] === "Area") passing.add(i); });
  }
  function visible(i) {
    if (expanded.has(i)) return true;
    if (!typeOn[N[i][1]] || !shown.has(i)) return false;
    return passing === null || passing.has(i);
  }
  var nodes = new vis.DataSet(N.map(function (n, i) {
    var t = n[1];
    return {id: i, label: n[2].length > 40 ? n[2].slice(0, 39) + "…" : n[2], title: D.types[t] + ": " + n[2],
            shape: D.shapes[t], color: {background: D.colours[t], border: D.colours[t],
            highlight: {background: D.colours[t], border: "#000"}}, value: 1 + degree[i],
            font: {size: 12, color: "#222"}};
  }));
  var edges = new vis.DataSet(E.map(function (e, k) {
    return {id: k, from: e[0], to: e[1], arrows: "to", title: D.rels[e[2]], color: {color: "#bbb", highlight: "#333"},
            width: D.rels[e[2]] === "HOLDS" ? 2 : 1};
  }));
  var nodeView = new vis.DataView(nodes, {filter: function (n) { return visible(n.id); }});
  var edgeView = new vis.DataView(edges, {filter: function (e) {
    return visible(E[e.id][0]) && visible(E[e.id][1]) && edgeInDates(E[e.id]); }});
  var big = N.length > 300, still = location.hash.indexOf("still") >= 0;  // #still: no layout animation
  var network = new vis.Network(document.getElementById("graph"), {nodes: nodeView, edges: edgeView}, {
    layout: {improvedLayout: false, randomSeed: 7},
    // drawn at once; the layout settles while the graph can already be used
    physics: {enabled: !still, solver: "forceAtlas2Based", timestep: 0.5, stabilization: false,
              forceAtlas2Based: {gravitationalConstant: -60, springLength: 90, springConstant: 0.06,
                                 avoidOverlap: 0.4}},
    interaction: {hover: !big, hideEdgesOnDrag: big, tooltipDelay: 200},
    nodes: {scaling: {min: 6, max: 30, label: {enabled: true, min: 10, max: 18, drawThreshold: 7}}},
    edges: {smooth: false, selectionWidth: 2}
  });
  var painted = false;
  network.on("afterDrawing", function () {
    if (painted) return; painted = true;
    status.setAttribute("data-first-paint-ms", String(Math.round(performance.now())));
    status.setAttribute("data-errors", JSON.stringify(window.vnkgErrors));
    // every drawn node in its type's colour (the legend holds at any size)
    var wrong = nodeView.getIds().filter(function (id) {
      var drawn = network.body.nodes[id]; return !drawn || drawn.options.color.background !== D.colours[N[id][1]]; });
    status.setAttribute("data-colour-mismatches", String(wrong.length));
  });
  // the layout settles while the page is already usable; then the physics stops so the page is quiet
  var settled = false;
  function settle() { if (settled) return; settled = true; network.setOptions({physics: {enabled: false}});
    network.fit({animation: false}); status.setAttribute("data-settled-ms", String(Math.round(performance.now()))); }
  network.once("stabilized", settle);
  if (still) settle();
  [300, 1000, 2000].forEach(function (ms) { setTimeout(function () { if (!settled) network.fit({animation: false}); }, ms); });
  setTimeout(settle, big ? 6000 : 3000);

  function refresh() {
    computePassing(); nodeView.refresh(); edgeView.refresh();
    var n = nodeView.length;
    document.getElementById("count").textContent = n + " of " + N.length + " nodes";
    var empty = document.getElementById("empty");
    if (N.length === 0) {
      var sel = D.selection.person || D.selection.area;
      empty.textContent = sel ? "Nothing in the graph matches “" + sel + "”." : "The graph is empty: build a corpus first (vnkg build).";
    } else if (n === 0) { empty.textContent = "No node matches these filters."; }
    empty.style.display = (N.length === 0 || n === 0) ? "flex" : "none";
    status.setAttribute("data-visible", String(n));
    status.setAttribute("data-visible-edges", String(edgeView.length));
  }

  function link(k) {
    var ev = EV[k], where = esc(ev[0]) + ", sentence " + esc(ev[2]) + ", chars " + esc(ev[3]) + "–" + esc(ev[4]);
    var a = ev[1] ? '<a href="' + esc(ev[1]) + '" target="_blank" rel="noopener">' + where + "</a>" : where;
    return "<blockquote>" + esc(ev[5]) + '<br><small>' + a + "</small></blockquote>";
  }
  function edgeHtml(k, from) {
    var e = E[k], other = e[0] === from ? e[1] : e[0], dir = e[0] === from ? "→" : "←";
    var props = Object.keys(e[4]).map(function (p) { return esc(p) + " " + esc(e[4][p]); }).join(", ");
    return '<div class="edge"><b>' + esc(D.rels[e[2]]) + "</b> " + dir + ' <a href="#" data-node="' + other + '">' +
           esc(N[other][2]) + "</a>" + (props ? ' <span class="muted">' + props + "</span>" : "") +
           e[3].map(link).join("") + "</div>";
  }
  function show(i) {
    var n = N[i]; if (!n) return;
    var h = "<h4>" + esc(D.types[n[1]]) + ": " + esc(n[2]) + "</h4><dl>";
    Object.keys(n[6]).forEach(function (k) { h += "<dt>" + esc(k) + "</dt><dd>" + esc(n[6][k]) + "</dd>"; });
    h += "</dl>";
    var hidden = adj[i].filter(function (k) { var o = E[k][0] === i ? E[k][1] : E[k][0]; return !visible(o); }).length;
    h += '<div class="row"><button id="expand" data-node="' + i + '"' + (hidden ? "" : " disabled") +
         ">Show neighbours (" + hidden + " hidden)</button></div>";
    n[7].forEach(function (k) { h += link(k); });
    adj[i].slice(0, 200).forEach(function (k) { h += edgeHtml(k, i); });
    if (adj[i].length > 200) h += '<p class="muted">… and ' + (adj[i].length - 200) + " more</p>";
    document.getElementById("details").innerHTML = h;
  }
  function showEdge(k) {
    var e = E[k];
    document.getElementById("details").innerHTML = "<h4>" + esc(N[e[0]][2]) + " — " + esc(D.rels[e[2]]) + " → " +
      esc(N[e[1]][2]) + "</h4>" + edgeHtml(k, e[0]) + (e[3].length ? "" : '<p class="muted">From the gazetteer and the lexicon (no sentence).</p>');
  }
  function expand(i) {
    expanded.add(i);
    adj[i].forEach(function (k) { expanded.add(E[k][0]); expanded.add(E[k][1]); });
    refresh(); show(i);
  }
  function focus(i) {
    if (!visible(i)) { expanded.add(i); refresh(); }
    network.selectNodes([i]); network.focus(i, {scale: 1.2, animation: false}); show(i);
  }
  network.on("click", function (p) {
    if (p.nodes.length) show(p.nodes[0]); else if (p.edges.length) showEdge(p.edges[0]);
  });
  network.on("doubleClick", function (p) { if (p.nodes.length) expand(p.nodes[0]); });
  document.getElementById("details").addEventListener("click", function (ev) {
    var t = ev.target;
    if (t.id === "expand") { expand(Number(t.getAttribute("data-node"))); }
    else if (t.hasAttribute && t.hasAttribute("data-node")) { ev.preventDefault(); focus(Number(t.getAttribute("data-node"))); }
  });
  // search: names in the data list; Enter (or picking one) focuses the first match, accents optional
  var names = document.getElementById("names"), seen = new Set();
  var frag = document.createDocumentFragment();
  N.forEach(function (n) { if (!seen.has(n[2]) && D.types[n[1]] !== "Article") { seen.add(n[2]);
    var o = document.createElement("option"); o.value = n[2]; frag.appendChild(o); } });
  names.appendChild(frag);
  var folded = N.map(function (n) { return fold(n[2]); });
  function search(q) {
    q = fold(q).trim(); if (!q) return -1;
    var exact = folded.indexOf(q); if (exact >= 0) return exact;
    for (var i = 0; i < N.length; i++) if (folded[i].indexOf(q) >= 0) return i;
    return -1;
  }
  var box = document.getElementById("search");
  function go() { var i = search(box.value); if (i >= 0) focus(i); status.setAttribute("data-found", String(i)); }
  box.addEventListener("change", go);
  box.addEventListener("keydown", function (ev) { if (ev.key === "Enter") go(); });
  document.querySelectorAll("input[data-type]").forEach(function (cb) {
    cb.addEventListener("change", function () { typeOn[Number(cb.getAttribute("data-type"))] = cb.checked; refresh(); });
  });
  function dates() { filter.from = document.getElementById("from").value.trim();
    filter.to = document.getElementById("to").value.trim(); refresh(); }
  document.getElementById("from").addEventListener("change", dates);
  document.getElementById("to").addEventListener("change", dates);
  var areaBox = document.getElementById("area");
  D.areas.forEach(function (a) { var o = document.createElement("option"); o.value = String(a); o.textContent = N[a][2]; areaBox.appendChild(o); });
  areaBox.addEventListener("change", function () { filter.area = areaBox.value === "" ? null : Number(areaBox.value); refresh(); });
  document.getElementById("reset").addEventListener("click", function () {
    expanded.clear(); filter = {from: "", to: "", area: null}; areaBox.value = "";
    document.getElementById("from").value = ""; document.getElementById("to").value = ""; refresh(); });

  // test hooks: #show=IRI, #search=TEXT, #area=NAME, #from=D&to=D, #expand=IRI (several with &)
  var byIri = {}; N.forEach(function (n, i) { byIri[n[0]] = i; });
  refresh();
  decodeURIComponent(location.hash.slice(1)).split("&").forEach(function (part) {
    var eq = part.indexOf("="); if (eq < 0) return;
    var k = part.slice(0, eq), v = part.slice(eq + 1);
    if (k === "show" && v in byIri) show(byIri[v]);
    if (k === "expand" && v in byIri) expand(byIri[v]);
    if (k === "search") { box.value = v; go(); }
    if (k === "area") { var i = D.areas.find(function (a) { return N[a][2] === v; });
      if (i !== undefined) { areaBox.value = String(i); filter.area = i; refresh(); } }
    if (k === "from" || k === "to") { document.getElementById(k).value = v; dates(); }
    if (k === "type") { typeOn = D.types.map(function (t) { return v.split(",").indexOf(t) >= 0; }); refresh(); }
  });
  window.vnkg = {network: network, show: show, expand: expand, search: search};
  status.setAttribute("data-nodes", String(N.length));
  status.setAttribute("data-edges", String(E.length));
  status.setAttribute("data-ready-ms", String(Math.round(performance.now())));
  status.setAttribute("data-script-ms", String(Math.round(performance.now() - t0)));
  status.setAttribute("data-errors", JSON.stringify(window.vnkgErrors));
})();
</script>
</body></html>
"""
