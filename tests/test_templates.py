"""The bundled templates and worked examples: clean loads, round trips, CLI use, the generator."""

from __future__ import annotations

import importlib.util
import re
import sys
from dataclasses import replace

import networkx as nx
import pytest

from jmap import cli
from jmap.checks import run_checks
from jmap.core.model import CARD_LANES, LANGUAGES, LaneKind
from jmap.core.theme import PERSONA_PALETTE
from jmap.io import dumps, load, loads
from jmap.io.templates import (
    TEMPLATE_NAMES,
    TemplateInfo,
    example_paths,
    list_templates,
    new_from_template,
    template_path,
)
from jmap.paths import templates_dir

ALL = [(name, lang) for name in TEMPLATE_NAMES for lang in LANGUAGES]
#: The English journey examples; every example (these and the translated ones) gets the generic checks.
EXAMPLE_NAMES = ("laptop-shop.jmap", "clothing-shop.jmap", "yoga-studio.jmap")
ALL_EXAMPLES = (*EXAMPLE_NAMES, "clothing-shop-future.nb.jmap")
ISO_STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
GREEK_ACCENTED = re.compile("[άέήίόύώΆΈΉΊΌΎΏΐΰ]")


@pytest.fixture(scope="module")
def generator():
    """templates/_build.py, imported from its path (templates/ is not a package)."""
    spec = importlib.util.spec_from_file_location("jmap_templates_build_under_test", templates_dir() / "_build.py")
    module = importlib.util.module_from_spec(spec)
    keep, sys.dont_write_bytecode = sys.dont_write_bytecode, True
    try:
        spec.loader.exec_module(module)
    finally:
        sys.dont_write_bytecode = keep
    return module


def _texts(doc) -> list[str]:
    """Every piece of text a template shows."""
    out = [doc.meta.title, doc.meta.description]
    for stage in doc.stages:
        out += [stage.name, stage.description, stage.prompt]
    for lane in doc.lanes:
        out += [lane.title, lane.prompt]
    out += [line.label for line in doc.lines]
    return out


# ------------------------------------------------------------------ generator
def test_generator_reproduces_every_file_byte_for_byte(generator):
    built = generator.build()
    expected = {f"{name}.{lang}.jmap" for name, lang in ALL} | {f"examples/{p.name}" for p in example_paths()}
    assert set(built) == expected
    for rel, data in built.items():
        assert (templates_dir() / rel).read_bytes() == data, f"{rel} is stale: run python templates/_build.py"


def test_generator_script_writes_and_checks(generator, tmp_path, capsys):
    assert generator.main(["--check"], root=tmp_path) == 1  # nothing there yet: all stale, nothing written
    assert not any(tmp_path.iterdir())
    assert generator.main([], root=tmp_path) == 0
    assert generator.main(["--check"], root=tmp_path) == 0
    (tmp_path / "future-state.nl.jmap").write_bytes(b"{}")
    assert generator.main(["--check"], root=tmp_path) == 1
    assert "future-state.nl.jmap" in capsys.readouterr().out
    generator.main([], root=tmp_path)
    for rel, data in generator.build().items():
        assert (tmp_path / rel).read_bytes() == data


# ------------------------------------------------------------------ templates
@pytest.mark.parametrize(("name", "lang"), ALL)
def test_template_loads_cleanly_and_round_trips(name, lang):
    path = template_path(name, lang)
    result = load(path)
    assert result.warnings == []
    doc = result.document
    assert dumps(doc) == path.read_bytes()
    assert dumps(loads(path.read_bytes()).document) == path.read_bytes()
    meta = doc.meta
    assert (meta.map_type, meta.language, meta.authors, meta.created, meta.modified) == (name, lang, [], "", "")
    assert meta.title.strip() and meta.description.strip() and "\n" not in meta.description
    assert [s.id for s in doc.stages] == [f"stage-{i}" for i in range(1, len(doc.stages) + 1)]
    assert [lane.id for lane in doc.lanes] == [f"lane-{i}" for i in range(1, len(doc.lanes) + 1)]
    assert 5 <= len(doc.stages) <= 7
    for text in _texts(doc):
        assert text.strip() == text and text, f"empty or padded text in {path.name}"
    assert [lane.kind for lane in doc.lanes].count(LaneKind.EMOTIONS) == 1
    assert any(lane.required for lane in doc.lanes)
    # A blank canvas: one placeholder persona and nothing else filled in.
    assert [(p.id, p.colour) for p in doc.personas] == [("persona-1", PERSONA_PALETTE[0])]
    assert not (doc.notes or doc.touchpoints or doc.flows or doc.emotions or doc.metrics)


def _kinds(doc, required_only=False) -> list[str]:
    return [lane.kind for lane in doc.lanes if lane.required or not required_only]


def test_current_state_structure():
    doc = load(template_path("current-state")).document
    assert {"actions", "touchpoints", "thoughts", "emotions", "pain_points", "opportunities"} <= set(_kinds(doc))
    assert {"touchpoints", "emotions", "pain_points"} <= set(_kinds(doc, required_only=True))
    assert [s.name for s in doc.stages] == ["Awareness", "Consideration", "Purchase", "Retention", "Advocacy"]
    assert not doc.lines


def test_day_in_the_life_structure():
    doc = load(template_path("day-in-the-life")).document
    assert "needs" in _kinds(doc, required_only=True)
    names = [s.name for s in doc.stages]
    assert names[0] == "Morning" and names[-1] == "Evening" and "Lunch" in names


def test_future_state_structure():
    doc = load(template_path("future-state")).document
    kinds = set(_kinds(doc))
    assert {"goals", "ideas", "opportunities", "touchpoints", "emotions"} <= kinds
    changes = next(lane for lane in doc.lanes if lane.kind == "opportunities")
    assert changes.title == "Changes needed" and changes.required


def test_service_blueprint_structure():
    doc = load(template_path("service-blueprint")).document
    kinds = _kinds(doc)
    order = ["physical_evidence", "customer_actions", "frontstage", "backstage", "support"]
    assert [k for k in kinds if k in order] == order
    lane_kind = {lane.id: lane.kind for lane in doc.lanes}
    assert [(line.kind, lane_kind[line.after_lane]) for line in doc.lines] == [
        ("interaction", "customer_actions"), ("visibility", "frontstage"), ("internal", "backstage")]
    assert {"customer_actions", "frontstage", "backstage"} <= set(_kinds(doc, required_only=True))


@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_languages_share_structure_but_not_text(name):
    english = load(template_path(name, "en")).document

    def shape(doc):
        return ([s.id for s in doc.stages], [(lane.id, lane.kind, lane.required) for lane in doc.lanes],
                [(line.id, line.kind, line.after_lane) for line in doc.lines])

    for lang in LANGUAGES[1:]:
        doc = load(template_path(name, lang)).document
        assert shape(doc) == shape(english)
        for ours, theirs in zip(_texts(doc), _texts(english)):
            if ours not in ("Frontstage", "Backstage", "Lunch"):  # words Dutch uses as they are
                assert ours != theirs, f"{name}.{lang} has untranslated text {ours!r}"


@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_greek_and_norwegian_use_their_letters(name):
    greek = load(template_path(name, "el")).document
    for text in _texts(greek):
        assert GREEK.search(text), f"no Greek letters in {text!r}"
    assert GREEK_ACCENTED.search(" ".join(_texts(greek)))
    assert all(GREEK_ACCENTED.search(s.prompt) for s in greek.stages)  # every sentence carries its accents
    norwegian = " ".join(_texts(load(template_path(name, "nb")).document))
    assert re.search("[æøåÆØÅ]", norwegian)
    dutch = " ".join(_texts(load(template_path(name, "nl")).document))
    assert re.search(r"\b(de|het|een|van)\b", dutch)


@pytest.mark.parametrize(("name", "lang"), ALL)
def test_jmap_new_then_validate(name, lang, tmp_path, capsys):
    out = tmp_path / f"{name}-{lang}.jmap"
    assert cli.main(["new", "--template", name, "--lang", lang, "-o", str(out)]) == 0
    assert cli.main(["validate", "--strict", str(out)]) == 0
    assert "valid:" in capsys.readouterr().out
    made = load(out).document
    template = load(template_path(name, lang)).document
    assert ISO_STAMP.match(made.meta.created) and made.meta.modified == made.meta.created
    assert made.meta.map_id.startswith("map-")  # every new map gets its own id
    assert replace(made.meta, created="", modified="", map_id="") == template.meta
    assert [s.prompt for s in made.stages] == [s.prompt for s in template.stages]


def test_jmap_templates_lists_all(capsys):
    assert cli.main(["templates"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(ALL)
    for (name, lang), line in zip(ALL, lines):
        title = load(template_path(name, lang)).document.meta.title
        assert line.split()[:2] == [name, lang] and line.endswith(title)
    assert cli.main(["templates", "--lang", "el"]) == 0
    greek = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in greek] == list(TEMPLATE_NAMES)
    assert all(GREEK.search(line) for line in greek)


def test_list_templates_and_new_from_template():
    infos = list_templates()
    assert [(i.name, i.language) for i in infos] == ALL
    assert all(isinstance(i, TemplateInfo) and i.path.is_file() and i.title and i.description for i in infos)
    assert [i.language for i in list_templates("nb")] == ["nb"] * len(TEMPLATE_NAMES)
    doc = new_from_template("service-blueprint", "nl")
    assert doc.meta.title == "Serviceblauwdruk" and doc.meta.language == "nl"
    assert ISO_STAMP.match(doc.meta.created) and doc.meta.created == doc.meta.modified
    assert len(doc.lines) == 3
    again = new_from_template("service-blueprint", "nl")
    again.set("stages", "stage-1", "name", "Changed")
    assert doc.stages[0].name != "Changed"
    with pytest.raises(KeyError, match="unknown template"):
        new_from_template("no-such-map", "en")
    with pytest.raises(KeyError, match="unknown language"):
        new_from_template("current-state", "de")


# ------------------------------------------------------------------ examples
def coverage_gaps(doc) -> list[str]:
    """A small independent coverage check: what a facilitator would still have to fill in."""
    gaps = []
    order = doc.stage_index()
    last = len(doc.stages) - 1
    for stage in doc.stages:
        if not any(tp.stage == stage.id for tp in doc.touchpoints):
            gaps.append(f"{stage.id}: no touchpoint")
        for lane in doc.lanes:
            if not lane.required:
                continue
            filled = doc.notes_in(lane.id, stage.id) or doc.touchpoints_in(lane.id, stage.id)
            if lane.kind == LaneKind.EMOTIONS:
                filled = filled or any(p.stage == stage.id for p in doc.emotions)
            if not filled:
                gaps.append(f"{stage.id}: required lane {lane.id} is empty")
        for persona in doc.personas:
            if not any(p.stage == stage.id for p in doc.emotions_of(persona.id)):
                gaps.append(f"{stage.id}: no emotion for {persona.id}")
    graph = nx.DiGraph()
    graph.add_nodes_from(tp.id for tp in doc.touchpoints)
    graph.add_edges_from((f.source, f.target) for f in doc.flows)
    entries = [tp.id for tp in doc.touchpoints if tp.entry]
    if not entries:
        gaps.append("no entry touchpoint")
    reachable = set(entries).union(*(nx.descendants(graph, e) for e in entries))
    for tp in doc.touchpoints:
        if tp.id not in reachable:
            gaps.append(f"{tp.id}: unreachable")
        if order[tp.stage] < last and graph.out_degree(tp.id) == 0:
            gaps.append(f"{tp.id}: dead end")
    return gaps


def _load_example(name: str):
    path = templates_dir() / "examples" / name
    result = load(path)
    assert result.warnings == []
    assert dumps(result.document) == path.read_bytes()
    return result.document


@pytest.fixture(scope="module", params=ALL_EXAMPLES)
def example(request):
    return _load_example(request.param)


@pytest.fixture(scope="module", params=EXAMPLE_NAMES)
def journey_example(request):
    return _load_example(request.param)


def test_example_files_are_listed():
    assert {p.name for p in example_paths()} == set(ALL_EXAMPLES)


def test_example_metadata_and_personas(example):
    meta = example.meta
    assert meta.title and meta.description and meta.language in LANGUAGES and meta.map_type in TEMPLATE_NAMES
    assert ISO_STAMP.match(meta.created) and meta.authors
    assert 5 <= len(example.stages) <= 7
    assert len(example.personas) >= 2
    assert len({p.colour for p in example.personas}) == len(example.personas)
    for p in example.personas:
        assert all((p.name, p.role, p.quote, p.demographics)), p.id
        assert all((p.goals, p.needs, p.motivations, p.behaviours, p.frustrations)), p.id
        stages = [point.stage for point in example.emotions_of(p.id)]
        assert stages == [s.id for s in example.stages], f"{p.id} needs exactly one emotion per stage"


def test_example_touchpoints_show_every_kind(example):
    tps = example.touchpoints
    assert sum(tp.entry for tp in tps) == 1
    assert len({tp.channel for tp in tps}) >= 4
    assert {tp.online for tp in tps} == {True, False}
    assert {tp.evidence for tp in tps} == {"observed", "assumed", "proposed"}
    assert len({tp.importance for tp in tps}) >= 3 and len({tp.impact for tp in tps}) >= 3
    assert all(tp.owner and tp.title for tp in tps)
    lanes = {lane.id: lane.kind for lane in example.lanes}
    assert all(lanes[tp.lane] in CARD_LANES for tp in tps)
    anchored = [p for p in example.emotions if p.touchpoint]
    assert anchored and all(example.get("touchpoints", p.touchpoint).stage == p.stage for p in anchored)


def test_example_flows_branch_skip_and_loop_back(example):
    order = example.stage_index()
    stage_of = {tp.id: order[tp.stage] for tp in example.touchpoints}
    steps = [stage_of[f.target] - stage_of[f.source] for f in example.flows]
    assert any(step < 0 for step in steps), "no backward flow"
    assert any(step > 1 for step in steps), "no flow that skips a stage"
    graph = nx.DiGraph([(f.source, f.target) for f in example.flows])
    assert any(graph.out_degree(n) >= 2 for n in graph), "no branch"
    assert nx.find_cycle(graph), "no loop"
    assert any(f.label for f in example.flows)


def test_example_notes_pain_points_and_metrics(journey_example):
    example = journey_example
    assert example.meta.language == "en"
    kind = {lane.id: lane.kind for lane in example.lanes}
    kinds_with_notes = {kind[n.lane] for n in example.notes}
    assert {"pain_points", "opportunities", "thoughts"} <= kinds_with_notes
    assert kinds_with_notes & {"actions", "customer_actions"}
    for stage in example.stages:
        here = {kind[n.lane] for n in example.notes if n.stage == stage.id}
        if "pain_points" in here:
            assert "opportunities" in here, f"{stage.id}: pain point without an opportunity"
        low = [p for p in example.emotions if p.stage == stage.id and p.value <= -2]
        if low:
            assert "opportunities" in here, f"{stage.id}: strong negative emotion without an opportunity"
        metrics = [m for m in example.metrics if m.stage == stage.id]
        assert metrics and all(m.value is not None and m.target is not None and m.name for m in metrics)
    assert any(p.value <= -2 for p in example.emotions) and any(p.value >= 2 for p in example.emotions)


def test_examples_together_show_the_common_metrics():
    names = set()
    for name in EXAMPLE_NAMES:
        names |= {m.name for m in load(templates_dir() / "examples" / name).document.metrics}
    assert {"Conversion rate", "Bounce rate", "Cart abandonment", "Satisfaction score"} <= names


def test_example_passes_coverage(example):
    assert coverage_gaps(example) == []


def test_example_has_no_findings_in_the_coverage_check(example):
    assert [(f.rule, f.message) for f in run_checks(example)] == []


def test_norwegian_future_state_example_builds_on_its_template():
    doc = _load_example("clothing-shop-future.nb.jmap")
    template = load(template_path("future-state", "nb")).document
    assert (doc.meta.map_type, doc.meta.language) == ("future-state", "nb")
    assert [(s.id, s.name, s.prompt) for s in doc.stages] == [(s.id, s.name, s.prompt) for s in template.stages]
    assert [(ln.id, ln.kind, ln.title) for ln in doc.lanes] == [(ln.id, ln.kind, ln.title) for ln in template.lanes]
    kind = {lane.id: lane.kind for lane in doc.lanes}
    for stage in doc.stages:
        here = {kind[n.lane] for n in doc.notes if n.stage == stage.id}
        assert {"goals", "ideas", "opportunities"} <= here, stage.id
    text = " ".join([n.text for n in doc.notes] + [tp.title for tp in doc.touchpoints])
    assert re.search("[æøå]", text)


def test_coverage_helper_finds_gaps():
    doc = load(templates_dir() / "examples" / "laptop-shop.jmap").document
    last_flow_out = next(f for f in doc.flows if f.source == "tp-15")  # order confirmation -> parcel
    doc.remove("flows", last_flow_out.id)
    pains = next(lane for lane in doc.lanes if lane.kind == "pain_points")
    for note in list(doc.notes_in(pains.id, "stage-2")):
        doc.remove("notes", note.id)
    gaps = coverage_gaps(doc)
    assert "tp-15: dead end" in gaps
    assert f"stage-2: required lane {pains.id} is empty" in gaps
    assert any(g.endswith("unreachable") for g in gaps)


def test_yoga_studio_is_a_blueprint_with_work_behind_the_frontstage():
    doc = load(templates_dir() / "examples" / "yoga-studio.jmap").document
    assert doc.meta.map_type == "service-blueprint"
    kind = {lane.id: lane.kind for lane in doc.lanes}
    assert [(line.kind, kind[line.after_lane]) for line in doc.lines] == [
        ("interaction", "customer_actions"), ("visibility", "frontstage"), ("internal", "backstage")]
    for tp in doc.touchpoints:
        if kind[tp.lane] == "frontstage":
            behind = [t for t in doc.touchpoints if t.stage == tp.stage and kind[t.lane] in ("backstage", "support")]
            behind += [n for n in doc.notes if n.stage == tp.stage and kind[n.lane] in ("backstage", "support")]
            assert behind, f"{tp.id} has nothing behind the line of visibility"
