"""Real terminals: consoles that cannot show Cyrillic, undecodable bytes in arguments, a full or closed stdout,
and database text that tries to drive the terminal. Output or one line of error; never a traceback."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import time

import pytest

from conftest import BUNDLED_DB
from hostile._cli import KZ, kz, one_line_error

ENCODINGS = ["utf-8", "cp1252", "ascii"]
COMMANDS = [["search", "Отан"], ["search", "harmony"], ["party", "otan"], ["parties"], ["verify"]]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
@pytest.mark.parametrize("encoding", ENCODINGS)
def test_text_output_on_a_console_that_cannot_show_everything(encoding, command):
    r = kz(*command, env={"PYTHONIOENCODING": encoding})
    assert r.code == 0 and r.err == "", r.err
    r.out.decode(encoding)  # what the console was promised
    if command == ["party", "otan"]:  # the em dash becomes '?' where it cannot be shown, the name stays
        assert b"Nursultan Nazarbaev " in r.out


@pytest.mark.parametrize("command", [["search", "Отан"], ["party", "otan"], ["parties"], ["verify"]], ids=" ".join)
@pytest.mark.parametrize("encoding", ENCODINGS)
def test_json_is_utf8_and_exact_whatever_the_console(encoding, command):
    r = kz(*command, "--json", env={"PYTHONIOENCODING": encoding})
    assert r.code == 0, r.err
    data = json.loads(r.out.decode("utf-8"))
    if command[0] == "search":
        assert data["query"] == "Отан"
    if command[0] == "party":
        assert any(ld["name"] == "Nursultan Nazarbaev" and ld["role"] == "chair" for ld in data["leaders"])


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_an_undecodable_byte_in_the_query(encoding):
    r = kz("search", b"\xffharmony", env={"PYTHONIOENCODING": encoding})
    assert r.code == 0 and "Traceback" not in r.err, r.err
    r.out.decode(encoding)
    r = kz("search", b"\xffharmony", "--json", env={"PYTHONIOENCODING": encoding})
    assert r.code == 0, r.err
    assert json.loads(r.out.decode("utf-8"))["query"] == "\udcffharmony"  # the very argument, escaped


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_an_undecodable_or_unshowable_party_name_is_one_line(encoding):
    for name in (b"\xff\xfe", "Отан-2".encode()):
        one_line_error(kz("party", name, env={"PYTHONIOENCODING": encoding}), "no party")


@pytest.mark.parametrize("command", [["parties"], ["party", "otan"], ["search", "harmony"], ["verify"],
                                     ["party", "otan", "--json"]], ids=" ".join)
def test_a_full_stdout(command):
    with open("/dev/full", "wb") as full:  # writing to the device; nothing replaces it
        r = kz(*command, stdout=full)
    one_line_error(r, "No space left on device")


@pytest.mark.parametrize("command", [["search", "ethnic", "--limit", "1000"], ["verify", "--json"]], ids=" ".join)
def test_a_closed_pipe_exits_quietly(command):
    p = subprocess.Popen([*KZ, *command], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    p.stdout.close()  # the reader went away before the first byte (`| head -c0`)
    _, err = p.communicate(timeout=60)
    assert p.returncode == 0 and err == b"", err


@pytest.mark.parametrize("limit", [str(10**100), "99999999999999999999", "1e9", "-0"])
def test_an_absurd_limit_is_one_line(limit):
    started = time.monotonic()
    one_line_error(kz("search", "harmony", "--limit", limit), "--limit", code=2)
    assert time.monotonic() - started < 30


@pytest.mark.parametrize("argv", [["search"], ["party"], ["nonsense"], ["export-chart", "pie", "-o", "x.png"]])
def test_a_usage_error_is_one_line(argv):
    one_line_error(kz(*argv), "error", code=2)


ESCAPES = "\x1b]0;owned\x07\x1b[2J\x9b31m\u202e"


@pytest.fixture(scope="module")
def forged_db(tmp_path_factory):
    """A database whose texts carry terminal escape codes (a forged file: the article has none)."""
    db = tmp_path_factory.mktemp("forged") / "kz.sqlite"
    shutil.copy(BUNDLED_DB, db)
    c = sqlite3.connect(db)
    c.execute("UPDATE parties SET full_name = full_name || ? WHERE key = 'otan'", (ESCAPES,))
    c.execute("UPDATE quotes SET text = text || ? WHERE text LIKE '%harmony%'", (ESCAPES,))
    c.execute("UPDATE party_names SET name = name || ? WHERE party_key = 'otan'", (ESCAPES,))
    c.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')")
    c.commit()
    c.close()
    return db


@pytest.mark.parametrize("command", [["party", "otan"], ["parties"], ["search", "harmony"],
                                     ["party", "Otan2"]], ids=" ".join)
def test_escape_codes_from_the_database_never_reach_the_terminal(forged_db, command):
    r = kz("--db", str(forged_db), *command)
    shown = r.out.decode("utf-8") + r.err
    assert r.code in (0, 1) and "Traceback" not in r.err, r.err
    for ch in "\x1b\x07\x9b\u202e":
        assert ch not in shown, (ch, shown[:300])
    if command != ["party", "Otan2"]:
        assert "]0;owned[2J31m" in shown  # the text is there, disarmed


def test_json_keeps_the_database_text_exact_and_escaped(forged_db):
    r = kz("--db", str(forged_db), "party", "otan", "--json")
    assert r.code == 0, r.err
    assert b"\x1b" not in r.out and b"\\u001b" in r.out
    assert json.loads(r.out)["full_name"] == "Republican Political Party Otan" + ESCAPES


def test_escape_codes_typed_in_an_argument_are_not_echoed():
    r = kz("party", "\x1b[2Jnobody")
    one_line_error(r, "[2Jnobody")
    assert "\x1b" not in r.err
