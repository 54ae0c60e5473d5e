"""Consistency checks: do the tables add up, and do the prose claims hold against the tables?

Each check is stored with its result (holds / fails / untestable), the figures it used and the spans of
both the claim and the cells, so a reader can verify it by eye. A failing check is a finding about the
article, not a build error.
"""

from __future__ import annotations

import re
from typing import Any

from kzbrowser.build.anchors import AnchorError, whole_article
from kzbrowser.build.extract import Rows

_TWICE = re.compile(r"Twice as many Russian respondents \((\d+(?:\.\d+)?) percent\) preferred the socialist "
                    r"state of the Soviet type as Kazakhs \((\d+(?:\.\d+)?) percent\)")
ROUNDING = 0.15  # five or six figures rounded to 0.1 can drift this far from 100

Check = dict[str, Any]


def run(rows: Rows, article_text: str) -> tuple[list[Check], list[dict[str, Any]]]:
    """The checks and the cells each used; ``article_text`` is where the claims are looked up."""
    whole = whole_article(article_text)
    checks: list[Check] = []
    spans: list[dict[str, Any]] = []

    def add(key: str, title: str, claim: str | None, result: str, detail: str,
            cells: list[tuple[str, int, int]]) -> None:
        claim_span = whole.find(claim, what="claim") if claim else (None, None)
        checks.append({"key": key, "title": title, "result": result, "detail": detail,
                       "claim": claim, "claim_start": claim_span[0], "claim_end": claim_span[1]})
        for printed, start, end in cells:
            spans.append({"check_key": key, "printed": printed, "printed_start": start, "printed_end": end})

    t3 = rows["table3_poll"]
    t3_cells = [(r["percent_printed"], r["percent_printed_start"], r["percent_printed_end"]) for r in t3]
    total = round(sum(r["percent"] for r in t3), 1)
    add("table3_sum", "Table 3 answers add up to 100%", None,
        "holds" if abs(total - 100) <= ROUNDING else "fails", f"sum = {total:.1f}%", t3_cells)

    names = {p["key"]: p["full_name"] for p in rows["parties"]}
    t4: dict[str, list[dict[str, Any]]] = {}
    for r in rows["table4_assessment"]:
        t4.setdefault(r["party_key"], []).append(r)
    for key, row in t4.items():
        total = round(sum(c["percent"] for c in row), 1)
        add(f"table4_sum_{key}", f"Table 4 row for {names[key]} adds up to 100%", None,
            "holds" if abs(total - 100) <= ROUNDING else "fails", f"sum = {total:.1f}%",
            [(c["percent_printed"], c["percent_printed_start"], c["percent_printed_end"]) for c in row])

    # "over 40 percent ... either indifferent to political developments or thought negatively of them":
    # indifference, plus the two negative answers (mistrust and fears; active rejection).
    by_answer = {r["row"]: r for r in t3}
    used = [by_answer[3], by_answer[4], by_answer[5]]
    share = round(sum(r["percent"] for r in used), 1)
    add("over_40_indifferent_or_negative", "Over 40% indifferent or negative (Table 3)",
        "over 40 percent of the respondents pointed out that they were either indifferent to political "
        "developments or thought negatively of them",
        "holds" if share > 40 else "fails",
        f"Indifference + Mistrust, fears... + Active rejection = {share:.1f}% (read as the three answers "
        "that are indifferent or negative)",
        [(r["percent_printed"], r["percent_printed_start"], r["percent_printed_end"]) for r in used])

    # "Over 50 percent ... undecided" and "about 20 percent ... useful" speak of "parties" at large. The natural
    # reading is the average over the seven parties of Table 4; each party's own figure is checked as well.
    undecided = [c for row in t4.values() for c in row if c["category"] == "Undecided"]
    mean = round(sum(c["percent"] for c in undecided) / len(undecided), 1)
    add("over_50_undecided_average", "Over 50% undecided, on average over the parties of Table 4",
        "Over 50 percent of the respondents were undecided about the efficiency of parties' activity",
        "holds" if mean > 50 else "fails",
        f"mean Undecided over the {len(undecided)} parties = {mean:.1f}% (read as the average over parties)",
        [(c["percent_printed"], c["percent_printed_start"], c["percent_printed_end"]) for c in undecided])
    for c in undecided:
        add(f"over_50_undecided_{c['party_key']}", f"Over 50% undecided about {names[c['party_key']]}",
            "Over 50 percent of the respondents were undecided about the efficiency of parties' activity",
            "holds" if c["percent"] > 50 else "fails", f"Undecided = {c['percent_printed']}%",
            [(c["percent_printed"], c["percent_printed_start"], c["percent_printed_end"])])

    # "about 20 percent admitted that parties ... were useful": obviously useful + useful on the whole. "About
    # 20", a round number in tens, holds for a share that rounds to 20 at that precision: 15 to under 25.
    about_20 = "about 20 read as a share that rounds to 20 in tens, 15 to under 25"
    useful_all = [c for row in t4.values() for c in row if c["category"] in ("Obviously Useful", "Useful on the Whole")]
    mean = round(sum(c["percent"] for c in useful_all) / len(t4), 1)
    add("about_20_useful_average", "About 20% find parties useful, on average over the parties of Table 4",
        "about 20 percent admitted that parties, especially parties of different political orientations, "
        "were useful", "holds" if 15 <= mean < 25 else "fails",
        f"mean of Obviously Useful + Useful on the Whole over the {len(t4)} parties = {mean:.1f}% (read as the "
        f"average over parties; {about_20})",
        [(c["percent_printed"], c["percent_printed_start"], c["percent_printed_end"]) for c in useful_all])
    for key, row in t4.items():
        useful = [c for c in row if c["category"] in ("Obviously Useful", "Useful on the Whole")]
        share = round(sum(c["percent"] for c in useful), 1)
        add(f"about_20_useful_{key}", f"About 20% find {names[key]} useful",
            "about 20 percent admitted that parties, especially parties of different political orientations, "
            "were useful",
            "holds" if 15 <= share < 25 else "fails",
            f"Obviously Useful + Useful on the Whole = {share:.1f}% (read per party; {about_20})",
            [(c["percent_printed"], c["percent_printed_start"], c["percent_printed_end"]) for c in useful])

    t1 = rows["table1_membership"]
    add("table1_count", "Table 1 lists the 12 registered parties",
        "As of 1 July, 2004 there were 12 registered political parties",
        "holds" if len(t1) == 12 else "fails", f"{len(t1)} rows",
        [(r["name"], r["name_start"], r["name_end"]) for r in t1])

    minimum = next(f for f in rows["facts"] if f["key"] == "registration_minimum")
    known = [r for r in t1 if r["members"] is not None]
    below = [r["name"] for r in known if r["members"] < minimum["number"]]
    add("table1_registration_minimum", "Every party with data has the 50,000 members the law requires",
        "to be registered a political party should have at least 50,000 members",
        "fails" if below else "holds",
        (f"below: {', '.join(below)}" if below else f"smallest figure: {min(r['members'] for r in known):,}")
        + f"; {len(t1) - len(known)} parties have no data",
        [(r["members_printed"], r["members_printed_start"], r["members_printed_end"]) for r in t1])

    total_members = sum(r["members"] for r in known)
    add("over_10_percent_members", "Over 10% of adults are party members",
        "over 10 percent of the republic's adult population are members of one of the parties",
        "untestable", f"Table 1 adds up to {total_members:,} members (two parties without data); the "
        "article does not give the adult population", [])

    # The two shares are read from the claim as printed, so a changed figure changes the verdict.
    m = _TWICE.search(whole.text)
    if m is None:
        raise AnchorError("the claim 'Twice as many Russian respondents (N percent) ... as Kazakhs (N percent)' "
                          "is no longer in the article")
    claim = m.group(0)
    figures = [(m.group(k), m.start(k), m.end(k)) for k in (1, 2)]
    russians, kazakhs = (float(f[0]) for f in figures)
    ratio = russians / kazakhs
    # "Twice as many", a whole number of times, holds for a ratio that rounds to 2: 1.5 to under 2.5.
    add("twice_as_many_russians", "Twice as many Russians as Kazakhs prefer the Soviet-type state", claim,
        "holds" if 1.5 <= ratio < 2.5 else "fails",
        f"{figures[0][0]} / {figures[1][0]} = {ratio:.2f} (twice read as a ratio that rounds to 2, "
        "1.5 to under 2.5)", figures)

    _footnote2(rows, add)

    # Footnote 5: the parties missing from Table 4 were not yet registered when the poll was taken (2003).
    registered = {e["party_key"]: e for e in rows["events"] if e["kind"] == "registered"}
    for p in rows["parties"]:
        if p["in_table4"]:
            continue
        e = registered.get(p["key"])
        cells: list[tuple[str, int, int]] = []
        if e is None:
            result, detail = "untestable", "the article gives no registration date"
        else:
            # The poll is dated only "2003": a registration within 2003 cannot be ordered against it.
            if e["earliest"] > "2003-12-31":
                result = "holds"
            elif e["latest"] is not None and e["latest"] < "2003-01-01":
                result = "fails"
            else:
                result = "untestable"
            when = f"after {e['date']}" if e["precision"] == "after" else f"{e['date']} ({e['precision']})"
            detail = f"registered {when}; the poll is dated only 2003"
            cells = [(e["date"], e["date_start"], e["date_end"])]
        add(f"not_registered_at_poll_{p['key']}", f"{p['full_name']} was not yet registered at the poll",
            "By the time of the poll other parties were not yet registered.", result, detail, cells)
    return checks, spans


def _footnote2(rows: Rows, add: Any) -> None:
    """Footnote 2 says Asar and Rukhaniat "were registered practically two months before the parliamentary
    elections"; section 3 dates Asar's registration to December 2003. The article never dates those elections,
    so the two cannot be ordered, only set side by side."""
    said = {s["party_key"]: s for s in rows["statements"] if s["topic"] == "registration"}
    registered = {e["party_key"]: e for e in rows["events"] if e["kind"] == "registered"}
    names = {p["key"]: p["full_name"] for p in rows["parties"]}
    for key, st in said.items():
        e = registered.get(key)
        if e is None:
            detail = ("footnote 2 says the party was registered practically two months before the parliamentary "
                      "elections; section 3 gives no registration date, and the article does not date the elections")
            cells = [(st["text"], st["text_start"], st["text_end"])]
        else:
            detail = (f"section 3: registered {e['date']}; footnote 2: registered practically two months before the "
                      "parliamentary elections, which the article does not date. Both hold only if those elections "
                      f"were held about two months after {e['date']}")
            cells = [(e["date"], e["date_start"], e["date_end"]), (st["text"], st["text_start"], st["text_end"])]
        add(f"footnote2_registration_{key}", f"Footnote 2's registration timing agrees with {names[key]}'s "
            "registration date", st["anchor"], "untestable", detail, cells)
