"""`kzbrowser compare` (issue 12): JSON, Markdown, CSV and the one-line errors."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import unicodedata

import pytest

from conftest import run_cli


def test_json_lines_up_the_parties(capsys):
    code, out, err = run_cli(capsys, "compare", "Otan", "CPK", "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert [p["key"] for p in data["parties"]] == ["otan", "cpk"]
    rows = {r["label"]: r for r in data["rows"]}
    members = [c["items"][0]["text"] for c in rows["Members (Table 1)"]["cells"]]
    assert members == ["300,000", "59,890"]  # Table 1 as printed
    undecided = rows["Undecided"]["cells"]
    assert [(c["items"][0]["text"], c["items"][0]["number"]) for c in undecided] == [("47.4", 47.4), ("57.4", 57.4)]
    assert rows["Abbreviation"]["cells"][0] == {"party_key": "otan", "empty": "not in the article", "items": []}
    assert rows["ethnic relations"]["kzbrowser_classification"] is True
    assert "Themes are kzbrowser's classification, not the article's." in data["notes"]


def test_markdown_table_with_a_column_per_party(capsys):
    code, out, _ = run_cli(capsys, "compare", "Rukhaniat", "Asar", "--markdown")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "# Comparison: Political Party Rukhaniat; Republican Party Asar"
    header = next(line for line in lines if line.startswith("| |"))
    assert header == "| | Political Party Rukhaniat | Republican Party Asar |"
    stance = next(line for line in lines if line.startswith("| Stance toward the president's course |"))
    assert "supports (“The party resolutely supports the presidential course”)" in stance
    assert "*" not in out.replace("**", "")  # no emphasis asterisks of the article's text, only our bold groups
    assert all(line.count("|") == 4 for line in lines if line.startswith("| ") and "\\|" not in line)


def test_group_option_and_csv_file(capsys, tmp_path):
    target = tmp_path / "cmp.csv"
    code, out, err = run_cli(capsys, "compare", "--group", "opposition", "-o", str(target))
    assert code == 0 and out == f"wrote {target}\n", err
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert {r["party_key"] for r in rows} == {"cpk", "cppk", "dck"}
    members = {r["party_key"]: r["text"] for r in rows if r["row"] == "Members (Table 1)"}
    assert members == {"cpk": "59,890", "cppk": "No data", "dck": "58,000"}
    empty = [r for r in rows if r["item"] == "0"]
    assert empty and all(r["text"] and not r["citation"] for r in empty)
    cited = [r for r in rows if r["item"] != "0"]
    assert all("Kurganskaia" in r["citation"] and r["spans"] for r in cited)
    # refuses to replace it without --force, then replaces it with
    code, _, err = run_cli(capsys, "compare", "--group", "opposition", "-o", str(target))
    assert code == 1 and "exists; not replacing it" in err
    code, _, _ = run_cli(capsys, "compare", "Otan", "Asar", "-o", str(target), "--force")
    assert code == 0 and "asar" in target.read_text(encoding="utf-8")


def test_markdown_file(capsys, tmp_path):
    target = tmp_path / "cmp.md"
    code, _, _ = run_cli(capsys, "compare", "Agrarian", "Auyl", "-o", str(target))
    assert code == 0
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Comparison: Agrarian Party of Kazakhstan (APK); Kazakhstan Social-Democratic Party")
    assert "\nSource: " in text and "Kurganskaia" in text.split("\nSource: ")[1]


@pytest.mark.parametrize(("argv", "words"), [
    (["Otan"], "2 to 6 parties, not 1"),
    (["Otan", "Asar", "CPK", "CPPK", "DCK", "Auyl", "Patriot"], "2 to 6 parties, not 7"),
    (["Otan", "the Homeland"], "given already"),
    (["Otan", "Nonesuch"], "no party called 'Nonesuch'"),
    (["Otan", "Democratic"], "could be any of"),
    (["--group", "not-in-poll", "Otan", "Agrarian"], "2 to 6 parties, not 7"),
    (["Otan", "Asar", "-o", "x.txt"], "ending in .pdf, .md or .csv"),
    ([], "2 to 6 parties, not 0"),
])
def test_errors_are_one_line(capsys, argv, words):
    code, out, err = run_cli(capsys, "compare", *argv)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and words in err, err


def test_pdf_on_letter_paper_footed_with_the_citation_and_never_over_an_existing_file(capsys, tmp_path, qapp):
    # qapp first: the PDF path would otherwise make a bare QGuiApplication that later widget tests cannot use
    out = tmp_path / "c.pdf"
    code, stdout, err = run_cli(capsys, "compare", "Otan", "CPK", "Asar", "Ak zhol", "-o", str(out),
                                "--page-size", "letter")
    assert code == 0 and err == "" and stdout == f"wrote {out}\n"
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "612 x 792 pts" in info  # US Letter
    pages = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")
    pages = [unicodedata.normalize("NFKC", p) for p in pages if p.strip()]  # the PDF sets "fi" as a ligature
    text = " ".join(" ".join(pages).split())
    for name in ("Republican Political Party Otan", "Communist Party of Kazakhstan", "Republican Party Asar",
                 "Democratic Party Ak zhol"):
        assert name in text
    assert "300,000" in text and "59,890" in text  # Table 1 as printed
    assert "Themes are kzbrowser's classification, not the article's." in text
    assert all("The Party System in Kazakhstan and the Ethnic Issue" in " ".join(p.split()) for p in pages)
    assert all(f"page {n} of {len(pages)}" in p for n, p in enumerate(pages, 1))
    before = out.read_bytes()
    code, _, err = run_cli(capsys, "compare", "Otan", "Asar", "-o", str(out))
    assert code == 1 and err.count("\n") == 1 and "exists" in err
    assert out.read_bytes() == before
