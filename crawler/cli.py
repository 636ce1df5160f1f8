"""`notices`: thin click commands over the library functions (crawler, pipelines, db)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click
from tabulate import tabulate

from crawler.registry import load_registry
from crawler.reparse import reparse as reparse_pages
from crawler.replica import make_replica_server, start_replica_server
from crawler.run import run_crawl
from db.serve import REPO_ROOT, datasette_command, write_metadata
from pipelines.normalize import normalize_record
from pipelines.notice import open_store

DEFAULT_DB = "data/notices.db"
DEMO_DB = "data/demo.db"


@click.group()
@click.version_option(package_name="certnotices")
def cli():
    """certnotices: crawl certificate notices into SQLite and publish them with Datasette."""


# --------------------------------------------------------------------------- crawl


@cli.command()
@click.option("--source", "source_ids", multiple=True, metavar="ID", help="Crawl only this source (repeatable).")
@click.option("--replica", metavar="URL", help="Map every real host onto this replica server.")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False))
@click.option("--max-pages", type=int, help="Override every source's list-page bound.")
@click.option("--log-level", default="INFO", show_default=True)
def crawl(source_ids, replica, db_path, max_pages, log_level):
    """Crawl the registered sources (all by default) into a SQLite database."""

    summary = run_crawl(list(source_ids) or None, db_path=db_path, replica_url=replica,
                        max_pages=max_pages, log_level=log_level)
    for line in summary.lines():
        click.echo(line)


@cli.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False, exists=True))
@click.option("--source", "source_ids", multiple=True, metavar="ID", help="Re-parse only this source's pages.")
def reparse(db_path, source_ids):
    """Re-parse archived pages with the current parser and normalizer (no re-crawl)."""

    counts = reparse_pages(open_store(db_path), list(source_ids) or None)
    pages = counts["notice"] + counts["not_certificate"] + counts["reject"] + counts["unknown_source"]
    click.echo(f"reparsed {pages} pages: {counts['notice']} notices, "
               f"{counts['not_certificate']} not certificate notices, {counts['reject']} rejects, "
               f"{counts['copies']} copies of other notices")


# --------------------------------------------------------------------------- serve


def exec_datasette(db_path: str | Path, port: int) -> None:
    if not Path(db_path).exists():
        raise click.ClickException(f"{db_path} does not exist: run `notices crawl --db {db_path}` first")
    metadata_file = write_metadata(db_path)
    click.echo(f"Datasette: http://127.0.0.1:{port}/ (the feed: http://127.0.0.1:{port}/{Path(db_path).stem}/feed)")
    sys.stdout.flush()
    command = datasette_command(db_path, port, metadata_file)
    os.execv(command[0], command)


@cli.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False))
@click.option("--port", default=8001, show_default=True)
def serve(db_path, port):
    """Serve the database with Datasette on 127.0.0.1."""
    exec_datasette(db_path, port)


# --------------------------------------------------------------------------- demo


@cli.command()
@click.option("--db", "db_path", default=DEMO_DB, show_default=True, type=click.Path(dir_okay=False))
@click.option("--port", default=8001, show_default=True)
@click.option("--serve/--no-serve", default=True, help="Serve Datasette after building the database.")
def demo(db_path, port, serve):
    """Start the replica sites, crawl every source into a fresh demo database, then serve it."""

    server, replica_url = start_replica_server()
    click.echo(f"Replica sites (sample data) on {replica_url}")
    Path(db_path).unlink(missing_ok=True)
    for suffix in ("-wal", "-shm"):
        Path(db_path + suffix).unlink(missing_ok=True)
    try:
        summary = run_crawl(None, db_path=db_path, replica_url=replica_url, log_level="WARNING")
    finally:
        server.shutdown()
    for line in summary.lines():
        click.echo(line)
    if serve:
        exec_datasette(db_path, port)


# --------------------------------------------------------------------------- replica


@cli.group()
def replica():
    """The bundled replica sites used by tests and the demo."""


@replica.command("serve")
@click.option("--port", default=8765, show_default=True)
def replica_serve(port):
    """Serve the replicas on 127.0.0.1; crawl them with `notices crawl --replica URL`."""

    server = make_replica_server(port)
    click.echo(f"Replica sites (sample data) on http://127.0.0.1:{server.server_address[1]}")
    sys.stdout.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("replica server stopped")


# --------------------------------------------------------------------------- normalize


@cli.command()
@click.argument("file", default="-", type=click.File("r", encoding="utf-8"))
def normalize(file):
    """Normalize JSON Lines notices ({"text"|"title"+"body", "listed_date", "source_region", "url"})."""

    for number, line in enumerate(file, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("a line must hold a JSON object")
        except ValueError as error:
            click.echo(f"line {number}: {error}", err=True)
            click.echo(json.dumps({"error": f"line {number}: {error}"}, ensure_ascii=False))
            continue
        click.echo(json.dumps(normalize_record(record), ensure_ascii=False))


# --------------------------------------------------------------------------- sources


README_PATH = REPO_ROOT / "README.md"
SOURCES_START, SOURCES_END = "<!-- sources:start -->", "<!-- sources:end -->"


def source_rows() -> list[dict]:
    return [
        {"id": s.id, "name": s.name, "province": s.province or "全国", "kind": s.kind,
         "family": s.family, "confidence": s.confidence, "start_url": s.start_urls[0]}
        for s in load_registry()
    ]


def sources_markdown() -> str:

    return tabulate(source_rows(), headers="keys", tablefmt="github")


def readme_with_sources(readme: str) -> str:
    """README text with its generated source table replaced by the registry's current one."""
    head, _, rest = readme.partition(SOURCES_START)
    _, _, tail = rest.partition(SOURCES_END)
    return f"{head}{SOURCES_START}\n{sources_markdown()}\n{SOURCES_END}{tail}"


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["table", "markdown", "json"]), default="table", show_default=True)
@click.option("--update-readme", is_flag=True, help="Rewrite the source table in README.md.")
def sources(fmt, update_readme):
    """List the registered sources with their confidence."""
    if update_readme:
        README_PATH.write_text(readme_with_sources(README_PATH.read_text("utf-8")), "utf-8")
        click.echo(f"updated the source table in {README_PATH}")
        return
    if fmt == "json":
        click.echo(json.dumps(source_rows(), ensure_ascii=False, indent=2))
    elif fmt == "markdown":
        click.echo(sources_markdown())
    else:

        click.echo(tabulate(source_rows(), headers="keys", tablefmt="simple"))


def main():  # pragma: no cover
    cli()


if __name__ == "__main__":  # pragma: no cover
    main()
