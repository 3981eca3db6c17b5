"""Generates the bundled templates and worked examples; run ``python templates/_build.py``.

This script is the source of every ``.jmap`` file in ``templates/``: the sixteen
templates ``NAME.LANG.jmap`` (four map types in English, Norwegian bokmål, Dutch and
Greek) and the worked examples in ``templates/examples/``. The files are committed so
that an installed jmap needs no build step; tests/test_templates.py checks that they
are byte for byte what this script produces.

To change a template, edit its texts in ``_texts_LANG.py`` (or the lane structure in
``STRUCTURE`` below); to change an example, edit ``_example_NAME.py``. Then run

    python templates/_build.py            # rewrite the files that changed
    python templates/_build.py --check    # exit 1 if any file on disk is stale

Everything is built through jmap.core (Document and the model classes) and written
with jmap.io.dumps, so the bytes are the canonical, deterministic form.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(HERE.parent))

from jmap.core.document import Document  # noqa: E402
from jmap.core.model import (  # noqa: E402
    LANGUAGES,
    ONLINE_CHANNELS,
    BlueprintLine,
    EmotionPoint,
    Flow,
    Lane,
    MapMeta,
    Metric,
    Note,
    Persona,
    Stage,
    Touchpoint,
)
from jmap.core.theme import PERSONA_PALETTE  # noqa: E402
from jmap.io import dumps  # noqa: E402

#: Map type -> lanes as (kind, required), top to bottom. Texts come from _texts_LANG.py.
STRUCTURE: dict[str, list[tuple[str, bool]]] = {
    "current-state": [
        ("actions", True), ("touchpoints", True), ("thoughts", False), ("questions", False),
        ("emotions", True), ("pain_points", True), ("opportunities", False),
    ],
    "day-in-the-life": [
        ("actions", True), ("touchpoints", False), ("thoughts", False), ("emotions", True),
        ("needs", True), ("pain_points", False), ("opportunities", False),
    ],
    "future-state": [
        ("goals", True), ("actions", False), ("touchpoints", True), ("emotions", True),
        ("ideas", False), ("opportunities", True), ("metrics", False),
    ],
    "service-blueprint": [
        ("emotions", False), ("pain_points", False), ("opportunities", False),
        ("physical_evidence", False), ("customer_actions", True), ("frontstage", True),
        ("backstage", True), ("support", False),
    ],
}

#: Service-blueprint lines: (line kind, lane kind the line is drawn below).
BLUEPRINT_LINES = (("interaction", "customer_actions"), ("visibility", "frontstage"), ("internal", "backstage"))

#: Example file name -> the module (``_example_NAME.py``) that builds it.
EXAMPLES = {
    "laptop-shop.jmap": "_example_laptop",
    "clothing-shop.jmap": "_example_clothing",
    "yoga-studio.jmap": "_example_yoga",
    "clothing-shop-future.nb.jmap": "_example_clothing_future_nb",
}


def _sibling(name: str):
    """Import ``templates/NAME.py`` (the folder is not a package)."""
    key = f"jmap_templates_{name}"
    module = sys.modules.get(key)
    if module is None:
        spec = importlib.util.spec_from_file_location(key, HERE / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[key] = module
        keep, sys.dont_write_bytecode = sys.dont_write_bytecode, True  # no __pycache__ in templates/
        try:
            spec.loader.exec_module(module)
        finally:
            sys.dont_write_bytecode = keep
    return module


def texts(language: str) -> dict:
    """The template texts of one language (``TEXTS`` of ``_texts_LANG.py``)."""
    return _sibling(f"_texts_{language}").TEXTS


# ------------------------------------------------------------------ templates
def template(name: str, language: str) -> Document:
    """One blank template: stages and lanes with their prompts, one placeholder persona."""
    t = texts(language)
    spec = t[name]
    structure = STRUCTURE[name]
    if len(spec["lanes"]) != len(structure):
        raise ValueError(f"_texts_{language}.py: {name} has {len(spec['lanes'])} lanes, expected {len(structure)}")
    doc = Document(MapMeta(title=spec["title"], description=spec["description"], map_type=name,
                           language=language, authors=[], created="", modified=""))
    # One empty persona so that the emotions lane has a curve owner from the start.
    doc.append("personas", Persona("persona-1", name=t["persona"], colour=PERSONA_PALETTE[0]))
    for i, (stage_name, description, prompt) in enumerate(spec["stages"], 1):
        doc.append("stages", Stage(f"stage-{i}", name=stage_name, description=description, prompt=prompt))
    lane_of_kind = {}
    for i, ((kind, required), (title, prompt)) in enumerate(zip(structure, spec["lanes"]), 1):
        doc.append("lanes", Lane(f"lane-{i}", kind=kind, title=title, prompt=prompt, required=required))
        lane_of_kind[kind] = f"lane-{i}"
    if name == "service-blueprint":
        for i, (kind, below) in enumerate(BLUEPRINT_LINES, 1):
            doc.append("lines", BlueprintLine(f"line-{i}", kind=kind, after_lane=lane_of_kind[below],
                                              label=t["lines"][kind]))
    return doc


# ------------------------------------------------------------------ examples
class Kit:
    """A terse way to write a worked example: each call appends one entity and returns its id."""

    def __init__(self, **meta) -> None:
        meta.setdefault("created", "2026-01-15T09:00:00Z")
        meta.setdefault("modified", "2026-01-15T09:00:00Z")
        self.doc = Document(MapMeta(**meta))

    @classmethod
    def from_template(cls, name: str, language: str, **meta) -> "Kit":
        """Start from a template's stages, lanes and lines (without its placeholder persona)."""
        kit = cls(map_type=name, language=language, **meta)
        base = template(name, language)
        for collection in ("stages", "lanes", "lines"):
            for entity in base.items(collection):
                kit.doc.append(collection, entity)
        return kit

    def _add(self, collection: str, cls, **fields) -> str:
        entity_id = self.doc.new_id(collection)
        self.doc.append(collection, cls(entity_id, **fields))
        return entity_id

    def persona(self, name: str, **fields) -> str:
        fields.setdefault("colour", PERSONA_PALETTE[len(self.doc.personas) % len(PERSONA_PALETTE)])
        return self._add("personas", Persona, name=name, **fields)

    def stage(self, name: str, description: str = "", prompt: str = "") -> str:
        return self._add("stages", Stage, name=name, description=description, prompt=prompt)

    def lane(self, kind: str, title: str, prompt: str = "", required: bool = False) -> str:
        return self._add("lanes", Lane, kind=kind, title=title, prompt=prompt, required=required)

    def note(self, lane: str, stage: str, text: str, picture: str = "") -> str:
        return self._add("notes", Note, lane=lane, stage=stage, text=text, picture=picture)

    def picture(self, file_name: str) -> str:
        """A picture of ``examples/pictures/`` (added once, however often it is used); returns its id."""
        from jmap.io.pictures import make_picture

        picture = make_picture((HERE / "examples" / "pictures" / file_name).read_bytes())
        if self.doc.get("pictures", picture.id) is None:
            self.doc.append("pictures", picture)
        return picture.id

    def notes(self, lane: str, by_stage: dict[str, list[str] | str]) -> None:
        for stage, items in by_stage.items():
            for text in [items] if isinstance(items, str) else items:
                self.note(lane, stage, text)

    def tp(self, stage: str, lane: str, title: str, description: str = "", channel: str = "web",
           online: bool | None = None, **fields) -> str:
        online = channel in ONLINE_CHANNELS if online is None else online
        return self._add("touchpoints", Touchpoint, stage=stage, lane=lane, title=title,
                         description=description, channel=channel, online=online, **fields)

    def flow(self, source: str, target: str, label: str = "") -> str:
        return self._add("flows", Flow, source=source, target=target, label=label)

    def flows(self, *edges) -> None:
        for edge in edges:
            self.flow(*edge)

    def feel(self, persona: str, stage: str, value: int, comment: str = "", touchpoint: str = "") -> str:
        return self._add("emotions", EmotionPoint, persona=persona, stage=stage, value=value,
                         comment=comment, touchpoint=touchpoint)

    def metric(self, stage: str, name: str, value: float, unit: str, target: float) -> str:
        return self._add("metrics", Metric, stage=stage, name=name, value=value, unit=unit, target=target)

    def line(self, kind: str, after_lane: str, label: str) -> str:
        return self._add("lines", BlueprintLine, kind=kind, after_lane=after_lane, label=label)


def example(file_name: str) -> Document:
    return _sibling(EXAMPLES[file_name]).build(Kit)


# ------------------------------------------------------------------ output
def build() -> dict[str, bytes]:
    """Every generated file: path relative to ``templates/`` (with /) -> exact bytes."""
    out: dict[str, bytes] = {}
    for name in STRUCTURE:
        for language in LANGUAGES:
            out[f"{name}.{language}.jmap"] = dumps(template(name, language))
    for file_name in EXAMPLES:
        out[f"examples/{file_name}"] = dumps(example(file_name))
    return out


def main(argv: list[str] | None = None, root: Path = HERE) -> int:
    """Write the generated files under ``root`` (``templates/``), or only compare with ``--check``."""
    parser = argparse.ArgumentParser(description="Regenerate the bundled templates and examples.")
    parser.add_argument("--check", action="store_true", help="only report stale files; exit 1 if any")
    args = parser.parse_args(argv)
    stale = []
    for rel, data in build().items():
        path = root / rel
        if path.is_file() and path.read_bytes() == data:
            continue
        stale.append(rel)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    verb = "stale" if args.check else "written"
    print(f"{len(stale)} file(s) {verb}" + "".join(f"\n  {rel}" for rel in stale))
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
