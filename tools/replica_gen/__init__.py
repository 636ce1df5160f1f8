"""Replica generator: static copies of the registered sources, with the ground truth beside them.

A development tool, not part of the installed package (it needs ``pypinyin`` from the ``test``
extra). Run ``python -m tools.replica_gen [SOURCE_ID ...]`` from the repository root; it rewrites
``crawler/replicas/<source_id>/`` (``<host>/<path>`` files, ``replica.yaml``, ``expected.json``)
byte for byte the same on every run, because every choice comes from ``random.Random`` seeded
with the source's ``seed`` and a key of its own per notice (content and layout from separate
streams), so one more notice, or one reworded, changes that notice's files and the list pages.

How the parts fit:

- ``sources/<id>.yaml`` declares a source (found by globbing; ``declare.py`` reads it and
  documents the keys): host, family, voice, signing office, a ``Plan`` (how many notices, date
  range, share of certificate notices, kinds, exams, places, pinned ``Series``) and ``layout``
  (the family's knobs: page sizes, id ranges, link styles, the real markup, the pager).
- ``plan.py`` draws the notice ``Spec``\\ s (what each notice is about: the truth).
- ``compose.py`` + ``phrases.py`` write each spec as a title and paragraphs in the source's voice,
  from banks of wordings, date formats and batch styles.
- ``families/<family>.py`` + ``templates/<family>/`` turn notices into pages with the real URL
  scheme, pagination and markup; ``textforms.py`` holds re-serving transforms (Traditional with
  pinyin annotations). A URL's query is kept in the file name by ``crawler.replica.query_in_name``,
  the function the replica server reads with.
- ``families/chrome.py`` is the chrome every family's pages carry (nav menu with its drop-downs,
  side column menu, 热点 / 推荐阅读 / 相关链接 / 友情链接 lists, footer, inline scripts and style),
  so a page weighs what a real one does (issue 11 part 4; ``bench/replica_realism.py``); drawn per
  site from its own stream, never from the notices.
- ``build.py`` writes the folder and ``expected.json`` from the specs, never from a crawl.

Families: ``cpta``, ``trs`` (湖北), ``aggregator`` (环球网校) and ``site``, which serves every other
source: its declaration carries the real markup as small layout strings (row, list wrapper,
pager, detail title/info/body) over one list and one detail template, plus the special list
formats (河北 JSON API, 江苏 Hanweb datastore + jpage proxy, 江西 inline ``listData``). Pagers are
presets in ``declare.py`` (TRS zero- and one-based, count_page, AspNetPager, NCMS, numbered
links) or a site's own as a Jinja template in its declaration. Aggregator declarations may list
``mirrors``: official notices of our provincial replicas they retell, recorded as ``mirror_of``
in expected.json.

Adding a source on an existing family: copy the closest ``sources/<id>.yaml`` to a new file
named after the new id, change id, host, plan and layout, run the generator, commit the folder.
Adding a family: a ``families/<name>.py`` with ``build(decl, notices) -> Site`` and its
templates, registered in ``families/__init__.py``; GBK sites set ``charset: gbk`` in the
declaration and encode pages with it in the family.
"""
