"""Toll disputes lose claims that count one group of the dead against the whole, or an earlier
act's toll (across/dispute_part_whole.py); figures of one group, or wholes that differ, still
contest (sentences we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_part_whole import EARLIER, groups, trim
from newsdesk.model import Claim, Dispute, Span
from tests.conftest import story_disputes


def _dispute(*texts: str) -> Dispute:
    claims = [Claim(f"a{i}", None, Span(f"a{i}", 0, len(t), t)) for i, t in enumerate(texts)]
    return Dispute("death toll", claims, "count")


def _tolls(*texts):
    return [d for d in story_disputes(*texts) if d.kind == "count"]


def test_a_group_figure_is_a_part():
    assert groups("The raiders burned shops and killed three police officers in the north quarter.") == {"police"}
    assert groups("Troops stormed the depot and found four hostages dead.") == {"hostages"}
    assert groups("Five off-duty soldiers were among the dead at the gate.") == {"troops"}


def test_a_whole_figure_is_no_part():
    assert not groups("The toll has since climbed to 54 as rescuers kept searching the fields.")
    assert not groups("Officials said 310 had died, including at least 40 police officers.")
    assert not groups("The blast killed 12, police said.")
    assert not groups("Gunfire killed 12 as police moved in.")


def test_an_earlier_period_is_read():
    assert EARLIER.search("At least 39 people died last March when gunmen stormed a hotel in the capital.")
    assert EARLIER.search("A similar raid two years ago killed 18 villagers.")
    assert not EARLIER.search("At least 39 people died on Tuesday when gunmen stormed a hotel.")


def test_a_part_against_the_whole_is_no_dispute():
    assert trim(_dispute("The raiders burned shops and killed three police officers in the north quarter.",
                         "The toll has since climbed to 54 as rescuers kept searching the fields.")) is None


def test_one_group_against_itself_still_contests():
    d = _dispute("The army said two soldiers were killed at the checkpoint.",
                 "Rebels said nine soldiers were killed at the checkpoint.")
    assert trim(d) is d


def test_claims_left_stating_one_figure_are_no_dispute():
    assert trim(_dispute("The three-day siege of the hotel left at least 80 people dead.",
                         "Officials said the siege of the hotel killed at least 80 people.",
                         "Commandos stormed the annex and found six hostages dead.")) is None


def test_two_wholes_keep_the_dispute_without_the_part():
    d = trim(_dispute("At least 80 people were killed in the siege of the hotel.",
                      "The siege of the hotel killed 97 people, the ministry said.",
                      "Commandos stormed the annex and found six hostages dead."))
    assert d is not None and [c.article for c in d.claims] == ["a0", "a1"]


def test_an_earlier_acts_toll_joins_no_toll_dispute():
    news = "At least 31 people were killed when gunmen attacked the Ferro market in Dalvik on Sunday, police said."
    past = "At least 52 people were killed last October when gunmen attacked a shopping centre in Dalvik."
    assert not [d for d in _tolls(news, past) if any(c.span.text == past for c in d.claims)]


def test_two_outlets_tolls_of_the_news_still_contest():
    a = "At least 31 people were killed when gunmen attacked the Ferro market in Dalvik on Sunday, police said."
    b = "Gunmen who attacked the Ferro market in Dalvik on Sunday killed 48 people, the Red Cross said."
    assert [d for d in _tolls(a, b) if len({c.article for c in d.claims}) == 2]


def test_one_groups_injured_against_all_injured_is_no_dispute():
    d = _dispute("The governor said nine soldiers were wounded in the ambush on the bridge.",
                 "Meanwhile, 40 others were wounded.")
    assert trim(d, "injured") is None


def test_two_wholes_of_the_injured_still_contest():
    d = _dispute("The blast killed at least 12 people and injured 75, officials said.",
                 "Hospitals said 130 people were injured in the blast.")
    assert trim(d, "injured") is d
