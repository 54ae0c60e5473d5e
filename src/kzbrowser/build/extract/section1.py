"""Section 1: the ten parties of the 1999 elections and their links to today's, the facts of the party
landscape, the signatories."""

from __future__ import annotations

import re
from collections.abc import Mapping, Set
from typing import Any

from kzbrowser.build.anchors import AnchorError, Scope, resolve
from kzbrowser.build.article import Article, ArticleError
from kzbrowser.build.extract.parties import require_party
from kzbrowser.build.extract.rows import Row, check_kind, spanned, unspanned

LINK_KINDS = {"reregistered", "renamed", "joined"}
_1999_HEAD = "Ten parties registered their candidates at the 1999 parliamentary elections: "


def parties_1999(art: Article, whole: Scope) -> list[Row]:
    start, _ = whole.find(_1999_HEAD.rstrip(": "))
    para = next(p for p in art.paragraphs if p.start <= start < p.end)
    body_start = start + len(_1999_HEAD)
    body = art.text[body_start:para.end].rstrip(".")
    out: list[Row] = []
    pos = 0
    for item in re.split(r"[;,] (?=the )", body):
        offset = body.index(item, pos)
        pos = offset + len(item)
        m = re.match(r"^the (.+?)(?: \(([A-Z]{2,5})\))?$", item)
        if not m:
            raise ArticleError(f"line {art.line_of(body_start + offset)}: 1999 party {item!r} not "
                               "of the form 'the NAME (ABBR)'")
        a = body_start + offset
        out.append({"seq": len(out) + 1, **spanned("name", m.group(1), (a + 4, a + 4 + len(m.group(1)))),
                    "abbreviation": m.group(2),
                    "abbreviation_start": a + m.start(2) if m.group(2) else None,
                    "abbreviation_end": a + m.end(2) if m.group(2) else None})
    if len(out) != 10:
        raise ArticleError(f"line {art.line_of(start)}: the text says ten parties ran in 1999, "
                           f"the list names {len(out)}")
    return out


def links_1999(notes: Mapping[str, Any], whole: Scope, rows_1999: list[Row], party_keys: Set[str]) -> list[Row]:
    out = []
    for link in notes.get("link_1999", []):
        check_kind(link["kind"], LINK_KINDS, "link_1999 kind")
        field = "abbreviation" if "abbreviation" in link else "name"
        match = [r for r in rows_1999 if r[field] == link.get(field)]
        if len(match) != 1:
            raise AnchorError(f"link_1999: no single 1999 party {link.get('abbreviation') or link.get('name')!r}")
        require_party(link["party"], party_keys)
        span = whole.find(link["anchor"])
        out.append({"party_1999": match[0]["seq"], "party_key": link["party"], "kind": link["kind"],
                    **spanned("anchor", link["anchor"], span), "inference": link.get("inference")})
    return out


def facts(notes: Mapping[str, Any], whole: Scope) -> list[Row]:
    out = []
    for f in notes.get("fact", []):
        at = whole.find(f["anchor"])
        value = resolve(whole, f, "value", at)
        digits = re.sub(r"[^\d]", "", f["value"])
        number = int(digits) if digits and len(digits) == len(f["value"].replace(",", "")) else None
        if f["value"].lower() == "ten":
            number = 10
        out.append({"key": f["key"], "label": f["label"], **spanned("value", f["value"], value),
                    "number": number, **spanned("anchor", f["anchor"], at)})
    return out


def signatories(notes: Mapping[str, Any], whole: Scope) -> list[Row]:
    """The named signatories; partial = 1 when the article introduces them as some of those who signed."""
    listed = notes.get("signatory_list", {})
    partial = int("partial_anchor" in listed and bool(whole.find(listed["partial_anchor"])))
    out = []
    for seq, s in enumerate(notes.get("signatory", []), start=1):
        at = whole.find(s["anchor"])
        row: Row = {"seq": seq}
        for field in ("name", "position", "bank", "note"):
            row.update(spanned(field, s[field], resolve(whole, s, field, at)) if field in s else unspanned(field))
        out.append({**row, **spanned("anchor", s["anchor"], at), "partial": partial})
    return out
