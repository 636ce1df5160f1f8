"""Development tools; not part of the installed package (pyproject installs crawler, pipelines, db)."""
