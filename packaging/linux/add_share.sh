#!/usr/bin/env bash
# Put the desktop integration beside a built bundle, as BUNDLE_DIR/share/ (the layout of /usr/share),
# with install-user.sh: packaging/linux/add_share.sh BUNDLE_DIR
set -euo pipefail
bundle=${1:?usage: add_share.sh BUNDLE_DIR}
here=$(cd "$(dirname "$0")" && pwd)
icons=$here/../../resources/icons
share=$bundle/share
mkdir -p "$share/applications" "$share/mime/packages" "$share/icons/hicolor/scalable/apps" \
    "$share/icons/hicolor/scalable/mimetypes"
cp "$here/jmap.desktop" "$share/applications/"
cp "$here/jmap.xml" "$share/mime/packages/"
cp "$icons/jmap.svg" "$share/icons/hicolor/scalable/apps/jmap.svg"
cp "$icons/jmap.svg" "$share/icons/hicolor/scalable/mimetypes/application-x-jmap.svg"
for png in "$icons"/jmap-*.png; do
    size=$(basename "$png" .png); size=${size#jmap-}
    mkdir -p "$share/icons/hicolor/${size}x$size/apps" "$share/icons/hicolor/${size}x$size/mimetypes"
    cp "$png" "$share/icons/hicolor/${size}x$size/apps/jmap.png"
    cp "$png" "$share/icons/hicolor/${size}x$size/mimetypes/application-x-jmap.png"
done
install -m 0755 "$here/install-user.sh" "$bundle/install-user.sh"
