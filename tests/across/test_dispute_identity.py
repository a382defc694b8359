"""Who the armed men are (across/dispute_identity.py): two named holders giving identities
that share no word is a dispute; the same identity told twice, or one holder alone, is not."""
from __future__ import annotations

from tests.conftest import story_disputes as disputes_of


def _disputes(texts: list[str]) -> list:
    return [d for d in disputes_of(*texts) if d.topic.startswith("who the armed men are")]


def test_two_holders_two_identities():
    found = _disputes([
        "Armed men seized the town hall in Velmar overnight. "
        "Interior Minister Dana Orlov said the gunmen were soldiers of the Kestrian army.",
        "The regional council claimed that the men were from a volunteer neighbourhood watch.",
    ])
    assert len(found) == 1
    assert {c.article for c in found[0].claims} == {"a0", "a1"}


def test_one_identity_or_one_voice_is_no_dispute():
    same = _disputes([
        "Interior Minister Dana Orlov said the gunmen were soldiers of the Kestrian army.",
        "A border official said the gunmen were Kestrian soldiers in unmarked uniforms.",
    ])
    assert not same
    alone = _disputes(["Interior Minister Dana Orlov said the gunmen were soldiers of the Kestrian army. "
                       "Armed men still hold the town hall."])
    assert not alone
