"""The hostile suite counts what it tried: each test is a probe, and the summary says how many failed."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).parent
_counts = {"probes": 0, "failed": 0, "skipped": 0}


def pytest_runtest_logreport(report):
    if not Path(str(report.fspath)).resolve().is_relative_to(_HERE.resolve()):
        return
    if report.when == "call" or (report.when == "setup" and report.outcome != "passed"):
        _counts["probes"] += 1
        _counts["failed"] += report.outcome == "failed"
        _counts["skipped"] += report.outcome == "skipped"


def pytest_terminal_summary(terminalreporter):
    if _counts["probes"]:
        terminalreporter.write_line(f"hostile suite: {_counts['probes']} probes tried, {_counts['failed']} failed, "
                                    f"{_counts['skipped']} not possible here (skipped)")
