"""A party profile as HTML for the detail pane, with the actions its links stand for.

Qt-free: the widget renders the HTML and, when a link ``kz:<n>`` is activated, performs ``actions[n]``:
show spans in the article, copy a text with its citation, or open another party.
"""

from __future__ import annotations

from typing import Any

from kzbrowser.present.html import Action, Builder, Colors, Page, escape, marked
from kzbrowser.read.citation import MARKS, PASSAGE, Source
from kzbrowser.read.stored_words import inference
from kzbrowser.read.verify import INFERENCES_HEADING
from kzbrowser.spans import plain
from kzbrowser.translate import QT_TRANSLATE_NOOP, Translate, english, translated_label

# The labels below are marked for the window's translation; each is translated where it is shown, and the
# command line (text_profile) uses them as they are, in English.
PRECISION = {"day": QT_TRANSLATE_NOOP("Profile", "exact day"), "month": QT_TRANSLATE_NOOP("Profile", "month only"),
             "season": QT_TRANSLATE_NOOP("Profile", "season only"),
             "part-of-year": QT_TRANSLATE_NOOP("Profile", "part of a year"),
             "year": QT_TRANSLATE_NOOP("Profile", "year only"),
             "after": QT_TRANSLATE_NOOP("Profile", "no date printed")}
EVENT_LABEL = {"constituent congress": QT_TRANSLATE_NOOP("Profile", "Constituent congress"),
               "congress": QT_TRANSLATE_NOOP("Profile", "Congress"), "founded": QT_TRANSLATE_NOOP("Profile", "Set up"),
               "registered": QT_TRANSLATE_NOOP("Profile", "Registered"),
               "reregistered": QT_TRANSLATE_NOOP("Profile", "Re-registered")}
LINK_KIND = {"reregistered": QT_TRANSLATE_NOOP("Profile", "re-registered as"),
             "renamed": QT_TRANSLATE_NOOP("Profile", "renamed"), "joined": QT_TRANSLATE_NOOP("Profile", "joined")}
# A quote's source as the article gives it ("not stated" where it names none).
SOURCE_LABEL = {"program": QT_TRANSLATE_NOOP("Profile", "Program"),
                "statement": QT_TRANSLATE_NOOP("Profile", "Statement"),
                "address": QT_TRANSLATE_NOOP("Profile", "Address"),
                "not stated": QT_TRANSLATE_NOOP("Profile", "Source not stated")}
MEMBERSHIP_HEADING = QT_TRANSLATE_NOOP("Profile", "Membership (Table 1; its sources: footnote 2)")
TOPIC_LABEL = {"members": QT_TRANSLATE_NOOP("Profile", "Members"),
               "faction": QT_TRANSLATE_NOOP("Profile", "Parliamentary faction"),
               "registration": QT_TRANSLATE_NOOP("Profile", "Registration")}
# What a leader's role, a media entry's kind, language and circulation note are called (the database's words).
ROLE_LABEL = {"head": QT_TRANSLATE_NOOP("Profile", "head"), "co-chair": QT_TRANSLATE_NOOP("Profile", "co-chair"),
              "leader": QT_TRANSLATE_NOOP("Profile", "leader"), "chair": QT_TRANSLATE_NOOP("Profile", "chair"),
              "deputy chair": QT_TRANSLATE_NOOP("Profile", "deputy chair"),
              "founder": QT_TRANSLATE_NOOP("Profile", "founder"),
              "head of the political council": QT_TRANSLATE_NOOP("Profile", "head of the political council"),
              "first secretary": QT_TRANSLATE_NOOP("Profile", "first secretary")}
LANGUAGE_LABEL = {"Russian": QT_TRANSLATE_NOOP("Profile", "in Russian"),
                  "Kazakh": QT_TRANSLATE_NOOP("Profile", "in Kazakh"),
                  "bilingual": QT_TRANSLATE_NOOP("Profile", "bilingual")}
CIRCULATION_NOTE = {"printed once for both titles": QT_TRANSLATE_NOOP("Profile", "printed once for both titles")}
MEDIA_KIND = {"newspaper": QT_TRANSLATE_NOOP("Profile", "newspaper"), "weekly": QT_TRANSLATE_NOOP("Profile", "weekly"),
              "magazine": QT_TRANSLATE_NOOP("Profile", "magazine"),
              "internet publication": QT_TRANSLATE_NOOP("Profile", "internet publication")}


def normalised_name(p: dict[str, Any]) -> str:
    """The party's full name as scholars write it (Auyl for the printed AuyI)."""
    return next((n["normalised"] for n in p["names"] if n["kind"] == "full name"), p["full_name"])


def _spans(rec: dict[str, Any], field_name: str) -> list[list[int]] | None:
    return rec.get(f"{field_name}_pieces") or ([rec[f"{field_name}_span"]] if rec.get(f"{field_name}_span") else None)


def _cite(source: Source, rec: dict[str, Any]) -> str:
    """A fact's printed words (its anchor) with its citation."""
    return source.quote(rec["anchor"], None, 3, PASSAGE, at=rec["anchor_span"][0])


def render_profile(p: dict[str, Any], source: Source, colors: Colors | None = None,
                   marks: dict[int, list[tuple[int, int]]] | None = None, translate: Translate = english,
                   printing: bool = False) -> Page:
    """The detail page of one 2004 party.

    ``marks`` maps a quote id to character ranges to mark in it (from a search); that quote gets the
    anchor ``quote-<id>`` so the pane can scroll to it. ``translate`` gives the interface words (see
    kzbrowser.translate); the article's data and the copied citations stay as printed. ``printing``: the page
    for paper (see :class:`Builder`).
    """
    marks = marks or {}
    b = Builder(colors or Colors(), translate, printing)
    c, t = b.c, b.text
    abbr = f" ({p['abbreviation']})" if p["abbreviation"] else ""
    name = normalised_name(p) + abbr
    b.parts.append(f'<h2 style="margin-bottom:2px">{t(name)}</h2>')
    if normalised_name(p) != p["full_name"]:
        b.p(f'<span style="color:{c.muted}">'
            + translate("Profile", "Printed “{name}”").format(name=t(p["full_name"])) + "</span>"
            + b.tools([p["full_name_span"]], None, p["full_name"]))
    badges = []
    if p["opposition"]:
        src = p["opposition_sources"][0]
        how = translate("Profile", " — inference: the footnote says “the two Communist parties”") \
            if src.get("inference") else ""
        badges.append(translate("Profile", '<b style="color:{warn}">Opposition party</b> (footnote 1{how})').format(
            warn=c.warn, how=how) + b.tools([src["anchor_span"]], None))
    if p["not_registered_at_poll"]:
        fn = p["not_registered_at_poll_source"]
        badges.append(translate("Profile", '<b style="color:{muted}">Not yet registered at the time of the poll</b> '
                                           "(Table 4, footnote 5; inference: it names no party)").format(muted=c.muted)
                      + b.tools([fn["text_span"]], None))
    for badge in badges:
        b.p(badge)
    others = [t(n["name"]) + (f" (= {t(n['normalised'])})" if n["normalised"] != n["name"] else "")
              for n in p["names"] if n["name"] != p["full_name"]]
    if others:
        b.p(f'<span style="color:{c.muted}">' + escape(translate("Profile", "Also: ")) + "</span>" + "; ".join(others))
    if not printing:
        b.p(b.link(translate("Profile", "Read this party's part of the article"),
                   Action("show", ((p["section_start"], p["section_end"]),))))

    m = p["membership"]
    b.h2(translate("Profile", MEMBERSHIP_HEADING))
    if m["members"] is None:
        b.p(translate("Profile", '<b>No data</b> <span style="color:{muted}">— unknown, not zero</span>').format(
            muted=c.muted) + b.tools([m["members_printed_span"]], None))
    else:
        cite = source.figure(f"Membership of the {p['full_name']}", m["members_printed"], 1)
        b.p(translate("Profile", "<b>{members}</b> members — rank {rank} of the 10 parties with data").format(
            members=t(m["members_printed"]), rank=escape(m["rank"]))
            + b.tools([m["members_printed_span"]], cite, m["members_printed"]))

    b.h2(translate("Profile", "Assessment of practical results (Table 4, %)"))
    if p["assessment"]:
        # one "category value" pair per unbreakable chunk, so narrow panes wrap between pairs only
        pairs = " · ".join(f'<span style="white-space:nowrap">{t(a["category"])} '
                           f'<b>{t(a["percent_printed"])}</b></span>' for a in p["assessment"])
        text = "; ".join(f"{a['category']} {a['percent_printed']}%" for a in p["assessment"])
        spans = [a["percent_printed_span"] for a in p["assessment"]]
        b.p(pairs + b.tools([[spans[0][0], spans[-1][1]]],
                            source.figure(f"Assessment of the {p['full_name']}", text, 4), text))
    else:
        b.p(f'<span style="color:{c.muted}">' + escape(translate(
            "Profile", "Not in Table 4: the party was not yet registered when the poll was taken (footnote 5; "
                       "inference: it names no party)."))
            + "</span>")

    if p["leaders"]:
        b.h2(translate("Profile", "Leaders and founders"))
        for ld in p["leaders"]:
            extra = f"; {t(ld['description'])}" if ld["description"] else ""
            since = translate("Profile", " (since {date})").format(date=t(ld["since"])) if ld["since"] else ""
            role = translated_label(translate, "Profile", ROLE_LABEL, ld["role"])
            b.p(f"<b>{t(ld['name'])}</b> — {t(role)}{extra}{since}"
                + b.tools([ld["anchor_span"]], source.quote(ld["anchor"], None, 3, PASSAGE, at=ld["anchor_span"][0]),
                          f"{ld['name']} — {ld['role']}{extra}" + (f" (since {ld['since']})" if ld["since"] else "")))

    if p["events"]:
        b.h2(translate("Profile", "Dates"))
        for e in p["events"]:
            when = (translate("Profile", "after {date}").format(date=t(e["date"])) if e["precision"] == "after"
                    else t(e["date"]))
            label = translated_label(translate, "Profile", EVENT_LABEL, e["kind"])
            precision = translated_label(translate, "Profile", PRECISION, e["precision"])
            b.p(f"{t(label)}: <b>{when}</b> "
                f'<span style="color:{c.muted}">({t(precision)})</span>'
                + b.tools([e["anchor_span"]], source.quote(e["anchor"], None, 3, PASSAGE, at=e["anchor_span"][0]),
                          f"after {e['date']}" if e["precision"] == "after" else e["date"]))

    if p["social_basis"]:
        b.h2(translate("Profile", "Social basis"))
        for s in p["social_basis"]:
            b.p(t(s["text"]) + b.tools([s["text_span"]], _cite(source, s), plain(s["text"])))

    if p["statements"]:
        b.h2(translate("Profile", "Also stated"))
        for st in p["statements"]:
            b.p(t(translated_label(translate, "Profile", TOPIC_LABEL, st["topic"])) + ": " + t(st["text"])
                + b.tools([st["text_span"]], source.quote(st["anchor"], None, 3, PASSAGE, at=st["anchor_span"][0]),
                          plain(st["text"])))

    b.h2(translate("Profile", "Quotes ({count})").format(count=len(p["quotes"])))
    if not p["quotes"]:
        b.p(f'<span style="color:{c.muted}">' + escape(translate(
            "Profile", "The article quotes nothing from this party; what it stands for is summarised in the "
                       "party's part of the article.")) + "</span>")
    for q in p["quotes"]:
        label = translated_label(translate, "Profile", SOURCE_LABEL, q["source"])
        seq = translate("Profile", "quote {number}").format(number=escape(q["seq"]))
        left, right = MARKS.get(q["style"], ("", ""))
        # An indented block per quote (its label, then the text and its actions). Not a table: the first table a
        # document lays out costs more than the rest of the page, and this pane is on screen at start-up.
        indent = "margin-left:22px; margin-right:16px"
        tools = b.tools(_spans(q, "text"), source.quote(q["text"], p["full_name"], 3, q["style"],
                                                     at=q["text_span"][0]), f"{left}{plain(q['text'])}{right}")
        b.parts.append(
            f'<p style="margin-top:10px; margin-bottom:0px; {indent}; font-size:small; color:{c.muted}">'
            f'<a name="quote-{escape(q["id"])}"></a>{t(label)} · {seq}</p>'
            f'<p style="margin-top:2px; margin-bottom:10px; {indent}; font-size:large">'
            f"{left}{marked(q['text'], marks.get(q['id']), c)}{right}"
            f'<span style="font-size:medium">{tools}</span></p>')

    if p["positions"]:
        b.h2(translate("Profile", "New elements of nationalities policy (section 4)"))
        for pos in p["positions"]:
            cite = source.quote(pos["clause"], None, 4, PASSAGE, at=pos["clause_span"][0])
            b.p("• " + t(pos["clause"]) + b.tools([pos["clause_span"]], cite, plain(pos["clause"])))

    media = [md for md in p["media"] if md["kind"] not in ("website", "web page")]
    web = [md for md in p["media"] if md["kind"] in ("website", "web page")]
    if media:
        b.h2(translate("Profile", "Newspapers and other media"))
        for md in media:
            bits = [translated_label(translate, "Profile", MEDIA_KIND, md["kind"])]
            if md["language"]:
                language = LANGUAGE_LABEL.get(md["language"])
                bits.append(translate("Profile", language) if language else
                            translate("Profile", "in {language}").format(language=md["language"]))
            if md["circulation"]:
                note = md.get("circulation_note")
                shared = f" ({translated_label(translate, 'Profile', CIRCULATION_NOTE, note)})" if note else ""
                bits.append(translate("Profile", "circulation {figure}").format(figure=md["circulation"]) + shared)
            if md["since"]:
                bits.append(translate("Profile", "since {date}").format(date=md["since"]))
            printed = (f' <span style="color:{c.muted}">'
                       + translate("Profile", "(printed {name})").format(name=t(md["name"])) + "</span>"
                       if md["name_normalised"] != md["name"] else "")
            b.p(f"<i>{t(md['name_normalised'])}</i>{printed} — {t(', '.join(str(bit) for bit in bits))}"
                + b.tools([md["anchor_span"]], _cite(source, md), plain(md["name_normalised"])))
    if web:
        b.h2(translate("Profile", "Web addresses (as printed; kzbrowser works offline)"))
        for md in web:
            fixed = (f' <span style="color:{c.muted}">'
                     + translate("Profile", "(probably {name})").format(name=t(md["name_normalised"])) + "</span>"
                     if md["name_normalised"] != md["name"] else "")
            host = translate("Profile", " — on the site of {host}").format(host=t(md["host"])) if md.get("host") else ""
            b.p(f"<code>{t(md['name'])}</code>{fixed}{host}"
                + b.tools([md["anchor_span"]], _cite(source, md), md["name"]))

    if p["origins"] or p["links_1999"]:
        b.h2(translate("Profile", "Origins and predecessors"))
        for o in p["origins"]:
            b.p(t(o["anchor"]) + b.tools([o["anchor_span"]], _cite(source, o), plain(o["anchor"])))
        for lk in p["links_1999"]:
            abbr = f" ({lk['party_1999_abbreviation']})" if lk["party_1999_abbreviation"] else ""
            inferred = (f' <span style="color:{c.muted}">' + escape(translate("Profile", "(inference, see below)"))
                        + "</span>" if lk["inference"] else "")
            how = translated_label(translate, "Profile", LINK_KIND, lk["kind"])
            b.p(escape(translate("Profile", "1999 election: "))
                + b.link(lk["party_1999"] + abbr, Action("party1999", target=lk["party_1999"]))
                + " — " + translate("Profile", "{how} this party").format(how=t(how)) + inferred
                + b.tools([lk["anchor_span"]], None))

    if p["inferences"]:
        b.h2(translate("Profile", INFERENCES_HEADING))
        for inf in p["inferences"]:
            b.p(inference_html(b, inf, t(inference(translate, inf["reason"]))))
    return Page("".join(b.parts), b.actions, name)


def inference_html(b: Builder, inf: dict[str, Any], why: str) -> str:
    """One inference: what kzbrowser reads into the article (its statement translated, read.stored_words), and
    why (``why`` is HTML already)."""
    statement = b.text(inference(b.translate, inf["statement"]))
    return (b.translate("Profile", "<b>Inference:</b> {statement} ").format(statement=statement)
            + f'<span style="color:{b.c.muted}">' + b.translate("Profile", "Why: {reason}").format(reason=why)
            + "</span>" + b.tools([inf["anchor_span"]] if inf.get("anchor_span") else None, None))


def render_1999(party: dict[str, Any], successor_name: str | None, colors: Colors | None = None,
                translate: Translate = english, printing: bool = False) -> Page:
    """The short page of a party of the 1999 election, linking to its 2004 successor if the article names one."""
    b = Builder(colors or Colors(), translate, printing)
    abbr = f" ({party['abbreviation']})" if party["abbreviation"] else ""
    name = party["name"] + abbr
    b.parts.append(f'<h2 style="margin-bottom:2px">{b.text(name)}</h2>')
    b.p(escape(translate("Profile", "One of the ten parties that registered candidates at the 1999 parliamentary "
                                    "elections (section 1)."))
        + b.tools([party["name_span"]], None))
    b.h2(translate("Profile", "In 2004"))
    if party.get("successor"):
        how = {"reregistered": translate("Profile", "Re-registered as"), "renamed": translate("Profile", "Renamed"),
               "joined": translate("Profile", "Joined")}.get(party["link_kind"], party["link_kind"])
        b.p(f"{b.text(how)} " + b.link(successor_name or party["successor"], Action("party", target=party["successor"]))
            + b.tools([[party["link_start"], party["link_end"]]], None))
    else:
        b.p(f'<span style="color:{b.c.muted}">'
            + escape(translate("Profile", "The article does not say what became of this party.")) + "</span>")
    return Page("".join(b.parts), b.actions, name)
