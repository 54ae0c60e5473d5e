"""A party profile as Markdown: the detail pane's content, for notes and papers. Qt-free.

Every value keeps its printed form: a quote in the marks it is printed in, a figure as printed ("300,000",
"No data"), a date at its printed precision; where the article says nothing, "not stated". Every value goes
through :func:`md_text`, the one escaping path, so that no character of the article becomes Markdown markup.
"""

from __future__ import annotations

import re
from typing import Any

from kzbrowser.present.html import visible
from kzbrowser.present.profile import (
    EVENT_LABEL,
    LINK_KIND,
    MEMBERSHIP_HEADING,
    PRECISION,
    SOURCE_LABEL,
    TOPIC_LABEL,
    normalised_name,
)
from kzbrowser.read.citation import MARKS, Source
from kzbrowser.read.verify import INFERENCES_HEADING
from kzbrowser.spans import plain

NOT_STATED = "not stated"
# CommonMark lets a backslash escape any ASCII punctuation; these are the ones that can start markup inline.
_INLINE = re.compile(r"([\\`*_\[\]<>|~&!#])")
# ...and these only at the start of a line: a heading, a quote, a list item, a rule, a setext underline.
_LINE_START = re.compile(r"^(\s*)([>+=-]|\d+(?=[.)]))", re.MULTILINE)


def md_text(value: object) -> str:
    """Any value as Markdown text that renders as exactly its plain text: the article's emphasis asterisks
    dropped (as in every text that leaves the app), control characters visible, line breaks as spaces, and
    every character that Markdown would read as markup escaped."""
    text = " ".join(visible(plain(str(value)).replace("\n", " ")).split())
    return _INLINE.sub(r"\\\1", text)


def md_marked(text: str, start: str, end: str) -> str:
    """``text`` (plain text: spans.plain applied) whose search matches lie between ``start`` and ``end``, as
    Markdown: every piece escaped as md_text escapes it, each match in bold."""
    pieces = re.split(f"({re.escape(start)}|{re.escape(end)})", text)
    out = "".join("**" if p in (start, end) else _INLINE.sub(r"\\\1", visible(p).replace("\n", " ")) for p in pieces)
    return _block_start(" ".join(out.split()))


def _block_start(line: str) -> str:
    """``line`` safe to begin a block (a list item's text, a paragraph): a leading "-", "+", "=", ">" or "1."
    escaped, which would start a list, a quote or a heading there."""
    return _LINE_START.sub(lambda m: m.group(1) + ("\\" + m.group(2) if not m.group(2).isdigit()
                                                   else m.group(2) + "\\"), line)


def profile_markdown(p: dict[str, Any], source: Source) -> str:
    """One 2004 party's profile as a Markdown document, its citation at the end."""
    out: list[str] = []
    abbr = f" ({p['abbreviation']})" if p["abbreviation"] else ""
    out.append(f"# {md_text(normalised_name(p) + abbr)}")
    if normalised_name(p) != p["full_name"]:
        out.append(f"Printed “{md_text(p['full_name'])}”.")
    if p["opposition"]:
        how = " — inference: the footnote says “the two Communist parties”" if \
            p["opposition_sources"][0].get("inference") else ""
        out.append(f"**Opposition party** (footnote 1{md_text(how)})")
    if p["not_registered_at_poll"]:
        out.append("**Not yet registered at the time of the poll** (Table 4, footnote 5; inference: it names no party)")
    others = [md_text(n["name"]) + (f" (= {md_text(n['normalised'])})" if n["normalised"] != n["name"] else "")
              for n in p["names"] if n["name"] != p["full_name"]]
    if others:
        out.append("Also: " + "; ".join(others))

    m = p["membership"]
    out.append(f"## {md_text(MEMBERSHIP_HEADING)}")
    if m["members"] is None:
        out.append("**No data** — unknown, not zero")
    else:
        out.append(f"**{md_text(m['members_printed'])}** members — rank {md_text(m['rank'])} of the 10 parties "
                   "with data")
    out.append("## Assessment of practical results (Table 4, %)")
    if p["assessment"]:
        out += _items(f"{md_text(a['category'])}: **{md_text(a['percent_printed'])}**" for a in p["assessment"])
    else:
        out.append("Not in Table 4: the party was not yet registered when the poll was taken (footnote 5; "
                   "inference: it names no party).")

    out.append("## Leaders and founders")
    out += _items((f"**{md_text(ld['name'])}** — {md_text(ld['role'])}"
                   + (f"; {md_text(ld['description'])}" if ld["description"] else "")
                   + (f" (since {md_text(ld['since'])})" if ld["since"] else "")) for ld in p["leaders"])
    out.append("## Dates")
    out += _items(f"{md_text(EVENT_LABEL.get(e['kind'], e['kind']))}: **{md_text(_when(e))}** "
                  f"({md_text(PRECISION.get(e['precision'], e['precision']))})" for e in p["events"])
    out.append("## Social basis")
    out += _items(md_text(s["text"]) for s in p["social_basis"])
    if p["statements"]:
        out.append("## Also stated")
        out += _items(f"{md_text(TOPIC_LABEL.get(st['topic'], st['topic']))}: {md_text(st['text'])}"
                      for st in p["statements"])

    out.append(f"## Quotes ({len(p['quotes'])})")
    if not p["quotes"]:
        out.append("The article quotes nothing from this party; what it stands for is summarised in the party's "
                   "part of the article.")
    for q in p["quotes"]:
        left, right = MARKS.get(q["style"], ("", ""))
        label = SOURCE_LABEL.get(q["source"], q["source"])
        out.append(f"> {left}{md_text(q['text'])}{right}\n>\n> — {md_text(label)} · quote {md_text(q['seq'])}")

    out.append("## New elements of nationalities policy (section 4)")
    out += _items(md_text(pos["clause"]) for pos in p["positions"])
    media = [md for md in p["media"] if md["kind"] not in ("website", "web page")]
    web = [md for md in p["media"] if md["kind"] in ("website", "web page")]
    if media:
        out.append("## Newspapers and other media")
        out += _items(_medium(md) for md in media)
    if web:
        out.append("## Web addresses (as printed; kzbrowser works offline)")
        out += _items(_code(md["name"]) + (f" (probably {_code(md['name_normalised'])})"
                                                  if md["name_normalised"] != md["name"] else "")
                      + (f" — on the site of {md_text(md['host'])}" if md.get("host") else "") for md in web)
    if p["origins"] or p["links_1999"]:
        out.append("## Origins and predecessors")
        out += _items([md_text(o["anchor"]) for o in p["origins"]] + [f"1999 election: {md_text(lk['party_1999'])}"
                      + (f" ({md_text(lk['party_1999_abbreviation'])})" if lk["party_1999_abbreviation"] else "")
                      + f" — {md_text(LINK_KIND.get(lk['kind'], lk['kind']))} this party"
                      + (" (inference, see below)" if lk["inference"] else "") for lk in p["links_1999"]])
    if p["inferences"]:
        out.append(f"## {md_text(INFERENCES_HEADING)}")
        out += _items(f"**Inference:** {md_text(inf['statement'])} Why: {md_text(inf['reason'])}"
                      for inf in p["inferences"])
    out.append("---")
    out.append(f"Source: {md_text(source.reference())} Compiled by kzbrowser from the article: the facts are "
               "the article's; the headings and labels, and the inferences marked as such, are kzbrowser's.")
    return "\n\n".join(out) + "\n"


def _items(lines: Any) -> list[str]:
    """A bulleted list, or "not stated" when the article gives nothing."""
    items = [f"- {_block_start(line)}" for line in lines]
    return ["\n".join(items)] if items else [f"*{NOT_STATED}*"]


def _when(e: dict[str, Any]) -> str:
    return f"after {e['date']}" if e["precision"] == "after" else str(e["date"])


def _medium(md: dict[str, Any]) -> str:
    bits = [md["kind"]]
    if md["language"]:
        bits.append(f"in {md['language']}" if md["language"] != "bilingual" else "bilingual")
    if md["circulation"]:
        shared = f" ({md['circulation_note']})" if md.get("circulation_note") else ""
        bits.append(f"circulation {md['circulation']}{shared}")
    if md["since"]:
        bits.append(f"since {md['since']}")
    printed = f" (printed {md_text(md['name'])})" if md["name_normalised"] != md["name"] else ""
    return f"*{md_text(md['name_normalised'])}*{printed} — {md_text(', '.join(str(b) for b in bits))}"


def _code(value: object) -> str:
    """A web address as a code span, as printed: nothing is escaped inside one, so the span is fenced with one
    backtick more than the longest run of them in the text (CommonMark 6.1)."""
    text = " ".join(visible(str(value)).split())
    fence = "`" * (max((len(r) for r in re.findall("`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"
