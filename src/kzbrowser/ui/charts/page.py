"""One chart's page in the Charts tab: title, legend, (timeline) the years shown, plot, notes, data table."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from kzbrowser.present.chart_options import TIMELINE_ZOOMS
from kzbrowser.present.chart_style import legend_entries
from kzbrowser.present.html import bounded, escape, shown
from kzbrowser.read.chart_data import Chart, timeline_title
from kzbrowser.read.chart_words import TABLE4_GLOSSES
from kzbrowser.translate import translated_label
from kzbrowser.ui.charts.table import ChartTableModel, DataView
from kzbrowser.ui.i18n import translate
from kzbrowser.ui.pieces import Pieces, finish
from kzbrowser.ui.settings import TIMELINE_YEARS

SWATCH = {"square": "■", "hatch": "▨", "circle": "●", "diamond": "◆", "triangle": "▲", "tdown": "▼", "range": "├─┤",
          "arrow": "→"}

TABLE_OF = {"membership": 1, "poll": 3, "assessment": 4}  # the article's table each chart draws (timeline: none)


def category_tips(chart: Chart) -> str:
    """For Table 4, each category as printed with its translation (read/chart_words.TABLE4_GLOSSES), if any."""
    if chart.name != "assessment":
        return ""
    glosses = [(c, translated_label(translate, "Table4", TABLE4_GLOSSES, c)) for c in chart.series]
    return "\n".join(f"{c} — {gloss}" for c, gloss in glosses if gloss != c)


class ChartPage(QWidget):
    """One chart: title, legend, (timeline) the years shown, plot, notes and source above its data table.

    ``settings``: where the timeline's years are remembered (TIMELINE_YEARS); None: not remembered."""

    def __init__(self, chart: Chart, settings: QSettings | None = None, parent: QWidget | None = None,
                 built: bool = True) -> None:
        """``built=False``: only the empty page; the caller builds the rest by running ``build()`` (in
        pieces, as the window does in idle time), which builds the very page ``built=True`` does at once."""
        super().__init__(parent)
        self.chart, self.settings = chart, settings
        if built:
            finish(self.build())

    def build(self) -> Pieces[None]:
        """The page's parts, a few milliseconds each (see ui/pieces.py): header, plot, notes, table, layout."""
        from kzbrowser.ui.charts.plots import ChartPlot  # pyqtgraph

        chart, settings = self.chart, self.settings
        self.title = title = QLabel(bounded(chart.title)[0], wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 1.3)
        f.setBold(True)
        title.setFont(f)
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.legend = legend = QLabel(wordWrap=True)
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setText("&nbsp;&nbsp;&nbsp;".join(  # Table 4's categories as printed, their translation a tip
            f'<span style="color:{e.colour}">{SWATCH[e.swatch]}</span>&nbsp;{escape(e.label)}'
            for e in legend_entries(chart)))
        legend.setVisible(bool(legend_entries(chart)))
        legend.setToolTip(category_tips(chart))
        yield None
        # The timeline's years: a zoom to 2003-2004, where most of section 3's events are, as the export offers.
        self.years = QComboBox()
        for key in TIMELINE_ZOOMS:
            self.years.addItem(self.tr("All years") if key == "all" else key.replace("-", "\u2013"), key)
        self.years.setAccessibleName(self.tr("Years shown"))
        years_row = QWidget()
        row = QHBoxLayout(years_row)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Years:"))
        label.setBuddy(self.years)
        row.addWidget(label)
        row.addWidget(self.years)
        row.addStretch(1)
        years_row.setVisible(chart.name == "timeline")
        if chart.name == "timeline" and settings is not None:
            self.years.setCurrentIndex(list(TIMELINE_ZOOMS).index(TIMELINE_YEARS.read(settings)))
        yield None
        self.plot = yield from ChartPlot.in_pieces(chart, self, TIMELINE_ZOOMS[str(self.years.currentData())])
        yield None
        if chart.name == "timeline":
            self._on_years_changed()
        self.years.currentIndexChanged.connect(self._on_years_changed)
        self.plot.setAccessibleName(self.tr("Chart: {title}").format(title=chart.title))
        self.caption = QLabel("<br>".join(shown(n) for n in (*chart.notes, chart.caption)), wordWrap=True,
                              textFormat=Qt.TextFormat.RichText)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption.setEnabled(True)
        self.caption.setForegroundRole(self.caption.foregroundRole())
        self.caption.setStyleSheet("color: palette(placeholder-text);")
        table = TABLE_OF.get(chart.name)  # not read from the title, which is in the window's language
        where = self.tr("Table {number}").format(number=table) if table else self.tr("section 3")
        self.links = QLabel(self.tr('<a href="checks">Check these figures</a> (the consistency checks)')
                            + " &nbsp;·&nbsp; "
                            + self.tr('<a href="article">Show {where} in the article</a>').format(where=escape(where)))
        self.links.setTextFormat(Qt.TextFormat.RichText)
        self.links.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        yield None
        self.table = DataView()
        self.model = ChartTableModel(self.table)
        self.model.set_rows(chart.headers, chart.rows)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Data: {title}").format(title=chart.title))
        yield None
        top = QWidget()
        lay = QVBoxLayout(top)
        lay.setContentsMargins(8, 8, 8, 4)
        for w in (title, legend, years_row, self.plot, self.caption, self.links):
            lay.addWidget(w)
        lay.setStretch(3, 1)
        self.plot.setMinimumHeight(220)
        # Scrolled rather than squeezed: in a small window the notes would otherwise be laid over the bars,
        # and the page's minimum height would make the window grow when the tab is first opened.
        scroll = QScrollArea(widgetResizable=True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(top)
        self.splitter = split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(scroll)
        split.addWidget(self.table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        # The table shows its header and up to 8 rows before the plot takes the rest; drag to change.
        rows = min(len(chart.rows), 8)
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height()
                                    + 3 * self.table.verticalHeader().defaultSectionSize())
        split.setSizes([600, self.table.horizontalHeader().sizeHint().height()
                        + rows * self.table.verticalHeader().defaultSectionSize() + 4])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(split)

    def _on_years_changed(self) -> None:
        key = str(self.years.currentData())
        years = TIMELINE_ZOOMS[key]
        if years != self.plot.years:
            self.plot.set_years(years)
        self.title.setText(bounded(timeline_title(*years, self.chart.translate) if years else self.chart.title)[0])
        if self.settings is not None:
            TIMELINE_YEARS.write(self.settings, key)
