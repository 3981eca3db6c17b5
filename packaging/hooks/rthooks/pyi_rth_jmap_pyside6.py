"""jmap's run-time hook for PySide6 on Linux: Qt's plugin folder, without importing QtCore at start.

It replaces PyInstaller's own PySide6 hook (used by packaging/jmap.spec on Linux only), which
imports QtCore in every start, the command line's too. On Linux, Qt finds its translations and
plugins relative to libQt6Core in the bundle (packaging/smoke.sh checks it), so no embedded
qt.conf is needed.
"""

import os
import sys

os.environ["QT_PLUGIN_PATH"] = os.path.join(sys._MEIPASS, "PySide6", "Qt", "plugins")
