"""Save a text file the user names: remember the folder, never leave a partial file, explain failures."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

FOLDER_KEY = "export/last_folder"


def write_atomically(path: Path, text: str) -> None:
    """Write next to ``path`` and rename over it, so a failure leaves nothing half-written."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)  # mkstemp makes the file private; an export is an ordinary file
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save_text(parent: QWidget, text: str, name: str, file_filter: str,
              settings: QSettings | None = None) -> Path | None:
    settings = settings or QSettings()
    folder = settings.value(FOLDER_KEY) or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _ = QFileDialog.getSaveFileName(parent, "Export", str(Path(folder) / name), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    try:
        write_atomically(path, text)
    except OSError as exc:
        QMessageBox.warning(parent, "Export failed",
                            f"Could not write\n{path}\n\n{exc.strerror or exc}.\n\nNothing was written. Choose "
                            "another folder.")
        return None
    settings.setValue(FOLDER_KEY, str(path.parent))
    return path
