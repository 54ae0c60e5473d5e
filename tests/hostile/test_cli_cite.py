"""`kzbrowser cite` with hostile arguments: each refused value is one line naming it, with a non-zero exit;
nothing the user typed reaches the terminal as a control sequence; output is valid in any console encoding."""

from __future__ import annotations

import json

import pytest

from hostile._cli import kz, one_line_error

# A value argparse refuses exits 2 (a usage error); values that are each fine but do not go together exit 1.
TOGETHER = {"give the journal", "no section 9", "--format text"}
BAD = [  # (arguments, words the one line must hold)
    (["--year", "20o4"], ["--year", "not a year"]),
    (["--year", "1999"], ["--year", "2004"]),
    (["--year", "٢٠٠٥"], ["--year"]),  # Arabic-Indic digits: not the four digits of a year
    (["--journal", "J\x1b[31mred"], ["--journal", "control"]),
    (["--journal", "J\u202eevil"], ["--journal", "control"]),
    (["--journal", "x" * 100_000], ["--journal", "too long"]),
    (["--journal", "{x"], ["--journal", "braces"]),
    (["--url", "javascript:alert(1)"], ["--url", "http"]),
    (["--pages", "1;rm -rf"], ["--pages"]),
    (["--volume", "6"], ["give the journal"]),
    (["--format", "yaml"], ["--format"]),
    (["--style", "mla"], ["--style"]),
    (["--section", "9"], ["no section 9"]),
    (["--table", "0"], ["--table"]),
    (["--quote", "99999999999999999999999"], ["--quote"]),
    (["--format", "bibtex", "--quote", "1"], ["--format text"]),
]


@pytest.mark.parametrize(("args", "words"), BAD, ids=lambda v: " ".join(v)[:40] if isinstance(v, list) else "")
def test_a_bad_argument_is_one_line(args, words):
    r = kz("cite", *args)
    one_line_error(r, *words, code=1 if TOGETHER & set(words) else 2)
    assert r.out == b"" and "\x1b" not in r.err and "\u202e" not in r.err


def test_an_undecodable_byte_in_a_detail(tmp_path):
    r = kz("cite", "--journal", b"J\xff")
    assert r.code == 2 and "Traceback" not in r.err and r.err.count("\n") == 1  # a lone surrogate: refused


@pytest.mark.parametrize("encoding", ["ascii", "cp1252", "utf-8"])
@pytest.mark.parametrize("fmt", ["text", "bibtex", "ris", "csl-json"])
def test_every_format_on_any_console(encoding, fmt):
    r = kz("cite", "--format", fmt, "--journal", "Жизнь", "--year", "2005", env={"PYTHONIOENCODING": encoding})
    assert r.code == 0 and r.err == "", r.err
    out = r.out.decode(encoding)
    assert "Kurganskaia" in out and "2005" in out
    if fmt == "csl-json" and encoding == "utf-8":
        assert json.loads(out)[0]["container-title"] == "Жизнь"
