"""Toll disputes count one group of dead once (across/disputes.py count detector,
across/dispute_twins.py, across/figures.counted_kinds, across/dispute_holders.py): figures
of different groups (victims, attackers) dispute nothing; one toll split over two records
is one dispute; the holder of a fronted "…, said the chief, Name" is that name."""
from __future__ import annotations

from newsdesk.across.dispute_holders import holder
from newsdesk.across.disputes import find_disputes
from newsdesk.across.figures import counted_kinds
from newsdesk.extract.resolver import Resolver
from newsdesk.model import Article, Count, Event, EventMention, Location, Picture
from newsdesk.nlp import sentences_step


def _story(texts: dict[str, str]) -> list[Article]:
    return [sentences_step(Article(id=k, raw=t, text=t, story="s")) for k, t in texts.items()]


def _mention(art: Article, sentence: str, dead: int) -> EventMention:
    start = art.text.index(sentence)
    return EventMention(art.id, "ASSAULT", art.span(start, start + len(sentence)), dead=Count(dead, dead))


def _tolls(arts: list[Article], events: list[Event]) -> list:
    pic = Picture(articles=arts, events=events)
    find_disputes(arts, pic)
    return [d for d in pic.disputes if d.kind == "count"]


def test_the_holder_of_a_fronted_saying_verb_is_the_named_role():
    text = "At least two gunmen and one guard were killed, said the city's police chief, Tomas Vell."
    assert holder(text, Resolver(text)) == "Tomas Vell"
    text = "The fire was put out by noon, said the police."
    assert holder(text, Resolver(text)) == "the police"


def test_figures_of_attackers_and_of_victims_count_different_groups():
    assert counted_kinds("Officials said 40 people died in the raid on the market.") == {"others"}
    assert counted_kinds("Police said six gunmen were also killed in the raid.") == {"attackers"}
    assert counted_kinds("Two gunmen and one guard were killed in the raid.") == {"attackers", "others"}


def test_victims_and_attackers_side_by_side_are_no_dispute():
    victims = ("Officials said 40 people were killed in the raid on the market. "
               "Police said six gunmen were also killed in the raid on the market.")
    assert not _tolls(_story({"a": victims}), [])
    rival = ("Officials said 40 people were killed in the raid on the market. "
             "Police said 55 people were killed in the raid on the market.")
    assert len(_tolls(_story({"a": rival}), [])) == 1     # one group, two figures: a dispute


def test_one_toll_split_over_two_records_is_one_dispute():
    texts = {"a": "Gunmen killed 60 people across Tessa on Monday.",
             "b": "Troops ended the siege of the Tessa hotel; the attacks killed 75 people.",
             "c": "Commandos stormed the Tessa hotel on Wednesday; the attacks killed 60 people.",
             "d": "Gunmen attacked hotels in Tessa on Monday, killing 90 people."}
    arts = _story(texts)
    by = {a.id: a for a in arts}
    tessa = Location("Tessa", "NO")
    attack = Event("e1", "ASSAULT", [_mention(by["a"], texts["a"], 60), _mention(by["b"], texts["b"], 75)],
                   location=tessa)
    siege = Event("e2", "ASSAULT", [_mention(by["c"], texts["c"], 60), _mention(by["d"], texts["d"], 90)],
                  location=tessa)
    tolls = _tolls(arts, [attack, siege])
    assert len(tolls) == 1
    assert sorted(c.article for c in tolls[0].claims) == ["a", "b", "c", "d"]     # each article once


def test_the_sites_of_one_attack_keep_their_own_toll_disputes():
    site = {"a": "The airport bomb killed 11 people.", "b": "The airport bomb killed 14 people.",
            "c": "The metro bomb killed 20 people.", "d": "The metro bomb killed 15 people."}
    arts = _story({k: f"Two bombs killed 34 people in Tessa on Monday. {t}" for k, t in site.items()})
    by = {a.id: a for a in arts}
    tessa = Location("Tessa", "NO")
    airport = Event("e1", "ASSAULT", [_mention(by[k], site[k], n) for k, n in (("a", 11), ("b", 14))],
                    location=tessa)
    metro = Event("e2", "ASSAULT", [_mention(by[k], site[k], n) for k, n in (("c", 20), ("d", 15))],
                  location=tessa)
    assert len(_tolls(arts, [airport, metro])) == 2


def test_the_toll_of_one_group_is_no_rival_figure():
    texts = {"a": "Gunmen killed 60 people across Tessa on Monday.",
             "b": "The death toll of foreigners reached 12, the embassy said, after gunmen killed people in Tessa."}
    arts = _story(texts)
    by = {a.id: a for a in arts}
    attack = Event("e1", "ASSAULT", [_mention(by["a"], texts["a"], 60), _mention(by["b"], texts["b"], 12)],
                   location=Location("Tessa", "NO"))
    assert not _tolls(arts, [attack])


def test_an_early_toll_told_as_the_count_itself_is_a_rival_figure():
    texts = {"a": "The army says the revolt has failed. The number of victims exceeds 60.",
             "b": "The night of fighting left 265 dead and 1,440 injured across Tessa.",
             "c": "The interior minister said the revolt had killed at least 265 people across Tessa."}
    tolls = _tolls(_story(texts), [])
    assert len(tolls) == 1 and {c.article for c in tolls[0].claims} == {"a", "b", "c"}
    assert "60+" in tolls[0].topic
