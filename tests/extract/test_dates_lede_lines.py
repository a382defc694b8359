"""The lede that dates an article's main act is its first real sentences, not a date line
or a credit left at the top of the page (sentences we wrote)."""
from __future__ import annotations

import pytest

from newsdesk.extract.dates import lede_date, no_statement


@pytest.mark.parametrize("line, want", [
    ("Thursday, March 3, 2022", True),
    ("Updated: 3 March 2022 10:15 GMT", True),
    ("(AFP)", True),
    ("AP Photo", True),
    ("On Thursday, March 3, 2022, gunmen attacked a bus.", False),
    ("Gunmen attacked a bus on Thursday.", False),
])
def test_no_statement(line, want):
    assert no_statement(line) is want


def test_lede_skips_a_caption_credit():
    # a photo caption with no day, its "(Reuters)" credit, then the report's first sentence
    sents = ["Officials say gunmen attacked a bus near the border.", "(Reuters)",
             "KANO — Gunmen attacked a bus on the Kano road, killing 12, police said Tuesday night."]
    assert lede_date(sents, "2022-03-02") == "2022-03-01"


def test_lede_skips_a_date_line():
    sents = ["Wednesday, March 2, 2022", "KANO — Gunmen attacked a bus on Tuesday, police said.",
             "The road was closed."]
    assert lede_date(sents, "2022-03-02") == "2022-03-01"
