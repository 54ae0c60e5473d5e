"""kzbrowser's own words that the database stores: the quote themes' labels, the inferences' statements and reasons
(resources/annotations.toml) and the consistency checks' titles and details (build/checks.py), marked for the
window's translation.

They are kzbrowser's words, not the article's, so the Russian window shows them in Russian; the command line and
the database keep them in English. A stored text is translated only when it is one listed here: never a value
that is not (the article's data, or a database changed since), which is shown as it is.

- Themes and inferences are listed whole. A theme or inference added to annotations.toml is added here too;
  until then it stays English (tests/test_stored_words.py fails on the built database).
- Checks are built from the templates below (build/checks.py formats them, so the two cannot drift apart); the
  window reads a stored check back as its template and values and translates the template only: the figures
  and the party's name inside it stay as stored. Quoted words of the article (Table 3's answers, Table 4's
  categories) stay English in the Russian templates.
"""

from __future__ import annotations

import re
from functools import cache

from kzbrowser.translate import QT_TRANSLATE_NOOP, Message, Translate

THEMES = frozenset((
    QT_TRANSLATE_NOOP("Themes", "ethnic relations"),
    QT_TRANSLATE_NOOP("Themes", "citizenship and equal rights"),
    QT_TRANSLATE_NOOP("Themes", "language"),
    QT_TRANSLATE_NOOP("Themes", "culture and traditions"),
    QT_TRANSLATE_NOOP("Themes", "Assembly and national-cultural centers"),
    QT_TRANSLATE_NOOP("Themes", "religion"),
    QT_TRANSLATE_NOOP("Themes", "statehood and national unity"),
    QT_TRANSLATE_NOOP("Themes", "democracy and the rule of law"),
    QT_TRANSLATE_NOOP("Themes", "upbringing and patriotism"),
    QT_TRANSLATE_NOOP("Themes", "economy and welfare"),
))

INFERENCES = frozenset((
    QT_TRANSLATE_NOOP("Inferences", "The Republican Political Party of Labor (RPL) of the 1999 elections is the "
                                    "Republican Party of Labor that joined Otan."),
    QT_TRANSLATE_NOOP("Inferences", "Section 1 lists 'the Republican Political Party of Labor (RPL)'; section 3 "
                                    "says 'the Republican Party of Labor ... joined the Republican Party Otan'. The "
                                    "names differ by one word and the article does not say that they are one party."),
    QT_TRANSLATE_NOOP("Inferences", "Footnote 1's 'two Communist parties' are the Communist Party of Kazakhstan and "
                                    "the Communist People's Party."),
    QT_TRANSLATE_NOOP("Inferences", "The footnote does not name them; they are the only two of Table 1's twelve "
                                    "parties with 'Communist' in their names."),
    QT_TRANSLATE_NOOP("Inferences", "Footnote 5's 'other parties', not yet registered at the time of the poll, are "
                                    "the five parties of Table 1 missing from Table 4."),
    QT_TRANSLATE_NOOP("Inferences", "The footnote, printed under Table 4, does not name them."),
    QT_TRANSLATE_NOOP("Inferences", "A circulation printed once after two newspapers is given to each of them, "
                                    "and noted as printed once for both titles."),
    QT_TRANSLATE_NOOP("Inferences", "'with the circulation of 6,000' (Asar) and 'with a circulation of 4,000' "
                                    "(Democratic Party) follow two titles; the article does not say whether the "
                                    "figure is each title's or both together."),
    QT_TRANSLATE_NOOP("Inferences", "Each party's part of section 3 is about the Table 1 party whose name its "
                                    "heading shortens ('The Party Asar' is Table 1's 'Republican Party Asar')."),
    QT_TRANSLATE_NOOP("Inferences", "Seven headings differ from the Table 1 names and the article does not pair "
                                    "them; each heading fits exactly one Table 1 name."),
    QT_TRANSLATE_NOOP("Inferences", "A date printed to the month, season, part of a year or year allows a range of "
                                    "days: spring is March-May, summer June-August, fall September-November, 'early "
                                    "in' a year January-April."),
    QT_TRANSLATE_NOOP("Inferences", "The article prints no day for these dates; the ranges (from the earliest to the "
                                    "latest day each could be) only place them on the timeline and sort them, and "
                                    "every output shows the date as printed with its precision."),
    QT_TRANSLATE_NOOP("Inferences", "Misprints are read as the forms scholars write: AuyI as Auyl, egi-bin as "
                                    "cgi-bin ('probably' in the profile), KURGANskaIA as Kurganskaia, (in %%) as "
                                    "(in %)."),
    QT_TRANSLATE_NOOP("Inferences", "Typesetting artefacts of the source; the printed form is kept beside the "
                                    "normalised one (table artefacts) and search finds either."),
))

# The checks' titles and details (build/checks.py fills the fields: a party's name, figures as it prints them).
TABLE3_SUM = QT_TRANSLATE_NOOP("Checks", "Table 3 answers add up to 100%")
SUM = QT_TRANSLATE_NOOP("Checks", "sum = {total}%")
TABLE4_SUM = QT_TRANSLATE_NOOP("Checks", "Table 4 row for {party} adds up to 100%")
OVER_40 = QT_TRANSLATE_NOOP("Checks", "Over 40% indifferent or negative (Table 3)")
OVER_40_DETAIL = QT_TRANSLATE_NOOP("Checks", "Indifference + Mistrust, fears... + Active rejection = {share}% (read "
                                             "as the three answers that are indifferent or negative)")
OVER_50_MEAN = QT_TRANSLATE_NOOP("Checks", "Over 50% undecided, on average over the parties of Table 4")
OVER_50_MEAN_DETAIL = QT_TRANSLATE_NOOP("Checks", "mean Undecided over the {count} parties = {mean}% (read as the "
                                                  "average over parties)")
OVER_50 = QT_TRANSLATE_NOOP("Checks", "Over 50% undecided about {party}")
OVER_50_DETAIL = QT_TRANSLATE_NOOP("Checks", "Undecided = {share}%")
ABOUT_20_MEAN = QT_TRANSLATE_NOOP("Checks", "About 20% find parties useful, on average over the parties of Table 4")
ABOUT_20_MEAN_DETAIL = QT_TRANSLATE_NOOP("Checks", "mean of Obviously Useful + Useful on the Whole over the {count} "
                                                   "parties = {mean}% (read as the average over parties; about 20 "
                                                   "read as a share that rounds to 20 in tens, 15 to under 25)")
ABOUT_20 = QT_TRANSLATE_NOOP("Checks", "About 20% find {party} useful")
ABOUT_20_DETAIL = QT_TRANSLATE_NOOP("Checks", "Obviously Useful + Useful on the Whole = {share}% (read per party; "
                                              "about 20 read as a share that rounds to 20 in tens, 15 to under 25)")
TABLE1_COUNT = QT_TRANSLATE_NOOP("Checks", "Table 1 lists the 12 registered parties")
ROWS = QT_TRANSLATE_NOOP("Checks", "{count} rows")
MINIMUM = QT_TRANSLATE_NOOP("Checks", "Every party with data has the 50,000 members the law requires")
SMALLEST = QT_TRANSLATE_NOOP("Checks", "smallest figure: {smallest}; {count} parties have no data")
BELOW = QT_TRANSLATE_NOOP("Checks", "below: {names}; {count} parties have no data")
OVER_10 = QT_TRANSLATE_NOOP("Checks", "Over 10% of adults are party members")
OVER_10_DETAIL = QT_TRANSLATE_NOOP("Checks", "Table 1 adds up to {total} members (two parties without data); the "
                                             "article does not give the adult population")
TWICE = QT_TRANSLATE_NOOP("Checks", "Twice as many Russians as Kazakhs prefer the Soviet-type state")
TWICE_DETAIL = QT_TRANSLATE_NOOP("Checks", "{russians} / {kazakhs} = {ratio} (twice read as a ratio that rounds to "
                                           "2, 1.5 to under 2.5)")
FOOTNOTE2 = QT_TRANSLATE_NOOP("Checks", "Footnote 2's registration timing agrees with {party}'s registration date")
FOOTNOTE2_UNDATED = QT_TRANSLATE_NOOP("Checks", "footnote 2 says the party was registered practically two months "
                                                "before the parliamentary elections; section 3 gives no "
                                                "registration date, and the article does not date the elections")
FOOTNOTE2_DATED = QT_TRANSLATE_NOOP("Checks", "section 3: registered {date}; footnote 2: registered practically two "
                                              "months before the parliamentary elections, which the article does not "
                                              "date. Both hold only if those elections were held about two months "
                                              "after {date}")
AT_POLL = QT_TRANSLATE_NOOP("Checks", "{party} was not yet registered at the poll")
AT_POLL_UNDATED = QT_TRANSLATE_NOOP("Checks", "the article gives no registration date")
AT_POLL_AFTER = QT_TRANSLATE_NOOP("Checks", "registered after {date}; the poll is dated only 2003")
AT_POLL_DATED = QT_TRANSLATE_NOOP("Checks", "registered {date} ({precision}); the poll is dated only 2003")
CHECKS = (TABLE3_SUM, SUM, TABLE4_SUM, OVER_40, OVER_40_DETAIL, OVER_50_MEAN, OVER_50_MEAN_DETAIL, OVER_50,
          OVER_50_DETAIL, ABOUT_20_MEAN, ABOUT_20_MEAN_DETAIL, ABOUT_20, ABOUT_20_DETAIL, TABLE1_COUNT, ROWS, MINIMUM,
          SMALLEST, BELOW, OVER_10, OVER_10_DETAIL, TWICE, TWICE_DETAIL, FOOTNOTE2, FOOTNOTE2_UNDATED, FOOTNOTE2_DATED,
          AT_POLL, AT_POLL_UNDATED, AT_POLL_AFTER, AT_POLL_DATED)
# A date's precision in a check's detail (events.precision, as build/checks.py writes it).
PRECISION = {"day": QT_TRANSLATE_NOOP("Checks", "day"), "month": QT_TRANSLATE_NOOP("Checks", "month"),
             "season": QT_TRANSLATE_NOOP("Checks", "season"),
             "part-of-year": QT_TRANSLATE_NOOP("Checks", "part-of-year"), "year": QT_TRANSLATE_NOOP("Checks", "year")}

_FIELD = re.compile(r"\{(\w+)\}")


def _pattern(template: str) -> re.Pattern[str]:
    """``template`` as a regular expression whose groups are its fields (a field named twice: the same text)."""
    out, seen, at = [], set(), 0
    for m in _FIELD.finditer(template):
        out.append(re.escape(template[at:m.start()]))
        out.append(f"(?P={m[1]})" if m[1] in seen else f"(?P<{m[1]}>.+?)")
        seen.add(m[1])
        at = m.end()
    return re.compile("".join(out) + re.escape(template[at:]), re.DOTALL)


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Compiled when a check is first read (About the data), not when a party page's module is imported."""
    return tuple((t, _pattern(t)) for t in CHECKS)


def check_message(text: str) -> Message | None:
    """A stored check's title or detail as its template and values, or None for a text no template gives."""
    for template, pattern in _patterns():
        m = pattern.fullmatch(text)
        if m:
            values = {k: Message.of("Checks", PRECISION[v]) if k == "precision" and v in PRECISION else v
                      for k, v in m.groupdict().items()}
            return Message.of("Checks", template, **values)
    return None


def check_words(translate: Translate, text: str) -> str:
    """A stored check's title or detail in the language of ``translate``; a text no template gives, as it is."""
    found = check_message(text)
    return found.text(translate) if found else text


def theme(translate: Translate, label: str) -> str:
    """A theme's stored label translated, or as it is if it is not one of THEMES."""
    return translate("Themes", label) if label in THEMES else label


def inference(translate: Translate, text: str) -> str:
    """An inference's stored statement or reason translated, or as it is if it is not one of INFERENCES."""
    return translate("Inferences", text) if text in INFERENCES else text
