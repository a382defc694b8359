"""Years for the month-days of coverage with no anchor, from the full days its text states
(across/story_dates_year.py through the story_dates step; stories we wrote)."""
from __future__ import annotations

from newsdesk.across.story_dates import story_dates
from newsdesk.across.story_dates_year import agreed_year, yearless_day
from newsdesk.extract.events import events_step
from newsdesk.model import Article
from newsdesk.nlp import sentences_step

SEIZED = "Rebels seized the river town of Doral on September 28, driving out the army garrison."
PHOTO = "\n\nIn this photo taken Aug. 2, 2016, smoke rises over the river town of Doral.\n\n"  # no anchor
CURFEW = "The governor extended a curfew in the province until October 15, 2016."
OLD_RAID = "The town last fell to rebels in a raid on May 2, 2011."


def _art(aid: str, text: str, story: str = "s1") -> Article:
    art = events_step(sentences_step(Article(id=aid, raw=text, text=text)))
    art.story = story
    return art


def _day(art: Article, word: str) -> str | None:
    """The day of the mention whose sentence holds `word`."""
    return next(m.date for m in art.mentions if word in m.span.text)


def test_a_month_day_takes_the_stated_year():
    assert yearless_day("On September 28, Taliban militants seized the northern city.", 2015) == "2015-09-28"
    assert yearless_day("Rebels seized the town on Saturday, October 3, officials said.", 2015) == "2015-10-03"


def test_no_day_without_a_month_day_or_with_a_wrong_weekday():
    assert yearless_day("On Saturday, a hospital was hit by air strikes.", 2015) is None
    assert yearless_day("Rebels seized the town on Friday, October 3, officials said.", 2015) is None
    assert yearless_day("Police said on March 3 that 24 people had been arrested.", 2015) is None
    assert yearless_day("The relief camp takes in families now through August 3.", 2015) is None


def test_years_must_agree():
    assert agreed_year([2016, 2016]) == 2016
    assert agreed_year([2016, 2011]) is None and agreed_year([]) is None


def test_undated_article_dates_its_month_day_by_its_own_year():
    art = _art("a", f"{SEIZED} Aid workers said a clinic in Doral was shelled on Saturday.{PHOTO}")
    story_dates([art], None)
    assert art.layers.get("own_anchor") is None and not art.layers.get("date_estimate")
    assert _day(art, "seized") == "2016-09-28"
    assert _day(art, "shelled") is None          # "on Saturday" has no anchor: still none


def test_disagreeing_or_absent_years_give_nothing():
    # years that disagree, a year told ahead (a curfew's end), no year at all
    for i, text in enumerate([f"{SEIZED} {OLD_RAID}{PHOTO}", f"{SEIZED} {CURFEW}", SEIZED]):
        art = _art(f"a{i}", text, story=f"s{i}")
        story_dates([art], None)
        assert all(m.date is None for m in art.mentions)


def test_the_story_states_the_year_in_two_voices():
    art, other = _art("x", SEIZED), _art("y", f"Witnesses said the rebels stormed Doral before dawn.{PHOTO}")
    story_dates([art, other], None)                 # one other outlet's day may be background
    assert _day(art, "seized") is None
    art, other = _art("x", SEIZED, "s2"), _art("y", f"Witnesses said the rebels stormed Doral before dawn.{PHOTO}", "s2")
    third = _art("z", f"Aid convoys were turned back from Doral, the United Nations said.{PHOTO}", "s2")
    story_dates([art, other, third], None)
    assert _day(art, "seized") == "2016-09-28"
