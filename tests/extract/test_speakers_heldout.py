"""Speakers met on held-out coverage, on short texts we wrote: words heard shouted
belong to the shouters, not to the witnesses who tell them; a bare description ('the
official') takes up the one person its sentence has just named."""
from __future__ import annotations

from newsdesk.extract.speakers import named_in_sentence
from tests.conftest import direct_quotes


def test_heard_shouting_is_the_shouters_speech():
    qs = direct_quotes("Residents said they heard the attackers shouting \u201cthis is for our brothers\u201d "
                       "before the blast.")
    assert qs and qs[0].speaker.split()[-1].lower() == "attackers"


def test_participle_after_a_lower_case_subject():
    qs = direct_quotes("The raiders burst into the wrong office, shouting \u201cwhere is the editor?\u201d "
                       "before they left.")
    assert qs and qs[0].speaker.split()[-1].lower() == "raiders"


def test_the_official_takes_up_the_named_mayor():
    qs = direct_quotes("The new toll was given by Harbour Mayor Lena Korsak at a briefing, with the official "
                       "saying \u201cat least nine people\u201d had died.")
    assert qs and qs[0].speaker.split()[-1] == "Korsak"


def test_the_official_stays_when_the_sentence_names_none_or_several():
    assert named_in_sentence("the official", "A city hall official said, with ") is None
    assert named_in_sentence("the official", "Lena Korsak met Tomas Vell, with ") is None
    assert named_in_sentence("the harbour", "Lena Korsak spoke, with ") is None
