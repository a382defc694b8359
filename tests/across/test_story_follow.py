"""Follow-up coverage (across/story_follow.py): an inquiry's toll published weeks after the
bombing it tells is dated, grouped and kept on the bombing's day, while a recalled act that
no other article of the story reports as news stays background. Our own sentences."""
from __future__ import annotations

from datetime import date, datetime, timezone

import numpy as np

from newsdesk.across.story_dates import date_stories, drop_history
from newsdesk.across.story_consolidate import spans
from newsdesk.across.story_follow import followed_day, story_anchors, story_time, time_spans
from newsdesk.extract.events import events_step
from newsdesk.model import Article
from newsdesk.nlp import sentences_step

FIRST = ("PORT ELLIS — A truck bomb exploded at a busy market in Port Ellis on Saturday, killing "
         "40 people, police said. Ambulances carried the wounded to the central hospital.")
INQUIRY = ("A government inquiry raised the toll of the Port Ellis market bombing to 85 on "
           "Thursday. In the attack on March 13, 2021, a truck bomb exploded at the market during "
           "the morning rush. Relatives of the missing gave evidence to the inquiry.")
UNDATED = ("At least 40 people were killed when a truck bomb exploded at a market in Port Ellis, "
           "police said. The market was crowded with shoppers.")


def _art(aid: str, text: str, published: str | None = None, story: str = "s1") -> Article:
    art = events_step(sentences_step(Article(id=aid, raw=text, text=text, published=published)))
    art.story = story
    return art


def _bombings(art: Article) -> list[str | None]:
    return [m.date for m in art.mentions if m.type == "ASSAULT"]


def test_a_follow_up_belongs_to_its_acts_day():
    follow = _art("f", INQUIRY, "2021-04-22")
    assert followed_day(follow, date(2021, 4, 22)) == date(2021, 3, 13)
    first = _art("a", FIRST, "2021-03-14")
    assert followed_day(first, date(2021, 3, 14)) is None       # a report of the day
    ts = datetime(2021, 4, 22, tzinfo=timezone.utc).timestamp()
    assert story_time(follow, ts) == datetime(2021, 3, 13, tzinfo=timezone.utc).timestamp()
    assert story_time(first, None) is None


def test_an_undated_report_takes_the_acts_day_not_the_follow_ups():
    arts = [_art("f", INQUIRY, "2021-04-22"), _art("u", UNDATED)]
    date_stories(arts)
    est = date.fromisoformat(arts[1].layers["date_estimate"])
    assert abs((est - date(2021, 3, 13)).days) <= 3


def test_a_follow_ups_act_is_the_storys_when_others_report_it_as_news():
    arts = [_art("a", FIRST, "2021-03-14"), _art("f", INQUIRY, "2021-04-22"), _art("u", UNDATED)]
    assert _bombings(arts[1])
    date_stories(arts)
    drop_history(arts)
    assert "2021-03-13" in _bombings(arts[1])


def test_a_recalled_act_no_article_reports_as_news_stays_background():
    """Two late reports recalling one old bombing (a trial's coverage) do not vouch for each
    other: the old day's sentence is trimmed as before, the act dated by the report."""
    arts = [_art("f", INQUIRY, "2021-04-22"), _art("g", INQUIRY, "2021-04-23")]
    date_stories(arts)
    drop_history(arts)
    assert "2021-03-13" not in _bombings(arts[0]) + _bombings(arts[1])


def test_a_follow_up_widens_the_story_window_never_narrows_it():
    day = 86400.0
    ts = time_spans([40 * day, 1 * day, None], [0.0, 1 * day, None])
    lo, hi = spans(np.array([0, 0, 1]), ts)
    assert (lo[0], hi[0]) == (0.0, 40 * day)        # reaches back to the act, ends at the page
    plain = time_spans([2 * day, None], [2 * day, None])
    assert plain.ndim == 1                            # no follow-up: the page times as before
    assert time_spans([5 * day], [None])[0] == 5 * day


def test_reports_of_the_day_fix_the_reference_day_before_a_follow_up():
    first, follow = _art("a", FIRST, "2021-03-14"), _art("f", INQUIRY, "2021-04-22")
    assert story_anchors([(first, date(2021, 3, 14)), (follow, date(2021, 4, 22))]) == [
        date(2021, 3, 14)]
    assert story_anchors([(follow, date(2021, 4, 22))]) == [date(2021, 3, 13)]
