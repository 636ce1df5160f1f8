"""The house keeps its layers: crawler -> pipelines -> db, one way (import-linter contract in
pyproject.toml), no import inside a function of one of our packages, and no module grows past
~300 lines without saying why in its docstring."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ("crawler", "pipelines", "db")
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"
MAX_LINES = 300
LONG_MODULE_REASON = "Over 300 lines:"


def our_modules() -> list[Path]:
    return sorted(p for package in PACKAGES for p in (REPO / package).rglob("*.py") if "replicas" not in p.parts)


def lint_imports(root: Path) -> subprocess.CompletedProcess:
    # PYTHONPATH first, so the packages under `root` are analysed, not the installed ones.
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run([str(LINT_IMPORTS), "--no-cache"], cwd=root, env=env, capture_output=True, text=True,
                          timeout=120)


def test_the_layer_contract_is_kept():
    result = lint_imports(REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


@pytest.mark.parametrize("forbidden", [
    ("db/store.py", "import crawler.registry"),  # the leaf library reaching up
    ("pipelines/normalize.py", "from crawler import cli"),  # a normalizer reaching into the application
    ("db/plugin/board.py", "from pipelines.notice import open_store"),  # db -> pipelines beyond the one exception
])
def test_the_contract_fails_on_a_forbidden_import(tmp_path, forbidden):
    for package in PACKAGES:
        shutil.copytree(REPO / package, tmp_path / package, ignore=shutil.ignore_patterns("replicas", "__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    module, line = forbidden
    target = tmp_path / module
    target.write_text(target.read_text("utf-8") + f"\n{line}  # noqa\n", "utf-8")
    result = lint_imports(tmp_path)
    assert result.returncode != 0, result.stdout
    assert "BROKEN" in result.stdout


def function_level_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for inner in ast.walk(node):
            names = []
            if isinstance(inner, ast.Import):
                names = [alias.name for alias in inner.names]
            elif isinstance(inner, ast.ImportFrom) and inner.level == 0 and inner.module:
                names = [inner.module]
            found += [f"{path.relative_to(REPO)}:{inner.lineno} {name}" for name in names
                      if name.split(".")[0] in PACKAGES]
    return found


def test_no_import_of_our_packages_hides_inside_a_function():
    hidden = [hit for path in our_modules() for hit in function_level_imports(path)]
    assert hidden == [], "imports inside functions hide cycles; move the code instead:\n" + "\n".join(hidden)


def test_function_level_imports_are_found():
    # The check above can fail: a function importing one of our packages is reported.
    sample = REPO / "tests" / "data" / "layers_sample.py"
    assert function_level_imports(sample) == ["tests/data/layers_sample.py:5 db.store"]


def test_long_modules_say_why():
    long = []
    for path in our_modules():
        lines = path.read_text("utf-8").count("\n")
        doc = ast.get_docstring(ast.parse(path.read_text("utf-8"))) or ""
        if lines > MAX_LINES and LONG_MODULE_REASON not in doc:
            long.append(f"{path.relative_to(REPO)}: {lines} lines")
    assert long == [], f"split these by concern, or give the reason in the docstring ({LONG_MODULE_REASON} ...)"
