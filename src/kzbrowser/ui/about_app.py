"""Help > About kzbrowser: what it is, its version, the Qt it runs on and the checksum of the data it shows."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QMessageBox, QWidget

from kzbrowser import __version__
from kzbrowser.present.html import escape
from kzbrowser.ui.i18n import translate


def about_text(conn: sqlite3.Connection) -> str:
    """The dialog's HTML (every value from the database escaped)."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'source_sha256'").fetchone()
        checksum = str(row[0]) if row else translate("AboutApp", "not recorded")
    except sqlite3.Error as exc:
        checksum = translate("AboutApp", "cannot be read ({error})").format(error=exc)
    # the article's title stays as printed, in English
    return (translate("AboutApp", "<p><b>kzbrowser</b> {version} — an offline reference browser for V. Kurganskaia, "
                                  "“The Party System in Kazakhstan and the Ethnic Issue”.</p>"
                                  "<p>Every fact links to the passage of the article it comes from. No network "
                                  "connection is ever made.</p>").format(version=escape(__version__))
            + f"<p>Qt {escape(qVersion())}, PySide6 {escape(pyside_version)}<br>"
            + translate("AboutApp", "The article's text, SHA-256:") + f"<br><code>{escape(checksum)}</code></p>")


def show_about(parent: QWidget, conn: sqlite3.Connection) -> None:
    QMessageBox.about(parent, translate("AboutApp", "About kzbrowser"), about_text(conn))
