"""Full listings kept ready-made in STORE/cache/ while the store's data is unchanged (a lazy view).

`vnkg ask chairs` and `vnkg ask posts` with no filter run queries/chairs_all.rq and posts_all.rq, whose
cost is Oxigraph's own: every string of every row is decoded from RocksDB (~3–6 µs a string, a dozen
or more per row once the joins and MIN/MAX are counted), which a Python computation from pattern scans
pays as well (it has to decode more quads than the listing has cells). So the first full listing after a
write runs the query, as before, and keeps its rows here, in their final order, as the JSON lines
`--format json` prints; the listings after it print that file (no query, no sort, no decoding) until the
store's data files change.

Nothing else writes or refreshes these files: the build, `load`, `remove`, `person merge/split` and
`validate` pay nothing. A file is used only when its header matches the store as it is now — the state
of the data files (`graph.snapshot.files_state`: every write to the store changes it, and it is read
before the store is opened, so a file never claims a state newer than the rows it holds), the query's
text, the collation and this file format — and when its body has the length the header says. Otherwise
the listing runs its query and writes the file again (atomically: a temporary file renamed over it; a
read-only store folder or a full disk just goes without). Rows are written one at a time as they are
serialised and read back one at a time, so neither side holds the file's text whole.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

FORMAT = 1  # bump when the rows or the header change meaning


def key(query_text: str, state: str) -> dict:
    """What a listing file must match to be used: the store's data files, the query, the collation."""
    from vnkg import collation

    icu = ""
    if collation.backend() == "icu":
        import icu as _icu

        icu = getattr(_icu, "ICU_VERSION", "") + "/" + getattr(_icu, "UNICODE_VERSION", "")
    return {"format": FORMAT, "state": state,
            "query": hashlib.blake2b(query_text.encode("utf-8"), digest_size=12).hexdigest(),
            "collation": f"{collation.backend()}{'/' + icu if icu else ''}"}


def path(store: Path, name: str) -> Path:
    return Path(store) / "cache" / f"listing-{name}.jsonl"


def cells(row: dict, cols: list[str]) -> list[str]:
    """A row's cells as the table shows them (vnkg.commands.common.emit)."""
    return [("" if row.get(c) is None else str(row.get(c))) for c in cols]


class Listing:
    """A kept listing: its columns, its number of rows, each column's widest cell, and its rows."""

    def __init__(self, file: Path, head: dict, body_at: int):
        self.file, self.head, self.body_at = file, head, body_at
        self.cols: list[str] = head["cols"]
        self.widths: dict[str, int] = head["widths"]
        self.count: int = head["rows"]

    def __len__(self) -> int:
        return self.count

    def lines(self):
        """Each row as the JSON object `--format json` prints for it (without the line break)."""
        with open(self.file, encoding="utf-8", newline="\n") as f:
            f.seek(self.body_at)
            for line in f:
                yield line[:-1]

    def __iter__(self):
        loads = json.loads
        for line in self.lines():
            yield loads(line)


def read(store: Path, name: str, want: dict) -> Listing | None:
    """The kept listing NAME if it is the store's as it is now (see the module's note), else None."""
    file = path(store, name)
    try:
        with open(file, "rb") as f:
            first = f.readline()
            head = json.loads(first)
            size = os.fstat(f.fileno()).st_size
    except (OSError, ValueError):
        return None
    if not isinstance(head, dict) or any(head.get(k) != v for k, v in want.items()):
        return None
    if not isinstance(head.get("cols"), list) or size != len(first) + head.get("bytes", -1):
        return None  # not the file that was written whole
    return Listing(file, head, len(first))


def write(store: Path, name: str, want: dict, cols: list[str], rows: list[dict]) -> Listing | None:
    """Keep `rows` (in their final order) as listing NAME for the store state in `want`; the kept listing
    (None when it could not be written), so that it is printed from the same lines."""
    file = path(store, name)
    tmp = file.with_name(f".{file.name}.{os.getpid()}")
    widths = {c: 0 for c in cols}
    size = 0
    try:
        file.parent.mkdir(exist_ok=True)
        _sweep(file)
        with open(tmp, "w", encoding="utf-8", newline="\n") as out:
            out.write(" " * 4096 + "\n")  # room for the header, written last (its widths are known then)
            dumps = json.dumps
            for row in rows:
                line = dumps(row, ensure_ascii=False) + "\n"
                size += len(line.encode("utf-8"))
                out.write(line)
                for c, cell in zip(cols, cells(row, cols)):
                    if len(cell) > widths[c]:
                        widths[c] = len(cell)
        head = json.dumps({**want, "cols": cols, "widths": widths, "rows": len(rows), "bytes": size},
                          ensure_ascii=True)
        if len(head) > 4096:
            raise OSError("header too long")
        with open(tmp, "r+b") as out:
            out.write(head.encode("ascii").ljust(4096) + b"\n")
        os.replace(tmp, file)
    except OSError:  # a cache: a read-only store folder or a full disk just goes without it
        try:
            tmp.unlink()
        except OSError:
            pass
        return None
    return read(store, name, want)


def emit(listing: Listing, columns: list[str], fmt: str, out=None) -> None:
    """Print a kept listing exactly as vnkg.commands.common.emit prints the same rows, one row at a time:
    json writes the kept lines as they are, csv reads each row, the table takes its widths from the header."""
    import csv
    import sys

    out = out or sys.stdout
    if fmt == "json":
        out.write("[")
        batch: list[str] = []
        for i, line in enumerate(listing.lines()):
            batch.append(("\n" if i == 0 else ",\n") + line)
            if len(batch) == 1000:
                out.write("".join(batch))
                batch = []
        out.write("".join(batch))
        out.write("\n]\n" if listing.count else "]\n")
        return
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: ("" if v is None else v) for k, v in r.items()} for r in listing)
        return
    widths = [max(len(c), listing.widths.get(c, 0)) for c in columns]
    out.write("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for r in listing:
        out.write("  ".join(v.ljust(w) for v, w in zip(cells(r, columns), widths)).rstrip() + "\n")
    out.write(f"({listing.count} row{'s' if listing.count != 1 else ''})\n")


def _sweep(file: Path, older_than: float = 3600.0) -> None:
    """Remove what a listing killed while it wrote left behind (its temporary files, an hour old)."""
    import time

    for left in file.parent.glob(f".{file.name}.*"):
        try:
            if time.time() - left.stat().st_mtime > older_than:
                left.unlink()
        except OSError:
            pass
