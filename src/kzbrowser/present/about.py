"""'About the data': where the data came from, how it was built, and the consistency report, as HTML."""

from __future__ import annotations

import sqlite3

from kzbrowser.present.html import Action, Builder, Colors, Page, escape
from kzbrowser.present.profile import inference_html
from kzbrowser.read.stored_words import check_words, inference
from kzbrowser.read.verify import INFERENCES_HEADING, report
from kzbrowser.schema import SOURCE_NAME
from kzbrowser.translate import QT_TRANSLATE_NOOP, Translate, english, translated_label

RESULT_LABEL = {"holds": QT_TRANSLATE_NOOP("About", "holds"), "fails": QT_TRANSLATE_NOOP("About", "does not hold"),
                "untestable": QT_TRANSLATE_NOOP("About", "cannot be tested")}


def render_about(conn: sqlite3.Connection, db_path: str, colors: Colors | None = None,
                 translate: Translate = english) -> Page:
    """The page; ``translate`` gives its interface words (see kzbrowser.translate), the data stays as stored."""
    b = Builder(colors or Colors(), translate)
    c, t = b.c, b.text
    meta = dict(conn.execute("SELECT key, value FROM meta WHERE key != 'article_text'").fetchall())
    rep = report(conn)

    def m(key: str) -> str:  # a row missing from meta is said, not a KeyError
        return t(meta[key]) if key in meta else escape(translate("About", "(not recorded)"))

    title = translate("About", "About the data")
    b.parts.append(f"<h2>{escape(title)}</h2>")
    b.p(translate("About", "Everything kzbrowser shows comes from one text: {author}, “{title}”. Each fact in the "
                           "database keeps the character span it was read from; <i>Show in article</i> opens "
                           "that span.").format(author=m("author_normalised"), title=m("title_normalised")))
    b.h2(translate("About", "Source"))
    b.p(translate("About", "File: <code>{name}</code> ({chars} characters)").format(name=escape(SOURCE_NAME),
                                                                                   chars=m("source_chars")))
    b.p(f"SHA-256: <code>{m('source_sha256')}</code>")
    b.p(f'<span style="color:{c.muted}">' + escape(translate(
        "About", "Charts 1-3 of the article were not preserved in the text: their data is unknown and kzbrowser "
                 "does not show or invent it.")) + "</span>")
    b.h2(translate("About", "Build"))
    b.p(translate("About", "Database: <code>{path}</code>").format(path=t(db_path)))
    b.p(translate("About", "Built by {builder}, schema version {version}, integrity check: {integrity}; {good} of "
                           "{checked} stored values match the article at their spans.").format(
        builder=m("builder"), version=m("schema_version"), integrity=t(rep["integrity"]),
        good=escape(rep["spans_checked"] - rep["spans_bad"]), checked=escape(rep["spans_checked"])))
    if rep["problems"]:
        b.p(f'<b style="color:{c.warn}">' + translate("About", "Problems: {list}").format(
            list="; ".join(t(x) for x in rep["problems"])) + "</b>")
    counts = {k: sum(ch["result"] == k for ch in rep["checks"]) for k in RESULT_LABEL}
    b.h2(translate("About", "Consistency report: {holds} hold, {fails} do not, {untestable} cannot be tested").format(
        **counts))
    b.p(f'<span style="color:{c.muted}">' + escape(translate(
        "About", "Do the tables add up, and do the article's claims agree with its own tables? A claim that does "
                 "not hold is a finding about the article, not an error in kzbrowser.")) + "</span>")
    spans: dict[str, list[tuple[int, int]]] = {}
    for key, start, end in conn.execute("SELECT check_key, printed_start, printed_end FROM check_spans"):
        spans.setdefault(key, []).append((start, end))
    rows = conn.execute("SELECT key, title, result, detail, claim_start, claim_end FROM checks ORDER BY rowid")
    for key, check_title, result, detail, cs, ce in rows:
        color = {"holds": c.accent, "fails": c.warn, "untestable": c.muted}.get(result, c.warn)
        links = []
        if cs is not None:
            links.append(b.link(translate("About", "the claim"), Action("show", ((cs, ce),))))
        if spans.get(key):
            links.append(b.link(translate("About", "the figures"), Action("show", tuple(spans[key]))))
        where = (' <span style="font-size:small">[' + translate("About", "show {links}").format(
            links=" · ".join(links)) + "]</span>" if links else "")
        anchor = f'<a name="check-{escape(key)}"></a>'  # for the charts' "Check these figures"
        verdict = translated_label(translate, "About", RESULT_LABEL, result)
        b.p(f'{anchor}<b style="color:{color}">{t(verdict)}</b> — {t(check_words(translate, check_title))}: '
            f"{t(check_words(translate, detail))}{where}")
    b.h2(f"{translate('Profile', INFERENCES_HEADING)}: {len(rep['inferences'])}")
    for inf in rep["inferences"]:
        who = (translate("About", "parties: {keys}").format(keys=", ".join(inf["parties"])) if inf["parties"]
               else translate("About", "no single party"))
        b.p(inference_html(b, inf, f"{t(inference(translate, inf['reason']))} ({t(who)})"))
    return Page("".join(b.parts), b.actions, title)
