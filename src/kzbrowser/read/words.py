"""How text is cut into words: as SQLite FTS5's unicode61 tokenizer cuts it, so typed words and indexed words agree."""

from __future__ import annotations

import re

# unicode61 makes tokens of letters, numbers and private-use characters and separates on the rest;
# combining marks stay inside their word so that FTS5 folds the diacritics itself.
_WORD = re.compile(r"(?:[^\W_]|[\ue000-\uf8ff])(?:[^\W_]|[\ue000-\uf8ff\u0300-\u036f])*")


def words_of(text: str) -> tuple[str, ...]:
    """The runs of characters FTS5 indexes as tokens."""
    return tuple(_WORD.findall(text))
