"""The coverage check on the bundled templates and worked examples."""

from __future__ import annotations

from jmap.checks import Severity, run_checks
from jmap.checks.messages import message
from jmap.cli import main
from jmap.core.model import LANGUAGES
from jmap.io import load, save
from jmap.io.templates import TEMPLATE_NAMES, example_paths, list_templates, new_from_template

_QUOTES = {"en": "“{}”", "nl": "“{}”", "nb": "«{}»", "el": "«{}»"}


def test_a_fresh_template_reports_its_empty_stages_in_its_language():
    templates = list_templates()
    assert templates, "no bundled templates found"
    for info in templates:
        doc = load(info.path).document
        assert doc.stages, info.path
        findings = run_checks(doc)
        errors = [f for f in findings if f.severity == Severity.ERROR]
        assert {f.rule for f in errors} == {"stage-no-touchpoint"}, info.path
        assert [f.stages for f in errors] == [(s.id,) for s in doc.stages], info.path
        for f, stage in zip(errors, doc.stages):
            expected = message("stage-no-touchpoint", info.language, stage=_QUOTES[info.language].format(stage.name))
            assert f.message == expected
        assert "empty-map" in {f.rule for f in findings}


def test_a_map_made_from_each_template_fails_the_check_until_its_stages_are_covered(tmp_path, capsys):
    assert {info.name for info in list_templates()} == set(TEMPLATE_NAMES)
    for name in TEMPLATE_NAMES:
        path = tmp_path / f"{name}.jmap"
        save(new_from_template(name, "en"), path)
        assert main(["check", "--min-severity", "error", str(path)]) == 1
        out = capsys.readouterr().out
        assert out.count("stage-no-touchpoint") == len(load(path).document.stages)


def test_worked_examples_have_no_error_level_findings(capsys):
    examples = example_paths()
    assert examples, "no worked examples found"
    for path in examples:
        doc = load(path).document
        assert doc.touchpoints and doc.flows, path
        errors = [f for f in run_checks(doc) if f.severity == Severity.ERROR]
        assert errors == [], f"{path.name}: {[f.message for f in errors]}"
        assert doc.meta.language in LANGUAGES
    assert main(["check", *map(str, examples)]) == 0
    out = capsys.readouterr().out
    assert all(str(path) in out for path in examples)
