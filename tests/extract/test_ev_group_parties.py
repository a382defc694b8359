"""Names and figures that are no party and no rival count (extract/ev_group_parties.py): a
victim figure or a weapon read as the actor, a name the article gives as the one arrested,
a toll in words ("hundreds") beside the exact toll, a ranking of the act "in the nation's
history", the wounded "in the attack", a place told again and "the people" / "the public"
all stay with the article's one act. (Sentences invented; places fictional or real.)"""
from __future__ import annotations

from newsdesk.extract.ev_group_parties import short_for
from newsdesk.extract.events import events_step
from newsdesk.model import Article
from newsdesk.nlp import sentences_step
from tests.conftest import assault_mentions


def attacks(text: str, published: str = "2027-10-25"):
    return assault_mentions(text, published)


def texts(m) -> list[str]:
    return [m.span.text, *[s.text for s in m.extra_spans]]


def mentions(text: str, typ: str):
    art = events_step(sentences_step(Article(id="t", raw=text, text=text, published="2027-10-25")))
    return [m for m in art.mentions if m.type == typ]


def test_a_victim_figure_read_as_actor_does_not_split_the_attack():
    ms = attacks("At least 60 people killed as bomb tears through market in Velmar on Monday. "
                 "The bombing was carried out in the old town during the morning trade. "
                 "Masked gunmen reportedly fired on shoppers after the blast.")
    assert len(ms) == 1 and len(texts(ms[0])) == 3


def test_warplanes_named_as_actor_do_not_split_the_strikes():
    ms = attacks("Ostra's envoy to Dorn said on Wednesday that his country and its partners launched "
                 "airstrikes on the rebels in Norland. Warplanes bombed rebel barracks in the capital "
                 "Velmar on Thursday, killing six civilians, a health official said. The warplanes also "
                 "struck a fuel depot in northern Velmar.")
    assert len(ms) == 1 and len(texts(ms[0])) == 3


def test_a_toll_in_words_joins_the_exact_toll_of_the_same_attack():
    ms = attacks("Gunmen killed 214 fans at the stadium in Velmar on Sunday, officials said. "
                 "Stadium massacre: hundreds dead, many of them young fans")
    assert len(ms) == 1 and ms[0].dead.low == 214


def test_a_toll_in_words_of_another_magnitude_stays_apart():
    ms = attacks("Gunmen killed 214 fans at the stadium in Velmar on Sunday. "
                 "Dozens dead in a separate bomb attack in Ostra")
    assert len(ms) == 2


def test_a_ranking_of_the_act_goes_on_about_the_main_attack():
    ms = attacks("A gunman who killed 31 people at a fair in Velmar had no known motive, police said. "
                 "A rebel group said it was behind what officials called the worst mass shooting in "
                 "Norland history.")
    assert len(ms) == 1


def test_the_wounded_in_the_attack_join_the_attack_not_the_reprisal():
    ms = attacks("The death toll in a gun attack on a shrine in Velmar reached 80. Troops answered with "
                 "air strikes on suspected hideouts in the hills as the death toll from the attack rose. "
                 "Another 40 people were injured in the attack on the Velmar shrine, doctors said.")
    assert len(ms) == 1 and any("Another 40" in t for t in texts(ms[0]))


def test_the_arrested_named_as_actor_does_not_split_the_arrest():
    ms = mentions("Ada Morel reportedly arrested after defying the generals. "
                  "Ms. Morel and three ministers are said to be arrested at an army base. "
                  "Security forces in Norland have arrested Ada Morel, state radio said.", "COERCE")
    assert len(ms) == 1


def test_a_place_told_again_goes_to_the_act_there_not_a_bare_mention_between():
    ms = attacks("Turkey has launched air strikes in Syria with its allies. A coalition led raid causes "
                 "heavy damage, with many dead and wounded. At least 13 civilians were killed in Turkish "
                 "air strikes in the city of Raqqa, a rescue official said. Army officers said the raids "
                 "had struck the airport and a fuel depot in Raqqa.")
    assert len(ms) == 1 and len(texts(ms[0])) == 4      # the campaign's start in the perfect too


def test_a_call_on_the_people_and_on_the_public_is_one_call():
    ms = mentions("Rebel officers seized the state broadcaster and called on the people to take to the "
                  "streets. The president was abroad. Rebel officers took over the radio building at dawn "
                  "and called on the public to take to the streets against the president.", "REQUEST")
    assert len(ms) == 1


def test_a_body_named_in_full_and_by_its_letters_is_one_party():
    assert short_for("the NCR", "National Crisis Response (NCR)")
    assert short_for("Northern Lakes Alliance", "NLA")
    assert not short_for("PM", "Prime Minister Ada Morel")
    assert not short_for("NLA", "Lakes Council")
    ms = mentions("The Western Lakes Economic Community condemned the seizure of the port. Markets "
                  "stayed shut. WLEC condemned the attempted seizure of power and urged calm.", "ACCUSE")
    assert len(ms) == 1 and len(ms[0].extra_spans) == 1


def test_forces_of_two_states_are_two_parties_of_material_acts():
    from newsdesk.extract.ev_group_parties import actor_conflict
    assert actor_conflict("Greek troops", "Albanian government forces", "ASSAULT")
    assert actor_conflict("Greece", "Albanian army", "ASSAULT")
    assert not actor_conflict("Greek troops", "Greece", "ASSAULT")         # one state, two organs
    assert not actor_conflict("Athens", "the Greek army", "ASSAULT")      # its capital for its government
    assert not actor_conflict("Greek troops", "government forces", "ASSAULT")   # an unnamed state
    assert not actor_conflict("Greek forces", "the army", "ASSAULT")
    assert not actor_conflict("Greek foreign ministry", "Albanian foreign ministry", "CONSULT")


def test_one_states_reply_to_anothers_strike_is_its_own_act():
    ms = attacks("At least 14 Greek soldiers were killed in a strike by Albanian government forces "
                 "near the border on Monday. Greece retaliated by shelling Albanian army positions. "
                 "Greek forces are firing on the posts in response, the defence ministry said.")
    strike = next(m for m in ms if "14 Greek soldiers" in m.span.text)
    assert not any("retaliated" in t or "in response" in t for t in texts(strike))
    assert any(m.actor == "Greece" for m in ms)
