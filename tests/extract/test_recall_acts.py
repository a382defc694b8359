"""Acts fresh coverage told that the events step missed (extract/ev_killing.py and the COOPERATE,
REJECT and PROTEST rows of extract/plover_recall.py; sentences we wrote): one person's killing
told as the deed, investigators working with a host's police, allegations described as
baseless, a crowd attending a rally."""
from __future__ import annotations

from newsdesk.extract.ev_killing import deed
from newsdesk.extract.plover import find_triggers
from tests.conftest import event_mentions


def _mentions(text: str) -> list:
    return event_mentions(text, published="2031-05-02")


def _kinds(text: str) -> list[str]:
    return [m.type for m in _mentions(text)]


def _toll(text: str):
    return next(t for t in find_triggers(text) if t.kind == "toll")


def test_a_murdered_reporter_is_an_assault_with_one_dead():
    ms = [m for m in _mentions("Police in Varna believe the reporter was murdered inside the trade "
                               "mission on Tuesday, an official said.") if m.type == "ASSAULT"]
    assert ms and ms[0].dead is not None and ms[0].dead.low == 1


def test_killed_by_a_squad_is_the_deed_but_killed_by_a_bullet_or_in_the_raid_is_a_toll():
    text = "Officials said the banker was killed by a squad flown in from abroad."
    assert deed(text, _toll(text))
    assert "ASSAULT" in _kinds(text)
    text = "The farmer was killed by a stray bullet near the depot."
    assert not deed(text, _toll(text))
    text = "A guard was murdered in the raid on the depot."
    assert not deed(text, _toll(text))


def test_a_headcount_of_the_dead_stays_a_toll():
    text = "Forty people were killed by gunmen in the north of the province."
    assert not deed(text, _toll(text))


def test_visiting_investigators_working_with_local_police_cooperate():
    assert "COOPERATE" in _kinds("The ministry said a team of Lorvanian detectives was in Tarnow "
                                 "working with local authorities.")
    assert "COOPERATE" in _kinds("A forensic team from Lorvania arrived on Friday to take part in "
                                 "the investigation into the crash.")
    assert "COOPERATE" not in _kinds("The baker said he liked working with fresh flour every morning.")


def test_allegations_described_as_baseless_are_rejected():
    assert "REJECT" in _kinds('A spokesman for the embassy described the allegations as "baseless".')
    assert "REJECT" in _kinds("The ministry dismissed the claims as groundless on Monday.")
    assert "REJECT" not in _kinds("The jury described the painting as a marvel of colour.")


def test_attending_a_rally_is_a_protest_but_a_campaign_rally_is_not():
    assert "PROTEST" in _kinds("Thousands of people attended a rally in Tarnow on Sunday to mourn "
                               "the miners killed in the blast.")
    assert "PROTEST" not in _kinds("The senator attended a campaign rally in the river town on Friday.")


def test_a_hostage_taking_beside_a_killing_is_its_own_mention():
    text = ("Gunmen stormed a hotel in Tarnow on Monday, killing 12 guests. "
            "On Tuesday morning the gunmen still held dozens of guests as hostages on the top floor.")
    ms = [m for m in _mentions(text) if m.type == "ASSAULT"]
    held = [m for m in ms if m.mode == "hostage"]
    killing = [m for m in ms if m.mode != "hostage"]
    assert len(held) == 1 and killing
    assert all("hostage" in s.text for s in [held[0].span, *held[0].extra_spans])
    assert not any("hostage" in s.text for m in killing for s in [m.span, *m.extra_spans])
    assert held[0].dead is None


def test_a_kidnapping_story_is_not_split():
    text = ("Rebels kidnapped three aid workers near Tarnow on Monday. "
            "The hostages were driven to a camp in the hills, the charity said.")
    assert not any(m.mode == "hostage" for m in _mentions(text))


def test_only_captivity_sentences_leave_the_killing():
    text = ("Armed men burst into a clinic in Tarnow on Monday, shooting dead nine nurses and taking "
            "twenty patients hostage. The gunmen also shot and wounded a guard at the clinic gate. "
            "The patients were still held hostage in the east wing of the clinic on Tuesday, the mayor said.")
    ms = [m for m in _mentions(text) if m.type == "ASSAULT"]
    held = [m for m in ms if m.mode == "hostage"]
    told = lambda m: {s.text for s in [m.span, *m.extra_spans]}
    killing = next(m for m in ms if m.mode != "hostage" and any("nine nurses" in t for t in told(m)))
    assert len(held) == 1 and all("hostage" in t for t in told(held[0]))
    assert any("nine nurses" in t for t in told(held[0]))         # tells both: in both
    assert not any("east wing" in t for t in told(killing))      # captivity only: leaves the killing
    assert any("guard" in t for t in told(killing))               # no other sentence moves
    assert not any("guard" in t for t in told(held[0]))
