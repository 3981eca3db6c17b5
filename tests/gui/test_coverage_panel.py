"""The coverage panel on a freshly captured map: grouped by stage, errors first, filters, explanations."""

from PySide6.QtCore import Qt

from gui_support import open_window
from jmap.core.document import Document
from jmap.core.model import Lane, LaneKind, Stage


def _captured_map():
    """Six stages, cards in five of them, no flows yet: what a room has after capture."""
    doc = Document()
    for i in range(6):
        doc.append("stages", Stage(f"s{i}", name=f"Stage {i + 1}"))
    doc.append("lanes", Lane("tps", kind=LaneKind.TOUCHPOINTS.value, title="Touchpoints"))
    doc.append("lanes", Lane("pain", kind=LaneKind.PAIN_POINTS.value, title="Pain points", required=True))
    return doc


def _window(qtbot):
    window = open_window(qtbot, doc=_captured_map())
    for stage in range(5):  # stage 6 stays empty: the one real error
        for card in range(5):
            window.editor.add_touchpoint(f"s{stage}", "tps", f"Card {stage}.{card}")
    window.coverage_panel.recheck()
    return window


def _groups(panel):
    return [panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())]


def _texts(group):
    return [group.child(i).text(0) for i in range(group.childCount())]


def test_a_captured_map_shows_one_line_for_missing_flows_and_the_error_stands_out(qtbot):
    window = _window(qtbot)
    panel = window.coverage_panel
    rules = [f.rule for f in panel.findings]
    assert "dead-end" not in rules and "unreachable-touchpoint" not in rules
    groups = _groups(panel)
    error = groups[0]  # the group holding the error comes first
    assert error.text(0).startswith("Stage 6") and "✖ 1" in error.text(0)
    assert _texts(error)[0].startswith("✖") and "Stage 6" in _texts(error)[0]  # errors first in a group
    assert groups[1].text(0).startswith("Whole map")
    assert any("No flows yet between the 25 touchpoints" in t for t in _texts(groups[1]))
    assert [g.text(0).split("   ")[0] for g in groups[2:]] == [f"Stage {i}" for i in range(1, 6)]
    assert panel.summary.text().startswith("1 error")


def test_severity_and_rule_filters(qtbot):
    window = _window(qtbot)
    panel = window.coverage_panel
    assert panel.severity_buttons[2].text() == "✖ 1"
    for level in (1, 0):
        qtbot.mouseClick(panel.severity_buttons[level], Qt.LeftButton)
    shown = [t for g in _groups(panel) for t in _texts(g)]
    assert len(shown) == 1 and shown[0].startswith("✖")
    qtbot.mouseClick(panel.severity_buttons[1], Qt.LeftButton)
    panel.rule_box.setCurrentIndex(panel.rule_box.findData("required-lane-empty"))
    shown = [f.rule for f in panel.shown_findings()]
    assert shown and set(shown) == {"required-lane-empty"}
    assert len([t for g in _groups(panel) for t in _texts(g)]) == len(shown)


def test_findings_explain_their_rule_on_hover(qtbot):
    window = _window(qtbot)
    panel = window.coverage_panel
    item = _groups(panel)[0].child(0)
    assert "the map does not say where the customer meets you" in item.toolTip(0)
    index = panel.rule_box.findData("no-flows")
    assert "path checks" in panel.rule_box.itemData(index, Qt.ItemDataRole.ToolTipRole)


def test_clicking_a_finding_selects_it_and_the_inspector_shows_it(qtbot):
    window = _window(qtbot)
    panel = window.coverage_panel
    item = _groups(panel)[0].child(0)
    panel.tree.scrollToItem(item)
    rect = panel.tree.visualItemRect(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.LeftButton, pos=rect.center())
    assert window.scene.selected_ids() == ["s5"]
    assert window.inspector.target == ("stages", "s5")
    assert window.inspector.widgets["name"].text() == "Stage 6"
