"""What `jmap validate` and `jmap --help` load in a fresh process, and that the quick paths answer as argparse does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from jmap.cli import COMMANDS, _PLUGGED, build_parser

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "templates" / "examples" / "clothing-shop-future.nb.jmap"
SAMPLE = ROOT / "tests" / "data" / "v1-sample.jmap"
#: What the plain check of a file never needs: argparse, json and re (the C scanner and str methods do),
#: the entity classes, the Document, the other commands.
NOT_FOR_VALIDATE = ("argparse", "dataclasses", "inspect", "typing", "decimal", "pathlib", "re", "json", "enum",
                    "jmap.core.model", "jmap.core.document", "jmap.io.jmapfile", "jmap.io.schema", "jmap.io.templates",
                    "jmap.io.atomic", "jmap.io.link", "jmap.io.migrations", *_PLUGGED.values())

#: `jmap --help` as it was before the parser was built lazily (it must not change).
HELP = """\
usage: jmap [-h] [--version] COMMAND ...

jmap: customer-journey maps. Run 'jmap FILE' to open the editor, or a command below.

positional arguments:
  COMMAND
    new       create a map from a bundled template
    templates
              list the bundled templates
    validate  check that .jmap files are well formed
    merge     three-way merge of maps (a git merge driver)
    check     find gaps in a map (coverage check)
    diff      what changed between two maps (a git diff driver)
    import    make a map from a Mermaid journey diagram or a CSV table
    export    export a map to PDF (or HTML, SVG, PNG, Mermaid .mmd, CSV .csv)
    bench     measure speed on a large generated map

options:
  -h, --help  show this help message and exit
  --version   show program's version number and exit

examples:
  jmap templates                                   list the bundled templates
  jmap new --template service-blueprint --lang nb -o kafe.jmap
  jmap validate kafe.jmap                          exit 0 if valid, 1 if not
  jmap check kafe.jmap                             find gaps in the map
  jmap export kafe.jmap -o kafe.pdf --page A3      print it
  jmap export kafe.jmap -o kafe.mmd                Mermaid journey diagram (.csv: a table)
  jmap import journey.mmd -o journey.jmap          a map from Mermaid or CSV
  jmap merge base.jmap ours.jmap theirs.jmap       three-way merge (git merge driver)
  jmap new -t future-state --from kafe.jmap -o kafe-future.jmap   a future state of a map
  jmap diff old.jmap new.jmap                      what changed, stage by stage
  jmap kafe.jmap                                   open it in the editor

Exit status: 0 ok, 1 invalid map or error-level findings, 2 wrong usage or unreadable file.
"""

#: Runs jmap.__main__.main(argv) in a child; argv[1] "argparse" turns the quick validate path off,
#: "gc" notes whether the cyclic collector is on while the command runs.
_CHILD = textwrap.dedent("""
    import gc, sys
    from jmap.__main__ import main
    if sys.argv[1] == "argparse":
        import jmap.cli
        jmap.cli._plain_validate = lambda args: None
    during = []
    if sys.argv[1] == "gc":  # the collector's state while the command runs
        import jmap.cli
        def command(argv=None, run=jmap.cli.main):
            during.append(gc.isenabled())
            return run(argv)
        jmap.cli.main = command
    try:
        code = main(sys.argv[3:])
    except SystemExit as exc:
        code = exc.code
    modules = sorted(sys.modules)
    sys.stdout.flush()
    sys.stderr.flush()
    import json
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        json.dump({"code": code, "modules": modules, "gc": during[0] if during else None,
                   "gc_after": gc.isenabled()}, out)
""")


def _child(args: list[str], tmp_path: Path, path: str = "quick") -> tuple[subprocess.CompletedProcess, dict]:
    """`jmap ARGS` in a fresh process: the process, and the child's report (exit code, modules, collector)."""
    report = tmp_path / f"report-{path}.json"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["COLUMNS"] = "80"
    done = subprocess.run([sys.executable, "-c", _CHILD, path, str(report), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(report.read_text("utf-8"))
    assert result["gc_after"] is True  # back on for whoever called main() in the same process
    return done, result


def _run(args: list[str], tmp_path: Path, path: str = "quick") -> tuple[int, str, str, list[str]]:
    """(exit code, stdout, stderr, modules loaded) of `jmap ARGS` in a fresh process."""
    done, result = _child(args, tmp_path, path)
    return result["code"], done.stdout, done.stderr, result["modules"]


@pytest.mark.parametrize("options", [[], ["-q"], ["--strict"], ["--quiet", "--strict"]])
def test_validate_loads_no_argparse_no_entity_classes_and_no_other_command(tmp_path, options):
    code, out, err, modules = _run(["validate", *options, str(EXAMPLE)], tmp_path)
    assert (code, err) == (0, "")
    assert out == ("" if options and options[0] in ("-q", "--quiet") else
                   f"valid: {EXAMPLE} (5 stages, 7 lanes, 12 touchpoints, 14 flows)\n")
    assert [m for m in NOT_FOR_VALIDATE if m in modules] == []


def test_version_loads_nothing_of_jmap_but_its_version(tmp_path):
    code, out, err, modules = _run(["--version"], tmp_path)
    assert (code, out, err) == (0, "jmap 0.1.0\n", "")
    assert [m for m in modules if m.startswith("jmap")] == ["jmap", "jmap.__main__"]


def test_help_is_the_same_text_and_loads_no_command(tmp_path):
    code, out, err, modules = _run(["--help"], tmp_path)
    assert (code, out, err) == (0, HELP, "")
    assert [m for m in ("jmap.core.model", "jmap.io.templates", *_PLUGGED.values()) if m in modules] == []


def test_a_command_loads_only_its_own_parser(tmp_path):
    code, out, _err, modules = _run(["diff", "--help"], tmp_path)
    assert code == 0 and out.startswith("usage: jmap diff")
    assert "jmap.io.diff" in modules
    assert [m for m in _PLUGGED.values() if m in modules and m != "jmap.io.diff"] == []


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_has_its_help(tmp_path, command):
    code, out, err, _modules = _run([command, "--help"], tmp_path)
    assert (code, err) == (0, "")
    assert out.startswith(f"usage: jmap {command}")


def test_the_table_of_commands_says_what_each_command_module_says():
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    assert {a.dest: a.help for a in sub._choices_actions} == COMMANDS
    assert list(sub.choices) == list(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_a_command_parses_alike_in_the_full_and_the_lazy_parser(command):
    def helped(parser) -> str:
        return parser._actions[-1].choices[command].format_help()

    assert helped(build_parser([command])) == helped(build_parser())


def _maps(tmp_path: Path) -> dict[str, Path]:
    data = json.loads(SAMPLE.read_text("utf-8"))
    dangling = json.loads(SAMPLE.read_text("utf-8"))
    dangling["flows"].append({"id": "flow-x", "source": data["touchpoints"][0]["id"], "target": "tp-gone"})
    invalid = json.loads(SAMPLE.read_text("utf-8"))
    invalid["touchpoints"][0]["importance"] = "high"
    paths = {"valid": SAMPLE, "warned": tmp_path / "warned.jmap", "invalid": tmp_path / "invalid.jmap",
             "missing": tmp_path / "missing.jmap", "folder": tmp_path}
    paths["warned"].write_text(json.dumps(dangling), "utf-8")
    paths["invalid"].write_text(json.dumps(invalid), "utf-8")
    return paths


#: validate's arguments (names of _maps are those files) that both paths must answer alike -> whether
#: the quick path reads them (the plain form) or leaves them to argparse.
CASES = {
    "valid": (["valid"], True),
    "valid quiet": (["-q", "valid"], True),
    "invalid": (["invalid"], True),
    "warnings": (["warned"], True),
    "warnings strict": (["--strict", "warned"], True),
    "warnings strict after": (["warned", "--strict", "-q"], True),
    "several": (["valid", "warned", "invalid", "missing"], True),
    "missing file": (["missing"], True),
    "a folder": (["folder"], True),
    "no file": ([], False),
    "only options": (["-q", "--strict"], False),
    "unknown option": (["--fast", "valid"], False),
    "abbreviated option": (["--str", "warned"], False),
    "option between files": (["valid", "-q", "warned"], False),
    "double dash": (["--", "valid"], False),
    "dash": (["-"], False),
    "help": (["-h"], False),
    "help after a file": (["valid", "--help"], False),
}


@pytest.mark.parametrize("case", CASES)
def test_the_quick_validate_and_argparse_answer_alike(tmp_path, case):
    paths = _maps(tmp_path)
    words, plain = CASES[case]
    args = ["validate", *(str(paths.get(a, a)) for a in words)]
    quick = _run(args, tmp_path, "quick")
    full = _run(args, tmp_path, "argparse")
    assert quick[:3] == full[:3]
    assert "argparse" in full[3]
    assert ("argparse" not in quick[3]) == plain


def test_the_answers_of_validate_are_the_ones_people_read(tmp_path):
    paths = _maps(tmp_path)
    code, out, err, _ = _run(["validate", str(paths["valid"]), str(paths["warned"]), str(paths["invalid"]),
                              str(paths["missing"])], tmp_path)
    assert code == 2
    assert out == (f"valid: {SAMPLE} (3 stages, 3 lanes, 4 touchpoints, 4 flows)\n"
                   f"valid: {paths['warned']} (3 stages, 3 lanes, 4 touchpoints, 4 flows)\n")
    assert err.splitlines() == [
        f"warning: {paths['warned']}: $.flows[4].target: refers to missing touchpoint 'tp-gone'; "
        "this flow was left out",
        f"invalid: {paths['invalid']}: $.touchpoints[0].importance: expected integer, found a string",
        f"invalid: {paths['missing']}: no such file",
    ]
    code, out, err, _ = _run(["validate", "--strict", str(paths["warned"])], tmp_path)
    assert (code, out) == (1, "")
    code, out, err, _ = _run(["validate"], tmp_path)
    assert (code, out) == (2, "")
    assert err == "jmap validate: error: the following arguments are required: FILE (see jmap validate --help)\n"


@pytest.mark.parametrize("args", [["validate", str(EXAMPLE)], ["check", str(EXAMPLE)], ["diff", str(EXAMPLE), str(EXAMPLE)],
                                  ["export", str(EXAMPLE), "-o", "{tmp}/out.pdf", "--page", "A3"]])
def test_short_commands_run_without_the_cyclic_collector(tmp_path, args):
    """A short-lived command frees what it makes by reference counting; the collector's passes over
    every module loaded at start only cost time (jmap bench keeps it: it measures)."""
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    done, result = _child(args, tmp_path, "gc")
    assert result["code"] in (0, 1), done.stderr
    assert result["gc"] is False


def test_bench_keeps_the_cyclic_collector(tmp_path):
    done, result = _child(["bench", "--help"], tmp_path, "gc")
    assert result["code"] == 0 and "usage: jmap bench" in done.stdout
    assert result["gc"] is True


BROKEN_JSON = {
    "truncated": (lambda text: text[: len(text) // 2], "the file ends in the middle of the JSON (truncated?)"),
    "missing-comma": (lambda text: text.replace('",\n', '"\n', 1), "Expecting ',' delimiter"),
    "trailing-comma": (lambda text: text.replace("\n  ]", ",\n  ]", 1), "Expecting value"),
    "bad-escape": (lambda text: text.replace('"title": "', '"title": "\\q', 1), "Invalid \\escape"),
    "control-character": (lambda text: text.replace('"title": "', '"title": "\t', 1), "Invalid control character"),
    "big-and-truncated": (lambda text: text[:-3] + " " * 70_000,  # over 64 KiB: the other parse path
                          "the file ends in the middle of the JSON (truncated?)"),
}


@pytest.mark.parametrize("case", sorted(BROKEN_JSON))
def test_validate_names_what_is_wrong_with_broken_json_and_goes_on(tmp_path, case):
    """Python 3.11's C scanner cannot report a syntax error while json.decoder is not loaded (the quick
    path loads no json): a SystemError traceback instead of the message, and the next file unchecked."""
    spoil, words = BROKEN_JSON[case]
    bad = tmp_path / "bad.jmap"
    bad.write_text(spoil(EXAMPLE.read_text("utf-8")), "utf-8")
    code, out, err, _modules = _run(["validate", str(bad), str(EXAMPLE)], tmp_path)
    assert code == 1 and "Traceback" not in err, err
    assert err.startswith(f"invalid: {bad}: invalid JSON at line ") and words in err, err
    assert out.startswith(f"valid: {EXAMPLE}"), out
