"""Acts of one article that names alone would join or split (extract/ev_group_tellings.py):
two countries' acts in one sentence stay two, a war's running toll is no act, a resumed
attack told twice is one, and a bare death goes to the act whose thing it names."""
from __future__ import annotations

from newsdesk.extract.events import events_step
from newsdesk.model import Article
from newsdesk.nlp import sentences_step
from tests.conftest import assault_mentions


def _mentions(text: str, published: str):
    return events_step(sentences_step(Article(id="t", raw=text, text=text, published=published))).mentions


def attacks(text: str, published: str = "2016-12-19"):
    return assault_mentions(text, published)


def texts(m) -> list[str]:
    return [m.span.text, *[s.text for s in m.extra_spans]]


def test_two_acts_in_two_countries_in_one_sentence_stay_apart():
    ms = attacks("It came on the same day that a diplomat was shot dead in Ankara, and two "
                 "people were shot and wounded outside a mosque in the Swiss city of Zurich.")
    assert len(ms) == 2
    assert [m.injured.low if m.injured else None for m in ms] == [None, 2]
    assert [m.location.country if m.location else None for m in ms] == ["TR", "CH"]


def test_two_acts_in_one_country_in_one_sentence_stay_one():
    ms = attacks("Gunmen opened fire on a bus in Ankara, and two passengers were shot "
                 "and wounded in the Turkish capital.")
    assert len(ms) == 1


def test_the_running_toll_of_a_war_is_no_act_of_the_day():
    ms = attacks("At least 15 people were killed when shells hit a school in Beit Hanoun on "
                 "Thursday. Hundreds had sought shelter there. "
                 "Some 780 Palestinians have now been killed in the fighting.", "2014-07-24")
    assert len(ms) == 1 and ms[0].dead.low == 15
    assert not any("780" in t for t in texts(ms[0]))


def test_a_civil_war_total_does_not_lend_its_figure():
    ms = attacks("Activists said rebel-held districts of Aleppo were shelled on Wednesday. "
                 "Nearly half a million killed, and Syria civil war isn't over", "2016-12-14")
    assert all(m.dead is None for m in ms)


def test_a_resumed_attack_told_twice_is_one_act():
    ms = attacks("BEIRUT — A cease-fire deal between rebels and the government in the city of "
                 "Aleppo collapsed on Wednesday, with fighter jets resuming deadly air raids over "
                 "the eastern districts. The evacuation was supposed to begin at dawn but buses "
                 "returned to their depots empty. They said aircraft resumed bombing shortly "
                 "after noon. A monitoring group reported at least six people had been killed.",
                 "2016-12-14")
    assert len(ms) == 1 and ms[0].dead.low == 6


def test_a_bare_death_joins_the_act_whose_thing_it_names():
    ms = attacks("Twelve people were killed and 45 injured on Monday when a truck ploughed into "
                 "a crowded market in Berlin. It came on the day three people were shot and "
                 "wounded in Zurich. A second person was found dead in the cab of the truck, "
                 "police said.")
    truck = [m for m in ms if "truck ploughed" in m.span.text]
    assert len(truck) == 1 and any("second person" in t for t in texts(truck[0]))


def test_a_comparison_with_a_civil_war_keeps_the_toll():
    ms = attacks("At least 138 people were killed in blasts that rocked three churches in Sri "
                 "Lanka on Sunday, in the worst bout of violence in the country since its "
                 "civil war ended a decade ago.", "2019-04-21")
    assert ms and ms[0].dead.low == 138


def test_a_day_s_toll_told_beside_the_civil_war_is_kept():
    ms = attacks("Five people were killed in clashes in Aleppo on Monday as the civil war "
                 "entered its sixth year.", "2016-03-14")
    assert ms and ms[0].dead.low == 5


def test_a_backdrop_of_earlier_attacks_joins_no_act():
    ms = attacks("ISTANBUL — Three attackers detonated explosives at the airport on Tuesday, "
                 "killing at least 28 people. Turkey remains on high alert after a series of "
                 "attacks on its soil blamed on militants. The country has been the target of "
                 "multiple attacks by militants in recent months.", "2016-06-29")
    assert len(ms) == 1
    assert not any("series of" in t or "multiple attacks" in t for t in texts(ms[0]))


def test_a_series_of_blasts_of_the_day_is_still_the_act():
    ms = attacks("A series of blasts hit churches and hotels in Colombo on Sunday, killing "
                 "at least 138 people.", "2019-04-21")
    assert len(ms) == 1 and ms[0].dead.low == 138


def test_weeks_of_protests_before_a_coup_join_no_act():
    ms = [m for m in _mentions("Thousands marched through the capital on Wednesday after a general "
                               "announced the takeover. This followed weeks of protests against "
                               "the president's bid for a third term.", "2015-05-14")
          if m.type == "PROTEST"]
    assert not any("weeks of protests" in t for m in ms for t in texts(m))
