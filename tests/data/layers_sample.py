"""A module with an import inside a function, for tests/test_layers.py (never imported)."""


def hides_a_cycle():
    from db.store import open_db

    return open_db
