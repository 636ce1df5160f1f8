"""For scrapyd-deploy only, which builds the project's egg with `python setup.py bdist_egg`.

Everything (packages, package data such as crawler/registry.yaml, the `scrapy` settings entry
point scrapyd reads) comes from pyproject.toml; `pip install` does not need this file.
"""

from setuptools import setup

setup()
