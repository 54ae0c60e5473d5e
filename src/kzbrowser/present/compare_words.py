"""The comparison's own words (read/compare.py: its rows' groups and labels, what an empty cell says, kzbrowser's
words in a cell), marked for the window's translation.

present/compare.py translates a text of the comparison only when it is one of these: never the article's data (a
name, a quote, a figure), nor the themes' labels stored in the database. A word added to read/compare.py is added
here too; until then it stays English (tests/test_russian_window.py finds it). Why parties cannot be compared
(read/compare.py's CompareError) is a kzbrowser.translate.Message, marked where it is raised.
"""

from __future__ import annotations

from kzbrowser.translate import QT_TRANSLATE_NOOP

WORDS = frozenset((
    QT_TRANSLATE_NOOP("Compare", "not in the article"),
    QT_TRANSLATE_NOOP("Compare", "Quotes by theme (kzbrowser's classification, not the article's)"),
    QT_TRANSLATE_NOOP("Compare", "no quote with this theme"),
    QT_TRANSLATE_NOOP("Compare", "Themes are kzbrowser's classification, not the article's."),
    QT_TRANSLATE_NOOP("Compare", "Constituent congress"),
    QT_TRANSLATE_NOOP("Compare", "Congress"),
    QT_TRANSLATE_NOOP("Compare", "Set up"),
    QT_TRANSLATE_NOOP("Compare", "Registered"),
    QT_TRANSLATE_NOOP("Compare", "Re-registered"),
    QT_TRANSLATE_NOOP("Compare", "exact day"),
    QT_TRANSLATE_NOOP("Compare", "month only"),
    QT_TRANSLATE_NOOP("Compare", "season only"),
    QT_TRANSLATE_NOOP("Compare", "part of a year"),
    QT_TRANSLATE_NOOP("Compare", "year only"),
    QT_TRANSLATE_NOOP("Compare", "no date printed"),
    QT_TRANSLATE_NOOP("Compare", "program"),
    QT_TRANSLATE_NOOP("Compare", "statement"),
    QT_TRANSLATE_NOOP("Compare", "address"),
    QT_TRANSLATE_NOOP("Compare", "source not stated"),
    QT_TRANSLATE_NOOP("Compare", "Leaders"),
    QT_TRANSLATE_NOOP("Compare", "Leaders and founders"),
    QT_TRANSLATE_NOOP("Compare", "Dates"),
    QT_TRANSLATE_NOOP("Compare", "Also stated"),
    QT_TRANSLATE_NOOP("Compare", "Social basis"),
    QT_TRANSLATE_NOOP("Compare", "Names"),
    QT_TRANSLATE_NOOP("Compare", "Name (Table 1)"),
    QT_TRANSLATE_NOOP("Compare", "Abbreviation"),
    QT_TRANSLATE_NOOP("Compare", "Other names in the article"),
    QT_TRANSLATE_NOOP("Compare", "opposition party"),
    QT_TRANSLATE_NOOP("Compare", "not yet registered"),
    QT_TRANSLATE_NOOP("Compare", "registered (in Table 4)"),
    QT_TRANSLATE_NOOP("Compare", "Groups"),
    QT_TRANSLATE_NOOP("Compare", "Opposition (footnote 1)"),
    QT_TRANSLATE_NOOP("Compare", "not named an opposition party"),
    QT_TRANSLATE_NOOP("Compare", "At the time of the poll (Table 4, footnote 5)"),
    QT_TRANSLATE_NOOP("Compare", "Stance toward the president's course"),
    QT_TRANSLATE_NOOP("Compare", "supports"),  # a stance (the database's word, kzbrowser's reading of the quote below)
    QT_TRANSLATE_NOOP("Compare", "not stated"),
    QT_TRANSLATE_NOOP("Compare", "no rank"),
    QT_TRANSLATE_NOOP("Compare", "No data in Table 1"),
    QT_TRANSLATE_NOOP("Compare", "Membership"),
    QT_TRANSLATE_NOOP("Compare", "Members (Table 1)"),
    QT_TRANSLATE_NOOP("Compare", "Rank by membership (kzbrowser's, among the 10 with data)"),
    QT_TRANSLATE_NOOP("Compare", "not in Table 4"),
    QT_TRANSLATE_NOOP("Compare", "not yet registered at the time of the poll: footnote 5"),
    QT_TRANSLATE_NOOP("Compare", "Assessment (Table 4, %)"),
    QT_TRANSLATE_NOOP("Compare", "Nationalities policy (section 4)"),
    QT_TRANSLATE_NOOP("Compare", "New elements of nationalities policy"),
    QT_TRANSLATE_NOOP("Compare", "no theme assigned"),
    QT_TRANSLATE_NOOP("Compare", "Quotes"),
    QT_TRANSLATE_NOOP("Compare", "the article quotes nothing from these parties"),
    # the notes read/compare.py writes (a note of several parts: each part on its own, see compare.word)
    QT_TRANSLATE_NOOP("Compare", "Every item links to the passage it comes from; dates as printed, with their "
                                 "precision; figures as printed in Tables 1 and 4."),
    QT_TRANSLATE_NOOP("Compare", "footnote 1"),
    QT_TRANSLATE_NOOP("Compare", "section 3"),
    QT_TRANSLATE_NOOP("Compare", "footnote 5"),
    QT_TRANSLATE_NOOP("Compare", "inference: it names no party"),
    QT_TRANSLATE_NOOP("Compare", "inference: the poll lists it, and the footnote says the others were not yet "
                                 "registered"),
    QT_TRANSLATE_NOOP("Compare", "inference: it says “the two Communist parties”"),
    QT_TRANSLATE_NOOP("Compare", "unknown, not zero"),
    QT_TRANSLATE_NOOP("Compare", "not named in section 4's list"),
    # a leader's role (the database's words, as the party page translates them)
    QT_TRANSLATE_NOOP("Compare", "head"),
    QT_TRANSLATE_NOOP("Compare", "co-chair"),
    QT_TRANSLATE_NOOP("Compare", "leader"),
    QT_TRANSLATE_NOOP("Compare", "chair"),
    QT_TRANSLATE_NOOP("Compare", "deputy chair"),
    QT_TRANSLATE_NOOP("Compare", "founder"),
    QT_TRANSLATE_NOOP("Compare", "head of the political council"),
    QT_TRANSLATE_NOOP("Compare", "first secretary"),
))
