"""The project's copy of the article is the article, byte for byte."""

import hashlib

import pytest

from conftest import ARTICLE, ROOT

SHA256 = "e2bf5281cdb9167e2900bc1c29022f2922932cd8a5083f3dabea53a0e57a817d"


def test_bundled_article_has_the_published_checksum():
    assert hashlib.sha256(ARTICLE.read_bytes()).hexdigest() == SHA256


def test_bundled_article_equals_the_shared_source():
    # CI lays the project's shared/ folder beside the clone; a checkout without it says so instead of passing.
    shared = ROOT.parent / "shared" / "source" / ARTICLE.name
    if not shared.parent.parent.is_dir():
        pytest.skip(f"no shared/ folder beside the checkout ({shared.parent.parent}): nothing to compare with")
    assert shared.is_file(), f"{shared} is missing from shared/"
    assert shared.read_bytes() == ARTICLE.read_bytes()
