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
from kzbrowser.read import stored_words as W

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
    add("table3_sum", W.TABLE3_SUM, None,
        "holds" if abs(total - 100) <= ROUNDING else "fails", W.SUM.format(total=f"{total:.1f}"), t3_cells)

    names = {p["key"]: p["full_name"] for p in rows["parties"]}
    t4: dict[str, list[dict[str, Any]]] = {}
    for r in rows["table4_assessment"]:
        t4.setdefault(r["party_key"], []).append(r)
    for key, row in t4.items():
        total = round(sum(c["percent"] for c in row), 1)
        add(f"table4_sum_{key}", W.TABLE4_SUM.format(party=names[key]), None,
            "holds" if abs(total - 100) <= ROUNDING else "fails", W.SUM.format(total=f"{total:.1f}"),
            [(c["percent_printed"], c["percent_printed_start"], c["percent_printed_end"]) for c in row])

    # "over 40 percent ... either indifferent to political developments or thought negatively of them":
    # indifference, plus the two negative answers (mistrust and fears; active rejection).
    by_answer = {r["row"]: r for r in t3}
    used = [by_answer[3], by_answer[4], by_answer[5]]
    share = round(sum(r["percent"] for r in used), 1)
    add("over_40_indifferent_or_negative", W.OVER_40,
        "over 40 percent of the respondents pointed out that they were either indifferent to political "
        "developments or thought negatively of them",
        "holds" if share > 40 else "fails",
        W.OVER_40_DETAIL.format(share=f"{share:.1f}"),
        [(r["percent_printed"], r["percent_printed_start"], r["percent_printed_end"]) for r in used])

    # "Over 50 percent ... undecided" and "about 20 percent ... useful" speak of "parties" at large. The natural
    # reading is the average over the seven parties of Table 4; each party's own figure is checked as well.
    undecided = [c for row in t4.values() for c in row if c["category"] == "Undecided"]
    mean = round(sum(c["percent"] for c in undecided) / len(undecided), 1)
    add("over_50_undecided_average", W.OVER_50_MEAN,
        "Over 50 percent of the respondents were undecided about the efficiency of parties' activity",
        "holds" if mean > 50 else "fails",
        W.OVER_50_MEAN_DETAIL.format(count=len(undecided), mean=f"{mean:.1f}"),
        [(c["percent_printed"], c["percent_printed_start"], c["percent_printed_end"]) for c in undecided])
    for c in undecided:
        add(f"over_50_undecided_{c['party_key']}", W.OVER_50.format(party=names[c["party_key"]]),
            "Over 50 percent of the respondents were undecided about the efficiency of parties' activity",
            "holds" if c["percent"] > 50 else "fails", W.OVER_50_DETAIL.format(share=c["percent_printed"]),
            [(c["percent_printed"], c["percent_printed_start"], c["percent_printed_end"])])

    # "about 20 percent admitted that parties ... were useful": obviously useful + useful on the whole. "About
    # 20", a round number in tens, holds for a share that rounds to 20 at that precision: 15 to under 25.
    useful_all = [c for row in t4.values() for c in row if c["category"] in ("Obviously Useful", "Useful on the Whole")]
    mean = round(sum(c["percent"] for c in useful_all) / len(t4), 1)
    add("about_20_useful_average", W.ABOUT_20_MEAN,
        "about 20 percent admitted that parties, especially parties of different political orientations, "
        "were useful", "holds" if 15 <= mean < 25 else "fails",
        W.ABOUT_20_MEAN_DETAIL.format(count=len(t4), mean=f"{mean:.1f}"),
        [(c["percent_printed"], c["percent_printed_start"], c["percent_printed_end"]) for c in useful_all])
    for key, row in t4.items():
        useful = [c for c in row if c["category"] in ("Obviously Useful", "Useful on the Whole")]
        share = round(sum(c["percent"] for c in useful), 1)
        add(f"about_20_useful_{key}", W.ABOUT_20.format(party=names[key]),
            "about 20 percent admitted that parties, especially parties of different political orientations, "
            "were useful",
            "holds" if 15 <= share < 25 else "fails",
            W.ABOUT_20_DETAIL.format(share=f"{share:.1f}"),
            [(c["percent_printed"], c["percent_printed_start"], c["percent_printed_end"]) for c in useful])

    t1 = rows["table1_membership"]
    add("table1_count", W.TABLE1_COUNT,
        "As of 1 July, 2004 there were 12 registered political parties",
        "holds" if len(t1) == 12 else "fails", W.ROWS.format(count=len(t1)),
        [(r["name"], r["name_start"], r["name_end"]) for r in t1])

    minimum = next(f for f in rows["facts"] if f["key"] == "registration_minimum")
    known = [r for r in t1 if r["members"] is not None]
    below = [r["name"] for r in known if r["members"] < minimum["number"]]
    add("table1_registration_minimum", W.MINIMUM,
        "to be registered a political party should have at least 50,000 members",
        "fails" if below else "holds",
        W.BELOW.format(names=", ".join(below), count=len(t1) - len(known)) if below else
        W.SMALLEST.format(smallest=f"{min(r['members'] for r in known):,}", count=len(t1) - len(known)),
        [(r["members_printed"], r["members_printed_start"], r["members_printed_end"]) for r in t1])

    total_members = sum(r["members"] for r in known)
    add("over_10_percent_members", W.OVER_10,
        "over 10 percent of the republic's adult population are members of one of the parties",
        "untestable", W.OVER_10_DETAIL.format(total=f"{total_members:,}"), [])

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
    add("twice_as_many_russians", W.TWICE, claim,
        "holds" if 1.5 <= ratio < 2.5 else "fails",
        W.TWICE_DETAIL.format(russians=figures[0][0], kazakhs=figures[1][0], ratio=f"{ratio:.2f}"), figures)

    _footnote2(rows, add)

    # Footnote 5: the parties missing from Table 4 were not yet registered when the poll was taken (2003).
    registered = {e["party_key"]: e for e in rows["events"] if e["kind"] == "registered"}
    for p in rows["parties"]:
        if p["in_table4"]:
            continue
        e = registered.get(p["key"])
        cells: list[tuple[str, int, int]] = []
        if e is None:
            result, detail = "untestable", W.AT_POLL_UNDATED
        else:
            # The poll is dated only "2003": a registration within 2003 cannot be ordered against it.
            if e["earliest"] > "2003-12-31":
                result = "holds"
            elif e["latest"] is not None and e["latest"] < "2003-01-01":
                result = "fails"
            else:
                result = "untestable"
            detail = (W.AT_POLL_AFTER.format(date=e["date"]) if e["precision"] == "after"
                      else W.AT_POLL_DATED.format(date=e["date"], precision=e["precision"]))
            cells = [(e["date"], e["date_start"], e["date_end"])]
        add(f"not_registered_at_poll_{p['key']}", W.AT_POLL.format(party=p["full_name"]),
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
            detail = W.FOOTNOTE2_UNDATED
            cells = [(st["text"], st["text_start"], st["text_end"])]
        else:
            detail = W.FOOTNOTE2_DATED.format(date=e["date"])
            cells = [(e["date"], e["date_start"], e["date_end"]), (st["text"], st["text_start"], st["text_end"])]
        add(f"footnote2_registration_{key}", W.FOOTNOTE2.format(party=names[key]), st["anchor"], "untestable", detail,
            cells)
