"""One act told in parts, on sentences we wrote: the second bomb of a twin bombing the article
has counted is part of that attack, not another act (grp_parts.py), unless it is numbered
past the count or told hours later; an early toll the article says rose to a later one is the
same act's earlier count (ev_group_risen.py); a name is not cut at a capitalised word the
tagger reads as an adjective ("Yuen Long"); a noun led by "no" is never the doer."""
from __future__ import annotations

from newsdesk.extract import ev_names
from newsdesk.extract.events import _nobody
from newsdesk.nlp import parse_one
from tests.conftest import assault_mentions


def attacks(text: str, published: str | None = "2031-05-02") -> list:
    return assault_mentions(text, published)


def texts(m) -> list[str]:
    return [s.text for s in [m.span, *m.extra_spans]]


TWIN = ("Two bombs hit a church in Velm on Sunday, killing 20 people. The first bomb went off "
        "during the morning service. ")


def test_the_second_bomb_of_a_counted_pair_is_the_same_attack():
    ms = attacks(TWIN + "A second bomb exploded in the car park moments later as soldiers arrived.")
    assert len(ms) == 1 and any("second bomb" in s for s in texts(ms[0]))


def test_a_second_bomb_hours_later_is_its_own_act():
    ms = attacks(TWIN + "Hours later, a second bomb exploded at the bus station across town.")
    assert len(ms) == 2


def test_a_second_bomb_after_a_single_one_is_its_own_act():
    ms = attacks("A bomb hit a church in Velm on Sunday, killing 20 people. "
                 "A second bomb exploded in the car park moments later as soldiers arrived.")
    assert len(ms) == 2


def test_a_toll_the_article_says_rose_is_one_acts_count():
    text = ("At least 12 people were killed when gunmen stormed a hotel in Velm on Friday, police "
            "said. At least 30 people were killed when gunmen attacked the Grand Hotel in Velm, "
            "officials said. The death toll rose to 30 after rescuers searched the building.")
    ms = attacks(text)
    assert len(ms) == 1 and ms[0].dead is not None and ms[0].dead.low == 30


def test_two_tolls_with_no_rise_told_stay_two_acts():
    text = ("At least 12 people were killed when gunmen stormed a hotel in Velm on Friday, police "
            "said. At least 30 people were killed when gunmen attacked the Grand Hotel in Velm, "
            "officials said.")
    assert len(attacks(text)) == 2


def test_a_place_name_runs_on_over_a_word_tagged_adjective():
    first, _ = ev_names.places(parse_one("Men in masks burst into Yuen Long station and beat travellers there."))
    assert first and first[0].startswith("Yuen Long")
    first, _ = ev_names.places(parse_one("Hundreds gathered outside Yuen Long police station on Monday."))
    assert first == ["Yuen Long"]


def test_a_noun_led_by_no_names_no_doer():
    doc = parse_one("No police officer was nearby when the gang beat the commuters.")
    officer = next(t for t in doc if t.text == "officer")
    gang = next(t for t in doc if t.text == "gang")
    assert _nobody(officer) and not _nobody(gang)
    one = next(t for t in parse_one("No one has claimed the bombing.") if t.text == "one")
    assert not _nobody(one)      # "no one" is the grouping's (it still cites the attack)
