"""`vnkg serve`: the store as a SPARQL 1.1 Protocol endpoint, served by Oxigraph's own server.

The `oxigraph` wheel's server (``oxigraph serve-read-only``, the same engine as pyoxigraph) answers the
queries, negotiates the result formats and ships the YASGUI query editor (served locally: works
offline). vnkg puts a thin front in front of it that

* serves its own page at ``/``: YASGUI with the named queries (queries/*.rq) as tabs;
* passes only ``/query`` (GET and POST, the SPARQL 1.1 Protocol) and the editor's files on, so nothing
  can be written, and refuses ``SERVICE`` (a query sent on to another server) unless allowed;
* serves a snapshot of the store (a RocksDB checkpoint: hard links, cheap) and takes a new one when the
  store changed, switching over between two requests — so it keeps answering while ``vnkg build``
  adds articles, and shows them once they are written.
"""
from __future__ import annotations

import http.client
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from vnkg import queries

from .snapshot import checkpoint, files_state, writer_active
from .sparql import prefixes, uses_service


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _die_with_parent() -> None:
    """In the child: stop when vnkg serve dies, even killed (Linux prctl PR_SET_PDEATHSIG)."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def oxigraph_binary() -> str:
    """The `oxigraph` command of the oxigraph wheel (installed beside this Python)."""
    here = Path(sys.executable).parent / "oxigraph"
    found = str(here) if here.exists() else shutil.which("oxigraph")
    if not found:
        raise RuntimeError("vnkg serve needs the oxigraph server: pip install oxigraph")
    return found


class Backend:
    """One `oxigraph serve-read-only` process over one snapshot folder."""

    def __init__(self, snapshot: Path, timeout_s: int | None = None):
        self.snapshot = snapshot
        self.port = _free_port()
        cmd = [oxigraph_binary(), "serve-read-only", "--location", str(snapshot),
               "--bind", f"127.0.0.1:{self.port}", "--union-default-graph"]
        if timeout_s:
            cmd += ["--timeout-s", str(timeout_s)]
        self.log = open(snapshot.parent / f"{snapshot.name}.log", "ab")
        self.process = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=self.log, stderr=subprocess.STDOUT,
                                        preexec_fn=_die_with_parent)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"oxigraph exited with code {self.process.returncode}; see {self.log.name}")
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                conn.request("GET", "/query?query=" + urllib.parse.quote("ASK {}"),
                             headers={"Accept": "application/sparql-results+json"})
                if conn.getresponse().status == 200:
                    conn.close()
                    return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError("oxigraph did not answer within 30 s")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()
        shutil.rmtree(self.snapshot, ignore_errors=True)
        Path(self.log.name).unlink(missing_ok=True)


class Endpoint:
    """The served snapshot of a store, renewed when the store changes."""

    def __init__(self, store: str | Path, timeout_s: int | None = None, poll: float = 1.0,
                 during_build: float = 30.0, on_refresh=None, on_tick=None):
        self.store = Path(store)
        self.rdf = self.store / "rdf"
        if not self.rdf.is_dir():
            raise FileNotFoundError(f"no store at {self.store}: run `vnkg build CORPUS --store {self.store}` first")
        self.work = self.store / "serve"
        shutil.rmtree(self.work, ignore_errors=True)  # snapshots of an earlier run
        self.work.mkdir(parents=True)
        self.timeout_s = timeout_s
        self.poll, self.during_build = poll, during_build
        self.on_refresh, self.on_tick = on_refresh, on_tick
        self.generation = 0
        self.quads = 0
        self.backend: Backend | None = None
        self.lock = threading.Lock()
        self.state = ""
        self.refreshed = 0.0
        self.refresh()
        self._stop = threading.Event()
        self.watcher = threading.Thread(target=self._watch, daemon=True)
        self.watcher.start()

    def refresh(self) -> bool:
        """Take a new snapshot and switch to it; False (the old one stays) if it could not be taken."""
        state = files_state(self.rdf)
        self.generation += 1
        snap = self.work / f"snapshot-{self.generation}"
        try:
            quads = checkpoint(self.rdf, snap)
            backend = Backend(snap, self.timeout_s)
        except (OSError, RuntimeError) as err:
            shutil.rmtree(snap, ignore_errors=True)
            if self.backend is None:
                raise RuntimeError(f"cannot serve {self.store}: {err}") from err
            return False
        with self.lock:
            old, self.backend = self.backend, backend
        self.state, self.quads, self.refreshed = state, quads, time.monotonic()
        if old is not None:
            threading.Timer(5.0, old.stop).start()  # requests already sent to it may finish
        if self.on_refresh:
            self.on_refresh(self)
        return True

    def _watch(self) -> None:
        while not self._stop.wait(self.poll):
            try:
                if self.on_tick:
                    self.on_tick()
                if files_state(self.rdf) == self.state:
                    continue
                if writer_active(self.rdf) and time.monotonic() - self.refreshed < self.during_build:
                    continue  # a build is writing: show its progress every `during_build` seconds
                self.refresh()
            except Exception as err:  # the watcher must not die; the served snapshot stays
                print(f"vnkg serve: could not renew the snapshot: {err}", file=sys.stderr, flush=True)

    def port(self) -> int:
        with self.lock:
            return self.backend.port

    def close(self) -> None:
        self._stop.set()
        self.watcher.join(timeout=5)
        if self.backend is not None:
            self.backend.stop()
        shutil.rmtree(self.work, ignore_errors=True)


_ASSETS = {"/yasgui.min.js", "/yasgui.min.css", "/logo.svg"}
_QUERY_PATHS = {"/query", "/sparql"}


def page(endpoint_path: str = "/query") -> str:
    """The query page: YASGUI (served by the backend, so offline) with one tab per named query."""
    head = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in prefixes().items())
    tabs = []
    first = [n for n in ("chairs", "posts", "holders", "meetings", "coattendance", "career")
             if n in queries.names("rq")]
    for name in first + [n for n in queries.names("rq") if n not in first]:
        if name == "prefixes":
            continue
        text = queries.load(name)
        tabs.append({"name": name, "query": head + text})
    data = json.dumps({"tabs": tabs, "endpoint": endpoint_path}, ensure_ascii=False).replace("</", "<\\/")
    return _PAGE.replace("__DATA__", data)


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>vnkg SPARQL endpoint</title>
<link href="/yasgui.min.css" rel="stylesheet" type="text/css">
<script src="/yasgui.min.js"></script>
<style>body { margin: 0 12px; font: 14px system-ui, sans-serif; } header { padding: 8px 0; }
code { background: #f3f3f3; padding: 0 3px; }</style>
</head><body>
<header><b>vnkg</b> — SPARQL 1.1 endpoint at <code id="ep"></code> (read-only). The named queries are
the tabs; a query's <code># params:</code> are unbound here (edit the text to set them).</header>
<div id="yasgui"></div>
<script>
window.addEventListener("error", function (e) { document.body.setAttribute("data-error", String(e.message)); });
</script>
<script>
(function () {
  var run = location.hash === "#run";  // read first: YASGUI rewrites the address
  var data = __DATA__;
  var endpoint = window.location.origin + data.endpoint;
  document.getElementById("ep").textContent = endpoint;
  localStorage.removeItem("yagui__config");
  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true, persistenceId: null,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; }, keys: [] }
  });
  var first = yasgui.getTab();
  data.tabs.forEach(function (t, i) {
    var tab = yasgui.addTab(i === 0, Object.assign({}, Yasgui.Tab.getDefaults(), {
      name: t.name, requestConfig: { endpoint: endpoint, method: "POST" }, yasqe: { value: t.query }
    }));
  });
  if (first && data.tabs.length && first.close) { first.close(); }
  window.vnkgTabs = data.tabs.map(function (t) { return t.name; });
  yasgui.on("queryResponse", function (instance, tab) {
    document.body.setAttribute("data-answered", tab.getName());
  });
  if (run) {  // used by the tests: run the first tab's query
    setTimeout(function () {
      try { document.body.setAttribute("data-running", yasgui.getTab().getName()); yasgui.getTab().query(); }
      catch (e) { document.body.setAttribute("data-error", String(e)); }
    }, 100);
  }
})();
</script>
</body></html>
"""


class Handler(BaseHTTPRequestHandler):
    server_version = "vnkg-serve"
    endpoint: Endpoint = None  # set on the subclass made by make_server
    allow_service = False
    page_html = ""

    def log_message(self, fmt, *args):  # quiet: one line per request only with --verbose
        if getattr(self.server, "verbose", False):
            super().log_message(fmt, *args)

    def _send(self, status: int, body: bytes, ctype: str = "text/plain; charset=utf-8", extra=None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            return self._send(200, self.page_html.encode("utf-8"), "text/html; charset=utf-8")
        if url.path in _QUERY_PATHS:
            query = urllib.parse.parse_qs(url.query).get("query", [""])[0]
            if not query:
                return self._send(400, b"SPARQL 1.1 Protocol: give ?query=... (GET) or POST a query to /query\n")
            return self._forward(query)
        if url.path in _ASSETS:
            return self._forward(None)
        if url.path == "/status":
            body = json.dumps({"store": str(self.endpoint.store), "quads": self.endpoint.quads,
                               "snapshot": self.endpoint.generation}).encode()
            return self._send(200, body, "application/json")
        return self._send(404, b"not found: the endpoint is /query, the query page is /\n")

    def do_POST(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path not in _QUERY_PATHS:
            return self._send(405 if url.path in ("/update", "/store") else 404,
                              b"read-only: only queries are answered, at /query\n")
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/x-www-form-urlencoded":
            form = urllib.parse.parse_qs(body.decode("utf-8", "replace"))
            if "update" in form:
                return self._send(405, b"read-only: SPARQL Update is not accepted\n")
            query = form.get("query", [""])[0]
        elif ctype == "application/sparql-query":
            query = body.decode("utf-8", "replace")
        elif ctype == "application/sparql-update":
            return self._send(405, b"read-only: SPARQL Update is not accepted\n")
        else:
            return self._send(415, b"POST application/sparql-query or an urlencoded form with query=...\n")
        return self._forward(query, body, ctype)

    def _forward(self, query: str | None, body: bytes | None = None, ctype: str | None = None) -> None:
        if query is not None and not self.allow_service and uses_service(query):
            return self._send(400, b"SERVICE (a query sent on to another server) is refused by this endpoint "
                                   b"(vnkg serve --allow-service allows it)\n")
        headers = {k: v for k, v in self.headers.items()
                   if k.lower() in ("accept", "accept-encoding", "accept-language", "content-type")}
        if body is not None:
            headers["Content-Length"] = str(len(body))
        conn = http.client.HTTPConnection("127.0.0.1", self.endpoint.port(), timeout=600)
        try:
            url = urllib.parse.urlsplit(self.path)
            path = "/query" if url.path in _QUERY_PATHS else url.path
            target = path + (f"?{url.query}" if url.query else "")
            conn.request(self.command if self.command != "HEAD" else "GET", target, body=body, headers=headers)
            resp = conn.getresponse()
            data = resp.read()
        except OSError as err:
            return self._send(503, f"the query engine is not answering: {err}\n".encode())
        finally:
            conn.close()
        extra = {k: v for k, v in resp.getheaders()
                 if k.lower() in ("content-encoding", "vary", "cache-control", "etag", "last-modified")}
        self._send(resp.status, data, resp.getheader("Content-Type") or "application/octet-stream", extra)


def make_server(endpoint: Endpoint, host: str = "127.0.0.1", port: int = 7878,
                allow_service: bool = False, verbose: bool = False) -> ThreadingHTTPServer:
    handler = type("VnkgHandler", (Handler,), {"endpoint": endpoint, "allow_service": allow_service,
                                               "page_html": page()})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    server.verbose = verbose
    return server
