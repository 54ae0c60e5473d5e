"""Where the bundled files are: inside an installed wheel, or in the source checkout.

A wheel carries ``kzbrowser/data/kz.sqlite`` and ``kzbrowser/resources/``; a source checkout or an
editable install (which ignores hatchling's force-include) has them at the top of the repository.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from kzbrowser.schema import SOURCE_NAME

# The package is always installed as a folder (never zipped), so its files sit beside this module; this
# is what importlib.resources.files("kzbrowser") returns, without its ~40 ms import at start-up.
_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parent.parent  # src/kzbrowser -> the repository


def xdg_home(variable: str, fallback: str, env: Mapping[str, str] | None = None) -> Path | None:
    """An XDG base directory: ``$variable`` if it is an absolute path (the spec ignores relative ones), else
    ``$HOME/fallback`` ("~/.local/share" for XDG_DATA_HOME, "~/.cache" for XDG_CACHE_HOME); None when neither
    is set."""
    env = os.environ if env is None else env
    if (xdg := env.get(variable, "")) and os.path.isabs(xdg):
        return Path(xdg)
    if home := env.get("HOME", ""):
        return Path(home) / fallback
    return None


def _first(*candidates: Path) -> Path:
    for c in candidates:
        if c.exists():
            return c
    return candidates[-1]


def database_path() -> Path:
    """The database the app opens: $KZBROWSER_DB, else the bundled one."""
    if env := os.environ.get("KZBROWSER_DB"):
        return Path(env)
    return _first(_PACKAGE / "data" / "kz.sqlite", _CHECKOUT / "data" / "kz.sqlite")


def checkout_database() -> Path:
    """data/kz.sqlite of the source checkout; an installed wheel has none to rebuild in place."""
    if not (_CHECKOUT / "pyproject.toml").exists():
        raise FileNotFoundError("not running from a source checkout: give an output file (-o FILE)")
    return _CHECKOUT / "data" / "kz.sqlite"


def resources_dir() -> Path:
    return _first(_PACKAGE / "resources", _CHECKOUT / "resources")


def article_path() -> Path:
    return resources_dir() / SOURCE_NAME


def annotations_path() -> Path:
    return resources_dir() / "annotations.toml"
