"""Wire datelines (extract/dates_dateline.py through dates.py), on sentences we wrote: the
dateline's day is the day the report was filed, not the day of the act its lede tells."""
from __future__ import annotations

import re

from newsdesk.extract.dates import date_expressions, event_date, lede_date
from newsdesk.extract.dates_dateline import dateline_day, filing_day

FILED = "PORT ELLIS, March 9 (Coastwire) - Neighbouring states condemned the seizure of the harbour."
LATER = "On Sunday night, armed men took the harbour office and arrested its director."


def _day(sentence: str) -> bool:
    """dateline_day for the sentence's first month-and-day phrase."""
    m = re.search(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}", sentence)
    return dateline_day(sentence, m.start(), m.end())


def test_dateline_forms_are_read():
    assert _day(FILED)
    assert _day("Valmora, Oct. 2, Coastwire – The council met in the old town.")
    assert _day("NORTH BAY, Nordland, July 14 At least six boats sank in the storm.")
    assert _day("Harlow, May 3, 2023 (Coastwire) – Police said on Friday the road was closed.")


def test_opening_time_phrases_are_no_datelines():
    for s in ("On March 9, the council voted to close the port.",
              "Since May 3, the road has stayed closed.",
              "Friday, May 12, 2023",
              "Tues., April 30, 2019"):
        assert not _day(s), s


def test_another_day_of_the_sentence_comes_first():
    # filed Thursday 10 March; the storming the sentence names was on Monday
    assert event_date("PORT ELLIS, March 10 (Coastwire) - Gunmen stormed the port on Monday.",
                      "2022-03-11") == "2022-03-07"
    # with no other day, the sentence keeps the filing day, as it would keep the page's
    assert event_date(FILED, "2022-03-10") == "2022-03-09"
    assert event_date(FILED, "2022-03-10", filed=False) is None


def test_lede_day_comes_from_the_text_not_the_dateline():
    # filed Wednesday 9 March; the seizure it reports was on Sunday 6 March
    assert lede_date([FILED, LATER], "2022-03-10") == "2022-03-06"


def test_a_date_inside_a_sentence_is_kept():
    s = "In Port Ellis, March 9 passed without incident."
    assert date_expressions(s, "2022-03-10")[0][2] == "2022-03-09"


def test_filing_day_index():
    found = date_expressions("PORT ELLIS, March 10 (Coastwire) - Gunmen stormed the port on Monday.",
                             "2022-03-11")
    assert filing_day("PORT ELLIS, March 10 (Coastwire) - Gunmen stormed the port on Monday.", found) == 0
    assert filing_day(LATER, date_expressions(LATER, "2022-03-11")) is None
