"""An article dated only by an old file photo's caption (across/story_dates.py), on a story
we wrote: the picture's day must neither date the article nor fix the story's reference."""
from __future__ import annotations

from newsdesk.across.story_dates import date_stories
from newsdesk.extract.events import events_step
from newsdesk.model import Article
from newsdesk.nlp import sentences_step

PAGE = ("Armed men seized the harbour office of Port Ellis on Sunday night and arrested its "
        "director, the regional governor said. Neighbouring states condemned the seizure.")
FILE_PHOTO = ("FILE PHOTO: The director of the Port Ellis harbour, Ann Dorn, speaks at a trade "
              "forum in Valmora, Nordland May 2, 2020.\n\n"
              "Gunmen stormed the harbour office of Port Ellis on Sunday, the governor said.")
FRESH_PHOTO = ("The director of the Port Ellis harbour, Ann Dorn, speaks at a press conference "
               "in Valmora, Nordland, on March 1, 2022.\n\n"
               "Gunmen stormed the harbour office of Port Ellis, the governor said.")


def _art(aid: str, text: str, published: str | None = None) -> Article:
    art = events_step(sentences_step(Article(id=aid, raw=text, text=text, published=published)))
    art.story = "s1"
    return art


def test_an_old_file_photo_does_not_date_the_story():
    page, photo = _art("page", PAGE, "2022-03-08"), _art("photo", FILE_PHOTO)
    date_stories([page, photo])
    assert photo.layers["own_anchor"] is None
    assert photo.layers["date_estimate"].startswith("2022-03")
    # the gunmen's Sunday is the page's Sunday, not the photo's week
    assert {m.date for m in photo.mentions} <= {"2022-03-06", None}
    assert any(m.date == "2022-03-06" for m in photo.mentions)
    assert {m.date for m in page.mentions} <= {"2022-03-06", "2022-03-08", None}


def test_a_photo_not_marked_as_file_keeps_its_day():
    # a week before the page's date, but nothing says the picture is old: its day stands
    page, photo = _art("page", PAGE, "2022-03-08"), _art("photo", FRESH_PHOTO)
    date_stories([page, photo])
    assert photo.layers.get("own_anchor") == "2022-03-01"
