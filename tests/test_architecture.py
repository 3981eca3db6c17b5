"""The layering rule: nothing outside jmap/gui imports Qt (import-linter, an AST scan and a real import)."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "jmap"
QT_FREE = ["jmap.core", "jmap.io", "jmap.interop", "jmap.checks", "jmap.export", "jmap.cli", "jmap.paths", "jmap.bench"]
FORBIDDEN = ("PySide6", "shiboken6", "jmap.gui")
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _importlinter_config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]


def _lint(config_file: Path, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(LINT_IMPORTS), "--no-logo", "--no-cache", str(config_file)], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def _toml_with_externals(config: dict) -> str:
    """The project's contracts as a config file that lets import-linter see external packages."""
    lines = ["[tool.importlinter]", f"root_package = {json.dumps(config['root_package'])}",
             "include_external_packages = true", ""]
    for contract in config["contracts"]:
        lines.append("[[tool.importlinter.contracts]]")
        lines += [f"{key} = {json.dumps(value)}" for key, value in contract.items()]
        lines.append("")
    return "\n".join(lines)


def test_the_contract_in_pyproject_covers_the_qt_free_layers():
    contracts = _importlinter_config()["contracts"]
    qt_rule = [c for c in contracts if c["type"] == "forbidden" and "PySide6" in c["forbidden_modules"]]
    assert len(qt_rule) == 1
    assert sorted(qt_rule[0]["source_modules"]) == sorted(QT_FREE)
    assert set(FORBIDDEN) <= set(qt_rule[0]["forbidden_modules"])
    assert qt_rule[0].get("allow_indirect_imports") is False


def test_import_linter_with_the_project_config_passes():
    # `lint-imports` exactly as CI runs it, on pyproject.toml
    result = _lint(ROOT / "pyproject.toml", ROOT)
    if "include_external_packages" in result.stdout + result.stderr:
        raise AssertionError("pyproject.toml: [tool.importlinter] needs `include_external_packages = true`, "
                             "or lint-imports refuses to check the PySide6 contract at all")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout or "0 broken" in result.stdout


def test_import_linter_contract_holds(tmp_path):
    # the same contracts, with external packages switched on so PySide6 itself is in the graph
    config = tmp_path / "importlinter.toml"
    config.write_text(_toml_with_externals(_importlinter_config()), encoding="utf-8")
    result = _lint(config, ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_import_linter_would_catch_a_violation(tmp_path):
    # the rule is not vacuous: a copy of the layout with a core module importing Qt breaks it
    pkg = tmp_path / "fakejmap"
    for sub in ("core", "gui"):
        (pkg / sub).mkdir(parents=True)
        (pkg / sub / "__init__.py").write_text("")
    (pkg / "__init__.py").write_text("")
    (pkg / "core" / "model.py").write_text("from fakejmap.gui import widgets\n")
    (pkg / "gui" / "widgets.py").write_text("from PySide6 import QtWidgets\n")
    config = dict(_importlinter_config(), root_package="fakejmap")
    config["contracts"] = [dict(c, source_modules=["fakejmap.core"],
                                forbidden_modules=["PySide6", "fakejmap.gui"]) for c in config["contracts"]
                          if c["type"] == "forbidden"]
    (tmp_path / "il.toml").write_text(_toml_with_externals(config), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(tmp_path))
    result = _lint(tmp_path / "il.toml", tmp_path, env)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "BROKEN" in result.stdout and "fakejmap.core.model" in result.stdout


# ------------------------------------------------------------------ AST scan
def _qt_free_files() -> list[Path]:
    files = [PACKAGE / "cli.py", PACKAGE / "paths.py", PACKAGE / "bench.py"]
    for name in ("core", "io", "interop", "checks", "export"):
        files += sorted((PACKAGE / name).rglob("*.py"))
    return files


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> list[tuple[int, str]]:
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    return _imports_in(path.read_text(encoding="utf-8"), package)


def _imports_in(source: str, package: str) -> list[tuple[int, str]]:
    """Every module named in import statements, importlib.import_module() or __import__() calls."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against the package
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.append((node.lineno, module))
            found += [(node.lineno, f"{module}.{alias.name}") for alias in node.names]
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant) \
                and isinstance(node.args[0].value, str):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("import_module", "__import__"):
                found.append((node.lineno, node.args[0].value))
    return found


def _forbidden(module: str) -> bool:
    return any(module == f or module.startswith(f + ".") for f in FORBIDDEN)


def test_no_qt_free_module_imports_pyside6_ast_scan():
    files = _qt_free_files()
    assert len(files) > 10 and PACKAGE / "io" / "jmapfile.py" in files
    offenders = [f"{path.relative_to(ROOT)}:{line}: {module}"
                 for path in files for line, module in _imports(path) if _forbidden(module)]
    assert offenders == []


def test_the_ast_scan_sees_every_kind_of_import():
    probe = textwrap.dedent("""
        import PySide6.QtCore
        from shiboken6 import isValid
        from ..gui import scene
        from .. import gui
        def later():
            import importlib
            importlib.import_module("jmap.gui.editor")
            __import__("PySide6")
    """)
    found = {module for _line, module in _imports_in(probe, "jmap.core")}
    assert {"PySide6.QtCore", "shiboken6", "jmap.gui", "jmap.gui.scene", "jmap.gui.editor", "PySide6"} <= found
    assert all(_forbidden(m) for m in ("PySide6.QtCore", "shiboken6", "jmap.gui.canvas.scene"))
    assert not any(_forbidden(m) for m in ("jmap.guide", "PySide", "jmap.core.model"))


def test_importing_every_qt_free_module_loads_no_qt():
    # defence in depth at run time: also catches imports hidden in strings the scanners cannot see
    code = textwrap.dedent("""
        import importlib, pkgutil, sys
        import jmap.cli
        for name in ("jmap.core", "jmap.io", "jmap.interop", "jmap.checks", "jmap.export"):
            package = importlib.import_module(name)
            for info in pkgutil.walk_packages(package.__path__, name + "."):
                importlib.import_module(info.name)
        jmap.cli.build_parser()  # pulls in the command plug-ins
        bad = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6") or m.startswith("jmap.gui"))
        print(len([m for m in sys.modules if m.startswith("jmap.")]), bad)
    """)
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    count, bad = result.stdout.split(" ", 1)
    assert int(count) > 10
    assert bad.strip() == "[]"


# ------------------------------------------------------------------ layers
LAYERS = ["jmap.gui", "jmap.export", "jmap.checks", "jmap.interop", "jmap.io", "jmap.core"]


def test_the_layers_contract_lists_every_package_in_order():
    contracts = _importlinter_config()["contracts"]
    layers = [c for c in contracts if c["type"] == "layers"]
    assert len(layers) == 1
    assert layers[0]["layers"] == LAYERS
    packages = {f"jmap.{p.name}" for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()}
    assert packages == set(LAYERS)


def test_the_layers_contract_would_catch_an_upward_import(tmp_path):
    # a copy of the layering where io imports checks (a higher layer): lint-imports must refuse it
    pkg = tmp_path / "fakejmap"
    for sub in ("gui", "export", "checks", "interop", "io", "core"):
        (pkg / sub).mkdir(parents=True)
        (pkg / sub / "__init__.py").write_text("")
    (pkg / "__init__.py").write_text("")
    (pkg / "checks" / "rules.py").write_text("")
    (pkg / "io" / "reader.py").write_text("from fakejmap.checks import rules\n")
    contract = next(c for c in _importlinter_config()["contracts"] if c["type"] == "layers")
    contract = dict(contract, layers=[name.replace("jmap.", "fakejmap.") for name in contract["layers"]])
    config = {"root_package": "fakejmap", "contracts": [contract]}
    (tmp_path / "il.toml").write_text(_toml_with_externals(config), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(tmp_path))
    result = _lint(tmp_path / "il.toml", tmp_path, env)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "BROKEN" in result.stdout and "fakejmap.io.reader" in result.stdout


# ------------------------------------------------------------------ the house plan
MAX_LINES = 500


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "_data" not in p.parts)


def test_every_module_opens_with_a_docstring_and_stays_readable():
    missing = [str(p.relative_to(ROOT)) for p in _modules() if not ast.get_docstring(ast.parse(p.read_text("utf-8")))]
    too_long = [f"{p.relative_to(ROOT)}: {n} lines" for p in _modules()
                if (n := len(p.read_text("utf-8").splitlines())) > MAX_LINES]
    assert missing == [] and too_long == []


def test_gui_holds_only_modules_that_use_qt():
    # a module with no Qt in it belongs in the core layers, not in jmap/gui
    def uses_qt(path: Path) -> bool:
        modules = [m for _line, m in _imports(path)]
        return any(m.startswith(("PySide6", "shiboken6", "jmap.gui")) for m in modules)

    gui = [p for p in _modules() if p.is_relative_to(PACKAGE / "gui") and p.name != "__init__.py"]
    assert len(gui) > 20
    assert [str(p.relative_to(ROOT)) for p in gui if not uses_qt(p)] == []


def test_gui_is_grouped_by_role():
    loose = sorted(p.name for p in (PACKAGE / "gui").glob("*.py"))
    assert loose == ["__init__.py", "commands.py", "editor.py", "words.py"]
    for group in ("app", "canvas", "panels", "files"):
        assert (PACKAGE / "gui" / group / "__init__.py").is_file()
