"""The idle loading of what the Charts tab needs (ui/charts/preload.py, ui/lazy_tab.IdleSteps).

The imports that cannot be cut short run on a background thread; these tests check the thread, the handing
back of an import's error, and that the event loop is asked to come back later rather than spin."""

from __future__ import annotations

import sys
import threading

import pytest

from kzbrowser.ui.charts import preload
from kzbrowser.ui.lazy_tab import IdleSteps


@pytest.fixture
def module_dir(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    for name in [m for m in sys.modules if m.startswith("kzb_probe_")]:
        del sys.modules[name]


def test_an_import_runs_off_the_gui_thread_while_the_steps_yield_a_wait(module_dir):
    # The module blocks until the test lets it go, so the steps are seen waiting while it runs.
    (module_dir / "kzb_probe_slow.py").write_text(
        "import threading\nTHREAD = threading.current_thread().name\n"
        "import kzb_probe_gate\nkzb_probe_gate.GO.wait(10)\n")
    (module_dir / "kzb_probe_gate.py").write_text("import threading\nGO = threading.Event()\n")
    import kzb_probe_gate

    steps = preload.import_in_background("kzb_probe_slow")
    waits = [next(steps), next(steps)]
    assert waits == [preload.POLL_MS, preload.POLL_MS]  # not None: the loop is asked to come back later
    kzb_probe_gate.GO.set()
    rest = list(steps)  # ends once the import is done
    assert all(w == preload.POLL_MS for w in rest)
    probe = sys.modules["kzb_probe_slow"]
    assert threading.main_thread().name != probe.THREAD
    assert probe.THREAD == "kzbrowser import kzb_probe_slow"


def test_an_import_error_on_the_thread_is_raised_in_the_steps(module_dir):
    (module_dir / "kzb_probe_broken.py").write_text("raise RuntimeError('broken install')\n")
    with pytest.raises(RuntimeError, match="broken install"):
        list(preload.import_in_background("kzb_probe_broken"))
    with pytest.raises(ModuleNotFoundError):
        list(preload.import_in_background("kzb_probe_not_there"))


def test_the_steps_stop_quietly_when_a_big_import_fails(monkeypatch):
    monkeypatch.setattr(preload, "QT_MODULES", ())
    monkeypatch.setattr(preload, "STDLIB", ())
    monkeypatch.setattr(preload, "BIG", ("kzb_probe_not_there",))
    monkeypatch.setattr(preload, "OURS", ("json",))
    real = preload.importlib.import_module
    imported = []
    monkeypatch.setattr(preload.importlib, "import_module", lambda name: imported.append(name) or real(name))
    assert all(w == preload.POLL_MS or w is None for w in preload.steps())  # no error comes out
    assert imported == ["kzb_probe_not_there"]  # tried (on the thread), then nothing of ours after it


def test_idle_steps_come_back_after_the_wait_a_step_asks_for(qtbot):
    def gen():
        yield 40
        yield None
        yield 7

    runner = IdleSteps(gen())
    intervals = []
    runner._timer.timeout.connect(lambda: intervals.append(runner._timer.interval()))
    runner.start()
    qtbot.waitUntil(lambda: runner.done, timeout=5_000)
    # the interval in force after each step: 40 ms, then the next pass (0), then 7 ms
    assert intervals[:3] == [40, 0, 7]
