"""Immutable snapshots of the database for read-only Datasette replicas, and the haproxy
configuration that balances several of them (README "Several readers").

A snapshot is a consistent copy taken with SQLite's online backup API from a read connection, so
a crawl may write meanwhile: it sees the database as of one transaction. The copy drops the rows
of the tables that are never served (db/serve.py DENIED_TABLES: raw pages, subscriptions with
their channel secrets, the reminder ledger), so reader machines never hold them, is vacuumed and
switched to the rollback journal, then renamed atomically to `<stem>-<sha256 prefix>.db` (its
content names it: the same data publishes the same file). Beside it `<file>.inspect.json`, the
`datasette inspect` counts keyed by the served name. `current` is a symlink to the newest
snapshot, replaced atomically (a new symlink renamed over it).

A replica serves a snapshot under the stable name `<stem>` (URLs such as /notices/feed.json do
not change with the hash): it hard-links the snapshot as `.serving/<port>/<stem>.db` (a symlink
when the directory cannot hold a hard link) and serves that file with `--immutable`, so every
connection of the process reads the same bytes whatever `current` says later, and pruning old
snapshots cannot pull the file from under it. A replica picks up a new snapshot when restarted:
restart them one at a time behind the balancer (a rolling swap).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from db.serve import DENIED_TABLES

CURRENT = "current"
HASH_CHARS = 16
INSPECT_SUFFIX = ".inspect.json"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy(db_path: Path, target: Path) -> None:
    """A consistent copy of db_path (one read transaction) without the never-served rows."""
    source = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
        copy.execute("pragma journal_mode = delete")
        tables = {row[0] for row in copy.execute("select name from sqlite_master where type = 'table'")}
        for table in DENIED_TABLES:
            if table in tables:
                copy.execute(f"delete from [{table}]")
        copy.commit()
        copy.execute("vacuum")
    finally:
        copy.close()
        source.close()


def served_name(snapshot: str | Path) -> str:
    """The stable database name of a snapshot file `<stem>-<hash>.db`: `<stem>`."""
    return Path(snapshot).stem.rsplit("-", 1)[0]


def _inspect(snapshot: Path) -> Path:
    """`datasette inspect` of the snapshot, keyed by the served name, written beside it."""
    result = subprocess.run([sys.executable, "-m", "datasette", "inspect", str(snapshot), "--inspect-file", "-"],
                            capture_output=True, text=True, check=True)
    data = json.loads(result.stdout)
    inspect_file = snapshot.with_name(snapshot.name + INSPECT_SUFFIX)
    temporary = inspect_file.with_name(f".{inspect_file.name}.{os.getpid()}")
    temporary.write_text(json.dumps({served_name(snapshot): data[snapshot.stem]}, indent=2), "utf-8")
    os.replace(temporary, inspect_file)
    return inspect_file


def _point(out_dir: Path, name: str) -> None:
    """Make `current` name this snapshot, atomically."""
    temporary = out_dir / f".{CURRENT}.{os.getpid()}"
    temporary.unlink(missing_ok=True)
    os.symlink(name, temporary)
    os.replace(temporary, out_dir / CURRENT)


def current_snapshot(out_dir: str | Path) -> Path:
    """The snapshot `current` names; FileNotFoundError when nothing was published there."""
    pointer = Path(out_dir) / CURRENT
    if not pointer.is_symlink():
        raise FileNotFoundError(f"no snapshot published in {out_dir} (no {pointer})")
    return pointer.parent / os.readlink(pointer)


def snapshots(out_dir: str | Path, stem: str) -> list[Path]:
    """The published snapshots of this stem, newest first."""
    found = [p for p in Path(out_dir).glob(f"{stem}-*.db") if served_name(p) == stem and not p.is_symlink()]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def publish(db_path: str | Path, out_dir: str | Path, keep: int = 3) -> Path:
    """Write a snapshot of db_path into out_dir, point `current` at it, and delete all but the
    `keep` newest snapshots (never the current one). Returns the snapshot's path."""
    db_path, out_dir = Path(db_path), Path(out_dir)
    if not db_path.exists():
        raise FileNotFoundError(f"{db_path} does not exist")
    out_dir.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{db_path.stem}-", suffix=".db.tmp", dir=out_dir)
    os.close(fd)
    temporary = Path(name)
    try:
        temporary.unlink()
        _copy(db_path, temporary)
        _fsync(temporary)
        snapshot = out_dir / f"{db_path.stem}-{_sha256(temporary)[:HASH_CHARS]}.db"
        if snapshot.exists():
            temporary.unlink()  # the same content was published before: keep that file
            os.utime(snapshot)
        else:
            os.replace(temporary, snapshot)
    finally:
        temporary.unlink(missing_ok=True)
    _inspect(snapshot)
    _point(out_dir, snapshot.name)
    for old in snapshots(out_dir, db_path.stem)[max(keep, 1):]:
        if old != snapshot:
            old.unlink(missing_ok=True)
            old.with_name(old.name + INSPECT_SUFFIX).unlink(missing_ok=True)
    return snapshot


def pin_for_serving(snapshot: str | Path, port: int) -> tuple[Path, Path]:
    """A stable-named path for one replica on this port: `.serving/<port>/<stem>.db` linked to the
    snapshot (hard link, else symlink), and its inspect file. Returns (database, inspect file)."""
    snapshot = Path(snapshot).resolve()
    pin_dir = snapshot.parent / ".serving" / str(port)
    pin_dir.mkdir(parents=True, exist_ok=True)
    pinned = []
    for source, name in ((snapshot, f"{served_name(snapshot)}.db"),
                         (snapshot.with_name(snapshot.name + INSPECT_SUFFIX), "inspect.json")):
        temporary = pin_dir / f".{name}.{os.getpid()}"
        temporary.unlink(missing_ok=True)
        try:
            os.link(source, temporary)
        except OSError:
            os.symlink(source, temporary)
        os.replace(temporary, pin_dir / name)
        pinned.append(pin_dir / name)
    return pinned[0], pinned[1]


def haproxy_config(port: int, replicas: list[str], stats_port: int | None = None, host: str = "127.0.0.1") -> str:
    """haproxy 2.6 configuration: one frontend on host:port, round robin over the replicas
    (`host:port` each), health-checked every 500 ms (a stopped replica is out after one failed
    check), and a request whose connection failed or got no answer retried on another replica."""
    servers = "\n".join(f"    server r{i} {address} check" for i, address in enumerate(replicas, 1))
    stats = "" if stats_port is None else f"""
frontend stats
    bind {host}:{stats_port}
    stats enable
    stats uri /stats
    stats refresh 5s
"""
    return f"""# Generated by certnotices (db/snapshots.py haproxy_config).
global
    maxconn 512

defaults
    mode http
    timeout connect 2s
    timeout client 30s
    timeout server 30s
    timeout queue 15s
    # GETs only reach Datasette (it answers POST with 405): a request whose replica refused the
    # connection, closed it without an answer or is gone is sent again, to another replica.
    retries 3
    option redispatch 1
    retry-on conn-failure empty-response junk-response response-timeout 503

frontend datasette
    bind {host}:{port}
    default_backend replicas

backend replicas
    balance roundrobin
    option httpchk GET /-/versions.json
    http-check expect status 200
    default-server inter 500ms fastinter 250ms downinter 500ms fall 1 rise 2
{servers}
{stats}"""
