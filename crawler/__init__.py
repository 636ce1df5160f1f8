"""Scrapy project: source registry, CMS-family handlers, the generic spider and the replica server."""

import os

# Scrapy's cookie middleware asks tldextract for the public-suffix list, which by default is
# fetched from the internet on first use. The snapshot bundled with tldextract is enough to
# tell a public suffix from a site, and keeps crawls (and tests) from calling outside hosts.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
