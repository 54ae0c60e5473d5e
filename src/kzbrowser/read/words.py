"""How text is cut into words: as SQLite FTS5's unicode61 tokenizer cuts it, so typed words and indexed words agree."""

from __future__ import annotations

import re
import unicodedata

# Footnote marks (and any other superscript digit) separate words: the article prints "parties¹" and
# "Parties⁶", and a phrase copied with its mark must still match. unicode61 would keep them inside the word.
FOOTNOTE_MARKS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_UNICODE61 = f"unicode61 remove_diacritics 2 separators '{FOOTNOTE_MARKS}'"
# The tokenizers of the search indexes (the build writes them, the query side cuts words the same way):
# stemmed words for the words typed whole, and the words as printed for prefixes (the stemmer would rewrite a
# prefix: auy* would look for "aui").
STEMMED = f"porter {_UNICODE61}"
UNSTEMMED = _UNICODE61

# unicode61 makes tokens of letters, numbers and private-use characters and separates on the rest;
# combining marks stay inside their word so that FTS5 folds the diacritics itself.
_WORD = re.compile(rf"(?:(?![{FOOTNOTE_MARKS}])[^\W_]|[\ue000-\uf8ff])"
                   rf"(?:(?![{FOOTNOTE_MARKS}])[^\W_]|[\ue000-\uf8ff\u0300-\u036f])*")


def words_of(text: str) -> tuple[str, ...]:
    """The runs of characters FTS5 indexes as tokens."""
    return tuple(_WORD.findall(text))


def without_marks(text: str) -> str:
    """``text`` with its footnote marks as spaces (before NFKC, which would turn "Parties⁶" into "Parties6")."""
    return text.translate({ord(m): " " for m in FOOTNOTE_MARKS})


def fold(word: str) -> str:
    """A word as unicode61 with remove_diacritics stores it: lower case, accents dropped."""
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch)).lower()
