"""Refresh the translation catalogues: ``python -m jmap.gui.i18n.update [--release]`` (a developer tool).

Modules written with ``self.tr()`` / ``QCoreApplication.translate()`` are scanned by
pyside6-lupdate. Modules that use the ``jmap.gui.tr(text, context="jmap")`` helper are
scanned here instead (lupdate would file those under the enclosing class, which is not
the context the helper looks them up in). Existing translations are kept; new texts are
added as unfinished; texts gone from the code are marked vanished. ``--release``
compiles the .qm files with pyside6-lrelease.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from jmap.gui.i18n import FOLDER, LANGUAGES

GUI = FOLDER.parent


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def uses_helper(source: str) -> bool:
    tree = ast.parse(source)
    return any(isinstance(n, ast.ImportFrom) and n.module == "jmap.gui" and any(a.name == "tr" for a in n.names)
               for n in ast.walk(tree))


def helper_messages(path: Path) -> list[tuple[str, str, int, bool]]:
    """(context, text, line, plural) of every ``tr("literal")`` / ``tr("literal", "context")`` call;
    plural when it passes ``n=`` (a text with %n and plural forms)."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr"):
            continue
        if not node.args or not isinstance(node.args[0], ast.Constant) or not isinstance(node.args[0].value, str):
            continue  # f-strings and variables cannot be looked up; keep such texts literal in the code
        context = "jmap"
        if len(node.args) > 1 and isinstance(node.args[1], ast.Constant):
            context = node.args[1].value
        for kw in node.keywords:
            if kw.arg == "context" and isinstance(kw.value, ast.Constant):
                context = kw.value.value
        plural = len(node.args) > 2 or any(kw.arg == "n" for kw in node.keywords)
        out.append((context, node.args[0].value, node.lineno, plural))
    return out


def _translated(translation) -> bool:
    return bool(translation.text) or any(form.text for form in translation.findall("numerusform"))


def merge(ts: Path, messages: dict[tuple[str, str], tuple[str, int, bool]], contexts: set[str]) -> None:
    """Add or revive the helper's messages in a .ts file; mark vanished ones of its contexts."""
    tree = ET.parse(ts)
    root = tree.getroot()
    by_name = {c.findtext("name"): c for c in root.findall("context")}
    seen = set()
    for name in contexts:
        ctx = by_name.get(name)
        if ctx is None:
            continue
        for msg in ctx.findall("message"):
            key = (name, msg.findtext("source"))
            translation = msg.find("translation")
            if key in messages:
                seen.add(key)
                if translation.get("type") in ("vanished", "obsolete"):
                    if _translated(translation):
                        translation.attrib.pop("type")
                    else:
                        translation.set("type", "unfinished")
            elif translation.get("type") != "vanished":
                translation.set("type", "vanished")
    for (name, text), (file, line, plural) in sorted(messages.items()):
        if (name, text) in seen:
            continue
        ctx = by_name.get(name)
        if ctx is None:
            ctx = by_name[name] = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = name
        msg = ET.SubElement(ctx, "message")
        if plural:
            msg.set("numerus", "yes")
        ET.SubElement(msg, "location", filename=f"../{file}", line=str(line))
        ET.SubElement(msg, "source").text = text
        translation = ET.SubElement(msg, "translation", type="unfinished")
        if plural:  # nb, nl and el have two forms: one, other
            ET.SubElement(translation, "numerusform")
            ET.SubElement(translation, "numerusform")
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    sources = sorted(p for p in GUI.rglob("*.py") if "i18n" not in p.parts)
    helper = [p for p in sources if uses_helper(p.read_text(encoding="utf-8"))]
    own = [p for p in sources if p not in helper and p.name != "__init__.py"]
    messages: dict[tuple[str, str], tuple[str, int]] = {}
    for path in helper:
        for context, text, line, plural in helper_messages(path):
            messages.setdefault((context, text), (path.relative_to(GUI).as_posix(), line, plural))
    contexts = {c for c, _ in messages} | {"jmap"}
    for lang in LANGUAGES[1:]:
        ts = FOLDER / f"jmap_{lang}.ts"
        subprocess.run([_tool("pyside6-lupdate"), *map(str, own), "-ts", str(ts), "-target-language", lang],
                       check=True)
        merge(ts, messages, contexts)
        if "--release" in argv:
            subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    # English needs a catalogue only for plural forms ("1 sheet" / "3 sheets").
    en = FOLDER / "jmap_en.ts"
    subprocess.run([_tool("pyside6-lupdate"), "-pluralonly", *map(str, own), "-ts", str(en),
                    "-target-language", "en"], check=True)
    if "--release" in argv:
        subprocess.run([_tool("pyside6-lrelease"), str(en), "-qm", str(en.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
