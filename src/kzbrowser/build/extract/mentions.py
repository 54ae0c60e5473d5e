"""Every place a party's name is printed, and what it names there: the party, another party whose longer name
holds these words, a newspaper, a party of 1999, or another entity the annotations point at.

"Democratic Party" is printed inside "Social-Democratic Party AuyI" and "Democratic Party Ak zhol"; "Democratic
Party of Kazakhstan" also names a party that merged into Otan; *Ak zhol Kazakhstan* is a weekly. Only the
mentions of the party itself count in party_names.occurrences.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from kzbrowser.build.anchors import Scope, resolve
from kzbrowser.build.extract.rows import Row, Rows, spanned

Span = tuple[int, int]


def mentions(rows: Rows, notes: Mapping[str, Any], whole: Scope) -> list[Row]:
    """One row per printed occurrence of each party name (nested names included), with the party it refers
    to (party_key; null when it names something else, which belongs_to says). Sets party_names.occurrences."""
    others: list[tuple[Span, str]] = []  # spans that name something other than a 2004 party, most specific first
    for o in notes.get("other_entity", []):
        at = whole.find(o["anchor"], o.get("anchor_occurrence"))
        others.append((resolve(whole, o, "name", at), o["belongs_to"]))
    for m in rows["media"]:
        others.append(((m["name_start"], m["name_end"]), f"the {m['kind']} {m['name']}"))
    linked = {(lk["party_1999"], lk["party_key"]) for lk in rows["links_1999"]}
    old = [((r["name_start"], r["name_end"]), r["seq"], r["name"]) for r in rows["parties_1999"]]

    hits = [((h, h + len(n["name"])), n["party_key"], n["name"])
            for n in rows["party_names"] for h in whole.find_all(n["name"])]
    out: list[Row] = []
    for span, key, name in sorted(hits):
        owner: str | None = key
        belongs: str | None = None
        if other := next((what for s, what in others if _inside(span, s)), None):
            owner, belongs = None, other
        elif (o := next(((seq, nm) for s, seq, nm in old if _inside(span, s)), None)) and (o[0], key) not in linked:
            owner, belongs = None, f"the 1999 party {o[1]}"
        elif longer := _longest_around(span, key, hits):
            owner = longer
        out.append({**spanned("name", name, span), "name_of": key, "party_key": owner, "belongs_to": belongs})
    _count(rows["party_names"], out)
    return out


def _inside(span: Span, outer: Span) -> bool:
    return outer[0] <= span[0] and span[1] <= outer[1]


def _longest_around(span: Span, key: str, hits: Sequence[tuple[Span, str, str]]) -> str | None:
    """The party whose longer name, printed here, holds these words, when it is another party."""
    around = [(s[1] - s[0], k) for s, k, _ in hits if _inside(span, s) and s != span]
    if not around:
        return None
    _, k = max(around)
    return k if k != key else None


def _count(names: list[Row], found: list[Row]) -> None:
    for n in names:
        n["occurrences"] = sum(1 for m in found if m["name"] == n["name"] and m["name_of"] == n["party_key"]
                               and m["party_key"] == n["party_key"])
