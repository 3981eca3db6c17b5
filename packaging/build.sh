#!/usr/bin/env bash
# Build jmap for this platform from a checkout with the project installed (pip install -e .):
#   packaging/build.sh
# installs the pinned build tools (packaging/requirements.txt) into the active Python, then makes
#   dist/jmap/                         the one-folder bundle (jmap, and jmapw.exe on Windows)
#   Linux:   dist/jmap_VERSION_ARCH.deb and dist/jmap-VERSION-linux-ARCH.tar.gz (per-user install)
#   Windows: dist/jmap-VERSION-setup.exe (per-user installer, needs makensis on PATH)
#   macOS:   dist/jmap.app and dist/jmap-VERSION-macos.dmg
# Test the bundle with packaging/smoke.sh dist/jmap.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
py=${PYTHON:-python}
if ! "$py" -c "import PySide6, reportlab, jsonschema, fastjsonschema, platformdirs" 2>/dev/null; then
    echo "build.sh: install jmap and what it needs first: $py -m pip install -e ." >&2
    exit 2
fi
"$py" -m pip install --quiet --disable-pip-version-check -r packaging/requirements.txt

version=$("$py" -c "import sys; sys.path.insert(0, '.'); import jmap; print(jmap.__version__)")
started=$(date +%s)
rm -rf dist/jmap dist/jmap.app
"$py" -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/jmap.spec
echo "build.sh: bundle built in $(( $(date +%s) - started )) s: dist/jmap ($(du -sh dist/jmap | cut -f1))"

case "$(uname -s)" in
Linux)
    bash packaging/linux/add_share.sh dist/jmap  # menu entry, file type, icons, install-user.sh
    arch=$(uname -m)
    tar -C dist -czf "dist/jmap-$version-linux-$arch.tar.gz" jmap
    echo "build.sh: dist/jmap-$version-linux-$arch.tar.gz"
    if command -v dpkg-deb >/dev/null; then
        echo "build.sh: $(bash packaging/linux/make_deb.sh dist/jmap dist)"
    else
        echo "build.sh: no dpkg-deb here: no .deb made" >&2
    fi
    ;;
MINGW* | MSYS* | CYGWIN*)
    # makensis is a Windows program: Windows paths, not Git Bash's /c/...
    makensis -V2 -DBUNDLE="$(cygpath -w "$root/dist/jmap")" -DVERSION="$version" \
        -DOUTFILE="$(cygpath -w "$root/dist/jmap-$version-setup.exe")" packaging/windows/jmap.nsi
    echo "build.sh: dist/jmap-$version-setup.exe"
    ;;
Darwin)
    hdiutil create -quiet -volname jmap -srcfolder dist/jmap.app -ov -format UDZO "dist/jmap-$version-macos.dmg"
    echo "build.sh: dist/jmap-$version-macos.dmg"
    ;;
esac
echo "build.sh: done in $(( $(date +%s) - started )) s"
