"""The kzbrowser command line: what a user types and what they read back."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import BUNDLED_DB, run_cli
from kzbrowser.cli import main

run = run_cli


def test_parties_lists_twelve_with_membership(capsys):
    code, out, _ = run(capsys, "parties")
    assert code == 0
    lines = out.strip().splitlines()[1:]
    assert len(lines) == 12
    assert any("Republican Political Party Otan" in ln and "300,000" in ln for ln in lines)
    assert any("Communist People's Party of Kazakhstan (CPPK)" in ln and "No data" in ln and "opposition" in ln
               for ln in lines)


def test_parties_json(capsys):
    code, out, _ = run(capsys, "parties", "--json")
    data = json.loads(out)
    assert code == 0 and len(data) == 12
    dck = next(p for p in data if p["abbreviation"] == "DCK")
    assert dck["members"] == 58000 and dck["opposition"] and not dck["in_poll"]
    democratic = next(p for p in data if p["full_name"] == "Democratic Party of Kazakhstan")
    assert democratic["members"] is None


@pytest.mark.parametrize("name", ["Auyl", "auyi", "AuyI", "Kazakhstan Social-Democratic Party Auyl",
                                  "social-democratic party auyl", "THE SOCIAL-DEMOCRATIC PARTY AUYI"])
def test_party_found_by_any_name_any_case(capsys, name):
    code, out, _ = run(capsys, "party", name, "--json")
    assert code == 0
    assert json.loads(out)["key"] == "auyl"


def test_party_profile_json_has_facts_dates_and_spans(capsys):
    _, out, _ = run(capsys, "party", "CPK", "--json")
    p = json.loads(out)
    text = sqlite3.connect(BUNDLED_DB).execute("SELECT value FROM meta WHERE key='article_text'").fetchone()[0]
    assert p["full_name"] == "Communist Party of Kazakhstan" and p["opposition"] == 1
    leader = p["leaders"][0]
    assert leader["name"] == "Serikbolsyn Abdildin" and leader["role"] == "first secretary"
    assert text[slice(*leader["name_span"])] == "Serikbolsyn Abdildin"
    reg = next(e for e in p["events"] if e["kind"] == "registered")
    assert (reg["date"], reg["precision"]) == ("February 1994", "month")
    assert text[slice(*reg["date_span"])] == "February 1994"
    assert p["membership"]["members"] == 59890
    assert text[slice(*p["membership"]["members_printed_span"])] == "59,890"
    assert [q["text"] for q in p["quotes"]] == ["for class and ethnic clashes"]
    assert p["quotes"][0]["source"] == "address"
    assert {m["name"] for m in p["media"]} == {"Pravda Kazakhstana", "http://www.compartykz.info/"}
    assert p["positions"][0]["clause"].startswith("Statements that the conditions")
    assert p["links_1999"][0]["party_1999"] == "Communist Party of Kazakhstan"


def test_party_profile_text_names_lines(capsys):
    code, out, _ = run(capsys, "party", "otan")
    assert code == 0
    assert "Nursultan Nazarbaev — chair" in out
    assert "[line 185" in out  # reregistered on 10 January, 2003, after the page break
    assert "Contemporary democratic society is our aim" in out


def test_unknown_party_is_one_line_and_nonzero(capsys):
    code, out, err = run(capsys, "party", "Green Party")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "Green Party" in err


def test_missing_database_is_one_line_and_nonzero(capsys, tmp_path):
    code, _, err = run(capsys, "--db", str(tmp_path / "none.sqlite"), "parties")
    assert code == 1
    assert err.count("\n") == 1 and "does not exist" in err


def test_verify_reports_checks(capsys):
    code, out, _ = run(capsys, "verify")
    assert code == 0
    assert "integrity: ok" in out
    assert "consistency checks: 27 hold, 4 fail, 5 untestable" in out
    assert "[fails     ] Over 50% undecided about Republican Political Party Otan: Undecided = 47.4%" in out


def test_verify_detects_a_tampered_span(capsys, db_copy):
    c = sqlite3.connect(db_copy)
    c.execute("UPDATE table1_membership SET members_printed = '59,891' WHERE row = 1")
    c.commit()
    c.close()
    code, _, err = run(capsys, "verify", "--db", str(db_copy))
    assert code == 1 and "1 spans do not match" in err


def _tamper_page_break_paragraphs(db: Path) -> int:
    """Change one word in each paragraph printed across a page break; return how many were changed."""
    c = sqlite3.connect(db)
    n = c.execute("UPDATE paragraphs SET text = replace(text, ' the ', ' teh ') "
                  "WHERE text_pieces IS NOT NULL AND text LIKE '% the %'").rowcount
    c.commit()
    c.close()
    return n


def test_verify_checks_values_printed_across_a_page_break(capsys, db_copy):
    changed = _tamper_page_break_paragraphs(db_copy)
    assert changed >= 1  # the article has paragraphs cut by a page break (footnotes or charts printed between)
    code, _, err = run(capsys, "verify", "--db", str(db_copy))
    assert code == 1
    assert f"{changed} spans do not match" in err
    assert "teh" in err  # the message shows what differs


def test_build_command(capsys, tmp_path):
    out = tmp_path / "kz.sqlite"
    code, _, _ = run(capsys, "build", "-o", str(out))
    assert code == 0 and out.read_bytes() == BUNDLED_DB.read_bytes()


def test_console_script_and_module_entry_points():
    exe = shutil.which("kzbrowser", path=os.path.dirname(sys.executable))
    for cmd in ([exe] if exe else []) + [[sys.executable, "-m", "kzbrowser"]]:
        cmd = cmd if isinstance(cmd, list) else [cmd]
        r = subprocess.run([*cmd, "party", "PPK"], capture_output=True, text=True, check=False)
        assert r.returncode == 0, r.stderr
        assert "Gani Kasymov" in r.stdout


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("setpriv"), reason="needs root and setpriv")
def test_build_into_unwritable_folder_as_another_user(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ro", numbered=True)
    folder.chmod(0o755)  # readable, not writable, by others
    for parent in folder.parents:
        if str(parent) in ("/", "/tmp"):
            break
        parent.chmod(parent.stat().st_mode | 0o055)
    r = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-m",
                        "kzbrowser", "build", "-o", str(folder / "kz.sqlite")],
                       capture_output=True, text=True, check=False)
    assert r.returncode == 1, r.stdout + r.stderr
    assert "cannot write" in r.stderr and r.stderr.count("\n") == 1
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("argv", [["search", "harmony", "--limit", "0"], ["search", "harmony", "--limit", "-1"]])
def test_search_limit_must_be_positive(capsys, argv):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2 and "1 or more" in capsys.readouterr().err


def test_empty_search_is_an_error_not_silence(capsys):
    code, out, err = run(capsys, "search", "   ")
    assert code == 1 and out == "" and "query is empty" in err


def test_export_chart_keeps_an_existing_file_unless_forced(capsys, tmp_path, qapp):
    target = tmp_path / "poll.csv"
    target.write_text("my own table")
    target.chmod(0o640)
    code, out, err = run(capsys, "export-chart", "poll", "-o", str(target))
    assert code == 1 and out == "" and err.count("\n") == 1 and "--force" in err
    assert target.read_text() == "my own table"
    code, _, _ = run(capsys, "export-chart", "poll", "-o", str(target), "--force")
    # Table 3's first answer and its share, as printed in the article
    assert code == 0 and "Active involvement and a stable interest in the country's political life,13.4" in (
        target.read_text(encoding="utf-8"))
    assert oct(target.stat().st_mode & 0o777) == oct(0o640)


@pytest.mark.parametrize("limit", [str(10**100), "1000001"])
def test_search_limit_beyond_any_use_is_one_line(capsys, limit):
    with pytest.raises(SystemExit) as info:
        main(["search", "harmony", "--limit", limit])
    err = capsys.readouterr().err
    assert info.value.code == 2 and err.count("\n") == 1 and "at most" in err


def test_build_to_a_name_too_long_is_one_line(capsys, tmp_path):
    code, _, err = run(capsys, "build", "-o", str(tmp_path / ("k" * 256 + ".sqlite")), "--force")
    assert code == 1 and err.count("\n") == 1 and "File name too long" in err
    assert list(tmp_path.iterdir()) == []
