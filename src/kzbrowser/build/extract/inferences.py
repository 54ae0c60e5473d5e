"""What kzbrowser infers ([[inference]] annotations): one row per inference and party it concerns, and the check
that every `inference = KEY` elsewhere in the annotations names one of them."""

from __future__ import annotations

from collections.abc import Mapping, Set
from typing import Any

from kzbrowser.build.anchors import AnchorError, Scope
from kzbrowser.build.extract.parties import require_party
from kzbrowser.build.extract.rows import Row, Rows, spanned, unspanned


def inferences(notes: Mapping[str, Any], whole: Scope, keys: Set[str]) -> list[Row]:
    out: list[Row] = []
    for inf in notes.get("inference", []):
        anchor = spanned("anchor", inf["anchor"], whole.find(inf["anchor"])) if "anchor" in inf else unspanned("anchor")
        for party in inf.get("party") or [None]:
            if party is not None:
                require_party(party, keys)
            out.append({"key": inf["key"], "party_key": party, "statement": inf["statement"],
                        "reason": inf["reason"], **anchor})
    return out


def check_references(rows: Rows) -> None:
    """Every row marked as an inference names a known one (links_1999.inference, opposition.inference)."""
    known = {r["key"] for r in rows["inferences"]}
    for table in ("links_1999", "opposition"):
        for r in rows[table]:
            if r["inference"] is not None and r["inference"] not in known:
                raise AnchorError(f"{table}: inference {r['inference']!r} has no [[inference]] entry")
