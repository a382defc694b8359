"""A measure with no doer of its own inside what a party announces (ev_announced.py), and an
acting "They" after a plural party subject (ev_it.py), on sentences we wrote."""
from __future__ import annotations

from newsdesk.extract.events import events_step
from newsdesk.model import Article
from newsdesk.nlp import sentences_step


def _mentions(text: str) -> list:
    return events_step(sentences_step(Article(id="t", raw=text, text=text, published="2026-04-22"))).mentions


def _acts(text: str) -> list[tuple[str, str | None]]:
    return [(m.type, m.actor) for m in _mentions(text)]


def test_a_passive_measure_announced_is_the_announcer_s():
    acts = _acts("Late on Friday the Ostra transport ministry announced that mobile internet access had been cut.")
    assert ("COERCE", "Ostra transport ministry") in acts
    acts = _acts("Late on Friday the Ostra interior ministry announced that four opposition leaders had been detained.")
    assert ("COERCE", "Ostra interior ministry") in acts


def test_the_announcer_of_a_purpose_clause_stands_for_they():
    acts = _acts("Rebel officers went on state radio in Ostra to announce they had carried out a coup.")
    assert ("COERCE", "Rebel officers") in acts


def test_an_announcer_is_never_made_a_recipient():
    ms = _mentions("Governor Lena Varga announced that the state of emergency will be extended by a month.")
    assert all(m.recipient != "Lena Varga" for m in ms)


def test_a_harm_announced_names_no_killer():
    acts = _acts("The Ostra health ministry announced that 31 people were killed in the clashes.")
    assert all(actor != "Ostra health ministry" for typ, actor in acts if typ == "ASSAULT")


def test_a_party_that_acts_in_the_content_keeps_the_act():
    acts = _acts("The Ostra cabinet announced that rebels had seized the northern airport.")
    assert all(actor != "Ostra cabinet" for typ, actor in acts if typ == "COERCE")


def test_they_stands_for_the_plural_party_subject_before():
    text = ("The mutinous units stormed the state broadcaster before dawn.\n\n"
            "They declared a curfew for the whole capital.")
    assert ("COERCE", "mutinous units") in _acts(text)


def test_they_never_stands_for_a_count_of_victims():
    text = ("Dozens of villagers were wounded in the shelling.\n\n"
            "They declared a curfew for the whole capital.")
    assert all(actor is None or "villagers" not in actor for _, actor in _acts(text))
