"""Page breaks where a reader expects them, in a QTextDocument laid out on pages (ui/printing.py).

Qt's layout already moves a line that would cross the foot of a page to the next one and repeats a table's header
row; two things are left to do here: a heading is never left alone at the foot of a page, and a paragraph that
runs on to the next page becomes two blocks there, so that painting a page (one clip of the layout) never draws
the lines of another. (The layout paints one line beyond its clip on either side; hidden by the painter's clip,
they would still be in a PDF as text: copied, searched, read aloud.)
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextCursor, QTextDocument

ROUNDING = 1.0  # px: a line moved to the next page may sit a rounding error (1/64 px) above its top
_MAX_PASSES = 10_000  # each pass settles one break; the bound only guards against a layout that never settles


def paginate(text: QTextDocument, height: float) -> None:
    """Keep headings with what follows them, then split the paragraphs that cross a page break."""
    for _ in range(_MAX_PASSES):
        if not _keep_one_heading_with_next(text, height):
            break
    for _ in range(_MAX_PASSES):
        if not _split_one_paragraph(text, height):
            break


def _page(y: float, height: float) -> int:
    return int((y + ROUNDING) // height)


def _top(text: QTextDocument, block: QTextBlock) -> float:
    """The block's top in document coordinates (a table cell's layout is placed relative to its cell)."""
    return text.documentLayout().blockBoundingRect(block).top()


def _keep_one_heading_with_next(text: QTextDocument, height: float) -> bool:
    """Move the first heading left at the foot of a page to the next page; False when there is none."""
    text.pageCount()  # lays the document out now: the layout is lazy, and its positions are read below
    block = text.begin()
    while block.isValid():
        after = block.next()
        fmt = block.blockFormat()
        if (fmt.headingLevel() > 0 and after.isValid()
                and fmt.pageBreakPolicy() != QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore):
            last = block.layout().lineAt(block.layout().lineCount() - 1) if block.layout().lineCount() else None
            next_first = after.layout().lineAt(0) if after.layout().lineCount() else None
            if last is not None and next_first is not None and (
                    _page(_top(text, block) + last.y(), height) < _page(_top(text, after) + next_first.y(), height)):
                fmt.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(fmt)
                return True
        block = after
    return False


def _split_one_paragraph(text: QTextDocument, height: float) -> bool:
    """End the first paragraph that runs on to the next page at that page's first line and start the rest as a
    paragraph of its own there (the layout stays as it was); False when there is none."""
    text.pageCount()
    block = text.begin()
    split = None
    while block.isValid() and split is None:
        lay = block.layout()
        top = _top(text, block)
        for n in range(1, lay.lineCount()):
            if _page(top + lay.lineAt(n).y(), height) != _page(top + lay.lineAt(n - 1).y(), height):
                split = block.position() + lay.lineAt(n).textStart()
                break
        block = block.next()
    if split is None:
        return False
    cursor = QTextCursor(text)
    cursor.setPosition(split)
    fmt = QTextBlockFormat(cursor.blockFormat())
    fmt.setTopMargin(0)
    fmt.setTextIndent(0)
    fmt.setHeadingLevel(0)
    fmt.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    listed = cursor.block().textList()
    cursor.insertBlock(fmt, cursor.charFormat())
    if listed is not None:  # the rest of a list item: no second bullet, its text where it was
        listed.remove(cursor.block())
        fmt.setIndent(listed.format().indent())
        cursor.setBlockFormat(fmt)
    return True
