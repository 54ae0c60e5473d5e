"""``kzbrowser export-party NAME -o FILE``: every kind of path, an unknown suffix, no permission, a full disk, a
silently truncated file. Each refusal is one line and a non-zero exit; what was there before is left as it was."""

from __future__ import annotations

import errno
import os
import re
import shutil
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from hostile._cli import kz, one_line_error
from hostile.test_cli_paths import EXPORT_PROBES, ROOT, _everything, _make
from hostile.test_full_disk import OLD, _fill, small_disk  # noqa: F401 (a fixture)

FORMATS = ["pdf", "md", "html"]
START = {"pdf": b"%PDF-", "md": b"# Republican Political Party Otan", "html": b"<!DOCTYPE html>"}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("kind", "force", "refusal"), EXPORT_PROBES)
def test_export_party_path(tmp_path, kind, force, refusal, fmt):
    target = _make(tmp_path, kind, f"otan.{fmt}")
    before = _everything(tmp_path)
    r = kz("export-party", "Otan", "-o", str(target), *(["--force"] if force else []))
    if refusal:
        one_line_error(r, refusal)
        assert _everything(tmp_path) == before
        return
    assert r.code == 0 and r.err == "", r.err
    written = target.resolve()
    assert written.read_bytes().startswith(START[fmt])
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    if kind in ("symlink", "dangling_symlink"):
        assert target.is_symlink() and os.readlink(target) == before[target.name][4]
    if kind != "dangling_symlink":
        assert stat.S_IMODE(written.stat().st_mode) == 0o640  # the replaced file's permissions


@pytest.mark.parametrize("name", ["otan.txt", "otan", "otan.PDF.bak", "otan.docx"])
def test_an_unknown_suffix_is_refused_and_nothing_written(tmp_path, name):
    r = kz("export-party", "Otan", "-o", str(tmp_path / name))
    one_line_error(r, "cannot tell the format", ".pdf, .md or .html")
    assert list(tmp_path.iterdir()) == []


def test_an_upper_case_suffix_is_its_format(tmp_path):
    r = kz("export-party", "Otan", "-o", str(tmp_path / "OTAN.MD"))
    assert r.code == 0, r.err
    assert (tmp_path / "OTAN.MD").read_bytes().startswith(START["md"])


@pytest.mark.parametrize("args", [["Nonsense"], ["democratic"], [""]], ids=["unknown", "ambiguous", "empty"])
def test_a_name_that_names_no_one_party_writes_nothing(tmp_path, args):
    r = kz("export-party", *args, "-o", str(tmp_path / "x.md"))
    one_line_error(r, "kzbrowser: ")
    assert list(tmp_path.iterdir()) == []


def test_a_bad_page_size_is_a_usage_error(tmp_path):
    r = kz("export-party", "Otan", "-o", str(tmp_path / "x.pdf"), "--page-size", "a3")
    one_line_error(r, "--page-size", code=2)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not ROOT or not shutil.which("setpriv"), reason="needs root (to become another user)")
@pytest.mark.parametrize("fmt", FORMATS)
def test_an_unwritable_folder(tmp_path_factory, fmt):
    folder = tmp_path_factory.mktemp("unwritable")
    folder.chmod(0o755)  # others may look, not write
    for parent in folder.parents:
        if str(parent) in ("/", "/tmp"):
            break
        parent.chmod(parent.stat().st_mode | 0o055)
    nobody = ("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups")
    r = kz("export-party", "Otan", "-o", str(folder / f"out.{fmt}"), prefix=nobody, env={"HOME": str(folder)})
    one_line_error(r, "Permission denied")
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("leave", [0, 8192], ids=["full", "8k-free"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_export_party_on_a_full_tmpfs(small_disk, fmt, leave):  # noqa: F811 (the fixture)
    target = small_disk / f"otan.{fmt}"
    target.write_bytes(OLD)
    _fill(small_disk, leave)
    r = kz("export-party", "Otan", "-o", str(target), "--force")
    if r.code == 0:
        pytest.skip(f"the {fmt} file fits in what is left")
    one_line_error(r, "export failed", str(target))
    assert target.read_bytes() == OLD
    assert sorted(p.name for p in small_disk.iterdir()) == sorted(["filler", target.name])


# Injected, in process: the same failures on any machine.
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_enospc_while_writing_keeps_the_old_file(tmp_path, monkeypatch, capsys, fmt):
    from kzbrowser.cli import main

    target = tmp_path / f"otan.{fmt}"
    target.write_bytes(OLD)
    real_write_bytes = Path.write_bytes

    def half_then_enospc(self, data):
        real_write_bytes(self, data[: len(data) // 2])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(Path, "write_bytes", half_then_enospc)
    assert main(["export-party", "Otan", "-o", str(target), "--force"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(target) in err and "No space left on device" in err, err
    assert target.read_bytes() == OLD and [p.name for p in tmp_path.iterdir()] == [target.name]


CUTS = {"half": lambda b: b[: len(b) // 2], "the_last_character_lost": lambda b: b.rstrip()[:-1],
        "the_last_block_lost": lambda b: b[: len(b) - 1 - (len(b) - 1) % 4096]}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("cut", CUTS)
def test_a_silently_truncated_file_is_never_renamed_over_the_old_one(tmp_path, monkeypatch, capsys, qapp, cut, fmt):
    """A writer that says "done" on a full disk (QPdfWriter does): the file is checked before the rename.
    (``qapp``: a QApplication, as the widget tests in the same run need; the PDF would make a bare QGuiApplication.)
    """
    from kzbrowser import cli_export
    from kzbrowser.cli import main
    from kzbrowser.ui import printing

    target = tmp_path / f"otan.{fmt}"
    target.write_bytes(OLD)

    def cutting(real):
        def write_atomically(target_, write, **kwargs):
            def write_then_cut(tmp):
                write(tmp)
                tmp.write_bytes(CUTS[cut](tmp.read_bytes()))
            return real(target_, write_then_cut, **kwargs)
        return write_atomically

    monkeypatch.setattr(printing, "write_atomically", cutting(printing.write_atomically))
    monkeypatch.setattr(cli_export, "write_atomically", cutting(cli_export.write_atomically))
    assert main(["export-party", "Otan", "-o", str(target), "--force"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(target) in err, err
    assert "incomplete" in err or "nothing was written" in err, err
    assert target.read_bytes() == OLD and [p.name for p in tmp_path.iterdir()] == [target.name]


# -- the one Markdown escaping path ----------------------------------------------------------------------------
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_any_text_renders_as_itself_in_markdown(text):
    """Whatever a database value holds, md_text makes Markdown that a CommonMark parser reads back as exactly that
    text (emphasis asterisks of the article dropped, controls visible, whitespace as single spaces), never markup,
    at the start of a line (a list item) and inside one."""
    from kzbrowser.present.html import visible
    from kzbrowser.present.markdown import _block_start, md_text
    from kzbrowser.spans import plain

    expected = " ".join(visible(plain(text).replace("\n", " ")).split())
    parser = MarkdownIt("commonmark")
    for md in (f"- {_block_start(md_text(text))}", f"Text: {md_text(text)}"):
        tokens = parser.parse(md)
        inline = [t for t in tokens if t.type == "inline"]
        if not expected:
            assert not "".join(t.content for t in inline).strip("- :Text").strip()
            continue
        assert len(inline) == 1, (md, [t.type for t in tokens])
        children = inline[0].children
        assert all(c.type == "text" for c in children), (md, [c.type for c in children])
        shown = "".join(c.content for c in children)
        assert shown.removeprefix("Text: ") == expected, (md, shown)


# -- stored values on paper and in files --------------------------------------------------------------------------
STORED = {  # a value in Otan's first quote -> what must be read in the exported text (typed here)
    "markup": ("<b>bold</b> & <i>it</i> <a href='kz:1'>link</a>", "<b>bold</b> & <i>it</i> <a href='kz:1'>link</a>"),
    "images": ('<img src="/dev/zero"><img src="file:///etc/passwd">',
               '<img src="/dev/zero"><img src="file:///etc/passwd">'),
    "controls": ("a\x00b\x07c\x1bd\x7fe", "a␀b␇c␛d␡e"),
    "2 MB": ("x" * 2_000_000, "x" * 10_000 + " (first 10,000 of 2,000,000 characters shown)"),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("value", STORED)
def test_a_stored_value_is_exported_as_text_in_bounded_time(tmp_path, value, fmt):
    import html
    import subprocess
    import time

    from conftest import spoiled_copy

    stored, expected = STORED[value]
    db = spoiled_copy(tmp_path, "")
    import sqlite3

    c = sqlite3.connect(db)
    c.execute("UPDATE quotes SET text = ? WHERE party_key = 'otan' AND seq = 1", (stored,))
    c.commit()
    c.close()
    out = tmp_path / f"otan.{fmt}"
    started = time.monotonic()
    r = kz("--db", str(db), "export-party", "Otan", "-o", str(out))
    assert r.code == 0, r.err
    assert time.monotonic() - started < 60
    if fmt == "pdf":
        import unicodedata

        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
        text = "".join(unicodedata.normalize("NFKC", text).split())  # ligatures as letters; long values wrap anywhere
        if value == "controls":  # no raw control reaches the page; their symbols (␀) need a font that has them,
            assert not set(stored) & set(text) - set("abcde")  # and without one they are boxes with no text
            assert re.search("a.?b.?c.?d.?e", text)
        elif value != "2 MB":  # the markup, as text
            assert "".join(expected.split()) in text, text[:400]
        else:
            assert text.count("x") >= 10_000 and "(first10,000of2,000,000charactersshown)" in text
    elif fmt == "html":
        from html.parser import HTMLParser

        class Read(HTMLParser):
            tags: list = []  # noqa: RUF012 (one instance)
            data: list = []  # noqa: RUF012

            def handle_starttag(self, tag, attrs):
                self.tags.append((tag, dict(attrs)))

            def handle_data(self, data):
                self.data.append(data)

        page = Read()
        page.feed(out.read_text(encoding="utf-8"))
        assert "img" not in [t for t, _ in page.tags] and not [a for t, a in page.tags if "href" in a]
        assert expected in "".join(page.data)
    else:
        rendered = MarkdownIt("commonmark").render(out.read_text(encoding="utf-8"))
        assert "<img" not in rendered and "<b>" not in rendered
        assert html.unescape(re.sub(r"<[^>]+>", "", rendered)).count(expected.split(" (first")[0]) >= 1
