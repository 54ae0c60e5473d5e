"""What the database is: its identity, its version and what each table holds."""

from __future__ import annotations

APPLICATION_ID = 0x4B5A4252  # "KZBR"
USER_VERSION = 1
SOURCE_NAME = "party-system-in-kazakhstan-and-the-ethnic-issue.txt"
SOURCE_SHA256 = "e2bf5281cdb9167e2900bc1c29022f2922932cd8a5083f3dabea53a0e57a817d"

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
    "footnote_citations": "Where each footnote marker is printed, and in which paragraph (null: a heading "
                          "or caption).",
    "charts": "Charts 1-3: where each stood and the sentence that cites it. data_available = 0: the text "
              "does not contain their data.",
    "article_tables": "Tables 1-4: caption, heading span, and the footnote the caption cites.",
    "table1_membership": "Table 1, membership as of 1 July 2004: members is null for 'No data' (unknown, "
                         "not 0); rank orders the parties with data, largest first.",
    "table2_programs": "Table 2, party programs 1999 vs 2004, one row per feature.",
    "table3_poll": "Table 3, 'What do you think about political processes in the country?' (%).",
    "table4_categories": "Table 4's five assessment columns, in printed order.",
    "table4_assessment": "Table 4, assessment of parties' impact on democratic processes (%), one row per "
                         "party and category.",
    "parties": "The 12 parties of section 3 and Table 1: names, abbreviation (null where the article gives "
               "none), span of their part of section 3, opposition (footnote 1) and in_table4 (0: not yet "
               "registered at the time of the poll, footnote 5).",
    "party_names": "Every name, abbreviation and variant the article uses for a party, its first span, how "
                   "often it occurs, and its normalised form.",
    "leaders": "Leaders and their roles (our vocabulary), with the printed description and since-date.",
    "events": "Constituent congresses, congresses, founding, registration and re-registration dates as "
              "printed, with precision (day, month, season, part-of-year, year, after) and the range of days "
              "they allow (earliest/latest, ISO).",
    "social_basis": "Each party's social basis as printed.",
    "origins": "Sentences on where a party came from (mergers, predecessors, renamings).",
    "media": "Newspapers, magazines and web addresses, with language, circulation and since-date where "
             "printed (circulation_note: one figure printed for two titles); name_normalised corrects "
             "typesetting artefacts in addresses.",
    "quotes": "Every quotation in a party's part of section 3, one row each: the text inside the quotation "
              "marks, style (curly/straight), source (program, statement, address), its paragraph.",
    "positions": "Section 4: each new element of nationalities policy and the party it is attributed to.",
    "opposition": "The span that makes a party an opposition party (footnote 1).",
    "parties_1999": "The ten parties that ran in the 1999 election (section 1).",
    "links_1999": "1999 parties that the article links to a 2004 party: reregistered, renamed or joined.",
    "facts": "Section-1 facts: the 2002 law's thresholds, party-list seats, the financiers' statement; "
             "number is the value as a number where it is one.",
    "signatories": "Signatories of the Association of Financiers' statement of 2 December 2004.",
    "artefacts": "Every occurrence of a typesetting artefact, with the normalised form scholars use.",
    "checks": "Consistency checks of the tables and of prose claims against them: result holds, fails or "
              "untestable, with the claim's span.",
    "check_spans": "The table cells or figures each check used.",
    "schema_doc": "This documentation, one row per table.",
    "quotes_fts": "FTS5 index (porter, unicode61, diacritics removed; word prefixes of 3-10 letters indexed) over "
                  "quotes.text, quotes.aliases and quotes.party_names (the party's key, then every name and variant "
                  "of it).",
    "paragraphs_fts": "FTS5 index over paragraphs.text, paragraphs.aliases and paragraphs.party_names, built as "
                      "quotes_fts is.",
    "party_names_fts": "FTS5 index over party_names.name and party_names.normalised.",
}
