"""Scrapy project: source registry, CMS-family handlers, the generic spider and the replica server."""

import atexit
import os
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

# Scrapy's cookie middleware asks tldextract for the public-suffix list, which by default is
# fetched from the internet on first use. The snapshot bundled with tldextract is enough to
# tell a public suffix from a site, and keeps crawls (and tests) from calling outside hosts.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")


def _unpack_egg() -> None:
    """Run from the files of the egg scrapyd imports the project from.

    scrapyd puts the deployed egg (a zip) on sys.path and Python imports our modules from inside
    it, but they read their data files beside them through Path(__file__) (the registry, the
    division and exam lists, the pinyin table), which a zip cannot serve. So an egg is unpacked
    once per job into a private temporary folder (removed at exit), and this package, pipelines
    and db are imported from there. Outside an egg this costs one stat.
    """
    egg = Path(__file__).parent.parent
    if Path(__file__).parent.is_dir() or not zipfile.is_zipfile(egg):
        return
    target = tempfile.mkdtemp(prefix="certnotices-egg-")
    atexit.register(shutil.rmtree, target, ignore_errors=True)
    with zipfile.ZipFile(egg) as archive:
        archive.extractall(target)  # names with .. or a leading / are cleaned by zipfile
    __path__[:] = [os.path.join(target, "crawler")]  # noqa: F821 (the package's own __path__)
    sys.path.insert(0, target)


_unpack_egg()
