"""Small parts of the parser: dates with their precision, quotation marks."""

import pytest

from kzbrowser.build.dates import find_date
from kzbrowser.build.quotes import QuoteError, top_level_quotes


@pytest.mark.parametrize(("phrase", "precision", "iso", "earliest", "latest"), [
    ("took place on 6 January, 1999;", "day", "1999-01-06", "1999-01-06", "1999-01-06"),
    ("registered in February 1994", "month", "1994-02", "1994-02-01", "1994-02-28"),
    ("registered in February 2004", "month", "2004-02", "2004-02-01", "2004-02-29"),
    ("set up in the spring of 2004", "season", "2004 spring", "2004-03-01", "2004-05-31"),
    ("Since the fall of 2003", "season", "2003 fall", "2003-09-01", "2003-11-30"),
    ("Early in 2000 the Peasant", "part-of-year", "2000 early", "2000-01-01", "2000-04-30"),
    ("In 1993, at its 19th congress", "year", "1993", "1993-01-01", "1993-12-31"),
])
def test_dates(phrase, precision, iso, earliest, latest):
    d = find_date(phrase)
    assert (d.precision, d.iso, d.earliest, d.latest) == (precision, iso, earliest, latest)
    assert d.printed in phrase


def test_no_date():
    assert find_date("the party was registered") is None


def test_curly_quotes_nest_and_straight_quotes_pair():
    text = 'A “b “c” d” e "f" g'
    found = top_level_quotes(text)
    assert [text[q.start:q.end] for q in found] == ["b “c” d", "f"]
    assert [q.style for q in found] == ["curly", "straight"]


@pytest.mark.parametrize("text", ["“open", "close”", '"open'])
def test_unbalanced_quotes_raise(text):
    with pytest.raises(QuoteError):
        top_level_quotes(text)
