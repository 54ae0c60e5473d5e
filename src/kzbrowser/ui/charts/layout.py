"""Where everything of a figure goes, for one text scale: header, value axis, rows of bars, notes.

``lay_out`` returns the shapes and the height they need; Figure shrinks the scale until a sized page fits.
"""

from __future__ import annotations

from kzbrowser.present.chart_marks import visible_items
from kzbrowser.present.chart_style import GREY, GRID, LANE_GAP, style_of
from kzbrowser.ui.charts.figure import Figure, Shape, legend_shapes, text, text_width, wrap, wrap_balanced
from kzbrowser.ui.charts.marks import Marks

MIN_PLOT_SHARE = 0.375  # of the page width: the value axis is never squeezed below this


def lay_out(fig: Figure, u: float) -> tuple[list[Shape], float]:
    c, W, o = fig.chart, fig.width, fig.opts
    style = style_of(c)
    S: list[Shape] = []
    m = 10 + 18 * u if u <= 1 else 22 + 6 * u  # 28 on the unsized page; less than in proportion on big ones
    y = m
    if o.title:
        size = fig.size("title", u)
        for line in wrap(fig.title, size, W - 2 * m, bold=True):
            y += 1.16 * size
            S.append(text(m, y, line, size, "title", bold=True))
        y += 6 * u
    legend, y = legend_shapes(fig, y, m, u)
    S += legend
    # Footer first: its height decides the room the rows may take on a page of fixed height.
    notes = [*c.notes, c.caption] if o.notes else []
    note_size = fig.size("note", u)
    note_lines = [wrap(n, note_size, W - 2 * m) for n in notes]
    footer = 32 * u + 5 * u + sum(len(ls) * 1.3 * note_size + 3 * u for ls in note_lines) + m - 10 * u

    items = visible_items(c, o.years)
    label_size = fig.size("label", u)
    line_h = 1.18 * label_size
    value_room = style.value_room * u
    gap = 14 * u
    room = W - 2 * m - gap - value_room - MIN_PLOT_SHARE * W
    max_label = max(min(max(text_width(i.label, label_size) for _, i in items), 0.34 * W, room), 4 * label_size)
    wrapped = [wrap_balanced(i.label, label_size, max_label) for _, i in items]
    label_w = max(text_width(line, label_size) for ls in wrapped for line in ls)
    x0, x1 = m + label_w + gap, W - m - value_room
    lo, hi, ticks = fig.axis()

    def sx(v: float) -> float:
        return x0 + (v - lo) / (hi - lo) * (x1 - x0)

    marks = Marks(fig, u, sx, x1 - x0, lo, hi)
    if style.layout == "timeline":
        # Markers of one party closer than a marker's width (plus a gap) go on separate lanes.
        marks.lane_gap = max(LANE_GAP * 960 / W * u, 16 * u * (hi - lo) / (x1 - x0))
    mins = [max(marks.row_height(item), len(ls) * line_h + 4 * u) for (_, item), ls in zip(items, wrapped,
                                                                                       strict=True)]
    top = y + 3 * u
    row_hs = mins
    if o.sized:
        avail = fig.height_limit - top - footer
        if sum(mins) > avail:
            return S, top + sum(mins) + footer  # does not fit: the caller shrinks the scale
        f = min(avail / sum(mins), 1.7)
        row_hs = [h * f for h in mins]
        top += (avail - sum(row_hs)) / 2
    bottom = top + sum(row_hs)
    tick_size = fig.size("tick", u)
    widest = max(text_width(label, tick_size) for _, label in ticks) + 1.2 * tick_size
    step = 1
    while (x1 - x0) / (len(ticks) - 1) * step < widest and step < len(ticks):  # too crowded: every other one
        step *= 2
    ticks = ticks[::step]
    for t, label in ticks:
        S.append(Shape("line", sx(t), top, w=0, h=bottom - top, stroke=GRID, width=u))
        S.append(text(sx(t), bottom + 1.36 * tick_size, label, tick_size, "tick", fill=GREY, anchor="middle"))
    S.append(Shape("line", x0, bottom, w=x1 - x0, h=0, stroke=GREY, width=u))
    S.append(Shape("line", x0, top, w=0, h=bottom - top, stroke=GREY, width=u))
    ry = top
    for (row, item), lines, rh in zip(items, wrapped, row_hs, strict=True):
        mid = ry + rh / 2
        ty = mid - line_h / 2 * (len(lines) - 1) + 0.35 * label_size
        for k, line in enumerate(lines):
            S.append(text(x0 - 10 * u, ty + line_h * k, line, label_size, "label", anchor="end"))
        S += marks.item(item, row, mid, rh)
        ry += rh
    y = bottom + 32 * u
    S.append(text((x0 + x1) / 2, y, c.value_label, fig.size("axis", u), "axis", anchor="middle"))
    y += 5 * u
    for lines in note_lines:
        for line in lines:
            y += 1.3 * note_size
            S.append(text(m, y, line, note_size, "note", fill=GREY))
        y += 3 * u
    return S, y + m - 10 * u
