"""A page date stamped days before the report gives way to the days other outlets of its
story state (across/story_dates_early.py through the story_dates step; stories we wrote: an
opposition leader's arrest and the march for his release, 2 and 6 March 2021)."""
from __future__ import annotations

from newsdesk.across.story_dates import story_dates
from newsdesk.extract.events import events_step
from newsdesk.model import Article
from newsdesk.nlp import sentences_step

EARLY = ("Police arrested the opposition leader Tomas Vary at his home in Ardel on Tuesday, his lawyer said. "
         "Thousands of his supporters marched through Ardel on Saturday to demand his release.")
STATED = ("Tomas Vary was arrested by police in Ardel on March 2, his party said. "
          "The crowds that marched through the city on March 6 were the largest in a decade, organisers said.")
AHEAD = "Tomas Vary, who was arrested by police in Ardel, will appear in court on March 8, his party said."


def _art(aid: str, text: str, published: str | None, story: str = "s1") -> Article:
    art = events_step(sentences_step(Article(id=aid, raw=text, text=text, published=published)))
    art.story = story
    return art


def _day(art: Article, kind: str) -> str | None:
    return next((m.date for m in art.mentions if m.type == kind), None)


def test_early_page_takes_the_days_other_outlets_state():
    early, stated = _art("e", EARLY, "2021-03-01"), _art("s", STATED, None)
    assert _day(early, "COERCE") == "2021-02-23"        # Tuesday counted back from the stamp
    story_dates([early, stated], None)
    assert early.layers["date_estimate"] == "2021-03-06"
    assert _day(early, "COERCE") == "2021-03-02" and _day(early, "PROTEST") == "2021-03-06"


def test_a_page_date_another_outlet_backs_or_no_past_day_contradicts_stands():
    early, backed = _art("e", EARLY, "2021-03-01"), _art("b", EARLY, "2021-03-01")
    story_dates([early, _art("s", STATED, None), backed], None)          # two outlets' own pages agree on 1 March
    assert early.layers["own_anchor"] == "2021-03-01" and _day(early, "COERCE") == "2021-02-23"
    early, ahead = _art("e", EARLY, "2021-03-01", "s2"), _art("a", AHEAD, None, "s2")
    story_dates([early, ahead], None)                   # a court date ahead exposes nothing
    assert early.layers["own_anchor"] == "2021-03-01" and _day(early, "COERCE") == "2021-02-23"


def test_a_day_stated_up_to_the_page_date_backs_it():
    fits = ("Police arrested the opposition leader Tomas Vary at his home in Ardel on February 23, "
            "his lawyer said.")
    early = _art("e", EARLY, "2021-03-01", "s3")
    story_dates([early, _art("s", STATED, None, "s3"), _art("o", fits, None, "s3")], None)
    assert early.layers["own_anchor"] == "2021-03-01"
