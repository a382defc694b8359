"""Rules from reading unseen coverage (Multi-News validation clusters), checked on short texts
of our own: captions, background told with a past time, running tolls, names that contain
trigger words, weapons tests, "seeking", pleas, withdrawn statements and injured counts."""
from __future__ import annotations

from datetime import date

from newsdesk.extract import ev_filter as F
from newsdesk.extract.counts import casualties
from newsdesk.extract.events import events_step
from newsdesk.extract.plover import find_triggers, retype
from newsdesk.model import Article
from newsdesk.nlp import sentences_step


def code(text: str, published: str | None = "2026-04-22") -> list:
    art = Article(id="t", raw=text, text=text, published=published)
    return events_step(sentences_step(art)).mentions


def types(text: str) -> list[str]:
    return [t.type for t in retype(text, find_triggers(text))]


def test_photo_captions_and_credits_are_no_evidence():
    for line in ("In this May 3, 2026 photo, a woman is consoled after a shooting in Varn.",
                 "This photo released by the state news agency shows rescue teams after an explosion.",
                 "Image copyright AFP Image caption Police sealed off the street",
                 "Soldiers fired on protesters in the square [Reuters]",
                 "Mourners gather outside the church (AP Photo/Jo Lind)"):
        assert F.caption(line), line
    assert not F.caption("Police said this was the worst attack on the town in years.")
    text = ("Gunmen killed four people in Varn on Sunday, police said. "
            "In this April 19, 2026 photo, police tape marks the scene of the shooting in Varn.")
    [m] = [m for m in code(text) if m.type == "ASSAULT"]
    assert not m.extra_spans         # the caption is not a second source


def test_background_with_a_past_time_is_not_a_live_event():
    day = date(2026, 4, 22)
    assert F.past_time("Militants killed 17 people in January in attacks on a newspaper.", day)
    assert F.past_time("In 2019, he was charged with assault.", day)
    assert F.past_time("Police arrested him on March 2.", day)
    assert not F.past_time("Police arrested him on April 19.", day)
    assert not F.past_time("The attack in April killed three.", day)
    assert not F.past_time("Officials may announce new measures.", day)     # the modal
    text = ("Police arrested a man in Varn on Sunday. "
            "The army deployed troops after militants killed 17 people in January in attacks on a newspaper.")
    assert [m.type for m in code(text)] == ["COERCE"]


def test_past_year_counts_without_a_publication_date():
    # scraped text with no date: the anchor comes from a date line in the opening
    text = ("VARN, April 20, 2026 - Police arrested a man after a shooting on Sunday. "
            "In 2019, he was charged with two counts of assault.")
    assert "ACCUSE" not in [m.type for m in code(text, None)]


def test_a_running_toll_is_no_event_figure():
    assert F.cumulative("Activists say 9,000 people have been killed since the government launched its crackdown.")
    assert F.cumulative("More than 300 have died since March.")
    assert not F.cumulative("At least 138 people were killed, the worst violence since the civil war ended.")
    assert not F.cumulative("Troops shelled the town on Monday, killing 40.")
    text = ("Troops shelled the town of Varn on Monday, killing 40 people. "
            "Activists say 9,000 people have been killed since the uprising began.")
    deads = [m.dead.low for m in code(text) if m.type == "ASSAULT" and m.dead]
    assert deads == [40]


def test_fighting_still_going_on_is_the_setting():
    assert F.ongoing_after("west of Varn where fighting is still going on.", len("west of Varn where fighting"))
    assert not F.ongoing_after("fighting broke out", len("fighting"))


def test_trigger_words_inside_names_state_nothing():
    text = ("Experts from the United Nations and the Organisation of Islamic Cooperation "
            "are taking part in a mission to Varn.")
    assert "COOPERATE" not in [m.type for m in code(text)]
    assert "COOPERATE" in [m.type for m in code("The Varn army and the Oster navy held joint exercises off the coast.")]


def test_weapons_tests_are_mobilize():
    assert types("North Korea conducted its sixth nuclear test on Sunday.") == ["MOBILIZE"]
    assert types("Pyongyang test-fired a ballistic missile over the sea.") == ["MOBILIZE"]
    assert types("The detonation of a hydrogen bomb had an estimated yield of 250 kilotons.") == ["MOBILIZE"]
    assert "ASSAULT" not in types("The regime threatened to sink the islands with a nuclear bomb.")
    assert set(types("A car bomb exploded near the market.")) == {"ASSAULT"}


def test_seeking_pleading_and_withdrawing_words():
    assert not types("Police are seeking one more suspect seen in the video.")
    assert not types("The search is seeking to determine whether he had accomplices.")
    assert types("The government sought help from its neighbours.") == ["REQUEST"]
    assert "REQUEST" not in types("The man pleaded not guilty on Friday.")
    assert not types("The president has withdrawn an earlier statement about the ship.")
    assert types("Troops withdrew from the town.") == ["RETREAT"]
    assert not types("He pulled out what appeared to be a gun from a backpack.")
    assert not types("Houses collapsed along the 400 block of Daly Street.")
    assert types("Protesters blocked the main road.") == ["PROTEST"]


def test_injured_counts_from_stabbings_and_shootings():
    def inj(s):
        c = casualties(s)["injured"]
        return c and (c.low, c.high)
    assert inj("Three people were stabbed during a brawl at the park.") == (3, 3)
    assert inj("Two officers were shot and wounded.") == (2, 2)
    assert inj("The fight left three people stabbed.") == (3, 3)
    assert inj("The attack wounded 12 others, police said.") == (12, 12)
    assert inj("Three men stabbed the teenager.") is None         # the attackers, no toll
    assert casualties("Two men were stabbed to death.")["dead"].low == 2


def test_accidents_and_natural_hazards_are_no_assault():
    assert not code("The storm killed 24 people and injured hundreds more in Varn.")
    assert not code("Blinding snow is blamed for a pileup near Varn that killed two people.")
    assert not code("Eight people were injured when a natural gas explosion tore through a row house.")
    assert [m.type for m in code("Gunmen killed two people near the crash site in Varn.")] == ["ASSAULT"]
    assert not code("Varn's mayor, a wounded army veteran, said the town would rebuild.")


def test_demands_talked_about_and_plans_calling_for_are_no_requests():
    assert not [m for m in code('"We have 14 demands," a student said. The demands include a new program.')
                if m.type == "REQUEST"]
    assert [m.type for m in code("Protesters demanded the release of detainees in Varn.")] == ["REQUEST"]
    assert not types("The forecast calls for seven inches of snow.")
    assert not types("More than 350 flights were called off at the airport.")
    assert types("The union called off its strike.") == ["CONCEDE"]
    assert not types("She used the holiday to take a shot at the president.")
    assert not types("Preparations for chemical attacks are constant at the base.")


def test_charges_walkouts_trade_bans_and_habits():
    from newsdesk.extract.events import sentence_events
    got = [c.type for c in sentence_events(
        "The envoy stormed out of the session, accusing countries of inciting hatred and providing arms.")]
    assert got == ["ACCUSE"]
    assert [c.type for c in sentence_events("Rights groups condemned the arrest of the journalists.")] == \
        ["ACCUSE", "COERCE"]
    assert types("The measures include a ban on textile imports from the North.") == ["SANCTION"]
    assert types("The government banned the opposition party.") == ["COERCE"]
    assert F.HABITUAL.search("The lawmaker, who has visited the country 32 times, said talks were possible.")


def test_hazard_stories_and_remembered_events():
    text = ("A winter storm dumped a foot of snow on Varn on Thursday. Icy roads closed schools. "
            "There were at least two deaths in Varn and one in Oster.")
    assert not code(text)
    assert F.remembered("They were going to mark the 70th anniversary of the massacre of officers at Katyn.",
                        len("They were going to mark the 70th anniversary of the "))
    text = ("The storm hit Varn on Monday. Gunmen later attacked a shelter in Varn, killing two people.")
    assert "ASSAULT" in [m.type for m in code(text)]


def test_agentless_blame_and_spells_of_the_past():
    from newsdesk.extract.plover import Trigger
    text = "Forty people were killed in the attacks, most of which were being blamed on suicide bombers."
    i = text.index("blamed")
    assert F.agentless_blame(text, Trigger(i, i + 6, "ACCUSE", None, "verb", "blamed"))
    text = "The attack was blamed on the group by the interior minister."
    i = text.index("blamed")
    assert not F.agentless_blame(text, Trigger(i, i + 6, "ACCUSE", None, "verb", "blamed"))
    text = "Rebels said they were in control after days of bloody fighting."
    assert F.remembered(text, text.index("fighting"))
    assert "PROTEST" not in types("The minister resigned in protest at the crackdown.")


def test_a_forecast_of_violence_is_no_event():
    from newsdesk.extract import ev_light as L
    for text, want in (("Violence and looting could continue for several days, it warned.", True),
                       ("Fighting may resume on Monday.", True),
                       ("Violence erupted in the capital.", False)):
        [tr] = find_triggers(text)
        assert L.context_drop(text, tr) is want, text


def test_hurt_people_state_an_injured_toll():
    assert [(t.type, t.kind) for t in find_triggers("Fourteen others were hurt.")] == [("ASSAULT", "toll")]
    assert not find_triggers("The sanctions hurt the economy.")
    text = "Gunmen attacked a police post in Varn on Sunday. Fourteen others were hurt, police said."
    [m] = [m for m in code(text) if m.type == "ASSAULT"]
    assert m.injured is not None and m.injured.low == 14
