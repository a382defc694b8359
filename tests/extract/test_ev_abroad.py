"""A statement made from abroad keeps no place from its topic (sentences we wrote)."""
from __future__ import annotations

import pytest

from newsdesk.extract.ev_abroad import spoken_abroad, topic_free
from newsdesk.model import Location

LAGOS = Location("Lagos", "NG", precision="city")


@pytest.mark.parametrize("typ, actor, want", [
    ("ACCUSE", "UN Security Council", True),         # "the Security Council condemned the unrest in Lagos"
    ("REQUEST", "UN secretary general Ban Ki-moon", True),
    ("SANCTION", "European Union", True),
    ("ACCUSE", "French foreign ministry", True),      # another state's ministry
    ("ACCUSE", "Nigerian police", False),            # the place's own actors stay at home
    ("ASSAULT", "UN Security Council", False),       # only acts of words or distant measures
    ("REQUEST", "Tunde Bakare", False),              # no known state: keep the place
    ("REQUEST", None, False),
])
def test_spoken_abroad(typ, actor, want):
    assert spoken_abroad(typ, actor, LAGOS) is want


def test_topic_free_keeps_home_places_and_drops_foreign_ones():
    assert topic_free("REQUEST", "Nigerian senate", LAGOS) is LAGOS
    assert topic_free("REQUEST", "the White House", LAGOS) is None
    assert topic_free("REQUEST", "the White House", None) is None


def test_a_speaker_placed_there_keeps_the_place():
    # the text puts the foreign speaker at the place: that is where the words were said
    said = ["The French foreign minister, on a state visit to Lagos, urged calm."]
    assert not spoken_abroad("REQUEST", "French foreign minister", LAGOS, said)
    assert spoken_abroad("REQUEST", "French foreign minister", LAGOS, ["Paris urged calm in Lagos."])


@pytest.mark.parametrize("actor, want", [
    ("ECOWAS", True),                      # a bloc by its initials speaks from its seat
    ("AU", True),
    ("12-member UN panel", True),
    ("UN peacekeepers", False),             # its field presence acts on the spot
])
def test_blocs_by_their_initials(actor, want):
    assert spoken_abroad("REQUEST", actor, LAGOS) is want


def test_initials_are_read_with_their_case():
    from newsdesk.extract.ev_abroad import _outside_body
    assert not _outside_body("Kim Jong Un")
    assert _outside_body("the UN")
