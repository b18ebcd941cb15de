"""The layer rules of docs/architecture.md, checked by parsing every module's imports (ast).

- `domain/` and `vn/` import neither Qt nor SQLAlchemy/Alembic, nor `store/`, `services/`,
  `gui/`, `export/`, `formats/` or `cli/` (they are the pure centre);
- `services/` never imports `gui/`; `export/` imports neither `services/` nor `gui/`;
  `formats/` imports neither `services/` nor `gui/` (it serves services);
- only `gui/` imports Qt widgets (`PySide6.QtWidgets`);
- `gui/` keeps at most a dozen modules at its top level (the rest lives in rooms);
- no import cycle between the packages (`domain`, `services`, `gui`, ... and the rooms and
  sub-packages inside them), nor between modules.

An import counts wherever it is written (module level or inside a function: a deferred import
is still a dependency), except under `if TYPE_CHECKING:`, which is for annotations only and
never runs.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "itplan_desktop"
PACKAGE = ROOT.name
MAX_GUI_TOP_MODULES = 12


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(ROOT.rglob("*.py"))}


def _is_type_checking(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.dump(node.test)


def _import_nodes(tree: ast.Module) -> Iterator[ast.Import | ast.ImportFrom]:
    stack: list[ast.AST] = list(tree.body)
    while stack:
        node = stack.pop()
        if _is_type_checking(node):
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        stack.extend(ast.iter_child_nodes(node))


@cache
def imports(name: str) -> frozenset[str]:
    """Every module `name` imports (ours and third-party, by dotted name)."""
    path = modules()[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in _import_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
            continue
        if node.level:
            base = package.split(".")[: len(package.split(".")) - node.level + 1]
            target = ".".join(base + ([node.module] if node.module else []))
        else:
            target = node.module or ""
        submodules = [f"{target}.{a.name}" for a in node.names if f"{target}.{a.name}" in modules()]
        found.update(submodules)
        if len(submodules) < len(node.names):
            found.add(target)
    return frozenset(found)


def own_imports(name: str) -> set[str]:
    return {m for m in imports(name) if m in modules()}


def _in(name: str, *packages: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in packages)


def _layer(layer: str) -> list[str]:
    return [m for m in modules() if _in(m, f"{PACKAGE}.{layer}")]


def _offenders(layers: tuple[str, ...], forbidden: tuple[str, ...]) -> list[str]:
    return sorted(
        f"{module} imports {target}"
        for layer in layers
        for module in _layer(layer)
        for target in imports(module)
        if _in(target, *forbidden)
    )


def _ours(*names: str) -> tuple[str, ...]:
    return tuple(f"{PACKAGE}.{n}" for n in names)


def test_the_centre_is_pure() -> None:
    forbidden = (
        "PySide6",
        "shiboken6",
        "sqlalchemy",
        "alembic",
        *_ours("store", "services", "gui", "export", "formats", "cli", "app"),
    )
    assert _offenders(("domain", "vn"), forbidden) == []


def test_services_never_import_the_gui() -> None:
    assert _offenders(("services",), ("PySide6", *_ours("gui", "cli", "app"))) == []


def test_export_and_formats_serve_services() -> None:
    assert _offenders(("export", "formats"), ("PySide6", *_ours("services", "gui", "cli"))) == []


def test_store_serves_services() -> None:
    assert _offenders(("store",), ("PySide6", *_ours("services", "gui", "cli"))) == []


def test_only_the_gui_imports_qt_widgets() -> None:
    offenders = sorted(
        f"{module} imports {target}"
        for module in modules()
        if not _in(module, f"{PACKAGE}.gui")
        for target in imports(module)
        if _in(target, "PySide6.QtWidgets")
    )
    assert offenders == []


def test_gui_lives_in_rooms() -> None:
    top = sorted(p.stem for p in (ROOT / "gui").glob("*.py") if p.name != "__init__.py")
    assert len(top) <= MAX_GUI_TOP_MODULES, top


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one node (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def _package_of(module: str, depth: int) -> str:
    """The package a module belongs to at `depth` below ours (1: `gui`, 2: `gui.shell`);
    a plain module at that level (`messages`, `gui.errors`) is its own node."""
    parts = module.split(".")
    if modules()[module].name == "__init__.py":
        return ".".join(parts[: depth + 1])
    return ".".join(parts[: min(depth + 1, len(parts))])


def _dependencies_between(depth: int) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for module in modules():
        here = _package_of(module, depth)
        graph.setdefault(here, set())
        for target in own_imports(module):
            there = _package_of(target, depth)
            if there != here and not _in(here, there) and not _in(there, here):
                graph[here].add(there)
    return graph


@pytest.mark.parametrize("depth", [1, 2])
def test_no_import_cycle_between_packages(depth: int) -> None:
    assert _cycles(_dependencies_between(depth)) == []


def test_no_import_cycle_between_modules() -> None:
    graph = {m: own_imports(m) - {m} for m in modules()}
    # a module importing its own package's __init__ (`from . import x` where x is not a
    # module) is not a cycle of ours to break: the package only re-exports
    for module, targets in graph.items():
        graph[module] = {t for t in targets if not _in(module, t)}
    assert _cycles(graph) == []


def test_the_checks_see_the_imports() -> None:
    """The parser finds relative, deferred and package imports (so the rules can fail)."""
    assert f"{PACKAGE}.services.appendix_clipboard" in own_imports(f"{PACKAGE}.gui.appendix.paste")
    assert "PySide6.QtWidgets" in imports(f"{PACKAGE}.gui.errors")
    assert f"{PACKAGE}.export.kpi_report_pdf" in own_imports(f"{PACKAGE}.services.kpi_report")
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
