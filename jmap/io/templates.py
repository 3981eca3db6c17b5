"""The bundled templates (``templates/NAME.LANG.jmap``) and worked examples (``templates/examples``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jmap.core.document import Document
from jmap.core.model import LANGUAGES, MapType
from jmap.io.clock import now_iso
from jmap.io.jmapfile import load
from jmap.paths import templates_dir

TEMPLATE_NAMES = tuple(t.value for t in MapType)


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    language: str
    title: str
    description: str
    path: Path


def template_path(name: str, language: str = "en") -> Path:
    if name not in TEMPLATE_NAMES:
        raise KeyError(f"unknown template {name!r}; choose one of {', '.join(TEMPLATE_NAMES)}")
    if language not in LANGUAGES:
        raise KeyError(f"unknown language {language!r}; choose one of {', '.join(LANGUAGES)}")
    return templates_dir() / f"{name}.{language}.jmap"


def list_templates(language: str | None = None) -> list[TemplateInfo]:
    """Every bundled template (in one language, or all), in a stable order."""
    out = []
    for name in TEMPLATE_NAMES:
        for lang in LANGUAGES if language is None else (language,):
            path = template_path(name, lang)
            if path.is_file():
                doc = load(path).document
                out.append(TemplateInfo(name, lang, doc.meta.title, doc.meta.description, path))
    return out


def example_paths() -> list[Path]:
    """The worked example maps, sorted by file name."""
    return sorted((templates_dir() / "examples").glob("*.jmap"))


def new_map_id() -> str:
    """A fresh map id such as ``map-3f9c2a7b1d04`` (random: two maps never share one)."""
    import uuid

    return f"map-{uuid.uuid4().hex[:12]}"


def stamp_new(doc: Document, title: str | None = None) -> Document:
    """Mark a freshly built map (not yet shown or saved) as created now, with its own map id
    and an optional title."""
    doc.meta.created = doc.meta.modified = now_iso()
    doc.meta.map_id = new_map_id()
    if title:
        doc.meta.title = title
    return doc


def new_from_template(name: str, language: str = "en", title: str | None = None) -> Document:
    """A new map from a template, stamped with the current time."""
    return stamp_new(load(template_path(name, language)).document, title)
