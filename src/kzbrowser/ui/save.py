"""Save a text file the user names: remember the folder, never leave a partial file, explain failures."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kzbrowser.atomic import WriteError, write_atomically

FOLDER_KEY = "export/last_folder"


def save_text(parent: QWidget, text: str, name: str, file_filter: str,
              settings: QSettings | None = None) -> Path | None:
    settings = settings or QSettings()
    folder = settings.value(FOLDER_KEY) or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _ = QFileDialog.getSaveFileName(parent, "Export", str(Path(folder) / name), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    def write(tmp: Path) -> None:
        tmp.write_text(text, encoding="utf-8", newline="")

    try:
        write_atomically(path, write, replace=True)  # the dialog asked before replacing
    except WriteError as exc:
        QMessageBox.warning(parent, "Export failed",
                            f"Could not write\n{path}\n\n{exc}.\n\nNothing was written. Choose another folder.")
        return None
    settings.setValue(FOLDER_KEY, str(path.parent))
    return path
