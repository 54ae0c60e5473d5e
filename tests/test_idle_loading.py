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


@pytest.fixture
def gate(monkeypatch):
    fresh = preload.Gate()
    monkeypatch.setattr(preload, "GATE", fresh)
    monkeypatch.setattr(preload, "HOLD_S", 30.0)  # no safety-net release during the test
    yield fresh
    fresh.need_now()  # never leave a thread held
    if fresh in sys.meta_path:
        sys.meta_path.remove(fresh)


def _package(module_dir):
    """kzb_probe_pkg: says when it has started, then imports its submodule."""
    (module_dir / "kzb_probe_started.py").write_text("import threading\nEVENT = threading.Event()\n")
    (module_dir / "kzb_probe_pkg").mkdir()
    (module_dir / "kzb_probe_pkg" / "__init__.py").write_text(
        "import kzb_probe_started\nkzb_probe_started.EVENT.set()\nfrom kzb_probe_pkg import sub\n")
    (module_dir / "kzb_probe_pkg" / "sub.py").write_text("VALUE = 1\n")
    import kzb_probe_started
    return kzb_probe_started.EVENT


def test_a_held_background_import_waits_at_its_next_module_until_let_go(module_dir, gate):
    started = _package(module_dir)
    gate.hold(True)
    steps = preload.import_in_background("kzb_probe_pkg")
    next(steps)
    assert not started.wait(0.3)  # held at its first module: the package itself has not begun
    gate.hold(False)
    assert started.wait(10)
    list(steps)
    assert sys.modules["kzb_probe_pkg"].sub.VALUE == 1


def test_the_gui_thread_is_never_held_and_need_now_opens_the_gate_for_good(module_dir, gate):
    _package(module_dir)
    gate.hold(True)
    sys.meta_path.insert(0, gate)
    import kzb_probe_pkg  # this thread is not one of the gate's: no wait (HOLD_S is 30 s here)

    assert kzb_probe_pkg.sub.VALUE == 1
    gate.need_now()
    gate.hold(True)
    assert gate.open.is_set()


def test_idle_steps_hold_the_work_while_the_user_types_and_let_it_go_after(qtbot):
    from PySide6.QtWidgets import QLineEdit

    held = []

    def gen():
        while True:
            yield 5

    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    runner = IdleSteps(gen(), hold=held.append)
    runner.QUIET_MS = 50
    runner._quiet.setInterval(50)
    runner.start()
    qtbot.keyClicks(field, "abc")
    assert held == [True]  # once, however many keys
    assert runner.paused()
    qtbot.waitUntil(lambda: not runner.paused(), timeout=5_000)
    assert held == [True, False]
    runner.stop()
    assert held[-1] is False


def test_input_still_holds_the_steps_after_many_have_run(qtbot):
    # The runner stops watching while a step of its own runs (nothing of the user's arrives then): it must be
    # watching again between steps, however many have run.
    from PySide6.QtWidgets import QLineEdit

    ran = []

    def gen():
        while True:
            ran.append(1)
            yield None

    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    runner = IdleSteps(gen())
    runner.start()
    qtbot.waitUntil(lambda: len(ran) > 20, timeout=5_000)
    qtbot.keyClicks(field, "x")
    assert runner.paused()
    before = len(ran)
    qtbot.wait(100)  # within QUIET_MS: held
    assert len(ran) == before
    runner.stop()


def test_several_imports_share_one_thread_and_stop_at_the_first_that_fails(module_dir):
    (module_dir / "kzb_probe_first.py").write_text("import threading\nTHREAD = threading.current_thread().name\n")
    (module_dir / "kzb_probe_second.py").write_text("raise RuntimeError('second is broken')\n")
    (module_dir / "kzb_probe_third.py").write_text("VALUE = 3\n")
    with pytest.raises(RuntimeError, match="second is broken"):
        list(preload.import_in_background("kzb_probe_first", "kzb_probe_second", "kzb_probe_third"))
    assert threading.main_thread().name != sys.modules["kzb_probe_first"].THREAD
    assert "kzb_probe_third" not in sys.modules  # not tried after the failure


def test_two_runners_take_turns_one_step_a_pass_and_both_finish(qtbot):
    # The zero timers of two runners fire in the same pass of the event loop; their steps must not: two steps
    # in one pass are one stall as long as both. Passes are counted here by the dispatcher's own signals.
    from PySide6.QtCore import QAbstractEventDispatcher

    passes = [0]
    dispatcher = QAbstractEventDispatcher.instance()

    def count() -> None:
        passes[0] += 1

    dispatcher.awake.connect(count)
    dispatcher.aboutToBlock.connect(count)
    ran: list[tuple[str, int]] = []

    def gen(name, n):
        for _ in range(n):
            ran.append((name, passes[0]))
            yield None

    a, b = IdleSteps(gen("a", 30)), IdleSteps(gen("b", 10))
    a.start()
    b.start()
    try:
        qtbot.waitUntil(lambda: a.done and b.done, timeout=10_000)
    finally:
        dispatcher.awake.disconnect(count)
        dispatcher.aboutToBlock.disconnect(count)
    assert [r for r, _ in ran].count("a") == 30 and [r for r, _ in ran].count("b") == 10
    in_pass: dict[int, int] = {}
    for _, p in ran:
        in_pass[p] = in_pass.get(p, 0) + 1
    assert max(in_pass.values()) == 1  # never two steps in one pass
    # turns taken while both had work: b is not kept waiting until a is done
    first_b = [r for r, _ in ran].index("b")
    assert first_b <= 2 and [r for r, _ in ran][: 2 * 10].count("b") >= 9
