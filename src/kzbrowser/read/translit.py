"""Cyrillic (Russian and Kazakh) to the Latin the article prints, and the loose key both are compared by.

The article romanises names by a simplified Library of Congress scheme without diacritics; its own spellings
show each rule: Zhakianov, Galymzhan, Ak zhol (ж zh), Khabar, Sukhanberdin (х kh), Novaia, Rukhaniat,
Kurganskaia (я ia), Tuiakbay, pravovoy (й y), Narodny (ый y), Kasymov, Auyl (ы y), Stolitsa (ц ts),
Djaganova, Djandosov (дж dj), Epokha (э e), Abdildin (ь dropped), and Kazakh words with the Kazakh letters
as their plain Latin base: Soz (Сөз), Kozkaras (Көзқарас), Dala men kala (қала), Alemi (Әлемі), Ak (Ақ).

``to_latin`` writes that scheme:

    а a   б b   в v   г g   д d   е e   ё e   ж zh  з z   и i   й y   к k   л l   м m   н n   о o
    п p   р r   с s   т t   у u   ф f   х kh  ц ts  ч ch  ш sh  щ shch  ъ -  ы y   ь -   э e   ю iu  я ia
    дж dj   ый y (at the end of a word)   ия ia, ию iu (Rukhaniat, Filosofia)
    Kazakh: ә a   ғ g   қ k   ң n   ө o   ұ u   ү u   һ h   і i      (Ukrainian є e  ї i  ґ g; Belarusian ў u)

People spell the same names other ways (ya or ia, yu or iu, zh or j, kh or h, Kazakh қ as k or q), so names
are matched by ``loose``, a key that both sides are reduced to: dzh, dj, zh and j are one letter; kh, h and q
are k; sh and ch stay themselves; y is i; w is u; a letter written twice counts once (Rukhaniyat, Rukhaniat
and Руханият all have the key "rukaniat"; Казахстан and Қазақстан both "kazakstan", as Kazakhstan).
The key only ever matches typed Cyrillic to Latin words the database holds; Latin queries never use it.
"""

from __future__ import annotations

import re
import unicodedata

_LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "iu", "я": "ia",
    # Kazakh
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    # Ukrainian and Belarusian letters, read the same way (a pasted name may have one)
    "є": "e", "ї": "i", "ґ": "g", "ў": "u",
}
_TABLE = {ord(c): lat for c, lat in _LETTERS.items()}
_TABLE.update({ord(c.upper()): lat.capitalize() for c, lat in _LETTERS.items() if c.upper() != c})
_SPECIAL = re.compile(r"[дД][жЖ]|[ыЫ][йЙ]\b|[иИ][яюЯЮ]")
_CYRILLIC = re.compile("[\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f]")


def has_cyrillic(text: str) -> bool:
    """Whether ``text`` holds a Cyrillic letter (Russian, Kazakh or another language's)."""
    return _CYRILLIC.search(text) is not None


def _special(m: re.Match[str]) -> str:
    pair = m.group()
    if pair[0] in "дД":
        return {"ДЖ": "DJ", "Дж": "Dj"}.get(pair, "dj")
    if pair[0] in "иИ":  # Rukhaniat, Zhakianov, Filosofia: the article writes ия as ia
        return ("I" if pair[0] == "И" else "i") + _TABLE[ord(pair[1])][1:]
    return "Y" if pair[0] == "Ы" else "y"


def to_latin(text: str) -> str:
    """``text`` with its Cyrillic letters in the article's scheme (see the module); everything else unchanged.

    Stress marks and other combining marks on Cyrillic letters are dropped (й and ё are letters, not marks).
    """
    text = unicodedata.normalize("NFC", text)
    if not has_cyrillic(text):
        return text
    # A mark after a Cyrillic letter is a stress accent or the like: drop it; marks on Latin letters stay.
    text = re.sub(r"(?<=[\u0400-\u052f])[\u0300-\u036f]+", "", text)
    return _WORD.sub(_word, text)


_WORD = re.compile(r"[^\W\d_]+")


def _word(m: re.Match[str]) -> str:
    word = m.group()
    latin = _SPECIAL.sub(_special, word).translate(_TABLE)
    return latin.upper() if len(word) > 1 and word.isupper() else latin


# In this order (dzh before zh, shch before sh before h); S and C stand for sh and ch, so their h stays.
_LOOSE_STEPS = (("dzh", "j"), ("dj", "j"), ("zh", "j"), ("shch", "S"), ("sch", "S"), ("sh", "S"), ("ch", "C"),
                ("kh", "k"), ("h", "k"), ("q", "k"), ("y", "i"), ("w", "u"))
_DOUBLE = re.compile(r"(.)\1+")


def loose(latin: str) -> str:
    """The key a Latin word is compared by (see the module): lower case, accents dropped, variants merged."""
    s = latin.casefold()
    if not s.isascii():
        s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    for old, new in _LOOSE_STEPS:
        if old in s:
            s = s.replace(old, new)
    return _DOUBLE.sub(r"\1", s)


def key(text: str) -> str:
    """The loose key of ``text`` in any script: Cyrillic is transliterated first."""
    return loose(to_latin(text))
