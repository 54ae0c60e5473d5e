"""The words of the charts: data-table headers, event kinds and the vocabulary of the data cells.

Marked for the window's translation (kzbrowser.translate); the command line's exports and the CSV keep them as
they are, in English.
"""

from __future__ import annotations

from kzbrowser.translate import QT_TRANSLATE_NOOP

# The data table's column headers, for people (the CSV keeps the short names). The labels here and below are
# marked for the window's translation (kzbrowser.translate); exports keep them English.
HEADERS = {
    "row": QT_TRANSLATE_NOOP("Charts", "Row"),
    "party": QT_TRANSLATE_NOOP("Charts", "Party"),
    "members": QT_TRANSLATE_NOOP("Charts", "Members"),
    "members_printed": QT_TRANSLATE_NOOP("Charts", "Members (as printed)"),
    "rank": QT_TRANSLATE_NOOP("Charts", "Rank"),
    "opposition": QT_TRANSLATE_NOOP("Charts", "Opposition (fn. 1)"),
    "answer": QT_TRANSLATE_NOOP("Charts", "Answer"),
    "percent": QT_TRANSLATE_NOOP("Charts", "Respondents (%)"),
    "event": QT_TRANSLATE_NOOP("Charts", "Event"),
    "date_printed": QT_TRANSLATE_NOOP("Charts", "Date (as printed)"),
    "precision": QT_TRANSLATE_NOOP("Charts", "Known to the"),
    "earliest": QT_TRANSLATE_NOOP("Charts", "Earliest"),
    "latest": QT_TRANSLATE_NOOP("Charts", "Latest"),
}
# The order and the wording of event kinds in the timeline legend.
EVENT_KINDS: dict[str, str] = {
    "congress": QT_TRANSLATE_NOOP("Charts", "Congress"),
    "founded": QT_TRANSLATE_NOOP("Charts", "Founded"),
    "constituent congress": QT_TRANSLATE_NOOP("Charts", "Constituent congress"),
    "registered": QT_TRANSLATE_NOOP("Charts", "Registered"),
    "reregistered": QT_TRANSLATE_NOOP("Charts", "Re-registered"),
}
# The words the data cells hold (rows keep them, for the CSV): what the window shows for each.
CELLS = {
    "yes": QT_TRANSLATE_NOOP("ChartCells", "yes"),
    "no": QT_TRANSLATE_NOOP("ChartCells", "no"),
    "congress": QT_TRANSLATE_NOOP("ChartCells", "congress"),
    "founded": QT_TRANSLATE_NOOP("ChartCells", "founded"),
    "constituent congress": QT_TRANSLATE_NOOP("ChartCells", "constituent congress"),
    "registered": QT_TRANSLATE_NOOP("ChartCells", "registered"),
    "reregistered": QT_TRANSLATE_NOOP("ChartCells", "reregistered"),
    "day": QT_TRANSLATE_NOOP("ChartCells", "day"),
    "month": QT_TRANSLATE_NOOP("ChartCells", "month"),
    "season": QT_TRANSLATE_NOOP("ChartCells", "season"),
    "part-of-year": QT_TRANSLATE_NOOP("ChartCells", "part-of-year"),
    "year": QT_TRANSLATE_NOOP("ChartCells", "year"),
    "after": QT_TRANSLATE_NOOP("ChartCells", "after"),
}

# Table 4's categories keep their printed names wherever they are shown; the window gives a translation of each
# as a tooltip (the article prints them in English only).
TABLE4_GLOSSES = {c: c for c in (
    QT_TRANSLATE_NOOP("Table4", "Obviously Useful"),
    QT_TRANSLATE_NOOP("Table4", "Useful on the Whole"),
    QT_TRANSLATE_NOOP("Table4", "Rather Harmful"),
    QT_TRANSLATE_NOOP("Table4", "No Practical Result"),
    QT_TRANSLATE_NOOP("Table4", "Undecided"),
)}
# The data table's headings by their label (what Chart.headers gives), for the window to translate.
HEADINGS = {h: h for h in HEADERS.values()}
