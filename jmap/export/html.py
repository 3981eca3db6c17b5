"""`jmap export -o map.html`: one self-contained page that any browser opens offline.

The page shows the map as it prints (the SVG drawing of the PDF's map page, jmap.export.image),
with zoom and pan, search, a card's details, the personas and the findings. Nothing is
fetched: fonts are inline data, script and style are inline and allowed by their hashes
in a Content-Security-Policy that forbids everything else. User text is data: escaped in
the drawing, and JSON (with ``<``, ``>`` and ``&`` escaped) that the script shows with
``textContent`` only.
"""

from __future__ import annotations

import base64
import hashlib
import json
from html import escape
from pathlib import Path

from jmap import __version__
from jmap.core import theme
from jmap.core.labels import emotion_label, label, metric_line
from jmap.core.model import EMOTION_MAX, EMOTION_MIN
from jmap.export.image import MapPage, font_css, map_page, svg_body
from jmap.export.svg import FONT_FAMILY, _num
from jmap.export.text import clean, one_line

_HERE = Path(__file__).parent
SCRIPT_FILE = _HERE / "html_page.js"
STYLE_FILE = _HERE / "html_page.css"
_MARKER_SIGNS = {"circle": "●", "square": "■", "triangle": "▲", "diamond": "◆", "down": "▼", "ring": "○",
                 "box": "□"}

def _stage_lane(doc, stage_id: str, lane_id: str) -> str:
    stage, lane = doc.get("stages", stage_id), doc.get("lanes", lane_id)
    return f"{one_line(stage.name) or '—'} › {one_line(lane.title) or lane.kind}"


def _emotion(value, language: str) -> str:
    if isinstance(value, int) and not isinstance(value, bool) and EMOTION_MIN <= value <= EMOTION_MAX:
        return f"{value:+d} {emotion_label(value, language)}".replace("-", "\u2212").replace("+0", "0")
    return str(value)


def _card(doc, tp, language: str, names: dict[str, str], personas: dict[str, str], feelings_of: dict,
          flows_of: dict) -> dict:
    w = lambda key: label(key, language)  # noqa: E731
    fields = []
    if clean(tp.description).strip():
        fields.append([w("description"), clean(tp.description)])
    fields.append([w("channel"), f"{one_line(tp.channel)} ({label('online' if tp.online else 'offline', language)})"])
    if one_line(tp.owner):
        fields.append([w("owner"), one_line(tp.owner)])
    for key in ("importance", "impact"):
        value = getattr(tp, key)
        if isinstance(value, int) and not isinstance(value, bool):
            fields.append([label(key, language), f"{'●' * max(0, min(5, value))}{'○' * (5 - max(0, min(5, value)))}"
                                                 f" {value}/5"])
    evidence = tp.evidence if tp.evidence in theme.EVIDENCE_MARKS else ""
    if evidence:
        fields.append([w("evidence"), f"{theme.EVIDENCE_MARKS[evidence]} {label(evidence, language)}"])
    if tp.entry:
        fields.append([w("entry_point"), w("yes")])
    feelings = [f"{personas.get(p.persona, one_line(p.persona))}: {_emotion(p.value, language)}"
                + (f" — {one_line(p.comment)}" if one_line(p.comment) else "")
                for p in feelings_of.get(tp.id, ())]
    if feelings:
        fields.append([label("emotions", language), feelings])
    # a search finds a card by its own words, not by the titles of the cards it leads to
    searched = "\n".join([clean(tp.title)] + [v for _, value in fields for v in (value if isinstance(value, list)
                                                                               else [value])])
    for key, mine, other in (("leads_to", "source", "target"), ("comes_from", "target", "source")):
        ends = [names.get(getattr(f, other), one_line(getattr(f, other))) + (f" ({one_line(f.label)})"
                                                                              if one_line(f.label) else "")
                for f in flows_of.get((mine, tp.id), ())]
        if ends:
            fields.append([w(key), ends])
    return {"kind": label("card", language), "title": clean(tp.title).strip() or "—",
            "where": _stage_lane(doc, tp.stage, tp.lane), "fields": fields, "text": searched}


def _items(page: MapPage) -> dict[str, dict]:
    """What a click or a search finds: every card, note and stage with its full text."""
    plan = page.plan
    doc, language = plan.doc, plan.language
    names = {tp.id: one_line(tp.title) or tp.id for tp in doc.touchpoints}
    personas = {p.id: one_line(p.name) or p.id for p in doc.personas}
    items: dict[str, dict] = {}
    for stage in doc.stages:
        fields = []
        if clean(stage.description).strip():
            fields.append([label("description", language), clean(stage.description)])
        metrics = [metric_line(m, language, one_line) for m in doc.metrics if m.stage == stage.id]
        if metrics:
            fields.append([label("metrics", language), metrics])
        items[stage.id] = {"kind": label("stage", language), "title": one_line(stage.name) or "—", "where": "",
                           "fields": fields}
    for note in doc.notes:
        items[note.id] = {"kind": label("note", language), "title": clean(note.text).strip() or "—",
                          "where": _stage_lane(doc, note.stage, note.lane), "fields": []}
    feelings_of: dict[str, list] = {}
    for point in doc.emotions:
        feelings_of.setdefault(point.touchpoint, []).append(point)
    flows_of: dict[tuple[str, str], list] = {}
    for flow in doc.flows:
        flows_of.setdefault(("source", flow.source), []).append(flow)
        flows_of.setdefault(("target", flow.target), []).append(flow)
    for tp in doc.touchpoints:
        items[tp.id] = _card(doc, tp, language, names, personas, feelings_of, flows_of)
    for item in items.values():
        if "text" not in item:  # what a search looks in: the item's own words
            parts = [item["title"]]
            for _, value in item["fields"]:
                parts += value if isinstance(value, list) else [value]
            item["text"] = "\n".join(parts)
    return items


def _personas(page: MapPage) -> list[dict]:
    plan = page.plan
    doc, language = plan.doc, plan.language
    shapes = {curve.persona_id: curve.marker for curve in plan.curves}
    stages = {s.id: one_line(s.name) or "—" for s in doc.stages}
    order = doc.stage_index()
    out = []
    for i, persona in enumerate(doc.personas):
        lists = [[label(key, language), [one_line(v) for v in getattr(persona, key) if one_line(v)]]
                 for key in ("goals", "needs", "motivations", "behaviours", "frustrations")]
        points = sorted((p for p in doc.emotions if p.persona == persona.id), key=lambda p: order.get(p.stage, 0))
        emotions = [f"{stages.get(p.stage, one_line(p.stage))}: {_emotion(p.value, language)}"
                    + (f" — {one_line(p.comment)}" if one_line(p.comment) else "") for p in points]
        out.append({"name": one_line(persona.name) or persona.id, "role": one_line(persona.role),
                    "quote": clean(persona.quote).strip(), "demographics": clean(persona.demographics).strip(),
                    "colour": theme.persona_colour(i, persona.colour),
                    "marker": _MARKER_SIGNS.get(shapes.get(persona.id, ""), "●"),
                    "lists": [pair for pair in lists if pair[1]], "emotions": emotions})
    return out


def _findings(doc, language: str) -> list[dict]:
    from jmap.checks import run_checks

    return [{"severity": f.severity.label, "label": label(f.severity.label, language),
             "message": one_line(f.message), "rule": one_line(f.rule), "ids": list(f.ids)}
            for f in run_checks(doc)]


def _hit_rects(page: MapPage) -> str:
    """Invisible boxes over stages, notes and cards (page coordinates) that a click or search marks."""
    s, x0, y0 = page.box()
    lay = page.plan.layout
    boxes = [(stage.id, lay.stage_rect(i)) for i, stage in enumerate(page.plan.doc.stages) if i < len(lay.stage_x)]
    boxes += list(lay.notes.items()) + list(lay.cards.items())
    return "\n".join(f'<rect class="hit" data-id="{escape(str(item_id))}" x="{_num(x0 + s * r.x)}" '
                     f'y="{_num(y0 + s * r.y)}" width="{_num(s * r.w)}" height="{_num(s * r.h)}"/>'
                     for item_id, r in boxes)


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def policy(script: str, style: str) -> str:
    """The page's Content-Security-Policy: nothing but its own inline script and style, data: fonts and pictures."""
    return (f"default-src 'none'; script-src '{_sha256(script)}'; style-src '{_sha256(style)}'; "
            "font-src data:; img-src data:; base-uri 'none'; form-action 'none'")


def _json_for_script(data) -> str:
    """JSON that cannot end its <script> element or start a comment in it."""
    return (json.dumps(data, ensure_ascii=True, separators=(",", ":"))
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def render_html(doc, paper: str = "A3", orientation: str | None = None, flow_labels: bool = True) -> str:
    """The page as text (UTF-8 when written); ``flow_labels`` False leaves the flows' labels off the map."""
    page = map_page(doc, paper, orientation, flow_labels)
    plan = page.plan
    language = plan.language
    title = one_line(doc.meta.title) or label("map", language)
    data = {"words": {"found": label("found", language), "none": label("none", language),
                      "findings": label("findings", language), "no_findings": label("no_findings", language),
                      "emotions": label("emotions", language)},
            "items": _items(page), "personas": _personas(page), "findings": _findings(doc, language)}
    script = "\n" + SCRIPT_FILE.read_text(encoding="utf-8")
    style = "\n" + font_css() + "\n" + STYLE_FILE.read_text(encoding="utf-8")
    w, h = _num(page.width), _num(page.height)
    e = escape
    description = clean(doc.meta.description).strip()
    about = f'<p class="about">{e(description)}</p>' if description else ""
    return f"""<!DOCTYPE html>
<html lang="{language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{e(policy(script, style))}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="jmap {e(__version__)}">
<title>{e(title)}</title>
<style>{style}</style>
</head>
<body>
<header>
<h1>{e(title)}</h1>
<input id="search" type="search" placeholder="{e(label('search', language))}" aria-label="{e(label('search', language))}">
<span id="search-count" class="count"></span>
<button id="zoom-out" type="button" title="{e(label('zoom_out', language))}">−</button>
<span id="zoom-level" class="zoom"></span>
<button id="zoom-in" type="button" title="{e(label('zoom_in', language))}">+</button>
<button id="zoom-fit" type="button">{e(label('fit', language))}</button>
</header>
<main>
<svg id="map" viewBox="0 0 {w} {h}" preserveAspectRatio="xMidYMid meet" role="img" aria-label="{e(title)}" \
font-family="{e(FONT_FAMILY)}">
<rect width="{w}" height="{h}" fill="#ffffff"/>
{svg_body(page)}
<g id="hits">
{_hit_rects(page)}
</g>
</svg>
<aside>
<nav>
<button id="tab-details" type="button">{e(label('details', language))}</button>
<button id="tab-personas" type="button">{e(label('personas', language))}</button>
<button id="tab-findings" type="button">{e(label('findings', language))}</button>
</nav>
<section id="details">{about}<p class="where">{e(label('hint', language))}</p></section>
<section id="personas" hidden></section>
<section id="findings" hidden></section>
</aside>
</main>
<script type="application/json" id="jmap-data">{_json_for_script(data)}</script>
<script>{script}</script>
</body>
</html>
"""


def write_html(doc, path, paper: str = "A3", orientation: str | None = None, flow_labels: bool = True) -> int:
    """Write the page to ``path`` atomically; return its size in bytes (jmap.io.SaveError when it cannot)."""
    from jmap.io.atomic import atomic_write

    data = render_html(doc, paper, orientation, flow_labels).encode("utf-8")
    atomic_write(path, data)
    return len(data)
