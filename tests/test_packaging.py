"""The packaging files, checked without a build: desktop entry, MIME type, Info.plist, NSIS, spec, icons."""

from __future__ import annotations

import ast
import os
import plistlib
import re
import shutil
import stat
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

from PIL import Image

from jmap.core.starter import starter_map
from jmap.io import save

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"


def test_the_desktop_entry_passes_desktop_file_validate_and_opens_the_jmap_type():
    desktop = PACKAGING / "linux" / "jmap.desktop"
    result = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0 and "error" not in result.stdout.lower(), result.stdout + result.stderr
    entries = dict(line.split("=", 1) for line in desktop.read_text(encoding="utf-8").splitlines() if "=" in line)
    assert entries["MimeType"] == "application/x-jmap;"
    assert entries["Exec"] == "jmap %F" and entries["Icon"] == "jmap" and entries["Version"] == "1.4"


def test_the_mime_type_has_the_glob_and_magic_that_a_saved_map_matches(tmp_path):
    root = ET.parse(PACKAGING / "linux" / "jmap.xml").getroot()
    (mime_type,) = root.findall(f"{MIME}mime-type")
    assert mime_type.get("type") == "application/x-jmap"
    assert [g.get("pattern") for g in mime_type.findall(f"{MIME}glob")] == ["*.jmap"]
    assert mime_type.find(f"{MIME}sub-class-of").get("type") == "application/json"
    (match,) = mime_type.findall(f"{MIME}magic/{MIME}match")
    start, end = (int(n) for n in match.get("offset").split(":"))
    # the magic must find the marker where jmap really writes it
    path = tmp_path / "no suffix"
    save(starter_map(), path)
    head = path.read_bytes()[start:end + len(match.get("value"))]
    assert match.get("value").encode() in head


def test_the_macos_info_plist_declares_the_jmap_type():
    info = plistlib.loads((PACKAGING / "macos" / "Info.plist").read_bytes())
    (doc_type,) = info["CFBundleDocumentTypes"]
    (exported,) = info["UTExportedTypeDeclarations"]
    assert doc_type["CFBundleTypeExtensions"] == ["jmap"] and doc_type["CFBundleTypeRole"] == "Editor"
    assert doc_type["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    assert exported["UTTypeTagSpecification"]["public.filename-extension"] == ["jmap"]
    assert "public.json" in exported["UTTypeConformsTo"]
    assert info["CFBundleIdentifier"] and doc_type["CFBundleTypeIconFile"] == "jmap.icns"


def test_the_windows_installer_compiles_against_a_bundle_folder(tmp_path):
    bundle = tmp_path / "jmap"
    (bundle / "_internal").mkdir(parents=True)
    for name in ("jmap.exe", "jmapw.exe", "_internal/base_library.zip"):
        (bundle / name).write_bytes(b"stand-in for the built file")
    out = tmp_path / "jmap-9.9.9-setup.exe"
    result = subprocess.run(["makensis", "-V2", "-WX", f"-DBUNDLE={bundle}", "-DVERSION=9.9.9", f"-DOUTFILE={out}",
                             str(PACKAGING / "windows" / "jmap.nsi")], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.read_bytes()[:2] == b"MZ"
    script = (PACKAGING / "windows" / "jmap.nsi").read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in script and 'HKCU "Software\\Classes\\.jmap"' in script
    assert "SHChangeNotify" in script and "jmapw.exe" in script


def test_the_windows_installer_without_a_bundle_says_what_to_give(tmp_path):
    result = subprocess.run(["makensis", "-V1", str(PACKAGING / "windows" / "jmap.nsi")], capture_output=True,
                            text=True, timeout=60, cwd=tmp_path)
    assert result.returncode != 0 and "-DBUNDLE=" in result.stdout + result.stderr


def test_the_spec_bundles_every_data_folder_jmap_reads():
    spec = (PACKAGING / "jmap.spec").read_text(encoding="utf-8")
    folders = dict(re.findall(r'^\s+"([\w/]+)": "(jmap/[\w/]+)",', spec, re.MULTILINE))
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wheel_data = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    for source, target in wheel_data.items():  # where jmap.paths finds them in an installed jmap
        assert folders.get(source) == target, f"the spec does not bundle {source} as {target}"
    for source in ("templates/examples", "resources/fonts", "resources/icons", "jmap/gui/i18n"):
        assert source in folders and any((ROOT / source).iterdir())
    assert "qtbase_nl" in spec and "collect_submodules(\"jmap\"" in spec
    # the run-time hook that keeps QtCore out of the command line's start exists where the spec says
    hooks = ast.literal_eval((PACKAGING / "hooks" / "rthooks.dat").read_text(encoding="utf-8"))
    assert [(PACKAGING / "hooks" / "rthooks" / name).is_file() for name in hooks["PySide6"]] == [True]


def test_the_build_tools_are_pinned_alike_in_the_script_and_pyproject():
    pinned = [line.strip() for line in (PACKAGING / "requirements.txt").read_text().splitlines()
              if line.strip() and not line.startswith("#")]
    assert pinned and all(re.fullmatch(r"[\w.-]+==[\w.]+", p) for p in pinned)
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["optional-dependencies"]["build"] == pinned


def test_the_icon_comes_in_every_size_with_its_licence():
    ET.parse(ICONS / "jmap.svg")
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(ICONS / f"jmap-{size}.png") as png:
            assert png.size == (size, size) and png.mode == "RGBA"
    with Image.open(ICONS / "jmap.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ICONS / "jmap.icns") as icns:
        assert icns.format == "ICNS"
    assert "MIT" in (ICONS / "LICENSE.md").read_text(encoding="utf-8")


def test_the_scripts_are_executable_and_parse():
    for script in ("build.sh", "smoke.sh", "linux/make_deb.sh", "linux/add_share.sh"):
        path = PACKAGING / script
        assert path.stat().st_mode & stat.S_IXUSR, f"{script} is not executable"
        subprocess.run(["bash", "-n", str(path)], check=True, timeout=30)
    for script in ("linux/install-user.sh", "linux/postinst", "linux/postrm"):
        assert (PACKAGING / script).stat().st_mode & stat.S_IXUSR, f"{script} is not executable"
        subprocess.run(["sh", "-n", str(PACKAGING / script)], check=True, timeout=30)


def test_the_per_user_install_registers_the_type_and_its_uninstall_leaves_nothing(tmp_path):
    bundle = tmp_path / "unpacked" / "jmap"
    bundle.mkdir(parents=True)
    (bundle / "jmap").write_text("#!/bin/sh\necho jmap 9.9.9\n")
    (bundle / "jmap").chmod(0o755)
    subprocess.run(["bash", str(PACKAGING / "linux" / "add_share.sh"), str(bundle)], check=True, timeout=60)
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / ".local/share"),
           "XDG_CONFIG_HOME": str(home / ".config")}
    installed = subprocess.run([str(bundle / "install-user.sh")], env=env, capture_output=True, text=True, timeout=60)
    assert installed.returncode == 0, installed.stderr
    data = home / ".local/share"
    assert (home / ".local/bin/jmap").resolve() == (home / ".local/lib/jmap/jmap").resolve()
    desktop = (data / "applications/jmap.desktop").read_text(encoding="utf-8")
    assert f"Exec={home}/.local/lib/jmap/jmap %F" in desktop
    assert (data / "mime/packages/jmap.xml").exists() and (data / "icons/hicolor/48x48/apps/jmap.png").exists()
    assert b"application/x-jmap" in (data / "mime/mime.cache").read_bytes()  # the type is registered
    assert "application/x-jmap=jmap.desktop" in (home / ".config/mimeapps.list").read_text()  # and opens in jmap
    shutil.rmtree(tmp_path / "unpacked")  # the unpacked download may go: the copy runs on its own
    removed = subprocess.run([str(home / ".local/lib/jmap/install-user.sh"), "--uninstall"], env=env,
                             capture_output=True, text=True, timeout=60)
    assert removed.returncode == 0, removed.stderr
    left = [p for p in home.rglob("*") if "jmap" in p.name]
    assert left == []
    assert b"application/x-jmap" not in (data / "mime/mime.cache").read_bytes()
    assert "jmap" not in (home / ".config/mimeapps.list").read_text()


def test_a_folder_that_is_not_a_bundle_is_refused_with_a_message(tmp_path):
    result = subprocess.run(["sh", str(PACKAGING / "linux" / "install-user.sh"), str(tmp_path)],
                            env={**os.environ, "HOME": str(tmp_path)}, capture_output=True, text=True, timeout=30)
    assert result.returncode == 2 and "is not a jmap bundle" in result.stderr
