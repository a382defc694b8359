"""A claim and its flat denial (across/dispute_denied_claim.py): a party's claim and, a few
sentences later in one article, another party's "denied that <the same thing>" make one
dispute, words of one family (detention / arrest warrants) counting as shared; an unrelated
denial, a far one, "neither confirm nor deny" or an unnamed denier do not (articles we wrote)."""
from __future__ import annotations

from tests.conftest import story_disputes as disputes_of


def _denied(*texts):
    return [d for d in disputes_of(*texts) if d.topic.startswith("whether ")
            and not d.topic.startswith(("whether it was", "whether this happened"))]


CLAIM = "Late on Sunday, opposition leader Kessa Brandt said that a police officer had ordered her detention."
DENIAL = ("Colonel Oren Tallis, the city's police chief, denied in an interview that any arrest "
          "warrants had been issued for Brandt, adding that patrols had been doubled.")


def test_a_claim_and_its_denial_in_one_article():
    found = _denied(CLAIM + " Crowds gathered outside her house. " + DENIAL)
    assert len(found) == 1
    assert [c.holder for c in found[0].claims] == ["Kessa Brandt", "Oren Tallis"]
    assert found[0].topic == "whether any arrest warrants had been issued for Brandt: Kessa Brandt vs Oren Tallis"


def test_a_denial_of_something_else_is_no_dispute():
    # "police officer" / "his officers": a shared role, not a shared claim
    other = ("Colonel Oren Tallis, the city's police chief, denied in an interview that "
             "his officers had fired tear gas at the market.")
    assert not _denied(CLAIM + " " + other)


def test_a_far_denial_or_a_non_denial_is_no_dispute():
    filler = " ".join(f"Shops on street {n} stayed shut." for n in "ABCD")
    assert not _denied(CLAIM + " " + filler + " " + DENIAL)
    unsure = ("Colonel Oren Tallis, the city's police chief, would neither confirm nor deny that "
              "arrest warrants had been issued for Brandt.")
    assert not _denied(CLAIM + " " + unsure)


def test_an_unnamed_denier_is_no_dispute():
    assert not _denied(CLAIM + " They denied that arrest warrants had been issued for Brandt.")
