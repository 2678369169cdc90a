"""A local ArcadeDB server that speaks Bolt, started from the `arcadedb-embedded` wheel on loopback.

It lets `vnkg cypher` run Cypher with nothing installed by hand, and lets the tests check the Cypher
queries and the Neo4j push against a real Bolt server.

`LocalArcadeDB` is one server for the length of a ``with`` block. `warm(folder)` keeps one running
between commands: the first call starts a small supervisor process (``python -m vnkg.graph.arcadedb``)
that runs the server and stops it after `idle` seconds without a call; later calls find it through
``FOLDER/server.json`` and only connect (a JVM start and a reload take seconds; a connection takes
milliseconds).
"""
from __future__ import annotations

import fcntl
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

DEFAULT_IDLE = 600.0  # seconds a warm server waits for the next call before it stops


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LocalArcadeDB:
    """``with LocalArcadeDB(folder) as server: server.driver()``: started on enter, stopped on exit."""

    def __init__(self, root: str | os.PathLike, database: str = "kg", timeout: float = 90.0,
                 bolt_port: int | None = None, host: str = "127.0.0.1"):
        self.root = Path(root).resolve()  # the server runs in this folder: a relative path would nest
        self.database = database
        self.timeout = timeout
        self.host = host
        self.password = self._password()
        self.reader_password = self._password("vnkg-reader-password")
        self.bolt_port, self.http_port = bolt_port or _free_port(), _free_port()
        self.process: subprocess.Popen | None = None
        self._driver = None

    def _password(self, name: str = "vnkg-password") -> str:
        """A user's password is fixed by the first start of a folder, so it is kept beside it."""
        path = self.root / name
        if path.exists():
            return path.read_text().strip()
        self.root.mkdir(parents=True, exist_ok=True)
        password = secrets.token_hex(12)
        path.write_text(password)
        path.chmod(0o600)
        return password

    def _reader_group(self) -> None:
        """A group `reader` that may only read records (the server refuses its writes)."""
        path = self.root / "config" / "server-groups.json"
        try:
            groups = json.loads(path.read_text())
        except (OSError, ValueError):
            groups = {"version": 2, "databases": {"*": {"groups": {
                "admin": {"resultSetLimit": -1, "readTimeout": -1,
                          "access": ["updateSecurity", "updateSchema", "updateDatabaseSettings"],
                          "types": {"*": {"access": ["createRecord", "readRecord", "updateRecord",
                                                     "deleteRecord"]}}},
                "*": {"resultSetLimit": -1, "readTimeout": -1, "access": [], "types": {"*": {"access": []}}}}}}}
        all_groups = groups.setdefault("databases", {}).setdefault("*", {}).setdefault("groups", {})
        if "reader" not in all_groups:
            all_groups["reader"] = {"resultSetLimit": -1, "readTimeout": -1, "access": [],
                                    "types": {"*": {"access": ["readRecord"]}}}
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(groups, indent=2))

    def reader_driver(self):
        """A driver logged in as `reader`: the server itself refuses any write through it."""
        from neo4j import GraphDatabase

        return GraphDatabase.driver(self.uri, auth=("reader", self.reader_password))

    @property
    def uri(self) -> str:
        return f"bolt://{'127.0.0.1' if self.host in ('0.0.0.0', '::') else self.host}:{self.bolt_port}"

    def start(self) -> "LocalArcadeDB":
        try:
            import arcadedb_embedded
        except ImportError as err:
            raise RuntimeError("the local Cypher server needs the arcadedb-embedded wheel: "
                               "pip install 'vnkg[cypher]'") from err
        pkg = Path(arcadedb_embedded.__file__).parent
        java = pkg / "jre" / "bin" / "java"
        self.root.mkdir(parents=True, exist_ok=True)
        self._reader_group()
        heap = os.environ.get("VNKG_ARCADEDB_HEAP", "2g")
        cmd = [str(java), f"-Xmx{heap}", "-XX:+UseSerialGC",
               "-cp", str(pkg / "jars" / "*"),
               f"-Darcadedb.server.rootPath={self.root}",
               f"-Darcadedb.server.rootPassword={self.password}",
               "-Darcadedb.server.httpIncomingHost=127.0.0.1",
               f"-Darcadedb.server.httpIncomingPort={self.http_port}",
               "-Darcadedb.server.plugins=Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
               f"-Darcadedb.bolt.host={self.host}", f"-Darcadedb.bolt.port={self.bolt_port}",
               f"-Darcadedb.server.defaultDatabases={self.database}[root,reader:{self.reader_password}:reader]",
               f"-Darcadedb.bolt.defaultDatabase={self.database}",
               "com.arcadedb.server.ArcadeDBServer"]
        self._log = open(self.root / "server.log", "ab")
        self.process = subprocess.Popen(cmd, cwd=self.root, stdout=self._log, stderr=subprocess.STDOUT)
        self._wait()
        return self

    def _wait(self) -> None:
        from neo4j import GraphDatabase
        from neo4j.exceptions import ClientError, ServiceUnavailable, SessionExpired

        deadline = time.monotonic() + self.timeout
        last: Exception | None = None
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"ArcadeDB exited with code {self.process.returncode}; see {self.root}/server.log")
            try:
                driver = GraphDatabase.driver(self.uri, auth=("root", self.password))
                with driver.session(database=self.database) as s:
                    s.run("RETURN 1").consume()
                self._driver = driver
                return
            except (ServiceUnavailable, SessionExpired, OSError) as err:
                last = err
                time.sleep(0.5)
            except ClientError as err:  # Bolt is up before the default database is created
                if "DatabaseNotFound" not in (err.code or ""):
                    raise
                last = err
                time.sleep(0.5)
        self.stop()
        raise RuntimeError(f"ArcadeDB did not answer on {self.uri} within {self.timeout:.0f} s: {last}")

    def driver(self):
        return self._driver

    def stop(self) -> None:
        if self._driver is not None:
            self._driver.close()
            self._driver = None
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
        if getattr(self, "_log", None) is not None:
            self._log.close()
            self._log = None

    def __enter__(self) -> "LocalArcadeDB":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


# --- a server kept warm between commands -------------------------------------------------------------

@dataclass
class Warm:
    """How to reach a warm server (read from FOLDER/server.json)."""

    root: Path
    uri: str
    password: str
    database: str
    pid: int
    reader_password: str = ""

    def driver(self):
        """Logged in as root (loads the copy)."""
        from neo4j import GraphDatabase

        return GraphDatabase.driver(self.uri, auth=("root", self.password))

    def reader_driver(self):
        """Logged in as `reader`, who can only read."""
        from neo4j import GraphDatabase

        return GraphDatabase.driver(self.uri, auth=("reader", self.reader_password))


def _state_path(root: Path) -> Path:
    return Path(root) / "server.json"


def _alive(pid: int) -> bool:
    try:  # reap it if it is our own child that has exited (a zombie still answers kill 0)
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return False
    except ChildProcessError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _read_state(root: Path) -> Warm | None:
    try:
        data = json.loads(_state_path(root).read_text())
    except (OSError, ValueError):
        return None
    if not _alive(data.get("pid", -1)):
        return None
    return Warm(Path(root), data["uri"], data["password"], data["database"], data["pid"],
                data.get("reader_password", ""))


def touch(root: str | os.PathLike) -> None:
    """Mark the warm server as used now (its idle clock starts again)."""
    path = Path(root) / "last-used"
    path.touch()


@contextmanager
def lock(root: str | os.PathLike, shared: bool = False):
    """An advisory lock on the folder: exclusive to start or reload the copy, shared to query it."""
    Path(root).mkdir(parents=True, exist_ok=True)
    with open(Path(root) / ".lock", "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_SH if shared else fcntl.LOCK_EX)
        try:
            yield handle
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def running(root: str | os.PathLike) -> Warm | None:
    """The warm server of this folder, if one is running."""
    return _read_state(Path(root))


def warm(root: str | os.PathLike, idle: float = DEFAULT_IDLE, timeout: float = 120.0,
         bolt_port: int | None = None, host: str = "127.0.0.1") -> Warm:
    """The folder's warm server, started (detached, with its idle timeout) if none is running.

    The caller holds `lock(root)`. `idle` <= 0 means: never stop on its own (for `vnkg serve --bolt`).
    """
    root = Path(root).resolve()
    found = _read_state(root)
    if found is not None:
        touch(root)
        return found
    root.mkdir(parents=True, exist_ok=True)
    _state_path(root).unlink(missing_ok=True)
    touch(root)
    cmd = [sys.executable, "-m", "vnkg.graph.arcadedb", str(root), "--idle", str(idle), "--host", host]
    if bolt_port:
        cmd += ["--bolt-port", str(bolt_port)]
    with open(root / "supervisor.log", "ab") as log:
        process = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                   start_new_session=True, close_fds=True)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = _read_state(root)
        if found is not None and found.pid == process.pid:
            return found
        if process.poll() is not None:
            tail = (root / "supervisor.log").read_text(errors="replace").strip().splitlines()[-1:]
            raise RuntimeError(f"the local Cypher server did not start: {' '.join(tail) or 'no message'}"
                               f" (see {root}/supervisor.log and {root}/server.log)")
        time.sleep(0.2)
    process.terminate()
    raise RuntimeError(f"the local Cypher server did not start within {timeout:.0f} s (see {root}/server.log)")


def stop_warm(root: str | os.PathLike, timeout: float = 30.0) -> bool:
    """Stop the folder's warm server; True if one was running."""
    with lock(root):  # no call starts or uses it while it stops
        found = _read_state(Path(root))
        if found is None:
            return False
        os.kill(found.pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and _alive(found.pid):
            time.sleep(0.1)
    return True


def _supervise(root: Path, idle: float, bolt_port: int | None, host: str) -> int:
    """Run the server until it has been idle for `idle` seconds or SIGTERM/SIGINT arrives."""
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(1))
    signal.signal(signal.SIGINT, lambda *_: stopping.append(1))
    server = LocalArcadeDB(root, bolt_port=bolt_port, host=host)
    try:
        server.start()
    except RuntimeError as err:
        print(f"vnkg: {err}", file=sys.stderr, flush=True)
        return 1
    state = {"pid": os.getpid(), "java_pid": server.process.pid, "uri": server.uri,
             "password": server.password, "reader_password": server.reader_password,
             "database": server.database, "idle": idle}
    tmp = _state_path(root).with_suffix(".tmp")
    tmp.write_text(json.dumps(state))
    tmp.chmod(0o600)
    os.replace(tmp, _state_path(root))
    try:
        while not stopping:
            time.sleep(0.5)
            if server.process.poll() is not None:
                print(f"vnkg: ArcadeDB exited with code {server.process.returncode}", file=sys.stderr, flush=True)
                break
            if idle > 0:
                try:
                    last = (root / "last-used").stat().st_mtime
                except OSError:
                    last = 0.0
                if time.time() - last > idle:
                    # stop only if nobody is using it right now (a query holds the shared lock), and
                    # keep the lock until the server is down, so a new call cannot start a second one
                    # on the same folder meanwhile
                    with open(root / ".lock", "a") as handle:
                        try:
                            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                        except OSError:
                            continue
                        try:
                            _state_path(root).unlink(missing_ok=True)
                            server.stop()
                        finally:
                            fcntl.flock(handle, fcntl.LOCK_UN)
                    break
    finally:
        try:
            data = json.loads(_state_path(root).read_text())
            if data.get("pid") == os.getpid():
                _state_path(root).unlink(missing_ok=True)
        except (OSError, ValueError):
            pass
        server.stop()
    return 0


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Run a local ArcadeDB Bolt server until it is idle.")
    parser.add_argument("root")
    parser.add_argument("--idle", type=float, default=DEFAULT_IDLE)
    parser.add_argument("--bolt-port", type=int, default=None)
    parser.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args()
    sys.exit(_supervise(Path(args.root), args.idle, args.bolt_port, args.host))
