"""Helpers every family template shares: body markup, truncation, file bodies, URL → file path."""

from __future__ import annotations

import hashlib
import html
import io
import random
import zipfile
from datetime import datetime, time, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup

from crawler.replica import query_in_name
from tools.replica_gen.model import Attachment

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
MARKER = '<meta name="certnotices-replica" content="sample data">'


@lru_cache(maxsize=None)
def env() -> jinja2.Environment:
    e = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True, keep_trailing_newline=True, undefined=jinja2.StrictUndefined,
    )
    return e


def render(template: str, transform: Callable[[str], str] = lambda s: s, **context) -> str:
    e = env()
    e.filters["t"] = transform  # per call: an aggregator re-serves every visible string
    context.setdefault("marker", Markup(MARKER))
    return e.get_template(template).render(**context)


def page(template: str, decl, transform: Callable[[str], str] = lambda s: s, **context) -> bytes:
    """A rendered page as the bytes the site sends: in its own encoding, declared in its meta."""
    encoding = decl.charset or decl.layout.get("meta_charset", "utf-8")
    context.setdefault("chrome", site_chrome(decl, context.get("root", "/"), transform))
    html_text = render(template, transform, charset=encoding, **context)
    return html_text.encode(encoding, errors="xmlcharrefreplace")


_CHROME: dict = {}


def site_chrome(decl, root: str, transform: Callable[[str], str]):
    """One site's chrome (families/chrome.py), built once per site, root and transform: it is the
    same on every page of the site."""
    from tools.replica_gen.families.chrome import build_chrome
    key = (decl.id, decl.seed, decl.org, decl.layout.get("site_name"), decl.plan.province, decl.plan.last,
           tuple(decl.plan.exams), root, transform)
    if key not in _CHROME:
        _CHROME[key] = build_chrome(decl, root, transform)
    return _CHROME[key]


def url_to_relpath(url: str) -> str:
    """`<host>/<path>` under a source folder, in the layout the replica server reads."""
    parts = urlsplit(url)
    path = parts.path or "/"
    if path.endswith("/"):
        path += "index.html"
    rel = parts.netloc.lower().split(":")[0] + path   # a port is not part of the folder name
    return rel + query_in_name(parts.query)


def layout_rng(decl, key: str, step: str) -> random.Random:
    """One notice's layout stream for one build step (``ids``, ``row``, ``page``), keyed by the
    notice, never by its place in the list: adding or rewording a notice leaves the other
    notices' pages as they were (one stream for the site made one change rewrite every page)."""
    return random.Random(f"{decl.seed}:layout:{key}:{step}")


def dated_ids(decl, notices, first: int, mean_step: float) -> list[int]:
    """CMS ids, falling with publication time like a real CMS's, from each notice's own date.

    A running counter (id -= random step) renumbers every older notice when one is added; here an
    id is ``first`` less the notice's age before the plan's last day at ``mean_step`` ids a week
    (at least one a day): the CMS numbers the whole site's documents, so ids grow with time, not
    with this column's count. A clash moves the older notice's id down by one.
    """
    per_day = max(1.0, mean_step / 7)
    end = datetime.combine(decl.plan.last + timedelta(days=1), time())
    ids: list[int] = []
    for n in notices:  # newest first, as build_site orders them
        ident = first - int((end - n.spec.published).total_seconds() / 86400 * per_day)
        while ident in ids:
            ident -= 1
        ids.append(ident)
    return ids


def name_list_picks(decl, notices, wanted: int) -> list:
    """The collection notices that also get a bare name-list row: ranked by a hash of their key,
    not drawn from a stream, so one more notice changes the pick only if it ranks first itself."""
    candidates = [n for n in notices if n.spec.kind == "collection" and n.spec.year and n.spec.form == "text"]
    return sorted(candidates, key=lambda n: stable_digits(f"{decl.seed}:{n.spec.key}", 12))[:wanted]


def truncate(rng: random.Random, title: str, limit: int, ellipsis: str = "...") -> str:
    """Link text the way list templates cut it; some rows happen to fit and stay whole."""
    if len(title) <= limit:
        return title
    return title[:limit] + ellipsis


def body_html(rng: random.Random, paragraphs: list[str], transform: Callable[[str], str] = lambda s: s,
              indent: bool = True) -> str:
    """Paragraph markup with the noise editors leave: inline styles, &nbsp;, empty paragraphs, tables."""
    out: list[str] = []
    table: list[str] = []
    heading_tag = rng.choice(["strong", "b", "h3"])
    style = rng.choice(['style="text-indent:2em;"', 'style="text-indent: 2em; line-height: 1.8;"', "", 'align="justify"'])
    font = rng.choice(["", '<span style="font-family:仿宋_GB2312;font-size:16px;">', '<span style="font-size:12pt">'])

    def esc(text: str) -> str:
        return html.escape(transform(text), quote=False)

    def flush() -> None:
        if not table:
            return
        rows = []
        for i, row in enumerate(table):
            cells = row.strip("|").split("|")
            tag = "th" if i == 0 else "td"
            rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in cells) + "</tr>")
        out.append('<table border="1" cellspacing="0" cellpadding="4" width="100%"><tbody>' + "".join(rows) + "</tbody></table>")
        table.clear()

    for p in paragraphs:
        if p.startswith("|"):
            table.append(p)
            continue
        flush()
        if p.startswith("## "):
            text = esc(p[3:])
            out.append(f"<h3>{text}</h3>" if heading_tag == "h3" else f"<p {style}><{heading_tag}>{text}</{heading_tag}></p>".replace("<p >", "<p>"))
            continue
        text = esc(p)
        if rng.random() < 0.12:
            text = "&nbsp;&nbsp;" + text
        if font and rng.random() < 0.5:
            text = f"{font}{text}</span>"
        out.append(f"<p {style}>{text}</p>".replace("<p >", "<p>"))
        if rng.random() < 0.06:
            out.append("<p>&nbsp;</p>")
    flush()
    return "\n".join(out)


# ----------------------------------------------------------------------------- attachments

def attachment_bytes(att: Attachment) -> bytes:
    note = f"certnotices replica: sample data ({att.name})"
    if att.ext == "xlsx":
        return _tiny_xlsx(note)
    if att.ext == "pdf":
        return _tiny_pdf(note)
    if att.image:  # a 1x1 PNG (a scanned page's stand-in)
        return (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4"
                b"\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84\x00\x00\x00\x00IEND\xaeB`\x82")
    # .doc / .xls: a placeholder is enough, nothing downstream opens them
    return (note + "\n").encode("utf-8")


def _zip_entry(z: zipfile.ZipFile, name: str, data: str) -> None:
    info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    z.writestr(info, data)


def _tiny_xlsx(note: str) -> bytes:
    text = html.escape(note)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        _zip_entry(z, "[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
        _zip_entry(z, "_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        _zip_entry(z, "xl/workbook.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
        _zip_entry(z, "xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        _zip_entry(z, "xl/worksheets/sheet1.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                   f'<row r="1"><c r="A1" t="inlineStr"><is><t>{text}</t></is></c></row></sheetData></worksheet>')
    return buf.getvalue()


def _tiny_pdf(note: str) -> bytes:
    ascii_note = note.encode("ascii", "replace").decode().replace("(", "[").replace(")", "]")
    stream = f"BT /F1 12 Tf 40 800 Td ({ascii_note}) Tj ET".encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def stable_digits(key: str, n: int) -> str:
    """n digits derived from a key, for ids that must not move when other notices change."""
    h = int(hashlib.sha256(key.encode()).hexdigest(), 16)
    return str(h % 10**n).zfill(n)
