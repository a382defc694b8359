"""Actors: one canonical name per entity, actor classes, roles from the parse."""
from __future__ import annotations

from newsdesk.extract import actors as A
from newsdesk.extract.events import events_step
from newsdesk.model import Article
from newsdesk.nlp import parse, sentences_step


def test_islamic_state_spellings_are_one_name():
    names = {A.canonical(n) for n in ("Isis", "ISIS", "ISIL", "Islamic State of Iraq and the Levant",
                                      "the Islamic State", "Daesh", "Islamic State of Iraq and Syria")}
    assert names == {"Islamic State"}


def test_people_are_one_name_within_and_across_articles():
    art_people: dict[str, str] = {}
    first = A.canonical("Nouri al-Maliki", art_people, is_person=True)
    assert A.canonical("Mr Maliki", art_people, is_person=True) == first
    assert A.canonical("Maliki", art_people, is_person=True) == first
    # another article, another spelling: the run-wide registry joins them
    assert A.canonical("Nuri al-Maliki", {}, is_person=True) == first
    assert A.canonical("Prime Minister Nuri al-Maliki", {}, is_person=True) == first


def test_actor_classes():
    cases = {
        "Egyptian security forces": "state forces",
        "riot police": "state forces",
        "Shiite gunmen": "rebels/militants",
        "Islamic State": "rebels/militants",
        "Sunni tribes": "militia",
        "pro-Morsi protesters": "protesters",
        "villagers": "civilians",
        "Qatar's foreign ministry": "government",
        "UN Security Council": "international organisation",
    }
    for name, cls in cases.items():
        assert A.actor_class(name) == cls, name


def test_roles_from_the_parse_active_and_passive():
    doc = parse(["Kurdish forces seized the oil-rich city of Kirkuk."])[0]
    seized = next(t for t in doc if t.text == "seized")
    actor, recip = A.roles(seized)
    assert A.phrase(actor) == "Kurdish forces"
    doc = parse(["Forty prisoners were killed by Shiite gunmen in Baqubah."])[0]
    killed = next(t for t in doc if t.text == "killed")
    actor, recip = A.roles(killed)
    assert A.phrase(actor) == "Shiite gunmen" and "prisoners" in A.phrase(recip)


def test_mentions_carry_canonical_actors_and_classes():
    text = ("Isis fighters attacked a Shiite shrine near Kirkuk on Tuesday. "
            "The Iraqi government accused Saudi Arabia of funding the Islamic State of Iraq and the Levant.")
    art = events_step(sentences_step(Article(id="x", raw=text, text=text, published="2014-06-17")))
    by_type = {m.type: m for m in art.mentions}
    assert by_type["ASSAULT"].actor_class == "rebels/militants"
    acc = by_type["ACCUSE"]
    assert acc.actor_class == "government" and acc.recipient == "Saudi Arabia"


def test_pronoun_reporter_resolves_to_the_announcing_state():
    text = "Maldives has also announced it is severing diplomatic ties with Qatar."
    art = events_step(sentences_step(Article(id="m", raw=text, text=text, published="2017-06-05")))
    m = next(m for m in art.mentions if m.type == "SANCTION")
    assert m.actor == "Maldives"


def test_numbers_and_times_are_never_parties():
    from newsdesk.extract.actors import canonical
    for not_party in ("43", "3,700", "Wednesday", "Wednesday morning", "Aug. 14", "this afternoon"):
        assert canonical(not_party) is None, not_party
    assert canonical("Sunday Times") == "Sunday Times"
    assert canonical("the Iraqi army") == "Iraqi army"


def test_any_state_or_capital_is_a_government_actor():
    from newsdesk.extract.actors import actor_class
    for state in ("Kenya", "Argentina", "Nairobi", "Qatar's", "Mogadishu"):
        assert actor_class(state) == "government", state
    assert actor_class("Springfield") is None
    assert actor_class("Sunni tribes") == "militia"
