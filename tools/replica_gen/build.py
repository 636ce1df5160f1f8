"""Declaration → composed notices → family files → replica folder on disk."""

from __future__ import annotations

import copy
import json
import random
import shutil
from datetime import timedelta
from pathlib import Path

from crawler.source import REPLICAS_DIR
from tools.replica_gen.compose import compose
from tools.replica_gen.declare import SourceDecl, load_sources
from tools.replica_gen.families import FAMILIES
from tools.replica_gen.model import Notice, Site
from tools.replica_gen.phrases import clock
from tools.replica_gen.plan import draw

REPLICA_YAML = """\
# Replica of {id} ({name}), written by `python -m tools.replica_gen {id}`: edit its
# declaration tools/replica_gen/sources/{id}.yaml, not the files here. All content is sample data.
#   charset: charset sent in the Content-Type header (null sends none); files are stored
#            as bytes in this encoding.
charset: {charset}
{extra}"""


def build_site(decl: SourceDecl) -> Site:
    # Content and layout draw from separate streams, so a template change never rewrites text;
    # both are per notice (plan.spec_rng, text_rng, families.base.layout_rng), so adding or
    # rewording one notice never rewrites another notice's page.
    specs = draw(decl.seed, decl.plan)
    notices = [compose(text_rng(decl.seed, s.key), s, decl.voice, decl.org, decl.cities,
                       decl.layout.get("site_name", "")) for s in specs]
    if decl.mirrors:
        notices = sorted(notices + mirrored(decl), key=lambda n: n.spec.published, reverse=True)
    return FAMILIES[decl.family](decl, notices)


def text_rng(seed: str, key: str) -> random.Random:
    """How one notice is worded: apart from what it is about, so a new phrase changes no facts."""
    return random.Random(f"{seed}:text:{key}")


def mirrored(decl: SourceDecl) -> list[Notice]:
    """An aggregator's retellings of official notices we generate: the same event (province,
    exam, year, batch, kind, window), reworded in the aggregator's voice a few days later."""
    sources = load_sources()
    out: list[Notice] = []
    for source_id, count in decl.mirrors:
        official = build_site(sources[source_id])
        picks = [n for n in official.notices if n.spec.kind != "other" and n.spec.exam == decl.mirror_exam]
        for n in picks[:count]:
            spec = copy.deepcopy(n.spec)
            spec.key = f"mirror:{source_id}:{n.spec.key}"
            rng = text_rng(decl.seed, spec.key)
            spec.published = clock(rng, n.spec.published.date() + timedelta(days=rng.randint(1, 5)))
            spec.attachments = 0
            note = compose(rng, spec, "aggregator", decl.org, [], decl.layout.get("site_name", ""))
            note.mirror_of = n.url
            out.append(note)
    return out


def expected_json(site: Site) -> bytes:
    doc = {
        "source_id": site.source_id,
        "note": "Ground truth for the replica's detail pages, written by tools.replica_gen from "
                "its content declaration (sample data). title is the Simplified, annotation-free title.",
        **({"channel_urls": site.channel_urls} if site.channel_urls else {}),
        "list_urls": site.list_urls,
        "notices": [{**n.truth(), "mirror_of": n.mirror_of} if site.aggregator else n.truth()
                    for n in site.notices],
        "list_only": [{"url": r.attachment.url, "title": r.title, "published": r.published.date().isoformat()}
                      for r in site.list_only],
    }
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def site_files(decl: SourceDecl, site: Site) -> dict[str, bytes]:
    """Every file of the source folder, keyed by path relative to it."""
    files = dict(site.files)
    files["replica.yaml"] = REPLICA_YAML.format(
        id=decl.id, name=decl.layout.get("site_name", decl.id),
        charset=decl.charset if decl.charset else "null",
        extra="".join(f"{k}: {v}\n" for k, v in decl.replica.items())).encode("utf-8")
    files["expected.json"] = expected_json(site)
    return files


def write_source(decl: SourceDecl, out_dir: Path = REPLICAS_DIR) -> int:
    target = out_dir / decl.id
    if target.exists():
        shutil.rmtree(target)  # the folder is wholly generated: stale pages must go
    files = site_files(decl, build_site(decl))
    for rel, data in sorted(files.items()):
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return len(files)


def generate(source_ids: list[str] | None = None, out_dir: Path = REPLICAS_DIR) -> dict[str, int]:
    sources = load_sources()
    unknown = sorted(set(source_ids or []) - set(sources))
    if unknown:
        raise SystemExit(f"unknown replica source(s): {', '.join(unknown)}; known: {', '.join(sources)}")
    return {sid: write_source(sources[sid], out_dir) for sid in (source_ids or list(sources))}
