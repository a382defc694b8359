"""Acts of one article that names alone would join or split (extract/ev_group_tellings.py):
two countries' acts in one sentence stay two, a war's running toll is no act, a resumed
attack told twice is one, a bare death goes to the act whose thing it names, "This
attack ..." or a bare toll after the only attack told go on about that attack, and neither
the attackers' deaths, a country's record of attacks, the body counting the dead nor a place
where nothing happened sets an act's telling apart or swells its toll; an act named only as
the time of something else ("aid came in following the attack") tells no act; a toll told
rising updates the act already told, and an attack only named again ("X has launched an
attack") in an article with no placed attack is its first attack."""
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


def test_a_sentence_opening_on_the_attack_goes_on_about_it():
    ms = attacks("A suicide bomber blew himself up at the gate of a stadium in Mosul on Friday, "
                 "killing 40 people. This attack is the deadliest incident of explosive "
                 "violence AOAV has recorded in Iraq this year. "
                 "The attack by the militants has halted the matches in the whole country.",
                 "2017-03-11")
    assert len(ms) == 1 and ms[0].dead.low == 40
    assert any("deadliest incident" in t for t in texts(ms[0]))
    assert any("halted the matches" in t for t in texts(ms[0]))


def test_a_bare_toll_after_the_only_attack_is_its_toll():
    ms = attacks("Riot police began violently dispersing a camp of strikers in Valparaiso on "
                 "Tuesday morning. According to a union of nurses, a medical group taking part in "
                 "the strike, at least three people were killed and dozens more wounded from live "
                 "ammunition.", "2018-05-08")
    assert len(ms) == 1 and ms[0].dead.low == 3
    assert ms[0].location is not None and ms[0].location.country == "CL"


def test_a_bare_toll_after_two_attacks_picks_neither_by_order_alone():
    ms = attacks("Gunmen raided a police post in Kano on Tuesday. A bomb went off at a market in "
                 "Maiduguri hours later. At least three people were killed and dozens wounded.",
                 "2018-05-08")
    assert not any(m.dead and "Kano" in m.span.text for m in ms)


def test_attackers_counted_after_their_victims_leave_the_toll():
    ms = attacks("Gunmen stormed a college in Tessa on Thursday. Officials said at least 60 students "
                 "and four gunmen were killed in the attack.", "2015-04-03")
    assert len(ms) == 1 and ms[0].dead.low == 60


def test_a_country_s_record_of_attacks_joins_no_act():
    ms = attacks("Three attackers detonated their explosives at the entrance of Norland's main airport "
                 "on Tuesday, killing at least 28 people. Both separatist and jihadist militants have "
                 "carried out bomb attacks in Norland, including in its capital.", "2016-06-29")
    assert len(ms) == 1 and not any("Both separatist" in t for t in texts(ms[0]))


def test_the_body_reporting_a_toll_is_no_party_to_the_attack():
    ms = attacks("The Health Ministry announced today that no more than 40 people were killed during "
                 "the dispersal of the sit-in in Valparaiso, after the Nurses Union reported that the "
                 "death toll stands at 90. In a statement, the ministry said 90 had died. Security "
                 "forces stormed the sit-in in central Valparaiso on Monday, according to the "
                 "opposition.", "2018-05-10")
    assert len(ms) == 1 and ms[0].actor == "Security forces"


def test_a_place_where_nothing_happened_does_not_part_the_attack():
    ms = attacks("A suicide bomber blew himself up at the gate of a stadium in Mosul on Friday, killing "
                 "40 people. Officials said there was one bomber at the gate and no explosion outside "
                 "the Rashid hotel, as first reported.", "2017-03-11")
    assert len(ms) == 1 and ms[0].dead.low == 40 and len(ms[0].extra_spans) == 1


def test_a_rival_count_told_beside_the_toll_is_the_same_act():
    ms = attacks("The Health Ministry announced today that no more than 40 people were killed during "
                 "the dispersal of the sit-in in Valparaiso, after the Nurses Union reported that the "
                 "death toll stands at 90. Yesterday evening, the Nurses Union announced that the death "
                 "toll had risen to 90 after security forces broke up the sit-in in Valparaiso.",
                 "2018-05-10")
    assert len(ms) == 1 and ms[0].actor == "security forces"


def test_a_toll_told_beside_another_act_s_joins_no_act_elsewhere():
    ms = attacks("A car bomb killed 12 people in Mosul on Monday, days after a blast at a market in "
                 "Basra killed 30. Gunmen killed 30 villagers in Kirkuk on Tuesday.", "2018-05-10")
    assert [m.location.name for m in ms if m.dead and m.dead.low == 30] == ["Kirkuk"]


def test_an_act_named_only_as_the_time_of_something_else_joins_no_act():
    ms = attacks("At least 14 people were killed when a bomb exploded at a bus depot in Tessa on "
                 "Monday. Medical teams from neighbouring provinces arrived following the attack. "
                 "Tension has grown since the escalation following the March 2nd raids on "
                 "militia camps near Orvel.", "2026-03-09")
    assert len(ms) == 1 and ms[0].dead.low == 14
    assert not any("Medical teams" in t or "escalation" in t for t in texts(ms[0]))


def test_an_act_told_after_an_earlier_one_is_still_told():
    ms = attacks("Gunmen stormed a hotel in Tessa on Monday, killing two guards. Two guards were "
                 "shot dead after the gunmen opened fire in the lobby. Shots could still be heard "
                 "an hour after the assault began.", "2026-03-09")
    assert len(ms) == 1
    assert any("opened fire in the lobby" in t for t in texts(ms[0]))
    assert any("after the assault began" in t for t in texts(ms[0]))
    ms = attacks("At least 20 people died in a fire at the trade hall in Tessa on Friday. The hall "
                 "caught fire after the crowd threw petrol bombs at the building.", "2026-03-09")
    assert len(ms) == 1 and any("petrol bombs" in t for t in texts(ms[0]))


def test_the_attack_of_a_plot_told_just_before_is_not_the_act():
    ms = attacks("A drone strike killed a militia commander near the airport of Tessa on Friday. "
                 "Officials would not say how far along the plot he led had got. They said the "
                 "attack targeted the embassy and its staff.", "2026-03-09")
    assert len(ms) == 1
    assert not any("targeted the embassy" in t for t in texts(ms[0]))


def test_a_war_going_on_since_a_past_year_is_no_act_of_the_day():
    ms = attacks("Coast guard boats opened fire on two fishing boats off Tessa on Sunday, "
                 "wounding four fishermen. The incident on Sunday was the first at sea in years, "
                 "however the army has been fighting rebels in the north since early 2014.",
                 "2026-03-02")
    assert len(ms) == 1
    assert not any("since early 2014" in t for t in texts(ms[0]))


def test_a_type_of_attack_is_no_telling_of_one():
    ms = attacks("Gunmen opened fire on a bus in Ankara on Monday, wounding five passengers. "
                 "The minister set out measures to defend the city against this type of attack.",
                 "2026-03-02")
    assert len(ms) == 1
    assert not any("this type of attack" in t for t in texts(ms[0]))


def test_a_summary_line_and_the_body_tell_one_statement():
    ms = [m for m in _mentions(
        "Tessa rejects the blame for the dam collapse\n\n"
        "• Joint condemnation of Tessa issued by Norway, Sweden and Finland\n\n"
        "Tessa today rejected the blame as it faced a wall of international condemnation.",
        "2026-03-02") if m.type == "ACCUSE"]
    assert len(ms) == 1 and len(texts(ms[0])) == 2


def test_an_attack_named_only_as_the_topic_of_a_claim_joins_no_record():
    ms = attacks("At least 30 people were killed in a gas attack on the village of Kafr Tal on "
                 "Tuesday, medics said. The ministry called the allegations of a gas attack a "
                 "hoax. Officials said the rival power bears \"full responsibility\" for the "
                 "alleged attacks. Ministers rushed to blame the rebels over the attacks.",
                 published="2018-04-10")
    assert len(ms) == 1
    assert texts(ms[0]) == [ms[0].span.text]
    assert "hoax" not in " ".join(texts(ms[0]))


def test_an_attack_dated_a_year_back_is_no_telling_of_the_days_act():
    ms = attacks("At least 30 people were killed in a gas attack on the village of Kafr Tal on "
                 "Tuesday, medics said. The president ordered a missile attack on the air base "
                 "following the gas attack on Khan Tal a year ago.", published="2018-04-10")
    assert len(ms) == 1
    assert len(texts(ms[0])) == 1


def test_a_claim_of_responsibility_still_tells_the_attack():
    ms = attacks("At least 30 people were killed in a bomb attack on a market in Garissa on "
                 "Tuesday, officials said. The militants claimed responsibility for the attack "
                 "on the market.", published="2018-04-10")
    assert len(ms) == 1
    assert len(texts(ms[0])) == 2


def test_a_toll_told_rising_updates_the_act_already_told():
    ms = attacks("Mourners in Multan spent Tuesday burying relatives as the count of victims from "
                 "Monday's truck bomb at the central bus station kept climbing, with hundreds "
                 "wounded. Bus station attack: Death toll rises to 41, curfew extended.",
                 "2016-03-29")
    assert len(ms) == 1 and ms[0].dead.low == 41 and ms[0].injured is not None


def test_a_rising_toll_of_an_act_elsewhere_or_another_act_stays_apart():
    ms = attacks("A car bomb struck a market in Multan on Monday, wounding dozens. In Quetta, the "
                 "death toll from a mosque bombing last week rose to 12, officials said.", "2016-03-29")
    assert len(ms) == 2 and not any(m.dead and m.injured for m in ms)
    ms = attacks("A car bomb struck a market in Multan on Monday, wounding dozens. The toll from "
                 "another bombing rose to 12, officials said.", "2016-03-29")
    assert len(ms) == 2


def test_an_attack_named_again_in_a_quote_is_the_headline_attack():
    ms = attacks("Friday's rocket attacks hit the refinery and a pipeline terminal. Late on Friday, "
                 "the energy minister pointed at Syria:\n\n\u201cWhatever it says about calm, Syria "
                 "has now launched a reckless attack on the region's oil trade.", "2019-03-02")
    assert len(ms) == 1 and any("reckless" in t for t in texts(ms[0]))


def test_an_attack_told_by_a_verb_or_separately_stays_its_own():
    for second in ("Rebels ambushed an army convoy on the same day.",
                   "Separately, an attack on an army convoy was reported."):
        ms = attacks("Rocket attacks hit the refinery on Friday. " + second, "2019-03-02")
        assert len(ms) == 2, second
