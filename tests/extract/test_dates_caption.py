"""Photo captions and seasons as date evidence (extract/dates.py, extract/dates_caption.py),
on sentences we wrote: a caption's day is the picture's, and "a Christmas market" is no day."""
from __future__ import annotations

from newsdesk.extract.dates import date_expressions, lede_date
from newsdesk.extract.dates_caption import caption_dated, file_photo_dated, scene_caption

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


def test_a_caption_behind_a_bullet_or_a_gallery_counter_is_still_one():
    from newsdesk.extract.dates_caption import caption_line, marked_caption, unmarked
    for line in ("\u2022 In this photo taken on May 2, 2031, firefighters douse a burning depot.",
                 "3/12 In this photo, firefighters douse a burning depot in Port Alma.",
                 "(4 of 9) Photos: the burning depot in Port Alma",
                 "3/12 In this May 2, 2031 photo, firefighters douse a burning depot."):
        assert caption_line(line) and marked_caption(line)
    # a list item or a figure that opens a sentence is no marker of a caption
    assert unmarked("12 of the 30 guards were hurt.") == "12 of the 30 guards were hurt."
    assert not caption_line("\u2022 Hundreds queue to give blood in Port Alma")


def test_a_counted_caption_does_not_date_the_lede():
    sents = ["3/12 In this May 2, 2031 photo, firefighters douse a burning depot.",
             "Rebels shelled the port on Tuesday, officials said."]
    assert lede_date(sents, "2031-06-05") == "2031-06-03"


LABELLED = ("FILE PHOTO: The mayor of Port Ellis, Ann Dorn, speaks at a harbour forum in "
            "Valmora, Nordland May 2, 2020.")


def test_a_capitalised_label_does_not_hide_a_scene_caption():
    # "FILE PHOTO:" parses as a root of its own; the scene after it is still a caption
    assert scene_caption(LABELLED)
    assert caption_dated([LABELLED, LEDE])
    assert not scene_caption("UN: The council voted on May 2, 2020 to send observers.")


def test_file_photo_marks_an_old_picture():
    assert file_photo_dated([LABELLED, LEDE])
    assert not file_photo_dated([SCENE, LEDE])          # a caption, but not marked as old
    assert not file_photo_dated([LEDE, "The council kept a file of photos from May 2, 2020."])
