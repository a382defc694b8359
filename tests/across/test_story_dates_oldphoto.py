"""A caption's day far before every dated outlet of its story (across/story_dates_oldphoto.py),
on a story we wrote: an old picture's day must not date the undated report's acts."""
from __future__ import annotations

from newsdesk.across.story_dates import date_stories
from newsdesk.extract.events import events_step
from newsdesk.model import Article
from newsdesk.nlp import sentences_step

PAGE = ("Armed men seized the harbour office of Port Ellis on Sunday night and arrested its "
        "director, the regional governor said. Neighbouring states condemned the seizure.")
OTHER = ("The governor of Nordland said on Monday that the men who took the Port Ellis harbour "
         "office had left the building. No one was hurt.")
# an uncredited scene caption of a year before, then the report
OLD_SCENE = ("Dock workers march along the quay of Port Ellis on May 2, 2020.\n\n"
             "Gunmen stormed the harbour office of Port Ellis on Sunday, the governor said.")
FRESH_SCENE = ("Dock workers march along the quay of Port Ellis on March 1, 2022.\n\n"
               "Gunmen stormed the harbour office of Port Ellis on Sunday, the governor said.")


def _art(aid: str, text: str, published: str | None = None) -> Article:
    art = events_step(sentences_step(Article(id=aid, raw=text, text=text, published=published)))
    art.story = "s1"
    return art


def test_an_old_scene_caption_does_not_date_the_report():
    page, photo = _art("page", PAGE, "2022-03-08"), _art("photo", OLD_SCENE)
    date_stories([page, _art("other", OTHER, "2022-03-07"), photo])
    assert photo.layers["own_anchor"] is None
    assert photo.layers["date_estimate"].startswith("2022-03")
    assert not any(m.date and m.date.startswith("2020") for m in photo.mentions)
    assert any(m.date == "2022-03-06" for m in photo.mentions)


def test_a_scene_caption_of_the_same_week_keeps_its_day():
    page, photo = _art("page", PAGE, "2022-03-08"), _art("photo", FRESH_SCENE)
    date_stories([page, photo])
    assert photo.layers.get("own_anchor") == "2022-03-01"
