"""Turn the article and the reviewed annotations into database rows, each with the span it came from.

Every value that the article states is stored as printed beside its span: a column ``x`` with
``x_start``/``x_end`` holds ``article[x_start:x_end]``, which the build re-checks for every row.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from kzbrowser.build import tables as tbl
from kzbrowser.build.anchors import AnchorError, Scope, resolve
from kzbrowser.build.article import Article, ArticleError, Paragraph
from kzbrowser.build.dates import find_date
from kzbrowser.build.quotes import QuoteError, top_level_quotes

Row = dict[str, Any]
Rows = dict[str, list[Row]]

EVENT_KINDS = {"constituent congress", "congress", "founded", "registered", "reregistered"}
MEDIA_KINDS = {"newspaper", "weekly", "magazine", "website", "web page", "internet publication"}
ROLES = {"head", "leader", "chair", "co-chair", "deputy chair", "first secretary", "head of the political council"}
LINK_KINDS = {"reregistered", "renamed", "joined"}
QUOTE_SOURCES = {"program", "statement", "address"}


def spanned(name: str, printed: str, span: tuple[int, int]) -> Row:
    return {name: printed, f"{name}_start": span[0], f"{name}_end": span[1]}


def _pieces(spans: list[tuple[int, int]]) -> str | None:
    """JSON list of printed spans, only when a value crosses a page break."""
    return json.dumps([list(s) for s in spans]) if len(spans) > 1 else None


class Extractor:
    def __init__(self, art: Article, notes: dict[str, Any]) -> None:
        self.art = art
        self.notes = notes
        self.whole = Scope(art.text, 0, len(art.text), "the article")
        self.rows: Rows = {}
        self.names: dict[str, str] = {}  # any printed name or abbreviation (lower case) -> party key
        self.party_scopes: dict[str, Scope] = {}

    def add(self, table: str, row: Row) -> None:
        self.rows.setdefault(table, []).append(row)

    def run(self) -> Rows:
        self.article()
        self.tables()
        self.parties()
        self.quotes()
        self.positions()
        self.parties_1999()
        self.section1()
        self.artefacts()
        return self.rows

    # -- the article -------------------------------------------------------------------------------------
    def article(self) -> None:
        art = self.art
        author = art.author
        self.add("meta", {"key": "title", "value": art.title.text, "value_start": art.title.start,
                          "value_end": art.title.end})
        self.add("meta", {"key": "author", "value": author.text, "value_start": author.start,
                          "value_end": author.end})
        aff = art.affiliation
        inner = aff.text.strip("*")
        self.add("meta", {"key": "affiliation", "value": inner, "value_start": aff.start + 1,
                          "value_end": aff.start + 1 + len(inner)})
        for h in art.sections():
            start, end = art.section_span(h.number or 0)
            self.add("sections", {"number": h.number, **spanned("title", h.text, (h.start, h.end)),
                                  "section_start": start, "section_end": end})
        for p in art.paragraphs:
            self.add("paragraphs", {"id": p.seq, "section": p.section, "kind": p.kind,
                                    "party_key": None, "text": p.text, "text_start": p.start,
                                    "text_end": p.end, "text_pieces": _pieces(p.pieces)})
        for f in art.footnotes:
            self.add("footnotes", {"number": f.number, **spanned("text", f.text, (f.start, f.end)),
                                   "marker_start": f.marker_start})
        for c in art.citations:
            self.add("footnote_citations", {"footnote": c.number, "section": c.section,
                                            **spanned("marker", art.text[c.start], (c.start, c.start + 1)),
                                            "paragraph_id": self._paragraph_at(c.start)})
        topics = {c["number"]: c["topic"] for c in self.notes.get("chart", [])}
        for ch in art.charts:
            if ch.number not in topics:
                raise AnchorError(f"line {art.line_of(ch.start)}: Chart {ch.number} has no [[chart]] annotation")
            cited = self.whole.find(topics[ch.number], what=f"Chart {ch.number} topic")
            self.add("charts", {"number": ch.number, **spanned("heading", ch.text, (ch.start, ch.end)),
                                **spanned("cited_in", art.text[cited[0]:cited[1]], cited),
                                "data_available": 0,
                                "note": "The chart was not preserved in the text; its data is unknown."})

    def _paragraph_at(self, offset: int) -> int | None:
        for p in self.art.paragraphs:
            if any(s <= offset < e for s, e in p.pieces):
                return p.seq
        return None

    # -- tables ------------------------------------------------------------------------------------------
    def tables(self) -> None:
        art = self.art
        self.t = {n: tbl.parse_table(art, n) for n in (1, 2, 3, 4)}
        for n, t in self.t.items():
            head = art.table_headings[n]
            notes = [c.number for c in art.citations if t.caption.start <= c.start <= t.caption.end + 2]
            self.add("article_tables", {"number": n, **spanned("caption", t.caption.printed,
                                                                (t.caption.start, t.caption.end)),
                                        "heading_start": head.start, "heading_end": head.end,
                                        "footnote": notes[0] if notes else None, "section": head.section})
        for k, c in enumerate(self.t[4].columns, start=1):
            self.add("table4_categories", {"seq": k, **spanned("label", c.printed, (c.start, c.end))})
        for k, (a, b) in enumerate(self.t[2].rows, start=1):
            self.add("table2_programs", {"row": k, **spanned("text_1999", a.printed, (a.start, a.end)),
                                         **spanned("text_2004", b.printed, (b.start, b.end))})
        for k, (answer, value) in enumerate(self.t[3].rows, start=1):
            self.add("table3_poll", {"row": k, **spanned("answer", answer.printed, (answer.start, answer.end)),
                                     "percent": tbl.percent(value),
                                     **spanned("percent_printed", value.printed, (value.start, value.end))})

    # -- parties -----------------------------------------------------------------------------------------
    def parties(self) -> None:
        art = self.art
        headings = {h.text: h for h in art.party_headings()}
        entries = self.notes.get("party", [])
        seen = {e["heading"] for e in entries}
        for text, h in headings.items():
            if text not in seen:
                raise AnchorError(f"line {art.line_of(h.start)}: section-3 heading {text!r} has no [[party]] "
                                  "annotation")
        table1 = {split[0].printed: (row, split) for row in self.t[1].rows
                  for split in [tbl.split_abbreviation(row[1])]}
        table1_full = {row[1].printed: row for row in self.t[1].rows}
        for e in entries:
            key = e["key"]
            if e["heading"] not in headings:
                raise ArticleError(f"section 3 has no party heading {e['heading']!r} (party {key!r}); "
                                   f"found: {', '.join(headings)}")
            h = headings[e["heading"]]
            start, end = art.party_span(h)
            scope = Scope(art.text, start, end, f"section {h.text!r}")
            self.party_scopes[key] = scope
            if e["table1"] not in table1_full:
                raise ArticleError(f"line {self.t[1].lines[0]}: Table 1 has no row {e['table1']!r} "
                                   f"(party {key!r})")
            row = table1_full[e["table1"]]
            name_cell, abbr = tbl.split_abbreviation(row[1])
            heading_abbr = re.search(r"\(([A-Z]{2,5})\)", h.text)
            if abbr is None and heading_abbr:
                abbr = tbl.Cell(heading_abbr.group(1), h.start + heading_abbr.start(1),
                                h.start + heading_abbr.end(1))
            members = tbl.members(row[2])
            self.add("parties", {
                "key": key, "table1_row": int(row[0].printed),
                **spanned("heading", h.text, (h.start, h.end)),
                **spanned("full_name", name_cell.printed, (name_cell.start, name_cell.end)),
                "short_name": e["short_name"],
                "abbreviation": abbr.printed if abbr else None,
                "abbreviation_start": abbr.start if abbr else None,
                "abbreviation_end": abbr.end if abbr else None,
                "section_start": start, "section_end": end,
                "opposition": 0, "in_table4": 0,
            })
            self.add("table1_membership", {
                "row": int(row[0].printed), "party_key": key,
                **spanned("name", row[1].printed, (row[1].start, row[1].end)),
                "members": members,
                **spanned("members_printed", row[2].printed, (row[2].start, row[2].end)),
                "rank": None,
            })
            self._names(key, e, name_cell, abbr, h)
            for p in art.paragraphs:
                if p.heading == h.text:
                    self.rows["paragraphs"][p.seq - 1]["party_key"] = key
            self._party_facts(key, e, scope)
        del table1
        self._ranks()
        self._table4()
        for o in self.notes.get("opposition", []):
            span = self.whole.find(o["anchor"], o.get("anchor_occurrence"))
            self._party(o["party"])["opposition"] = 1
            self.add("opposition", {"party_key": o["party"], **spanned("anchor", o["anchor"], span)})

    def _party(self, key: str) -> Row:
        for row in self.rows["parties"]:
            if row["key"] == key:
                return row
        raise AnchorError(f"no [[party]] with key {key!r}")

    def _names(self, key: str, e: Row, name_cell: tbl.Cell, abbr: tbl.Cell | None, h: Any) -> None:
        found: list[tuple[str, str, tuple[int, int]]] = [
            (name_cell.printed, "full name", (name_cell.start, name_cell.end))]
        if abbr:
            found.append((abbr.printed, "abbreviation", (abbr.start, abbr.end)))
        heading = h.text.removeprefix("The ")
        found.append((heading, "heading", (h.start + len(h.text) - len(heading), h.end)))
        for what, kind in [(e["short_name"], "short name"), (e.get("table4"), "Table 4 name"),
                           *[(n, "variant") for n in e.get("names", [])]]:
            if what:
                hits = self.whole.find_all(what)
                if not hits:
                    raise AnchorError(f"party {key!r}: name {what!r} not found in the article")
                found.append((what, kind, (hits[0], hits[0] + len(what))))
        seen: set[str] = set()
        for name, kind, span in found:
            if name.lower() in seen:
                continue
            seen.add(name.lower())
            other = self.names.get(name.lower())
            if other and other != key:
                raise AnchorError(f"name {name!r} is given to both {other!r} and {key!r}")
            self.names[name.lower()] = key
            self.add("party_names", {"party_key": key, **spanned("name", name, span), "kind": kind,
                                     "occurrences": len(self.whole.find_all(name))})

    def _ranks(self) -> None:
        known = sorted((r for r in self.rows["table1_membership"] if r["members"] is not None),
                       key=lambda r: -r["members"])
        for rank, r in enumerate(known, start=1):
            r["rank"] = rank

    def _table4(self) -> None:
        labels = [c.printed for c in self.t[4].columns]
        for row, line in zip(self.t[4].rows, self.t[4].lines, strict=True):
            key = self.names.get(row[0].printed.lower())
            if key is None:
                raise ArticleError(f"line {line}: Table 4 row {row[0].printed!r} matches no party of section 3")
            self._party(key)["in_table4"] = 1
            for label, cell in zip(labels, row[1:], strict=True):
                self.add("table4_assessment", {
                    "party_key": key, **spanned("name", row[0].printed, (row[0].start, row[0].end)),
                    "category": label, "percent": tbl.percent(cell),
                    **spanned("percent_printed", cell.printed, (cell.start, cell.end))})

    def _party_facts(self, key: str, e: Row, scope: Scope) -> None:
        def anchored(entry: Row) -> tuple[int, int]:
            return scope.find(entry["anchor"], entry.get("anchor_occurrence"))

        def opt(entry: Row, field: str, at: tuple[int, int]) -> Row:
            if field not in entry:
                return {field: None, f"{field}_start": None, f"{field}_end": None}
            return spanned(field, entry[field], resolve(scope, entry, field, at))

        if sb := e.get("social_basis"):
            at = anchored(sb)
            self.add("social_basis", {"party_key": key, **spanned("text", sb["text"], resolve(scope, sb, "text", at)),
                                      **spanned("anchor", sb["anchor"], at)})
        for o in e.get("origin", []):
            self.add("origins", {"party_key": key, **spanned("anchor", o["anchor"], anchored(o))})
        for seq, ld in enumerate(e.get("leader", []), start=1):
            _check(ld["role"], ROLES, f"party {key!r} leader role")
            at = anchored(ld)
            since = opt(ld, "since", at)
            date = find_date(ld["since"]) if "since" in ld else None
            self.add("leaders", {"party_key": key, "seq": seq, **spanned("name", ld["name"],
                                                                          resolve(scope, ld, "name", at)),
                                 "role": ld["role"], **opt(ld, "description", at), **since,
                                 "since_iso": date.iso if date else None,
                                 **spanned("anchor", ld["anchor"], at)})
        for ev in e.get("event", []):
            _check(ev["kind"], EVENT_KINDS, f"party {key!r} event kind")
            at = anchored(ev)
            phrase = ev.get("after") or ev["anchor"]
            date_scope = at if "after" not in ev else resolve(scope, ev, "after")
            date = find_date(self.art.text[date_scope[0]:date_scope[1]]) if phrase else None
            if date is None:
                raise AnchorError(f"line {self.art.line_of(at[0])}: no date in {ev['anchor']!r} (party {key!r})")
            d_start = date_scope[0] + date.offset
            self.add("events", {"party_key": key, "kind": ev["kind"], **spanned("anchor", ev["anchor"], at),
                                **spanned("date", date.printed, (d_start, d_start + len(date.printed))),
                                "precision": "after" if "after" in ev else date.precision,
                                "iso": date.iso, "earliest": date.earliest,
                                "latest": None if "after" in ev else date.latest})
        for seq, m in enumerate(e.get("media", []), start=1):
            _check(m["kind"], MEDIA_KINDS, f"party {key!r} media kind")
            at = anchored(m)
            circulation = opt(m, "circulation", at)
            since = opt(m, "since", at)
            date = find_date(m["since"]) if "since" in m else None
            self.add("media", {"party_key": key, "seq": seq, "kind": m["kind"],
                               **spanned("name", m["name"], resolve(scope, m, "name", at)),
                               **opt(m, "language", at), **circulation,
                               "circulation_number": int(m["circulation"].replace(",", ""))
                               if "circulation" in m else None,
                               "circulation_note": "printed once for both titles"
                               if m.get("circulation_shared") else None,
                               **since, "since_iso": date.iso if date else None,
                               **opt(m, "host", at), **spanned("anchor", m["anchor"], at)})

    # -- quotes ------------------------------------------------------------------------------------------
    def quotes(self) -> None:
        art = self.art
        sources: dict[str, list[tuple[tuple[int, int], Row]]] = {}
        for e in self.notes.get("party", []):
            for qs in e.get("quote_source", []):
                _check(qs["source"], QUOTE_SOURCES, f"party {e['key']!r} quote source")
                at = self.party_scopes[e["key"]].find(qs["anchor"])
                sources.setdefault(e["key"], []).append((at, qs))
        n = 0
        for p in art.paragraphs:
            key = self.rows["paragraphs"][p.seq - 1]["party_key"]
            if key is None:
                continue
            try:
                found = top_level_quotes(p.text)
            except QuoteError as exc:
                raise ArticleError(f"line {art.line_of(p.to_article(exc.offset))}: {exc}") from None
            for q in found:
                spans = p.spans_of(q.start, q.end)
                n += 1
                start = spans[0][0]
                source, source_span = "program", None
                for at, qs in sources.get(key, []):
                    if at[1] <= start and qs.setdefault("_used", 0) < qs["quotes"]:
                        qs["_used"] += 1
                        source, source_span = qs["source"], at
                        break
                seq = sum(1 for r in self.rows.get("quotes", []) if r["party_key"] == key) + 1
                self.add("quotes", {
                    "id": n, "party_key": key, "seq": seq, "paragraph_id": p.seq, "style": q.style,
                    "text": p.text[q.start:q.end], "text_start": spans[0][0], "text_end": spans[-1][1],
                    "text_pieces": _pieces(spans), "source": source,
                    "source_anchor_start": source_span[0] if source_span else None,
                    "source_anchor_end": source_span[1] if source_span else None,
                })
        for e in self.notes.get("party", []):
            for qs in e.get("quote_source", []):
                if qs.get("_used", 0) != qs["quotes"]:
                    raise AnchorError(f"party {e['key']!r}: {qs['quotes']} quote(s) expected after "
                                      f"{qs['anchor']!r}, found {qs.get('_used', 0)}")

    # -- section 4 ---------------------------------------------------------------------------------------
    def positions(self) -> None:
        art = self.art
        lists = [p for p in art.paragraphs if p.kind == "list" and p.section == 4]
        if len(lists) != 1:
            raise ArticleError("section 4 should have one bulleted list of new elements of nationalities policy")
        item_no = 0
        for bullet_start, bullet in _bullets(lists[0]):
            item_no += 1
            clause_start = 0
            # Each clause ends in a parenthesis naming the parties it is attributed to.
            for m in re.finditer(r"\(([^()]+)\)[;.]?", bullet):
                names = [n.strip() for n in re.split(r",| and ", m.group(1))]
                keys = [self.names.get(n.lower()) for n in names]
                if None in keys:
                    continue  # a parenthesis that names no party
                clause = bullet[clause_start:m.start()].strip(" ;")
                c_start = bullet_start + bullet.index(clause, clause_start)
                pos = m.start(1)
                for name, key in zip(names, keys, strict=True):
                    n_start = bullet.index(name, pos)
                    pos = n_start + len(name)
                    self.add("positions", {"item": item_no, "party_key": key,
                                           **spanned("clause", clause, (c_start, c_start + len(clause))),
                                           **spanned("party_printed", name, (bullet_start + n_start,
                                                                             bullet_start + pos))})
                clause_start = m.end()
            if clause_start == 0:
                raise ArticleError(f"line {art.line_of(bullet_start)}: a section-4 item names no party")

    # -- section 1 ---------------------------------------------------------------------------------------
    def parties_1999(self) -> None:
        head = "Ten parties registered their candidates at the 1999 parliamentary elections: "
        start, _ = self.whole.find(head.rstrip(": "))
        para = next(p for p in self.art.paragraphs if p.start <= start < p.end)
        body_start = start + len(head)
        body = self.art.text[body_start:para.end].rstrip(".")
        n = 0
        pos = 0
        for item in re.split(r"[;,] (?=the )", body):
            offset = body.index(item, pos)
            pos = offset + len(item)
            m = re.match(r"^the (.+?)(?: \(([A-Z]{2,5})\))?$", item)
            if not m:
                raise ArticleError(f"line {self.art.line_of(body_start + offset)}: 1999 party {item!r} not "
                                   "of the form 'the NAME (ABBR)'")
            n += 1
            a = body_start + offset
            self.add("parties_1999", {"seq": n, **spanned("name", m.group(1), (a + 4, a + 4 + len(m.group(1)))),
                                      "abbreviation": m.group(2),
                                      "abbreviation_start": a + m.start(2) if m.group(2) else None,
                                      "abbreviation_end": a + m.end(2) if m.group(2) else None})
        if n != 10:
            raise ArticleError(f"line {self.art.line_of(start)}: the text says ten parties ran in 1999, "
                               f"the list names {n}")
        for link in self.notes.get("link_1999", []):
            _check(link["kind"], LINK_KINDS, "link_1999 kind")
            field = "abbreviation" if "abbreviation" in link else "name"
            match = [r for r in self.rows["parties_1999"] if r[field] == link.get(field)]
            if len(match) != 1:
                raise AnchorError(f"link_1999: no single 1999 party {link.get('abbreviation') or link.get('name')!r}")
            self._party(link["party"])
            span = self.whole.find(link["anchor"])
            self.add("links_1999", {"party_1999": match[0]["seq"], "party_key": link["party"],
                                    "kind": link["kind"], **spanned("anchor", link["anchor"], span)})

    def section1(self) -> None:
        for f in self.notes.get("fact", []):
            at = self.whole.find(f["anchor"])
            value = resolve(self.whole, f, "value", at)
            digits = re.sub(r"[^\d]", "", f["value"])
            number = int(digits) if digits and len(digits) == len(f["value"].replace(",", "")) else None
            if f["value"].lower() == "ten":
                number = 10
            self.add("facts", {"key": f["key"], "label": f["label"], **spanned("value", f["value"], value),
                               "number": number, **spanned("anchor", f["anchor"], at)})
        for seq, s in enumerate(self.notes.get("signatory", []), start=1):
            at = self.whole.find(s["anchor"])
            row: Row = {"seq": seq}
            for field in ("name", "position", "bank", "note"):
                row.update(spanned(field, s[field], resolve(self.whole, s, field, at)) if field in s
                           else {field: None, f"{field}_start": None, f"{field}_end": None})
            self.add("signatories", {**row, **spanned("anchor", s["anchor"], at)})

    def artefacts(self) -> None:
        for a in self.notes.get("artefact", []):
            hits = [i for i in _find_raw(self.art.text, a["printed"])]
            if not hits:
                raise AnchorError(f"artefact {a['printed']!r} no longer occurs in the article")
            for h in hits:
                self.add("artefacts", {**spanned("printed", a["printed"], (h, h + len(a["printed"]))),
                                       "normalised": a["normalised"], "note": a["note"]})


def _find_raw(text: str, needle: str) -> Iterator[int]:
    i = text.find(needle)
    while i >= 0:
        yield i
        i = text.find(needle, i + 1)


def _bullets(p: Paragraph) -> Iterator[tuple[int, str]]:
    pos = p.start
    for line in p.text.split("\n"):
        if not line.startswith("- "):
            raise ArticleError(f"line {line_of_offset(p, pos)}: expected a list item starting with '- '")
        yield pos + 2, line[2:]
        pos += len(line) + 1


def line_of_offset(p: Paragraph, pos: int) -> int:
    return p.text.count("\n", 0, pos - p.start) + 1


def _check(value: str, allowed: set[str], what: str) -> None:
    if value not in allowed:
        raise AnchorError(f"{what} {value!r} is not one of {sorted(allowed)}")
