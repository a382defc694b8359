"""A page template's placeholder glued to a sentence ("... in the attack.{adslot}") does not
make the sentence a stop-less subhead (ev_layout.subhead). Sentences written for this test."""
from __future__ import annotations

from tests.conftest import assault_mentions


def test_a_trailing_placeholder_keeps_the_injured_count():
    text = ("Gunmen killed five people at a bus stop in Jos on Sunday, police said.\n\n"
            "Dozens more were wounded in the attack.{adslot}\n\n"
            "The suspect was arrested on Monday.")
    ms = assault_mentions(text, "2031-03-04")
    assert [(m.dead.low, m.injured.low) for m in ms] == [(5, 24)]


def test_a_real_subhead_is_still_no_event():
    text = ("Gunmen killed five people at a bus stop in Jos on Sunday, police said.\n\n"
            "Attack on the market\n\n"
            "The suspect was arrested on Monday.")
    assert len(assault_mentions(text, "2031-03-04")) == 1
