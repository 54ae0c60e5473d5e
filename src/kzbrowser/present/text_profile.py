"""A party profile as plain text for the terminal, each fact followed by where it is printed."""

from __future__ import annotations

from typing import Any

from kzbrowser.present.profile import MEMBERSHIP_HEADING, TOPIC_LABEL, normalised_name
from kzbrowser.present.terminal import clean
from kzbrowser.read.citation import MARKS
from kzbrowser.read.verify import INFERENCES_HEADING
from kzbrowser.spans import plain


def _where(span: list[int] | None, text: str) -> str:
    if not span:
        return ""
    return f"  [line {text.count(chr(10), 0, span[0]) + 1}, chars {span[0]}-{span[1]}]"


def format_profile(p: dict[str, Any], text: str) -> str:
    """The profile as readable text, each fact followed by where it is printed, without control characters."""
    # As printed, like `kzbrowser parties` lists it, with the normalised form beside (as in "Names:")
    name = normalised_name(p)
    out = [p["full_name"] + (f" ({p['abbreviation']})" if p["abbreviation"] else "")
           + (f" [= {name}]" if name != p["full_name"] else "") + _where(p.get("full_name_span"), text)]
    if p["opposition"]:
        src = p["opposition_sources"][0]
        how = "; inference: the footnote says 'the two Communist parties'" if src.get("inference") else ""
        out.append(f"Opposition party (footnote 1{how})" + _where(src["anchor_span"], text))
    if p["not_registered_at_poll"]:
        out.append("Not yet registered at the time of the poll (footnote 5; inference: it names no party)")
    out.append("Names: " + "; ".join(n["name"] + (f" [= {n['normalised']}]" if n["normalised"] != n["name"]
                                                  else "") for n in p["names"]))
    m = p["membership"]
    if m:
        rank = f", rank {m['rank']} of 10 with data" if m["rank"] else " (unknown, not zero)"
        out.append(f"{MEMBERSHIP_HEADING}: {m['members_printed']}{rank}" + _where(m["members_printed_span"], text))
    sections: list[tuple[str, list[str]]] = [
        ("Leaders and founders", [
            f"{ld['name']} — {ld['role']}" + (f"; {ld['description']}" if ld["description"] else "")
            + (f" (since {ld['since']})" if ld["since"] else "") + _where(ld["name_span"], text)
            for ld in p["leaders"]]),
        ("Dates", [f"{e['kind']}: {_when(e)}" + _where(e["anchor_span"], text) for e in p["events"]]),
        ("Social basis", [s["text"] + _where(s["text_span"], text) for s in p["social_basis"]]),
        ("Origins", [o["anchor"] + _where(o["anchor_span"], text) for o in p["origins"]]),
        ("Table 4 assessment (%)", [f"{a['category']}: {a['percent_printed']}"
                                    + _where(a["percent_printed_span"], text) for a in p["assessment"]]),
        ("Also stated", [f"{TOPIC_LABEL.get(st['topic'], st['topic'])}: {st['text']}" + _where(st["text_span"], text)
                         for st in p["statements"]]),
        ("Quotes", [MARKS.get(q["style"], ("", ""))[0] + q["text"] + MARKS.get(q["style"], ("", ""))[1]
                    + (" (source not stated)" if q["source"] == "not stated" else f" ({q['source']})")
                    + _where(q["text_span"], text) for q in p["quotes"]]),
        ("Media", [f"{md['name']} — {md['kind']}" + (f", {md['language']}" if md["language"] else "")
                   + (f", circulation {md['circulation']}" if md["circulation"] else "")
                   + (f" ({md['circulation_note']})" if md.get("circulation_note") else "")
                   + (f", since {md['since']}" if md["since"] else "") + _where(md["name_span"], text)
                   for md in p["media"]]),
        ("Section 4: nationalities policy", [pos["clause"] + _where(pos["clause_span"], text)
                                             for pos in p["positions"]]),
        ("1999 election", [f"{lk['party_1999']}: {lk['kind']}" + (" (inference, see below)" if lk["inference"] else "")
                           + _where(lk["anchor_span"], text) for lk in p["links_1999"]]),
        (INFERENCES_HEADING,
         [f"inference: {inf['statement']} Why: {inf['reason']}" for inf in p["inferences"]]),
    ]
    for title, items in sections:
        if items:
            out.append(f"\n{title}:")
            out.extend(f"  - {i}" for i in items)
    return clean(plain("\n".join(out)))


def _when(e: dict[str, Any]) -> str:
    """The date as printed, its precision and, where there is one, the date at that precision."""
    if e["precision"] == "after":
        return f"after {e['date']} (no date printed)"
    return f"{e['date']} ({e['precision']}: {e['iso']})"
