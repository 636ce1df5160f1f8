"""CMS-family templates: each module turns composed notices into the files of one site shape.

A family module exposes ``build(decl, notices) -> Site`` and documents its ``layout`` keys.
Adding a family (TRS variants, Hanweb jcms, NCMS, 广东集约化, JSON API, ASP/GBK, ...) means one
module here plus its templates under ``templates/<family>/``; content stays in the declarations.
"""

from __future__ import annotations

from tools.replica_gen.families import aggregator, cpta, site, trs

FAMILIES = {
    "cpta": cpta.build,
    "trs": trs.build,
    "aggregator": aggregator.build,
    "site": site.build,
}
