"""A repost's late page date gives way to the days its text or its story states
(across/story_dates_repost.py through the story_dates step; stories we wrote: a blog
reposting a report of a mall attack nine days after it)."""
from __future__ import annotations

from newsdesk.across.story_dates import story_dates
from newsdesk.extract.events import events_step
from newsdesk.model import Article
from newsdesk.nlp import sentences_step

REPOST = ("Gunmen stormed the Harlow Centre shopping mall in Marsden earlier today, killing at least 20 "
          "shoppers. Police said last night that two of the attackers had been arrested.")
DAY = "Gunmen stormed the Harlow Centre shopping mall in Marsden on Saturday, killing at least 20 people, police said."
OWN = ("Gunmen stormed the Harlow Centre shopping mall in Marsden earlier today, killing at least 20 shoppers. "
       "The gunmen opened fire on shoppers at noon on September 21, 2013, a police spokesman said.")
FOLLOW = "Funerals were held today for the 20 shoppers killed when gunmen stormed the Harlow Centre mall in Marsden last week."
ARREST = ("Police arrested two men today over the attack on the Harlow Centre shopping mall in Marsden "
          "on September 21, 2013, a spokesman said.")


def _art(aid: str, text: str, published: str, story: str = "s1") -> Article:
    art = events_step(sentences_step(Article(id=aid, raw=text, text=text, published=published)))
    art.story = story
    return art


def _assault(art: Article) -> str | None:
    return next(m.date for m in art.mentions if m.type == "ASSAULT")


def test_repost_takes_the_storys_day():
    repost, day = _art("r", REPOST, "2013-09-30"), _art("d", DAY, "2013-09-21")
    assert _assault(repost) == "2013-09-30"
    story_dates([repost, day], None)
    assert repost.layers["own_anchor"] is None and repost.layers["date_estimate"] == "2013-09-21"
    assert _assault(repost) == _assault(day) == "2013-09-21"


def test_repost_takes_its_own_texts_day():
    art = _art("o", OWN, "2013-09-30")
    story_dates([art], None)
    assert art.layers["date_estimate"] == "2013-09-21" and _assault(art) == "2013-09-21"


def test_follow_ups_and_lone_pages_keep_their_date():
    follow, day = _art("f", FOLLOW, "2013-09-30"), _art("d", DAY, "2013-09-21")
    story_dates([follow, day], None)               # it looks back ("last week"): its today is its own
    assert follow.layers["own_anchor"] == "2013-09-30"
    arrest = _art("a", ARREST, "2013-09-30", story="s2")
    story_dates([arrest], None)                    # today's act is an arrest, not the attack
    assert arrest.layers["own_anchor"] == "2013-09-30"
    assert next(m.date for m in arrest.mentions if m.type == "COERCE") == "2013-09-30"
    alone = _art("l", REPOST, "2013-09-30", story="s3")
    story_dates([alone], None)                     # nothing says otherwise: the page date stands
    assert alone.layers["own_anchor"] == "2013-09-30" and _assault(alone) == "2013-09-30"
