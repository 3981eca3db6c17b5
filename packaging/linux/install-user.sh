#!/bin/sh
# Install (or with --uninstall remove) the jmap bundle for this user only: no root needed.
#   ./install-user.sh [--uninstall] [BUNDLE_DIR]     (BUNDLE_DIR: the folder holding jmap; default: this script's)
# The bundle goes to ~/.local/lib/jmap, the command to ~/.local/bin/jmap, and the menu entry,
# the .jmap file type and the icons to ~/.local/share, so double-clicked maps open in jmap.
set -eu

uninstall=0
if [ "${1:-}" = "--uninstall" ]; then uninstall=1; shift; fi
bundle=${1:-$(cd "$(dirname "$0")" && pwd)}
data=${XDG_DATA_HOME:-$HOME/.local/share}
prefix=$HOME/.local/lib/jmap
bin=$HOME/.local/bin
sizes="16 24 32 48 64 128 256 512"

refresh() {
    if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$data/mime"; fi
    if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$data/applications"; fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t "$data/icons/hicolor" || true; fi
}

if [ "$uninstall" = 1 ]; then
    rm -rf "$prefix"
    rm -f "$bin/jmap" "$data/applications/jmap.desktop" "$data/mime/packages/jmap.xml"
    rm -f "$data/icons/hicolor/scalable/apps/jmap.svg" "$data/icons/hicolor/scalable/mimetypes/application-x-jmap.svg"
    for s in $sizes; do
        rm -f "$data/icons/hicolor/${s}x${s}/apps/jmap.png" "$data/icons/hicolor/${s}x${s}/mimetypes/application-x-jmap.png"
    done
    # the default that xdg-mime set at install (it writes the first of these that it uses)
    for list in "${XDG_CONFIG_HOME:-$HOME/.config}/mimeapps.list" "$data/applications/mimeapps.list"; do
        if [ -f "$list" ]; then sed -i '/^application\/x-jmap=jmap.desktop;*$/d' "$list"; fi
    done
    refresh
    echo "jmap removed for $(id -un)"
    exit 0
fi

if [ ! -x "$bundle/jmap" ] || [ ! -d "$bundle/share" ]; then
    echo "install-user.sh: $bundle is not a jmap bundle (no jmap program or share/ folder in it)" >&2
    exit 2
fi
mkdir -p "$prefix" "$bin" "$data/applications" "$data/mime/packages"
# a fresh copy: a left-over file of an older version never mixes with the new one
rm -rf "$prefix.new"
cp -a "$bundle" "$prefix.new"
rm -rf "$prefix"
mv "$prefix.new" "$prefix"
ln -sf "$prefix/jmap" "$bin/jmap"
# the menu entry starts this copy by its full path: ~/.local/bin need not be on PATH
sed "s|^Exec=jmap |Exec=$prefix/jmap |" "$bundle/share/applications/jmap.desktop" > "$data/applications/jmap.desktop"
cp "$bundle/share/mime/packages/jmap.xml" "$data/mime/packages/jmap.xml"
(cd "$bundle/share" && find icons -type f) | while read -r icon; do
    mkdir -p "$data/$(dirname "$icon")"
    cp "$bundle/share/$icon" "$data/$icon"
done
refresh
if command -v xdg-mime >/dev/null 2>&1; then xdg-mime default jmap.desktop application/x-jmap; fi
echo "jmap installed for $(id -un): run 'jmap' (in $bin) or open a .jmap file"
