#!/usr/bin/env bash
# Smoke test of a built bundle, headless: packaging/smoke.sh BUNDLE_DIR   (e.g. dist/jmap)
# Runs the bundle's own program (not the Python package) through the command line, every
# template in every language, every export format and back, a screenshot of a worked example,
# a bad file, and the hand-over of a map to a running editor. Exit 0 only if all is right.
set -euo pipefail

bundle=${1:?usage: packaging/smoke.sh BUNDLE_DIR}
bundle=$(cd "$bundle" && pwd)
exe=$bundle/jmap
[ -x "$exe" ] || exe=$bundle/jmap.exe
[ -x "$exe" ] || { echo "smoke: no jmap program in $bundle" >&2; exit 2; }
data=$bundle/_internal/jmap/_data
work=$(mktemp -d)
editor_pid=
cleanup() {
    if [ -n "$editor_pid" ]; then kill "$editor_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
cd "$work"
# nothing of the user's: settings, recovery and recent files go to the scratch folder
export QT_QPA_PLATFORM=offscreen HOME=$work/home JMAP_SETTINGS_DIR=$work/settings
export XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share XDG_CACHE_HOME=$work/home/.cache
mkdir -p "$HOME"
passed=0

fail() { echo "smoke: FAIL: $*" >&2; exit 1; }
now_ms() { perl -MTime::HiRes=time -e 'printf "%d", time() * 1000'; }  # macOS date has no %N

# run EXPECTED_STATUS WHAT ARGS...: the bundle's exit status must be EXPECTED_STATUS; output in $work/out
run() {
    local expected=$1 what=$2
    shift 2
    local status=0
    "$exe" "$@" >"$work/out" 2>&1 || status=$?
    if [ "$status" != "$expected" ]; then
        cat "$work/out" >&2
        fail "$what: exit status $status, expected $expected (jmap $*)"
    fi
    if grep -q "Traceback" "$work/out"; then cat "$work/out" >&2; fail "$what: a traceback"; fi
    passed=$((passed + 1))
}

expect() {  # expect PATTERN WHAT: the last output contains PATTERN
    grep -Eq "$1" "$work/out" || { cat "$work/out" >&2; fail "$2: output lacks /$1/"; }
}

# -------------------------------------------------------------- the program starts and knows itself
started=$(now_ms)
run 0 "--version" --version
version_ms=$(( $(now_ms) - started ))
expect '^jmap [0-9]+\.[0-9]+\.[0-9]+' "--version"
run 0 "templates" templates
[ "$(grep -c . "$work/out")" -ge 16 ] || fail "templates: fewer than 16 templates listed"

# -------------------------------------------------------------- every template in every language
for lang in en nb nl el; do
    for template in current-state future-state day-in-the-life service-blueprint; do
        run 0 "new $template ($lang)" new --template "$template" --lang "$lang" -o "$template.$lang.jmap"
        run 0 "validate $template ($lang)" validate "$template.$lang.jmap"
        expect '^valid: ' "validate $template ($lang)"
    done
    # an empty template has error-level gaps: check says so with exit 1
    run 1 "check a new $lang map" check "service-blueprint.$lang.jmap"
    expect 'stage-no-touchpoint' "check a new $lang map"
done
run 0 "validate all" validate -q ./*.jmap

# -------------------------------------------------------------- the worked examples: check, export, import
[ -d "$data/templates/examples" ] || fail "no worked examples in the bundle"
example=$data/templates/examples/laptop-shop.jmap
run 0 "check an example" check "$example"
expect 'no findings' "check an example"
run 0 "check as JSON" check --format json "$example"
expect '"findings"' "check as JSON"
run 0 "export PDF" export "$example" -o laptop.pdf --page A3
expect 'wrote laptop.pdf \([0-9]+ pages' "export PDF"
[ "$(head -c 5 laptop.pdf)" = "%PDF-" ] || fail "export PDF: not a PDF"
grep -aq "DejaVuSans" laptop.pdf || fail "export PDF: the bundled fonts are not in the PDF"
run 0 "export poster" export "$example" -o poster.pdf --page A4 --poster A1
expect 'wrote poster.pdf' "export poster"
run 0 "export Greek PDF" export "current-state.el.jmap" -o greek.pdf
[ "$(head -c 5 greek.pdf)" = "%PDF-" ] || fail "export Greek PDF: not a PDF"
run 0 "export Mermaid" export "$example" -o laptop.mmd
grep -q '^journey' laptop.mmd || fail "export Mermaid: no journey diagram"
run 0 "export CSV" export "$example" -o laptop.csv
grep -q 'kind,stage,lane' laptop.csv || fail "export CSV: no header"
run 0 "import Mermaid" import laptop.mmd -o from-mermaid.jmap
expect 'wrote from-mermaid.jmap \(6 stages' "import Mermaid"
run 0 "import CSV" import laptop.csv -o from-csv.jmap
expect 'wrote from-csv.jmap \(6 stages, 5 lanes, 21 touchpoints' "import CSV"
run 0 "validate imports" validate from-mermaid.jmap from-csv.jmap

# -------------------------------------------------------------- bad input: a message, no traceback
printf '{ "format": "jmap", "version": 1, ' > broken.jmap
run 1 "validate a broken map" validate broken.jmap
expect 'broken.jmap' "validate a broken map"
run 2 "export a missing map" export missing.jmap -o missing.pdf

# -------------------------------------------------------------- the editor: a screenshot of an example
started=$(now_ms)
run 0 "screenshot" "$example" --screenshot shot.png --size 1200x800
screenshot_ms=$(( $(now_ms) - started ))
[ "$(head -c 8 shot.png | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "screenshot: not a PNG"
read -r w1 w2 w3 w4 h1 h2 h3 h4 <<<"$(od -An -tu1 -j16 -N8 shot.png)"  # the PNG header's width, height
size="$(( ((w1 * 256 + w2) * 256 + w3) * 256 + w4 ))x$(( ((h1 * 256 + h2) * 256 + h3) * 256 + h4 ))"
[ "$size" = "1200x800" ] || fail "screenshot: $size pixels, expected 1200x800"
[ "$(wc -c < shot.png)" -gt 20000 ] || fail "screenshot: an almost empty picture"

# -------------------------------------------------------------- one running editor: a second jmap hands over
cp "$example" first.jmap
cp "$data/templates/examples/yoga-studio.jmap" second.jmap
"$exe" first.jmap >"$work/editor.log" 2>&1 &
editor_pid=$!
for _ in $(seq 1 600); do  # up to 60 s for the editor to open the map (its lock file appears)
    [ -e .~first.jmap.lock ] && break
    kill -0 "$editor_pid" 2>/dev/null || { cat "$work/editor.log" >&2; fail "editor: ended before opening"; }
    sleep 0.1
done
[ -e .~first.jmap.lock ] || fail "editor: did not open first.jmap"
run 0 "hand a map to the running editor" second.jmap
for _ in $(seq 1 300); do [ -e .~second.jmap.lock ] && break; sleep 0.1; done
[ -e .~second.jmap.lock ] || fail "the running editor did not open the handed-over map"
kill -TERM "$editor_pid"
status=0
wait "$editor_pid" || status=$?
editor_pid=
if [ "${exe%.exe}" = "$exe" ]; then  # POSIX: SIGTERM ends the editor cleanly (Windows has no SIGTERM)
    [ "$status" = 0 ] || { cat "$work/editor.log" >&2; fail "editor: exit status $status after SIGTERM"; }
    [ ! -e .~first.jmap.lock ] || fail "editor: left its lock behind"
fi

# -------------------------------------------------------------- what the bundle carries
for f in jmap.schema.json fonts/DejaVuSans.ttf fonts/DejaVuSans-Bold.ttf icons/jmap-256.png; do
    [ -f "$data/resources/$f" ] || fail "missing resources/$f"
done
for lang in en nb nl el; do
    [ -f "$bundle/_internal/jmap/gui/i18n/jmap_$lang.qm" ] || fail "missing the $lang translation"
done

echo "smoke: $passed runs passed; --version ${version_ms} ms, screenshot ${screenshot_ms} ms; bundle $(du -sh "$bundle" | cut -f1)"
