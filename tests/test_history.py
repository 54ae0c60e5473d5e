"""Back and forward through visited parties, as a web browser does it (no Qt needed)."""

from kzbrowser.ui.history import History


def test_back_and_forward_walk_the_visits():
    h = History()
    assert (h.can_go_back, h.can_go_forward) == (False, False)
    for page in ("otan", "asar", "auyl"):
        h.visit(page)
    assert (h.back(), h.back(), h.back()) == ("asar", "otan", None)  # no step before the first page
    assert (h.can_go_back, h.can_go_forward) == (False, True)
    assert (h.forward(), h.forward(), h.forward()) == ("asar", "auyl", None)


def test_a_new_visit_drops_the_pages_ahead():
    h = History()
    for page in ("otan", "asar", "auyl"):
        h.visit(page)
    h.back()
    h.back()
    h.visit("dck")
    assert h.can_go_forward is False
    assert h.back() == "otan"
    assert h.forward() == "dck"


def test_showing_the_same_page_again_is_not_a_step():
    h = History()
    h.visit("otan")
    h.visit("otan")
    assert h.can_go_back is False
    h.visit("asar")
    assert h.back() == "otan"
