"""Replica generator: static copies of the registered sources, with the ground truth beside them.

Run ``python -m crawler.replica_gen [SOURCE_ID ...]``; it rewrites
``crawler/replicas/<source_id>/`` (``<host>/<path>`` files, ``replica.yaml``, ``expected.json``)
byte for byte the same on every run, because every choice comes from ``random.Random`` seeded
with the source's ``seed`` (content and layout from separate streams).

How the parts fit:

- ``sources/<id>.py`` declares a source: host, family, voice, signing office, a ``Plan`` (how
  many notices, date range, share of certificate notices, kinds, exams, places, pinned
  ``Series``) and ``layout`` (the family's knobs: page sizes, id ranges, link styles).
- ``plan.py`` draws the notice ``Spec``\\ s (what each notice is about: the truth).
- ``compose.py`` + ``phrases.py`` write each spec as a title and paragraphs in the source's voice,
  from banks of wordings, date formats and batch styles.
- ``families/<family>.py`` + ``templates/<family>/`` turn notices into pages with the real URL
  scheme, pagination and markup; ``textforms.py`` holds re-serving transforms (Traditional with
  pinyin annotations).
- ``build.py`` writes the folder and ``expected.json`` from the specs, never from a crawl.

Families: ``cpta``, ``trs`` (湖北), ``aggregator`` (环球网校) and ``site``, which serves every other
source: its declaration carries the real markup as small layout strings (row, list wrapper,
pager script, detail title/info/body) over one list and one detail template, plus the special
list formats (河北 JSON API, 江苏 Hanweb datastore + jpage proxy, 江西 inline ``listData``).
``sources/_kit.py`` holds the shared plan, pager scripts (TRS zero- and one-based, count_page,
AspNetPager, NCMS) and detail shapes. Aggregator declarations may list ``mirrors``: official
notices of our provincial replicas they retell, recorded as ``mirror_of`` in expected.json.

Adding a source on an existing family: add ``sources/<id>.py`` (copy the closest one, change id,
host, seed, plan and layout), list it in ``sources/__init__.py``, run the generator, commit the
folder. Adding a family: a ``families/<name>.py`` with ``build(decl, notices, rng) -> Site`` and
its templates, registered in ``families/__init__.py``; GBK sites set ``charset="gbk"`` on the
declaration and encode pages with it in the family.
"""
