"""Attack words that are only an aside of another act (extract/ev_group_asides.py and the
anchors and war totals of ev_group_tellings.py): a condemnation, a reaction, a denial, a
denied or questioned role, an incitement, a class of acts, a force committed, a forecast,
the time or scene of something else, a war's running toll and an earlier year's deal do
not join the attack's (or today's) record; a telling with its own toll or attacker still
does. (Sentences invented; places fictional or real.)"""
from __future__ import annotations

from types import SimpleNamespace

from newsdesk.extract.events import Cand, events_step
from newsdesk.extract.ev_group_asides import drop_asides
from newsdesk.extract.plover import Trigger
from newsdesk.model import Article
from newsdesk.nlp import sentences_step
from tests.conftest import assault_mentions


def attacks(text: str, published: str = "2027-10-25"):
    return assault_mentions(text, published)


def texts(m) -> list[str]:
    return [m.span.text, *[s.text for s in m.extra_spans]]


def told(ms, start: str) -> bool:
    return any(t.startswith(start) for m in ms for t in texts(m))


def test_a_condemnation_of_the_strikes_tells_no_strike():
    ms = attacks("Norland condemned the Ostra-led air strikes on its border towns, state media said. "
                 "Warplanes bombed a fuel depot in Velmar on Tuesday, killing five guards.")
    assert not told(ms, "Norland condemned")
    assert told(ms, "Warplanes bombed")


def test_an_attack_called_a_hoax_tells_no_attack():
    ms = attacks("Gas shells killed 30 people in Velmar on Saturday, medics said. "
                 "The supposed gas attack in Velmar was a hoax put on for cameras, the ministry said.")
    assert told(ms, "Gas shells") and not told(ms, "The supposed gas attack")


def test_incitement_to_violence_is_no_act():
    ms = attacks("Police fired on protesters in Ostra on Monday, killing two. In a speech, the general "
                 "accused rival parties of incitement to violence.")
    assert not told(ms, "In a speech")


def test_a_class_of_attacks_is_no_telling():
    ms = attacks("A gunman killed 12 people at a school in Velmar on Monday. The group has praised "
                 "attacks that were carried out in its name before. Such attacks have grown common "
                 "in towns near the border.")
    assert len(ms) == 1 and texts(ms[0]) == [ms[0].span.text]


def test_a_force_committed_is_no_strike():
    ms = attacks("Ostra launched air strikes on rebel bases in Norland on Thursday. Officials said Ostra "
                 "has committed 90 warplanes to the campaign. At least 11 civilians were killed in Ostran "
                 "air strikes in the capital Velmar, a rescue official said.")
    assert len(ms) == 1 and not told(ms, "Officials said Ostra")


def test_an_act_named_as_the_time_or_scene_of_another_thing_is_no_telling():
    ms = attacks("A gunman killed nine people at a mall in Velmar on Sunday. The mayor spoke to reporters "
                 "after the shooting. Investigators returned to the scene of the Velmar attack on Tuesday. "
                 "In the tense aftermath of the suspected attack, the city closed its parks.")
    assert len(ms) == 1 and len(texts(ms[0])) == 1


def test_a_campaign_launched_in_the_perfect_is_todays_act():
    ms = attacks("Ostra has launched air strikes on rebel bases in Norland.")
    assert len(ms) == 1


def test_an_earlier_years_deal_does_not_join_todays_vow():
    text = ("General Dorn dissolved the government on Monday. Even so, he vowed to go ahead with "
            "elections set for July 2029. In holding Morel, the army broke a pact it signed in 2026, "
            "after the fall of Vask, when it agreed to share power with civilians until the country's "
            "first free vote in years could take place.")
    art = events_step(sentences_step(Article(id="t", raw=text, text=text, published="2027-10-25")))
    vows = [m for m in art.mentions if m.type == "AGREE"]
    assert vows and all(not m.extra_spans for m in vows)


def test_a_death_word_in_a_forecast_is_no_toll():
    said = "A spokeswoman warned that more raids on Norland could deepen the crisis and kill any hope of talks."
    told_death = "The spokeswoman said the raids had killed four guards."
    art = SimpleNamespace(sentences=[SimpleNamespace(text=said), SimpleNamespace(text=told_death)])
    cands = [Cand("ASSAULT", i, 0, 0, triggers=[Trigger(t.index(w), t.index(w) + len(w), "ASSAULT", None, "toll", w)])
             for i, (t, w) in enumerate(((said, "kill"), (told_death, "killed")))]
    assert [c.sent for c in drop_asides(art, cands)] == [1]


def test_a_reaction_or_a_denied_role_names_the_attack_without_telling_it():
    ms = attacks("Gunmen attacked two oil plants in Dorn province on Saturday, killing three guards. "
                 "Ostra denied on Sunday any role in the raids on the plants. The premier said he was "
                 "shocked by the terrorist attack in Dorn. There is no evidence that Ostra was behind the "
                 "attacks, the minister said. The cell responsible for the attack was set up in 2020.")
    assert ms and all(texts(m) == [m.span.text] and m.span.text.startswith("Gunmen") for m in ms)


def test_an_attacker_behind_the_blasts_still_tells_the_attack():
    ms = attacks("Bombs killed 20 people at two stations in Velmar on Monday. It is thought that there "
                 "were two attackers behind the two blasts.")
    assert told(ms, "It is thought")


def test_a_wars_running_toll_over_years_is_no_toll_of_the_day():
    ms = attacks("Rebel drones set fire to an oil plant in Dorn on Saturday, the rebels said. Some "
                 "50,000 people have been killed in the conflict over the last six years, a monitor says.")
    assert all(m.dead is None for m in ms)


def test_a_habit_of_the_attackers_is_no_telling_of_the_attack():
    ms = attacks("A car bomb killed 14 people at a market in Velmar on Friday, police said. "
                 "The Red Hand group is known to bomb markets and bus stations in the north. "
                 "The movement stages regular attacks on army posts across the province. "
                 "Rebels have attacked oil pipelines near the town in the past.")
    assert len(ms) == 1 and len(texts(ms[0])) == 1
    assert not told(ms, "The Red Hand") and not told(ms, "Rebels have")


def test_a_telling_with_its_own_toll_is_kept_beside_a_habit_word():
    ms = attacks("A car bomb killed 14 people at a market in Velmar on Friday, police said. "
                 "Another 30 were wounded in the attack, often the worst the town has seen.")
    assert told(ms, "Another 30")
