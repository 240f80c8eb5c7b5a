"""The apps import one way (docs/architecture.md): operations at the top, then the apps that act on
pages (requests, review, search, files, log-in protection), then the page types, then who-is-who,
working days and outgoing documents at the bottom. Read from the source (every import, also those
inside functions), migrations left out."""

import ast
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BOTTOM = {"organisation", "workdays", "outgoing"}
PAGES = {"disclosure_pages"}
ACTING = {"disclosure_requests", "public_opinion", "complaints", "search", "moderation", "page_files", "page_cache", "security"}
# Assessment reads the records of every acting app (the annual report and the yearly assessment).
REPORTING = {"assessment"}
APPS = {"operations"} | REPORTING | ACTING | PAGES | BOTTOM

# What each app may import besides the layers below it: requests are answered through the review
# chain (moderation) and throttled per client (security); public-opinion responses are announced to
# the review chain's people (moderation). Nothing else crosses within a layer.
ALLOWED = {
    "operations": REPORTING | ACTING | PAGES | BOTTOM,
    "assessment": ACTING | PAGES | BOTTOM,
    "disclosure_requests": {"moderation", "security"} | PAGES | BOTTOM,
    "public_opinion": {"moderation"} | PAGES | BOTTOM,
    "complaints": {"security"} | PAGES | BOTTOM,
    "moderation": PAGES | BOTTOM,
    "search": PAGES | BOTTOM,
    "page_files": PAGES | BOTTOM,
    "page_cache": PAGES | BOTTOM,
    "security": BOTTOM,
    "disclosure_pages": BOTTOM,
    "organisation": {"workdays"},
    "workdays": set(),
    "outgoing": set(),
}


def imported_apps(app):
    """(imported app, "file:line") for every import of another app of ours in ``app``."""
    for path in sorted((ROOT / app).rglob("*.py")):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules = [node.module]
            else:
                continue
            for module in modules:
                top = module.split(".")[0]
                if top in APPS and top != app:
                    yield top, f"{path.relative_to(ROOT)}:{node.lineno}"


def test_every_package_of_ours_has_its_place_in_the_layers():
    """A new app (listed in pyproject.toml) must be placed here before it can import anything."""
    packages = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    # The project (URLs, settings) sits above everything and is not an app.
    assert {p for p in packages if not p.startswith("disclosure_site")} == APPS == set(ALLOWED)


@pytest.mark.parametrize("app", sorted(APPS))
def test_no_import_goes_upward(app):
    upward = [f"{where} imports {target}" for target, where in imported_apps(app) if target not in ALLOWED[app]]
    assert upward == []


def test_the_check_sees_lazy_imports(tmp_path, monkeypatch):
    """An import inside a function counts: the test cannot pass by hiding a cycle in a function body."""
    (tmp_path / "organisation").mkdir()
    (tmp_path / "organisation" / "roles.py").write_text("def f():\n    from page_files.libraries import x\n")
    monkeypatch.setattr(__import__(__name__, fromlist=["ROOT"]), "ROOT", tmp_path)
    assert list(imported_apps("organisation")) == [("page_files", "organisation/roles.py:2")]
