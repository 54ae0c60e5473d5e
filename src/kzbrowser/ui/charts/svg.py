"""Write a laid-out figure as a standalone SVG 1.1 document (the same shapes QPainter paints)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from kzbrowser.present.chart_options import Options
from kzbrowser.read.chart_data import Chart
from kzbrowser.ui.charts.figure import CREATOR, SVG_FONT_FAMILY, Figure, Shape
from kzbrowser.ui.charts.paint import marker_points


def svg_text(chart: Chart, opts: Options | None = None) -> str:
    """The chart as a standalone SVG 1.1 document: one element with class "bar" per data value.

    Its viewBox is the page in pixels; a page for print (dpi other than 96) gives its width and height in cm.
    The title and source stay in <title>, <desc> and the metadata when the page does not show them."""
    fig = Figure(chart, opts or Options())
    dpi = fig.opts.dpi or 96
    if dpi == 96:
        w, h = f"{fig.width:g}", f"{fig.height:g}"
    else:
        w, h = f"{fig.width / dpi * 2.54:.3f}cm", f"{fig.height / dpi * 2.54:.3f}cm"
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{w}" height="{h}" '
           f'viewBox="0 0 {fig.width:g} {fig.height:g}" font-family="{SVG_FONT_FAMILY}">',
           f"<title>{escape(chart.title)}</title>",
           f"<desc>{escape(chart.caption)}</desc>",
           "<metadata><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
           "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><rdf:Description>"
           f"<dc:title>{escape(chart.title)}</dc:title><dc:source>{escape(chart.caption)}</dc:source>"
           f"<dc:creator>{escape(chart.author)}</dc:creator><dc:publisher>{escape(CREATOR)}</dc:publisher>"
           "</rdf:Description></rdf:RDF></metadata>",
           '<defs><pattern id="nodata" patternUnits="userSpaceOnUse" width="6" height="6">'
           '<rect width="6" height="6" fill="#f2f2f2"/><path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" '
           'stroke="#555555" stroke-width="1"/></pattern></defs>',
           f'<rect width="{fig.width:g}" height="{fig.height:g}" fill="#ffffff"/>']
    for s in fig.shapes:
        out.append(_svg_shape(s, chart))
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _n(v: float) -> str:
    return f"{v:.2f}".rstrip("0").rstrip(".")


def _svg_shape(s: Shape, chart: Chart) -> str:
    attrs = ""
    if s.role == "bar" and s.row is not None:
        item = chart.items[s.row]
        attrs = f' class="bar" data-row="{s.row}"' + (f' data-party="{item.key}"' if item.key else "")
    tip = f"<title>{escape(s.tip)}</title>" if s.tip else ""
    stroke = f' stroke="{s.stroke}" stroke-width="{_n(s.width)}"' if s.stroke else ""
    if s.kind in ("rect", "hatch"):
        fill = "url(#nodata)" if s.kind == "hatch" else (s.fill or "none")
        el = f'<rect x="{_n(s.x)}" y="{_n(s.y)}" width="{_n(s.w)}" height="{_n(s.h)}" fill="{fill}"{stroke}{attrs}'
        return f"{el}>{tip}</rect>" if tip else el + "/>"
    if s.kind == "line":
        return (f'<line x1="{_n(s.x)}" y1="{_n(s.y)}" x2="{_n(s.x + s.w)}" y2="{_n(s.y + s.h)}"'
                f' stroke="{s.stroke}" stroke-width="{_n(s.width)}"/>')
    if s.kind == "marker":
        pts = marker_points(s)
        if pts:
            el = f'<polygon points="{" ".join(f"{_n(x)},{_n(y)}" for x, y in pts)}" fill="{s.fill}"{stroke}{attrs}'
        else:
            el = f'<circle cx="{_n(s.x)}" cy="{_n(s.y)}" r="{_n(s.size / 2)}" fill="{s.fill}"{stroke}{attrs}'
        return f"{el}>{tip}</{el.split()[0][1:]}>" if tip else el + "/>"
    anchor = f' text-anchor="{s.anchor}"' if s.anchor != "start" else ""
    weight = ' font-weight="bold"' if s.bold else ""
    return (f'<text x="{_n(s.x)}" y="{_n(s.y)}" font-size="{_n(s.size)}px"{weight}{anchor} fill="{s.fill}"'
            f' xml:space="preserve">{escape(s.text)}</text>')
