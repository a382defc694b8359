"""Dates for undated articles from the dated articles of their story (across/story_dates.py):
our own three-article story, a story with no dated article (nothing invented), and the real
Egypt 2013 coverage of the dev batch, where only one of five pages states its date."""
from __future__ import annotations

from datetime import date

from conftest import shared_path

from newsdesk.across.story_dates import date_stories, estimate_anchor, reference_day
from newsdesk.extract.events import events_step
from newsdesk.model import Article
from newsdesk.nlp import sentences_step

DATED = ("PORT ELLIS — Flood water broke through the river wall on Wednesday, forcing 3,000 "
         "people from their homes, the regional governor said. Soldiers were deployed to the "
         "harbour district.")
NEXT_DAY = ("Rescue teams on Thursday searched the harbour district of Port Ellis, a day after "
            "the river wall broke on Wednesday. Police arrested two contractors who built the wall.")
NO_DAY = ("Police in Port Ellis arrested two contractors who built the river wall, the regional "
          "governor said.")


def _art(aid: str, text: str, published: str | None = None, story: str = "s1") -> Article:
    art = Article(id=aid, raw=text, text=text, published=published)
    art = events_step(sentences_step(art))
    art.story = story
    return art


def test_reference_day_is_the_lower_median():
    days = [date(2019, 4, 22), date(2019, 4, 21), date(2019, 4, 28)]
    assert reference_day(days) == date(2019, 4, 22)
    assert reference_day([]) is None


def test_weekdays_push_the_estimate_past_the_reference_day():
    ref = date(2021, 3, 10)                       # a Wednesday
    later = _art("b", NEXT_DAY)
    assert estimate_anchor(later, ref) == date(2021, 3, 11)
    assert estimate_anchor(_art("c", NO_DAY), ref) == ref


def test_undated_articles_take_the_story_days():
    arts = [_art("a", DATED, "2021-03-10"), _art("b", NEXT_DAY), _art("c", NO_DAY)]
    assert date_stories(arts) == 2
    assert arts[1].layers["date_estimate"] == "2021-03-11"
    assert arts[2].layers["date_estimate"] == "2021-03-10"
    assert arts[1].published is None              # an estimate is never a stated date
    arrests = [m for m in arts[1].mentions if m.type == "COERCE"]
    assert arrests and all(m.date in ("2021-03-10", "2021-03-11") for m in arrests)


ATTACK = ("Gunmen attacked a bus in the northern hills on Saturday, killing 12 passengers, "
          "the army said. Soldiers searched the villages near the road.")
FOLLOW_UP = ("Police arrested three men over the attack on a bus that killed 12 passengers in the "
             "northern hills on Saturday, the interior ministry said Thursday.")


def test_a_story_day_up_to_a_week_back_keeps_the_report_on_its_day():
    """News tells last Saturday's attack "on Saturday" five days later: when the dated report
    gives the attack that Saturday, an undated Thursday report stays on Thursday instead of
    being pushed to the next Saturday; a Saturday the story does not know still pushes it."""
    ref = date(2021, 3, 11)                       # a Thursday; Saturday 6 March is 5 days back
    later = _art("b", FOLLOW_UP)
    assert estimate_anchor(later, ref, {date(2021, 3, 6)}) == ref
    assert estimate_anchor(later, ref, {date(2021, 3, 11)}) == date(2021, 3, 13)
    assert estimate_anchor(later, ref) == date(2021, 3, 13)
    arts = [_art("a", ATTACK, "2021-03-11"), later]
    assert date_stories(arts) == 1
    assert arts[1].layers["date_estimate"] == "2021-03-11"
    assert "2021-03-13" not in {m.date for m in arts[1].mentions}


def test_no_dated_article_means_no_dates():
    arts = [_art("b", NEXT_DAY), _art("c", NO_DAY)]
    assert date_stories(arts) == 0
    assert all(m.date is None for a in arts for m in a.mentions)
    assert all("date_estimate" not in a.layers for a in arts)


def test_stories_are_dated_separately():
    arts = [_art("a", DATED, "2021-03-10"), _art("c", NO_DAY, story="s2")]
    date_stories(arts)
    assert "date_estimate" not in arts[1].layers


def test_egypt_2013_undated_pages_get_the_days_their_weekdays_name():
    """Only the AP page states 14 Aug 2013; the LA Times page speaks of "Thursday" and the
    Irish Times of "yesterday" for the dispersal: both were written on the 15th."""
    from newsdesk.api import analyze
    folder = shared_path("eval", "dev", "batch-c", "articles")
    pic = analyze(sorted(folder.glob("egypt-rabaa-*.txt")))
    est = {a.id: a.layers.get("date_estimate") for a in pic.articles}
    assert est["egypt-rabaa-latimes"] == "2013-08-15"
    assert est["egypt-rabaa-irishtimes"] == "2013-08-15"
    assert est["egypt-rabaa-madamasr"] == "2013-08-14"
    assert est["egypt-rabaa-ap"] is None          # dated by its own page
    dated = [e.date for e in pic.events if e.date]
    assert dated and sum(d == "2013-08-14" for d in dated) / len(dated) >= 0.6


def test_background_stated_months_before_the_report_is_dropped():
    from newsdesk.across.story_dates import drop_history
    text = ("Police in Port Ellis arrested two contractors on Tuesday over the collapse of the "
            "river wall. The city has been on edge since gunmen attacked the harbour market on "
            "January 7, 2021, killing 20 people.")
    art = _art("h", text, published="2021-04-22")
    before = [m.type for m in art.mentions]
    assert "ASSAULT" in before and "COERCE" in before
    assert drop_history([art]) >= 1
    assert [m.type for m in art.mentions] == ["COERCE"]
    undated = _art("u", text)                     # no day to measure against: nothing dropped
    assert drop_history([undated]) == 0


def _mention(aid: str, kind: str, recipient: str, *texts: str):
    from newsdesk.model import EventMention, Span
    spans = [Span(aid, i * 200, i * 200 + len(t), t) for i, t in enumerate(texts)]
    return EventMention(aid, kind, spans[0], recipient=recipient, extra_spans=spans[1:])


def test_recalled_attacks_are_background_not_events():
    from newsdesk.across.story_dates import background, drop_history
    anchor = date(2021, 3, 10)
    assert background("Early last month, a fire at a warehouse in the port killed nine workers.", anchor, 2021)
    assert background("Militants killed 17 people in January in attacks on a newspaper.", anchor, 2021)
    assert background("He was attacked in 2019, the day after a follower killed a soldier.", None, 2021)
    assert background("She lost her son in the Dec. 2012 school shooting.", None, 2014)
    assert not background("Gunmen killed three guards at the harbour gate on Tuesday.", anchor, 2021)
    assert not background("It was the deadliest attack since 2015, killing 40 on Monday.", anchor, 2021)
    assert not background("The attack, on Monday, came a year after last year's bombing.", anchor, 2021)

    art = Article(id="a", raw="", text="", published="2021-03-10")
    live = _mention("a", "ASSAULT", "three guards", "Gunmen killed three guards on Tuesday, police said.")
    # the victim is named in a sentence about an earlier year: the mention is that old attack
    old = _mention("a", "ASSAULT", "a soldier", "Once there, he appeared in a video.",
                   "He was attacked in 2019, the day after a follower killed a soldier.")
    vow = _mention("a", "THREATEN", "followers",   # a verbal act keeps its past clause
                   "The group vowed its followers would protest until the leader, ousted last month, returns.")
    # a fronted past time dates the whole sentence, whatever the act
    charged = _mention("a", "ACCUSE", "he", "In 2019, he was charged with assaulting a guard.")
    art.mentions = [live, old, vow, charged]
    assert drop_history([art]) == 2
    assert art.mentions == [live, vow]


def test_a_recent_act_recalled_as_last_months_stays_when_the_story_reports_it_as_news():
    """A later report recalls the story's own act as background ("last month"); when another
    article of the story reports that act as news on its stated day, it stays. The same
    recollection with no such article is still dropped."""
    from newsdesk.across.story_dates import drop_history
    from newsdesk.model import Location
    recall = _mention("late", "ASSAULT", "the ferry",
                      "Investigators said that a bomb sank the ferry off Port Ellis "
                      "last month, killing all 80 people on board.")
    recall.date, recall.date_explicit = "2021-03-28", True
    late = Article(id="late", raw="", text="", published="2021-04-12")
    late.story, late.mentions = "s1", [recall]
    news = _mention("first", "ASSAULT", "the ferry", "A ferry sank off Port Ellis on Sunday.")
    news.date, news.date_explicit = "2021-03-28", True
    first = Article(id="first", raw="", text="", published="2021-03-29")
    first.story, first.mentions = "s1", [news]
    for m in (recall, news):
        m.location = Location(name="Port Ellis", country="PE")
    assert drop_history([late, first]) == 0 and late.mentions == [recall]
    alone = Article(id="late", raw="", text="", published="2021-04-12")
    alone.story, alone.mentions = "s2", [recall]
    assert drop_history([alone]) == 1 and alone.mentions == []


def test_a_recent_day_lent_to_a_sentence_set_years_back_is_no_news_day():
    """The news-day exemption for recent stated days does not cover a sentence that puts its
    own act years before the report (the day came from another clause)."""
    from datetime import date
    from newsdesk.across.story_dates import _years_back
    day = date(2021, 3, 10)
    assert _years_back("The fertiliser had been seized years earlier and kept in a shed.", day)
    assert _years_back("The cargo was impounded in 2016 and never moved.", day)
    assert not _years_back("Police seized the cargo on Tuesday, the ministry said.", day)
    assert not _years_back("The plan was drawn up in 2021 after the floods.", day)
