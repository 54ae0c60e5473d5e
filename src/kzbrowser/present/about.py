"""'About the data': where the data came from, how it was built, and the consistency report, as HTML."""

from __future__ import annotations

import sqlite3

from kzbrowser.present.html import Action, Builder, Colors, Page, escape
from kzbrowser.read.verify import INFERENCES_HEADING, report
from kzbrowser.schema import SOURCE_NAME

RESULT_LABEL = {"holds": "holds", "fails": "does not hold", "untestable": "cannot be tested"}


def render_about(conn: sqlite3.Connection, db_path: str, colors: Colors | None = None) -> Page:
    b = Builder(colors or Colors())
    c, t = b.c, b.text
    meta = dict(conn.execute("SELECT key, value FROM meta WHERE key != 'article_text'").fetchall())
    rep = report(conn)

    def m(key: str) -> str:  # a row missing from meta is said, not a KeyError
        return t(meta.get(key, "(not recorded)"))

    b.parts.append("<h2>About the data</h2>")
    b.p(f"Everything kzbrowser shows comes from one text: {m('author_normalised')}, "
        f"“{m('title_normalised')}”. Each fact in the database keeps the character span it was read "
        "from; <i>Show in article</i> opens that span.")
    b.h2("Source")
    b.p(f"File: <code>{escape(SOURCE_NAME)}</code> ({m('source_chars')} characters)")
    b.p(f"SHA-256: <code>{m('source_sha256')}</code>")
    b.p(f'<span style="color:{c.muted}">Charts 1-3 of the article were not preserved in the text: their data '
        "is unknown and kzbrowser does not show or invent it.</span>")
    b.h2("Build")
    b.p(f"Database: <code>{t(db_path)}</code>")
    b.p(f"Built by {m('builder')}, schema version {m('schema_version')}, "
        f"integrity check: {t(rep['integrity'])}; {escape(rep['spans_checked'] - rep['spans_bad'])} of "
        f"{escape(rep['spans_checked'])} stored values match the article at their spans.")
    if rep["problems"]:
        b.p(f'<b style="color:{c.warn}">Problems: {"; ".join(t(x) for x in rep["problems"])}</b>')
    counts = {k: sum(ch["result"] == k for ch in rep["checks"]) for k in RESULT_LABEL}
    b.h2(f"Consistency report: {counts['holds']} hold, {counts['fails']} do not, "
         f"{counts['untestable']} cannot be tested")
    b.p(f'<span style="color:{c.muted}">Do the tables add up, and do the article\'s claims agree with its own '
        "tables? A claim that does not hold is a finding about the article, not an error in kzbrowser.</span>")
    spans: dict[str, list[tuple[int, int]]] = {}
    for key, start, end in conn.execute("SELECT check_key, printed_start, printed_end FROM check_spans"):
        spans.setdefault(key, []).append((start, end))
    rows = conn.execute("SELECT key, title, result, detail, claim_start, claim_end FROM checks ORDER BY rowid")
    for key, title, result, detail, cs, ce in rows:
        color = {"holds": c.accent, "fails": c.warn, "untestable": c.muted}.get(result, c.warn)
        links = []
        if cs is not None:
            links.append(b.link("the claim", Action("show", ((cs, ce),))))
        if spans.get(key):
            links.append(b.link("the figures", Action("show", tuple(spans[key]))))
        where = f' <span style="font-size:small">[show {" · ".join(links)}]</span>' if links else ""
        anchor = f'<a name="check-{escape(key)}"></a>'  # for the charts' "Check these figures"
        b.p(f'{anchor}<b style="color:{color}">{t(RESULT_LABEL.get(result, result))}</b> — {t(title)}: '
            f"{t(detail)}{where}")
    b.h2(f"{INFERENCES_HEADING}: {len(rep['inferences'])}")
    for inf in rep["inferences"]:
        who = f"parties: {', '.join(inf['parties'])}" if inf["parties"] else "no single party"
        b.p(f"<b>Inference:</b> {t(inf['statement'])} "
            f'<span style="color:{c.muted}">Why: {t(inf["reason"])} ({t(who)})</span>'
            + b.tools([inf["anchor_span"]] if inf["anchor_span"] else None, None))
    return Page("".join(b.parts), b.actions, "About the data")
