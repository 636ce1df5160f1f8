"""One bench instrument: a module's function replaced by a wrapper for one block, then put back.

normalize_record calls the parts it is made of through their modules (`keyfacts.key_facts(...)`), so a wrapper set on the
module for the length of a `with` sees every call: the time spent in key facts (bench/accuracy.py), the arguments the
window rules were handed (bench/window_ranker.py). Not used by the pipeline or by tests.
"""

from __future__ import annotations

from contextlib import contextmanager
from types import ModuleType
from typing import Callable, Iterator


@contextmanager
def wrapped(module: ModuleType, name: str, wrap: Callable[[Callable], Callable]) -> Iterator[None]:
    """`module.name` is `wrap(original)` inside the block, the original again after it (also on an error)."""
    original = getattr(module, name)
    setattr(module, name, wrap(original))
    try:
        yield
    finally:
        setattr(module, name, original)
