"""Event places that may or may not be one event's place, and trigger words that name no
attack, checked on short texts of our own: two states of one country are two places (a
city stays with its own state), a district or landmark of the story's city does not jump to
a far homonym, and a video's genre or a group's name is no ASSAULT."""
from __future__ import annotations

from newsdesk.extract.ev_context import Places
from newsdesk.extract.events import events_step
from newsdesk.extract.geo import ArticleGeo
from newsdesk.model import Article
from newsdesk.nlp import sentences_step


def code(text: str) -> list:
    art = Article(id="t", raw=text, text=text, published="2026-03-02")
    return events_step(sentences_step(art)).mentions


def test_two_states_of_one_country_are_not_one_place():
    p = Places(["Iowa", "Nebraska", "Des Moines", "Omaha", "United States"], None,
               "A storm hit Iowa and Nebraska. Des Moines and Omaha closed schools.")
    assert not p.compatible({"Iowa"}, {"Nebraska"})
    assert p.compatible({"Iowa"}, {"Iowa"})
    assert p.compatible({"Des Moines"}, {"Iowa"})          # a city with its own state
    assert p.compatible({"Omaha"}, {"Nebraska"})
    assert p.compatible({"Iowa"}, {"United States"})       # a state inside its country


def test_same_act_in_two_states_is_two_events():
    text = ("Gunmen attacked a police station in Iowa on Monday. "
            "Gunmen also attacked a police post in Nebraska, officials said.")
    places = [m.location.name for m in code(text) if m.type == "ASSAULT"]
    assert places == ["Iowa", "Nebraska"]


CHICAGO = ("CHICAGO - A girl was shot dead on the South Side of Chicago on Wednesday night. "
           "The shooting happened in the Grand Central police district, police said. "
           "A wounded man was taken to a hospital in Maywood. "
           "Shootings are down in the West Side districts this year.")


def test_a_district_of_the_story_city_stays_there():
    g = ArticleGeo(names=["Chicago", "South Side", "Grand Central", "Maywood", "West Side"],
                   dateline="CHICAGO", text=CHICAGO)
    for name in ("Grand Central", "South Side", "West Side"):
        loc = g.resolve(name)
        assert loc is not None and loc.admin1 == "Illinois", (name, loc)
    assert g.resolve("Maywood").name == "Maywood"           # a real nearby town keeps its name


def test_a_named_town_far_away_still_resolves():
    text = "CHICAGO - The suspect grew up in Little Rock, Arkansas, police in Chicago said."
    g = ArticleGeo(names=["Chicago", "Little Rock", "Arkansas"], dateline="CHICAGO", text=text)
    assert g.resolve("Little Rock").admin1 == "Arkansas"


def test_a_video_genre_or_a_craft_is_no_attack():
    for text in ("Once there, he appeared in a black mask in an extremist execution video.",
                 "He appeared in a video of the beheading of a journalist.",
                 "Police found bomb-making manuals and attack videos on his laptop."):
        assert "ASSAULT" not in [m.type for m in code(text)], text
    assert "ASSAULT" in [m.type for m in code("A suicide bomber killed 20 people at a market in Varn.")]


def test_a_group_name_with_a_violence_word_is_no_attack():
    for text in ("The Coalition to Stop Gun Violence said on Monday it would sue the state.",
                 "A spokeswoman for Moms Demand Action for Gun Sense in America said the bill would fail."):
        assert not [m for m in code(text) if m.type in ("ASSAULT", "REQUEST")], text
    # a capitalised word at the opening of a sentence is no name
    assert "ASSAULT" in [m.type for m in code("Bombings in Varn killed 20 people on Tuesday.")]
