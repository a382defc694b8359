"""Photo captions and seasons as date evidence (extract/dates.py, extract/dates_caption.py),
on sentences we wrote: a caption's day is the picture's, and "a Christmas market" is no day."""
from __future__ import annotations

from newsdesk.extract.dates import date_expressions, lede_date
from newsdesk.extract.dates_caption import caption_dated, scene_caption

CREDITED = ("The mayor of Port Ellis attends a memorial at the harbour, on March 3, 2011. "
            "(AP Photo/Jan Holm)")
SCENE = ("Residents leave a flooded street of Port Ellis towards the harbour on Oct. 4, 2021 "
         "during an operation by rescue teams to clear the district.")
LEDE = "The river wall broke on Wednesday, forcing 3,000 people from their homes."


def test_christmas_market_is_no_day():
    assert date_expressions("A van drove into a crowded Christmas market in Port Ellis.",
                            "2021-12-20") == []
    assert date_expressions("Crowds filled the Christmas stalls of the square.", "2021-12-20") == []


def test_christmas_as_a_time_is_a_day():
    assert date_expressions("The shop closed on Christmas.", "2021-12-28")[0][2] == "2021-12-25"
    assert date_expressions("She died on Christmas Day.", "2022-01-03")[0][2] == "2021-12-25"


def test_lede_skips_captions():
    # the caption's old day is not the lede's: the first real sentence is
    assert lede_date([CREDITED, LEDE], "2021-10-07") == "2021-10-06"


def test_scene_caption_without_credit():
    assert scene_caption(SCENE)
    assert not scene_caption("Rescue teams cleared the district on Oct. 4, 2021.")
    assert not scene_caption('"We leave on Oct. 4, 2021," the mayor said.')


def test_caption_dated_article():
    assert caption_dated([SCENE, LEDE])
    assert caption_dated([LEDE, CREDITED])
    assert not caption_dated(["The wall broke on Oct. 4, 2021, officials said.", SCENE])
