"""What a denial can reject (across/disputes.py, denial): "denied the allegations" after a
bare attribution ("According to the BBC", a page's cut line) or after a speaker's promise
("We will announce it tomorrow") makes no "whether this happened" dispute; after a claim it
does (articles we wrote)."""
from __future__ import annotations

from tests.conftest import story_disputes as disputes_of


def _happened(text):
    return [d for d in disputes_of(text) if d.topic.startswith("whether this happened")]


DENIAL = "However, Velmora's interior minister has dismissed the accusations."


def test_a_claim_before_the_denial():
    claim = "Ostrian officials said the reporter was killed inside the Velmoran consulate."
    assert len(_happened(claim + " " + DENIAL)) == 1


def test_a_bare_attribution_or_a_promise_is_no_claim():
    assert not _happened("Ostrian officials blamed Velmora. According to the BBC\n\n" + DENIAL)
    assert not _happened('Tarn Osk said he had been told so. "We will announce it tomorrow." ' + DENIAL)
