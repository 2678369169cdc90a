"""A local ArcadeDB server that speaks Bolt, started from the `arcadedb-embedded` wheel on loopback.

It lets `vnkg cypher` run Cypher with nothing installed by hand, and lets the tests check the Cypher
queries and the Neo4j push against a real Bolt server.
"""
from __future__ import annotations

import os
import secrets
import socket
import subprocess
import time
from pathlib import Path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LocalArcadeDB:
    """``with LocalArcadeDB(folder) as server: server.driver()``: started on enter, stopped on exit."""

    def __init__(self, root: str | os.PathLike, database: str = "kg", timeout: float = 90.0):
        self.root = Path(root)
        self.database = database
        self.timeout = timeout
        self.password = self._password()
        self.bolt_port, self.http_port = _free_port(), _free_port()
        self.process: subprocess.Popen | None = None
        self._driver = None

    def _password(self) -> str:
        """The root password is fixed by the first start of a folder, so it is kept beside it."""
        path = self.root / "vnkg-password"
        if path.exists():
            return path.read_text().strip()
        self.root.mkdir(parents=True, exist_ok=True)
        password = secrets.token_hex(12)
        path.write_text(password)
        path.chmod(0o600)
        return password

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    def start(self) -> "LocalArcadeDB":
        try:
            import arcadedb_embedded
        except ImportError as err:
            raise RuntimeError("the local Cypher server needs the arcadedb-embedded wheel: "
                               "pip install 'vnkg[cypher]'") from err
        pkg = Path(arcadedb_embedded.__file__).parent
        java = pkg / "jre" / "bin" / "java"
        self.root.mkdir(parents=True, exist_ok=True)
        cmd = [str(java), "-cp", str(pkg / "jars" / "*"),
               f"-Darcadedb.server.rootPath={self.root}",
               f"-Darcadedb.server.rootPassword={self.password}",
               "-Darcadedb.server.httpIncomingHost=127.0.0.1",
               f"-Darcadedb.server.httpIncomingPort={self.http_port}",
               "-Darcadedb.server.plugins=Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
               "-Darcadedb.bolt.host=127.0.0.1", f"-Darcadedb.bolt.port={self.bolt_port}",
               f"-Darcadedb.server.defaultDatabases={self.database}[root]",
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
