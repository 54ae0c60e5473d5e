"""What the database is: its identity, its version and what each table holds."""

from __future__ import annotations

import sqlite3

from kzbrowser.translate import QT_TRANSLATE_NOOP, Message

APPLICATION_ID = 0x4B5A4252  # "KZBR"
USER_VERSION = 2
SOURCE_NAME = "party-system-in-kazakhstan-and-the-ethnic-issue.txt"
SOURCE_SHA256 = "e2bf5281cdb9167e2900bc1c29022f2922932cd8a5083f3dabea53a0e57a817d"

# The tables that search reads: each has an index <table>_fts (stemmed) and <table>_words_fts (the words as printed).
SEARCHED = ("quotes", "paragraphs", "passages")

# Conventions shared by all tables: a column X with X_start/X_end holds exactly article[X_start:X_end]
# (character offsets into the article as a Python string); X_pieces, when not null, is a JSON list of
# [start, end] spans for a value printed across a page break, joined by one space.
TABLES: dict[str, str] = {
    "meta": "Key/value facts about the article (title, author, affiliation) and the build (source checksum, "
            "schema version).",
    "sections": "The article's four numbered sections, with the span of each heading and of the whole section.",
    "paragraphs": "Every paragraph in reading order (id = position), its section, the party whose part of "
                  "section 3 it is in, and its printed span(s); kind is prose or list.",
    "footnotes": "The six footnotes, their text and span.",
    "passages": "Every printed text that no paragraph holds, for search: kind is title, author, affiliation, "
                "heading (of a section, a party, a table or a chart), caption, table (one printed line of a "
                "table) or footnote; its section (null: before section 1), party and span.",
    "footnote_citations": "Where each footnote marker is printed, and in which paragraph (null: a heading "
                          "or caption).",
    "charts": "Charts 1-3: where each stood and the sentence that cites it. data_available = 0: the text "
              "does not contain their data.",
    "article_tables": "Tables 1-4: caption, heading span, and the footnote the caption cites.",
    "table1_membership": "Table 1, 'Membership of the Political Parties' (the 12 parties registered as of 1 July "
                         "2004; footnote 2: figures from a map for October 2003 and the Asar and Rukhaniat "
                         "leaders' speeches of spring 2004): members is null for 'No data' (unknown, not 0); rank "
                         "orders the parties with data, largest first.",
    "table2_programs": "Table 2, party programs 1999 vs 2004, one row per feature.",
    "table3_poll": "Table 3, 'What do you think about political processes in the country?' (%).",
    "table4_categories": "Table 4's five assessment columns, in printed order.",
    "table4_assessment": "Table 4, assessment of parties' impact on democratic processes (%), one row per "
                         "party and category.",
    "parties": "The 12 parties of section 3 and Table 1: names, abbreviation (null where the article gives "
               "none), span of their part of section 3, opposition (footnote 1) and in_table4 (0: not yet "
               "registered at the time of the poll, footnote 5).",
    "party_names": "Every name, abbreviation and variant the article uses for a party, its first span, how "
                   "often it names the party (occurrences: its mentions in the table mentions), and its "
                   "normalised form.",
    "mentions": "Every printed occurrence of a party name (name_of: whose name it is), with the party it names "
                "there (party_key; null when it names something else, which belongs_to says: another party of "
                "that name, a newspaper, a 1999 party, a public association).",
    "leaders": "Leaders and founders and their roles (our vocabulary), with the printed description and "
               "since-date (since_iso at since_precision).",
    "events": "Constituent congresses, congresses, founding, registration and re-registration dates as "
              "printed, with precision (day, month, season, part-of-year, year, after) and the range of days "
              "they allow (earliest/latest, ISO; a sort key, not a date). iso is the date at its precision "
              "(1994-02 for February 1994), null for 'after' (no date printed).",
    "social_basis": "Each party's social basis as printed.",
    "origins": "Sentences on where a party came from (mergers, predecessors, renamings).",
    "media": "Newspapers, magazines and web addresses, with language, circulation and since-date where "
             "printed (circulation_note: one figure printed for two titles); name_normalised corrects "
             "typesetting artefacts in addresses.",
    "statements": "Other statements about a party: its members, its parliamentary faction, when it was "
                  "registered where no date is printed (topic: our vocabulary).",
    "quotes": "Every quotation in a party's part of section 3, one row each: the text inside the quotation "
              "marks, style (curly/straight: the marks printed), source (program or address where the article "
              "names the document, statement where it says the party said it, else 'not stated'; "
              "source_anchor: the introducing words), its paragraph.",
    "positions": "Section 4: each new element of nationalities policy and the party it is attributed to.",
    "themes": "kzbrowser's themes for quotes and section-4 positions (our classification, not the article's): "
              "key, label and definition, in the order they are listed.",
    "theme_assignments": "Which themes kzbrowser gives a quote (quote_id) or a section-4 clause (clause; null for "
                         "a quote), and the anchor: the words inside it that the theme rests on.",
    "stances": "A party's stance toward the president's course, only where the article states it (anchor: the "
               "statement; stance: our vocabulary, 'supports'). A party with no row: not stated.",
    "opposition": "The spans that make a party an opposition party (footnote 1; section 3 for the DCK); "
                  "inference: the key of the inference it rests on, if any.",
    "parties_1999": "The ten parties that ran in the 1999 election (section 1).",
    "links_1999": "1999 parties that the article links to a 2004 party: reregistered, renamed or joined; "
                  "inference: the key of the inference it rests on (null: the article states it).",
    "facts": "Section-1 facts: the 2002 law's thresholds, the number of parliamentary seats, the financiers' "
             "statement; number is the value as a number where it is one.",
    "signatories": "Signatories of the statement the Association of Financiers made public on 2 December 2004; "
                   "partial = 1: the article names them as 'among those who signed' (not all of them).",
    "inferences": "What kzbrowser infers (the article implies it but does not state it), with the reason: one "
                  "row per party it concerns (party_key null: the whole database).",
    "artefacts": "Every occurrence of a typesetting artefact, with the normalised form scholars use.",
    "checks": "Consistency checks of the tables and of prose claims against them: result holds, fails or "
              "untestable, with the claim's span.",
    "check_spans": "The table cells or figures each check used.",
    "schema_doc": "This documentation, one row per table.",
    "quotes_fts": "FTS5 index (porter, unicode61, diacritics removed, footnote marks separate words; word prefixes "
                  "of 3-10 letters indexed) over quotes.text, quotes.aliases and quotes.party_names (the party's "
                  "key, then every name and variant of it).",
    "paragraphs_fts": "FTS5 index over paragraphs.text, paragraphs.aliases and paragraphs.party_names, built as "
                      "quotes_fts is.",
    "passages_fts": "FTS5 index over passages.text, passages.aliases and passages.party_names, built as "
                    "quotes_fts is.",
    "quotes_words_fts": "FTS5 index of the unstemmed words of quotes.text and quotes.aliases (unicode61, no "
                        "positions): the words a prefix search stands for (the stemmer rewrites prefixes).",
    "paragraphs_words_fts": "FTS5 index of the unstemmed words of paragraphs.text and paragraphs.aliases, built as "
                            "quotes_words_fts is.",
    "passages_words_fts": "FTS5 index of the unstemmed words of passages.text and passages.aliases, built as "
                          "quotes_words_fts is.",
    "party_names_fts": "FTS5 index over party_names.name and party_names.normalised.",
}

# The columns of each table (the FTS5 indexes aside) and their declared types: T text, I integer, R real. "x T@"
# is a printed value with its span (x, x_start, x_end); "x T@+" adds x_pieces (JSON, for page breaks). The build's
# output is tested against this, and every database is checked against it when opened (kzbrowser.read.db).
COLUMNS: dict[str, str] = {
    "meta": "key T, value T@",
    "sections": "number I, title T@, section_start I, section_end I",
    "paragraphs": "id I, section I, kind T, party_key T, text T@+, aliases T, party_names T",
    "footnotes": "number I, text T@, marker_start I",
    "passages": "id I, kind T, section I, party_key T, text T@+, aliases T, party_names T",
    "footnote_citations": "footnote I, section I, marker T@, paragraph_id I",
    "charts": "number I, heading T@, cited_in T@, data_available I, note T",
    "article_tables": "number I, caption T@, heading_start I, heading_end I, footnote I, section I",
    "table1_membership": "row I, party_key T, name T@, members I, members_printed T@, rank I",
    "table2_programs": "row I, text_1999 T@, text_2004 T@",
    "table3_poll": "row I, answer T@, percent R, percent_printed T@",
    "table4_categories": "seq I, label T@",
    "table4_assessment": "party_key T, name T@, category T, percent R, percent_printed T@",
    "parties": "key T, table1_row I, heading T@, full_name T@, short_name T, abbreviation T@, "
               "section_start I, section_end I, opposition I, in_table4 I",
    "party_names": "party_key T, name T@, kind T, occurrences I, normalised T",
    "leaders": "party_key T, seq I, name T@, role T, description T@, since T@, since_iso T, since_precision T, "
               "anchor T@",
    "events": "party_key T, kind T, anchor T@, date T@, precision T, iso T, earliest T, latest T",
    "social_basis": "party_key T, text T@, anchor T@",
    "origins": "party_key T, anchor T@",
    "media": "party_key T, seq I, kind T, name T@, language T@, circulation T@, circulation_number I, "
             "circulation_note T, since T@, since_iso T, since_precision T, host T@, anchor T@, name_normalised T",
    "statements": "party_key T, topic T, text T@, anchor T@",
    "mentions": "name T@, name_of T, party_key T, belongs_to T",
    "quotes": "id I, party_key T, seq I, paragraph_id I, style T, text T@+, source T, "
              "source_anchor_start I, source_anchor_end I, aliases T, party_names T",
    "positions": "item I, party_key T, clause T@, party_printed T@",
    "themes": "key T, seq I, label T, definition T",
    "theme_assignments": "theme T, quote_id I, clause T@, anchor T@",
    "stances": "party_key T, stance T, anchor T@",
    "opposition": "party_key T, anchor T@, inference T",
    "parties_1999": "seq I, name T@, abbreviation T@",
    "links_1999": "party_1999 I, party_key T, kind T, anchor T@, inference T",
    "facts": "key T, label T, value T@, number I, anchor T@",
    "signatories": "seq I, name T@, position T@, bank T@, note T@, anchor T@, partial I",
    "inferences": "key T, party_key T, statement T, reason T, anchor T@",
    "artefacts": "printed T@, normalised T, note T",
    "checks": "key T, title T, result T, detail T, claim T@",
    "check_spans": "check_key T, printed T@",
    "schema_doc": "name T, description T",
}
_TYPES = {"T": "TEXT", "I": "INTEGER", "R": "REAL"}
# What SQLite's typeof() may say of a value in a column of each declared type (NULL is allowed everywhere).
_STORED = {"TEXT": ("text", "null"), "INTEGER": ("integer", "null"), "REAL": ("real", "integer", "null")}


def columns(table: str) -> dict[str, str]:
    """Column name -> declared SQLite type, in table order."""
    out: dict[str, str] = {}
    for spec in COLUMNS[table].split(", "):
        name, kind = spec.split(" ")
        out[name] = _TYPES[kind[0]]
        if "@" in kind:
            out[f"{name}_start"] = out[f"{name}_end"] = "INTEGER"
        if "+" in kind:
            out[f"{name}_pieces"] = "TEXT"
    return out


def problems(conn: sqlite3.Connection) -> list[str]:
    """What keeps the database from being one this kzbrowser can read: missing tables, missing, extra or retyped
    columns, values of the wrong type. Empty when it matches."""
    return [str(m) for m in problem_messages(conn)]


def _problem(template: str, **values: str) -> Message:
    return Message.of("Database", template, **values)


def problem_messages(conn: sqlite3.Connection, values: bool = True) -> list[Message]:
    """:func:`problems`, to translate (kzbrowser.translate.Message). ``values=False`` leaves out the values'
    types (:func:`value_problems`, which reads every row)."""
    found: dict[str, dict[str, str]] = {}
    views = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'")}
    # Only tables: a view is never queried (a recursive one would run for ever), so one standing in for a
    # table is a problem of its own.
    for table, column, declared in conn.execute(
            "SELECT m.name, p.name, p.type FROM sqlite_master m JOIN pragma_table_info(m.name) p "
            "WHERE m.type = 'table'"):
        found.setdefault(table, {})[column] = declared.upper()
    out = [_problem(QT_TRANSLATE_NOOP("Database", "{table} is a view, not a table"), table=v)
           for v in sorted(views) if v in TABLES]
    out += [_problem(QT_TRANSLATE_NOOP("Database", "the search index {table} is missing"), table=t)
            for t in TABLES if t.endswith("_fts") and t not in found]
    for table in COLUMNS:
        want, have = columns(table), found.get(table)
        if have is None and table in views:
            continue
        if have is None:
            out.append(_problem(QT_TRANSLATE_NOOP("Database", "the table {table} is missing"), table=table))
            continue
        for name, kind in want.items():
            if name not in have:
                out.append(_problem(QT_TRANSLATE_NOOP("Database", "the table {table} has no column {column}"),
                                    table=table, column=name))
            elif have[name] != kind:
                out.append(_problem(QT_TRANSLATE_NOOP("Database", "{table}.{column} is declared {found}, not {kind}")
                                    if have[name] else
                                    QT_TRANSLATE_NOOP("Database", "{table}.{column} is declared untyped, not {kind}"),
                                    table=table, column=name, found=have[name], kind=kind))
        out += [_problem(QT_TRANSLATE_NOOP("Database", "the table {table} has an unknown column {column}"),
                         table=table, column=name) for name in have if name not in want]
    if out or not values:
        return out
    return value_problems(conn)


def value_problems(conn: sqlite3.Connection) -> list[Message]:
    """A table holding a value of another type than its column's (the first such row of each), for a database
    whose tables and columns are right. One statement: it runs without a pause for Python between tables (see
    read.db.ContentCheck, which runs it on a thread of its own)."""
    firsts = [f'(SELECT rowid FROM "{table}" WHERE '
              + " + ".join(f'(typeof("{n}") NOT IN {_STORED[k]})' for n, k in columns(table).items())
              + " LIMIT 1)" for table in COLUMNS]
    rows = conn.execute("SELECT " + ", ".join(firsts)).fetchone()
    return [_problem(QT_TRANSLATE_NOOP("Database", "the table {table} holds a value of the wrong type (row {row})"),
                     table=table, row=str(row)) for table, row in zip(COLUMNS, rows, strict=True) if row is not None]
