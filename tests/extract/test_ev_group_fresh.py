"""A report of the second night's violence leads with "fresh attacks", and the claimant's
"another attack" in it is that same act, not one more (extract/ev_group_fresh.py); a
sentence opening "This including the killing of two officers" is a part of the toll told
just before (extract/ev_group_included.py). Before, the night's attack was split in three
records within one article (set 42)."""
from __future__ import annotations

from tests.conftest import assault_mentions

TEXT = ("At least 12 people have been killed following fresh attacks on Tuesday night in Garissa. "
        "This including the burning of two houses and the killing of two police officers in the Dadaab area, "
        "police have said. "
        "The rebel group said on its radio station that it carried out the raid on Tuesday night and killed 20 people. "
        "\"Our fighters launched another attack overnight. More will follow,\" the group's "
        "spokesman said by telephone.")


def test_the_night_is_one_event():
    ms = assault_mentions(TEXT, "2026-05-13")
    assert len(ms) == 1
    told = [ms[0].span.text, *[s.text for s in ms[0].extra_spans]]
    assert any("another attack" in s for s in told) and any("police officers" in s for s in told)
    assert ms[0].dead is not None and ms[0].dead.low == 12


def test_another_attack_without_a_fresh_lede_stays_apart():
    text = ("Gunmen killed 12 people in an attack on a market in Varno on Tuesday. "
            "A second attack hit a police post in Dorel hours later, police said.")
    assert len(assault_mentions(text, "2026-05-13")) == 2
