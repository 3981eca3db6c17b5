#!/usr/bin/env bash
# Make the Debian package of a built bundle: packaging/linux/make_deb.sh BUNDLE_DIR OUT_DIR
# Layout: /opt/jmap (the bundle), /usr/bin/jmap (made by postinst if free), and the menu entry, the
# .jmap type (shared-mime-info)
# and the icons under /usr/share, whose dpkg triggers register them on install and remove.
set -euo pipefail

bundle=$(cd "${1:?usage: make_deb.sh BUNDLE_DIR OUT_DIR}" && pwd)
out=$(mkdir -p "${2:?usage: make_deb.sh BUNDLE_DIR OUT_DIR}" && cd "$2" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
version=$("$bundle/jmap" --version | awk '{print $2}')
arch=$(dpkg --print-architecture)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
root=$stage/jmap_${version}_$arch

mkdir -p "$root/opt" "$root/DEBIAN" "$root/usr/share/doc/jmap"
cp -a "$bundle" "$root/opt/jmap"
rm -rf "$root/opt/jmap/share" "$root/opt/jmap/install-user.sh"  # the per-user install's, not the system's
cp -a "$bundle/share/." "$root/usr/share/"
# the menu entry starts /opt/jmap/jmap: /usr/bin/jmap may be the JDK's tool of that name (see postinst)
sed -i 's|^Exec=jmap |Exec=/opt/jmap/jmap |' "$root/usr/share/applications/jmap.desktop"
install -m 0755 "$here/postinst" "$here/postrm" "$root/DEBIAN/"
cp "$here/copyright" "$root/usr/share/doc/jmap/copyright"

# Depends: the system libraries the bundle's programs and plugins need but do not carry,
# found by the package that owns them here, else by Debian's naming of library packages.
needed=$(find "$root/opt/jmap" -type f \( -name '*.so*' -o -name jmap \) -exec sh -c \
    'for f; do objdump -p "$f" 2>/dev/null | awk "/NEEDED/ {print \$2}"; done' sh {} + | sort -u)
carried=$(find "$root/opt/jmap" \( -type f -o -type l \) -name '*.so*' -printf '%f\n' | sort -u)
packages=""
for lib in $(comm -23 <(echo "$needed") <(echo "$carried")); do
    case "$lib" in
        libc.so.*|libm.so.*|libmvec.so.*|libanl.so.*|libpthread.so.*|libdl.so.*|librt.so.*|ld-linux*|libutil.so.*) continue ;;
    esac
    path=$(ldconfig -p | awk -v l="$lib" '$1 == l && /x86-64|aarch64|AArch64/ {print $NF; exit}')
    pkg=""
    if [ -n "$path" ]; then
        pkg=$(dpkg -S "$path" 2>/dev/null || dpkg -S "/usr$path" 2>/dev/null || dpkg -S "$(readlink -f "$path")" 2>/dev/null || true)
        pkg=${pkg%%:*}
    fi
    if [ -z "$pkg" ]; then  # not installed here: libfoo.so.1 is in libfoo1, libfoo2.so.0 in libfoo2-0
        base=${lib%%.so.*}; soversion=${lib##*.so.}; soversion=${soversion%%.*}
        case "$base" in *[0-9]) pkg="$base-$soversion" ;; *) pkg="$base$soversion" ;; esac
        pkg=$(echo "$pkg" | tr '_' '-' | tr '[:upper:]' '[:lower:]')
    fi
    [ "$pkg" = libc6 ] || packages="$packages $pkg"
done
glibc=$(ldd --version | awk 'NR == 1 {print $NF}')
depends="libc6 (>= $glibc)$(for p in $(echo "$packages" | tr ' ' '\n' | sort -u); do printf ', %s' "$p"; done)"

installed_kb=$(du -sk "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: jmap
Version: $version
Architecture: $arch
Maintainer: jmap developers <noreply@jmap.invalid>
Installed-Size: $installed_kb
Depends: $depends
Recommends: xdg-utils
Section: graphics
Priority: optional
Description: customer-journey map editor
 jmap is a desktop editor for customer-journey maps and service blueprints:
 offline, never loses work, and prints maps as posters. It opens .jmap files
 by double-click and has a command line for checking, exporting and importing
 maps (Mermaid, CSV, PDF).
CONTROL
find "$root" -type d -exec chmod 0755 {} +
dpkg-deb --root-owner-group -Zxz --threads-max="$(nproc)" --build "$root" "$out/jmap_${version}_$arch.deb" >/dev/null
echo "$out/jmap_${version}_$arch.deb"
