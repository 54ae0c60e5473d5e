"""Save a text file the user names: remember the folder, never leave a partial file, explain failures."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QListView, QMessageBox, QWidget

from kzbrowser.atomic import WriteError, write_atomically
from kzbrowser.ui.settings import EXPORT_FOLDER


def ask_save_path(parent: QWidget | None, title: str, suggested: Path, file_filter: str) -> Path | None:
    """The file the user chose to save to, or None. The dialog adds the suggested suffix itself
    (setDefaultSuffix), so that its own "replace it?" question is asked about the name that will be written:
    with the static getSaveFileName a suffix added afterwards would replace a file without asking."""
    chosen = ask_save_path_and_filter(parent, title, suggested, file_filter)
    return chosen[0] if chosen else None


def ask_save_path_and_filter(parent: QWidget | None, title: str, suggested: Path, file_filter: str,
                             selected_filter: str = "") -> tuple[Path, str] | None:
    """As :func:`ask_save_path`, with the name filter the user chose (``file_filter``'s ";;"-separated choices,
    ``selected_filter`` at first): Save as PDF offers its paper sizes so."""
    dialog = save_dialog(parent, title, str(suggested.parent), file_filter, suggested.suffix.lstrip("."))
    if selected_filter:
        dialog.selectNameFilter(selected_filter)
    dialog.selectFile(str(suggested))
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0]), dialog.selectedNameFilter()


def save_dialog(parent: QWidget | None, title: str, start: str, file_filter: str, suffix: str) -> QFileDialog:
    """A save dialog whose own overwrite check sees the final name (``suffix`` is added before it asks)."""
    dialog = QFileDialog(parent, title, start, file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(suffix)
    # Qt's own dialog (where the desktop has none) draws its places too narrow for their names ("Ко…" for
    # Компьютер): as wide as the longest.
    side = dialog.findChild(QListView, "sidebar")
    if side is not None:
        side.setMinimumWidth(min(240, side.sizeHintForColumn(0) + 2 * side.frameWidth() + 8))
    return dialog


def save_text(parent: QWidget, text: str, name: str, file_filter: str,
              settings: QSettings | None = None) -> Path | None:
    settings = settings or QSettings()
    folder = EXPORT_FOLDER.read(settings) or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    path = ask_save_path(parent, QCoreApplication.translate("Save", "Export"), Path(str(folder)) / name, file_filter)
    if path is None:
        return None

    def write(tmp: Path) -> None:
        tmp.write_text(text, encoding="utf-8", newline="")

    try:
        write_atomically(path, write, replace=True)  # the dialog asked before replacing the very name written
    except WriteError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("Save", "Export failed"),
                            QCoreApplication.translate("Save", "Could not write\n{path}\n\n{error}.\n\nNothing was "
                                                               "written. Choose another folder.").format(
                                path=path, error=exc.why.text(QCoreApplication.translate)))
        return None
    EXPORT_FOLDER.write(settings, str(path.parent))
    return path
