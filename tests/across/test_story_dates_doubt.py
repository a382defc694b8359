"""Page dates the rest of a story contradicts, and background decided on an inferred year
(across/story_dates_doubt.py through story_dates), on a story we wrote: a page carrying the
day it was viewed ("Tuesday 17 August 2021") over a report of a 2016 flood."""
from __future__ import annotations

from datetime import date

from newsdesk.across.story_dates import date_stories, drop_history
from newsdesk.across.story_dates_doubt import (doubted_anchors, stated_years, weak_history,
                                               without_old_sentences)
from newsdesk.extract.events import events_step
from newsdesk.model import Article, EventMention
from newsdesk.nlp import sentences_step

VIEWED = ("Flood water broke through the river wall of Port Ellis, forcing 3,000 people from "
          "their homes, the regional governor said. Police arrested two contractors who built "
          "the wall.")
AHEAD = ("Rescue teams on Thursday searched the harbour district of Port Ellis, a day after "
         "the river wall broke on Wednesday. The flood comes at a delicate time for the governor, "
         "who is running for a second term in 2017.")
NO_YEAR = ("Police on Thursday arrested two contractors who built the river wall of Port Ellis, "
           "a day after it broke on Wednesday.")


def _art(aid: str, text: str, published: str | None = None) -> Article:
    art = events_step(sentences_step(Article(id=aid, raw=text, text=text, published=published)))
    art.story = "s1"
    return art


def test_viewed_page_date_is_doubted():
    page, other = _art("page", VIEWED, "2021-08-17"), _art("other", AHEAD)
    own = {"page": date(2021, 8, 17), "other": None}
    assert doubted_anchors([page, other], own) == {"page"}
    date_stories([page, other])
    # the page's date is not the story's: nothing is estimated from it, no act keeps 2021
    assert page.layers["own_anchor"] is None and "date_estimate" not in other.layers
    assert not any((m.date or "").startswith("2021") for m in page.mentions)


def test_page_date_kept_without_contrary_evidence():
    page, other = _art("page", VIEWED, "2021-08-17"), _art("other", NO_YEAR)
    assert doubted_anchors([page, other], {"page": date(2021, 8, 17), "other": None}) == set()
    date_stories([page, other])
    assert other.layers["date_estimate"].startswith("2021-08")


def test_inferred_year_alone_is_no_background():
    art = _art("est", NO_YEAR)
    art.layers.update(own_anchor=None, date_estimate="2021-08-17")
    m = EventMention(article="est", type="ASSAULT", span=art.span(0, len(NO_YEAR)),
                     date="2020-12-25", date_explicit=True)
    assert weak_history(art, m, date(2021, 8, 17), 30)
    art.layers["own_anchor"] = "2021-08-17"          # a date of its own: the old rule holds
    assert not weak_history(art, m, date(2021, 8, 17), 30)


def test_recalled_sentence_leaves_the_act():
    text = ("A van hit the crowd at the Port Ellis market late Monday, killing 12 people. "
            "The scenes revived memories of the July 14 truck assault in Norton, where 30 died.")
    art = Article(id="a", raw=text, text=text, published="2021-12-21")
    art = sentences_step(art)
    s0, s1 = art.sentences[0], art.sentences[1]
    m = EventMention(article="a", type="ASSAULT", span=art.span(s0.start, s0.end),
                     extra_spans=[art.span(s1.start, s1.end)], date="2021-07-14", date_explicit=True)
    kept = without_old_sentences(art, m, date(2021, 12, 21), 30)
    assert kept is not None and kept.extra_spans == [] and kept.date == "2021-12-20"
    art.mentions = [m]
    drop_history([art])
    assert len(art.mentions) == 1 and art.mentions[0].date == "2021-12-20"


STATED = ("Rescue teams searched the harbour district of Port Ellis after the river wall broke "
          "on March 3, 2016, the regional governor said.")
OLD_FILE = ("FILE PHOTO: The governor of Port Ellis speaks at the harbour in Valmora on March 3, "
            "2016.\n\nRescue teams searched the harbour district of Port Ellis, the governor said.")


def test_full_days_the_coverage_states_bound_a_viewed_page_date():
    # the other outlet states the flood's full day in 2016; the page, naming no year, says 2021
    page, other = _art("page", VIEWED, "2021-08-17"), _art("other", STATED)
    assert stated_years(other) == [2016]
    assert doubted_anchors([page, other], {"page": date(2021, 8, 17), "other": None}) == {"page"}
    # a day within two years of the page's is no contradiction
    assert doubted_anchors([page, other], {"page": date(2017, 8, 17), "other": None}) == set()


def test_a_file_photo_day_bounds_nothing():
    page, other = _art("page", VIEWED, "2021-08-17"), _art("other", OLD_FILE)
    assert stated_years(other) == []
    assert doubted_anchors([page, other], {"page": date(2021, 8, 17), "other": None}) == set()


def test_a_big_story_reads_each_text_once(monkeypatch):
    """Every article is weighed against all the others; each text's years are read once per
    story (reading them per pair made a 128-article story take minutes in the store)."""
    import newsdesk.across.story_dates_doubt as doubt
    reads: dict[str, int] = {}
    real = doubt.stated_years

    def counted(art):
        reads[art.id] = reads.get(art.id, 0) + 1
        return real(art)

    monkeypatch.setattr(doubt, "stated_years", counted)
    arts = [_art(f"a{i}", NO_YEAR, "2021-08-17") for i in range(30)] + [_art("old", AHEAD)]
    date_stories(arts)
    assert reads and max(reads.values()) == 1
