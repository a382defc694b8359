"""Claim holders are sources (across/dispute_holders.py): a named person or body, an outlet,
or a descriptive source; never a nationality adjective alone, never what is reported."""
from __future__ import annotations

from newsdesk.across.dispute_holders import holder
from newsdesk.extract.resolver import Resolver


def _holder(text: str, sentence: str) -> str | None:
    start = text.index(sentence)
    return holder(sentence, Resolver(text), start)


def test_a_nationality_adjective_alone_is_no_holder():
    text = "Norland officials say at least 40 people died. Norland officials flatly deny it."
    assert _holder(text, "Norland officials say at least 40 people died.") == "Norland officials"
    text = "According to Norlandic officials, at least 40 people died in the blast."
    assert _holder(text, text) == "Norlandic officials"


def test_the_official_named_in_the_sentence_is_that_person():
    text = ("The toll was raised by the city's mayor Anton Vell at a news conference, with the "
            "official saying \"around 20 people\" died.")
    assert _holder(text, text) == "Anton Vell"
    alone = "The official said the attacks had been planned for months."
    assert _holder(alone, alone) == "The official"       # no name to give it


def test_what_is_reported_and_participle_clauses_hold_nothing():
    text = "Gunmen are reported to have killed more than 30 people at a mall in Tessa."
    assert _holder(text, text) is None
    text = "Nine people are confirmed dead and 50 injured after a van drove into a market in Tessa."
    assert _holder(text, text) is None
    text = "Police confirmed that nine people had died in the market in Tessa."
    assert _holder(text, text) == "Police"
    text = ("A gunman killed 49 people at two mosques in Tessa, condemned as terrorism by "
            "Prime Minister Lina Ostrova.")
    assert _holder(text, text) is None
    text = "Norland's Minister of Health, Karl Bein, reported that the toll had reached 80."
    assert _holder(text, text) == "Karl Bein"


def test_he_read_as_a_nationality_adjective_is_no_holder():
    from newsdesk.across.dispute_holders import holder
    from newsdesk.extract.resolver import resolver_for
    text = ("The resort lies east of the former Belgian trading post. "
            "Six people died in the blast, he said as he walked through the lobby.")
    start = text.index("Six")
    assert holder(text[start:], resolver_for(text), start) != "Belgian"
