"""What the article says of each party: social basis, origins, leaders, events, media and other statements.

A [[party]] annotation's values are looked up in the party's own part of section 3; the top-level [[event]] and
[[statement]] entries (facts printed elsewhere, such as footnote 2) name their party and are looked up in the
whole article."""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set
from typing import Any

from kzbrowser.build.anchors import AnchorError, Scope, resolve
from kzbrowser.build.dates import find_date
from kzbrowser.build.extract.parties import Party, require_party
from kzbrowser.build.extract.rows import Row, Rows, check_kind, spanned, unspanned
from kzbrowser.spans import line_of

EVENT_KINDS = {"constituent congress", "congress", "founded", "registered", "reregistered"}
MEDIA_KINDS = {"newspaper", "weekly", "magazine", "website", "web page", "internet publication"}
ROLES = {"head", "leader", "founder", "chair", "co-chair", "deputy chair", "first secretary",
         "head of the political council"}
STATEMENT_TOPICS = {"members", "faction", "registration"}

Note = Mapping[str, Any]


def party_facts(parties: Sequence[Party]) -> Rows:
    out: Rows = {"social_basis": [], "origins": [], "leaders": [], "events": [], "media": [], "statements": []}
    for p in parties:
        if sb := p.note.get("social_basis"):
            out["social_basis"].append(social_basis(p.key, sb, p.scope))
        out["origins"] += [{"party_key": p.key, **spanned("anchor", o["anchor"], _anchored(p.scope, o))}
                           for o in p.note.get("origin", [])]
        out["leaders"] += [leader(p.key, seq, ld, p.scope) for seq, ld in enumerate(p.note.get("leader", []), 1)]
        out["events"] += [event(p.key, ev, p.scope) for ev in p.note.get("event", [])]
        out["media"] += [media(p.key, seq, m, p.scope) for seq, m in enumerate(p.note.get("media", []), 1)]
        out["statements"] += [statement(p.key, st, p.scope) for st in p.note.get("statement", [])]
    return out


def outside_section3(notes: Note, whole: Scope, keys: Set[str]) -> Rows:
    """The top-level [[event]] and [[statement]] entries: party facts printed outside section 3."""
    for entry in (*notes.get("event", []), *notes.get("statement", [])):
        require_party(entry["party"], keys)
    return {"events": [event(e["party"], e, whole) for e in notes.get("event", [])],
            "statements": [statement(st["party"], st, whole) for st in notes.get("statement", [])]}


def statement(key: str, st: Note, scope: Scope) -> Row:
    check_kind(st["topic"], STATEMENT_TOPICS, f"party {key!r} statement topic")
    at = _anchored(scope, st)
    return {"party_key": key, "topic": st["topic"], **spanned("text", st["text"], resolve(scope, st, "text", at)),
            **spanned("anchor", st["anchor"], at)}


def _anchored(scope: Scope, entry: Note) -> tuple[int, int]:
    return scope.find(entry["anchor"], entry.get("anchor_occurrence"))


def _optional(scope: Scope, entry: Note, field: str, at: tuple[int, int]) -> Row:
    if field not in entry:
        return unspanned(field)
    return spanned(field, entry[field], resolve(scope, entry, field, at))


def social_basis(key: str, sb: Note, scope: Scope) -> Row:
    at = _anchored(scope, sb)
    return {"party_key": key, **spanned("text", sb["text"], resolve(scope, sb, "text", at)),
            **spanned("anchor", sb["anchor"], at)}


def leader(key: str, seq: int, ld: Note, scope: Scope) -> Row:
    check_kind(ld["role"], ROLES, f"party {key!r} leader role")
    at = _anchored(scope, ld)
    since = _optional(scope, ld, "since", at)
    date = find_date(ld["since"]) if "since" in ld else None
    return {"party_key": key, "seq": seq, **spanned("name", ld["name"], resolve(scope, ld, "name", at)),
            "role": ld["role"], **_optional(scope, ld, "description", at), **since,
            "since_iso": date.iso if date else None, "since_precision": date.precision if date else None,
            **spanned("anchor", ld["anchor"], at)}


def event(key: str, ev: Note, scope: Scope) -> Row:
    check_kind(ev["kind"], EVENT_KINDS, f"party {key!r} event kind")
    at = _anchored(scope, ev)
    phrase = ev.get("after") or ev["anchor"]
    date_scope = at if "after" not in ev else resolve(scope, ev, "after")
    date = find_date(scope.text[date_scope[0]:date_scope[1]]) if phrase else None
    if date is None:
        raise AnchorError(f"line {line_of(scope.text, at[0])}: no date in {ev['anchor']!r} (party {key!r})")
    d_start = date_scope[0] + date.offset
    return {"party_key": key, "kind": ev["kind"], **spanned("anchor", ev["anchor"], at),
            **spanned("date", date.printed, (d_start, d_start + len(date.printed))),
            "precision": "after" if "after" in ev else date.precision,
            # "after" a date: no day is printed, so no date at any precision; earliest is only a lower bound
            "iso": None if "after" in ev else date.iso, "earliest": date.earliest,
            "latest": None if "after" in ev else date.latest}


def media(key: str, seq: int, m: Note, scope: Scope) -> Row:
    check_kind(m["kind"], MEDIA_KINDS, f"party {key!r} media kind")
    at = _anchored(scope, m)
    circulation = _optional(scope, m, "circulation", at)
    since = _optional(scope, m, "since", at)
    date = find_date(m["since"]) if "since" in m else None
    return {"party_key": key, "seq": seq, "kind": m["kind"],
            **spanned("name", m["name"], resolve(scope, m, "name", at)),
            **_optional(scope, m, "language", at), **circulation,
            "circulation_number": int(m["circulation"].replace(",", "")) if "circulation" in m else None,
            "circulation_note": "printed once for both titles" if m.get("circulation_shared") else None,
            **since, "since_iso": date.iso if date else None, "since_precision": date.precision if date else None,
            **_optional(scope, m, "host", at), **spanned("anchor", m["anchor"], at)}
