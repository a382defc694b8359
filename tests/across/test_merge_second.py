"""A "second attack" told at a site of its own stays apart from the first attack's record
(across/merge_second.py): a one-line report of a second raid on a nearby lodge, same town and
night, had joined the other outlets' record of the first raid through the one-act-per-town
join and the record took both sites."""
from __future__ import annotations

from newsdesk.across.merge import group_mentions
from newsdesk.across.merge_second import marked_second, second_vetoes
from newsdesk.model import Count, EventMention, Location, Span


def _m(aid, text, dead=None):
    return EventMention(aid, "ASSAULT", Span(aid, 0, len(text), text),
                        location=Location("Tessa", "XA", precision="city"), date="2026-03-06",
                        dead=Count(dead, dead) if dead is not None else None)


FIRST_A = "Gunmen stormed the Palm Court hotel in Tessa on Friday night, killing at least 20 people."
FIRST_B = "At least 20 people were killed when gunmen stormed a hotel in Tessa on Friday night."
SECOND = "As troops closed in, a second assault then hit the Harbour Lodge in Tessa, witnesses said."
KIND = "Police said the gunmen had first entered a hotel lobby in Tessa."


def test_a_second_act_at_its_own_site_joins_no_first_act():
    second = _m("c", SECOND)
    groups = group_mentions([_m("a", FIRST_A, 20), _m("b", FIRST_B, 20), second])
    assert [second] in groups
    assert any(len(g) == 2 for g in groups)        # the first raid's reports still join


def test_an_outlet_naming_the_second_site_may_join():
    other = _m("d", "Witnesses said a second group of gunmen attacked the Harbour Lodge too.")
    veto = second_vetoes([_m("c", SECOND), other, _m("a", FIRST_A, 20)])
    assert not veto[0, 1] and veto[0, 2]


def test_a_kind_of_site_is_no_name():
    """"Hotel" written in lower case elsewhere by the same article names no site."""
    ms = [_m("c", "A second attack then struck the Hotel in Tessa."), _m("c", KIND)]
    assert not marked_second(ms)
    assert not marked_second([_m("a", FIRST_A, 20)])
    assert marked_second([_m("c", SECOND)])


def test_an_earlier_act_that_dates_this_one_is_no_second_act():
    """A sentence telling its own act "after another attack at X" names X only as a time: the
    mention tells the first act and may join its record (read per sentence)."""
    after = _m("c", "The shots rang out in Tessa hours after another attack on the Harbour Lodge "
                    "was thwarted.")
    after.extra_spans.append(Span("c", 200, 260, "A crowd then beat two of the gunmen to death."))
    assert not marked_second([after])
    assert not second_vetoes([after, _m("a", FIRST_A, 20)]).any()
    told = _m("c", "Witnesses said the gunmen left after the shooting.")
    told.extra_spans.append(Span("c", 200, 260, SECOND))
    assert marked_second([told])                   # the sentence that tells the second act


def test_both_sites_of_one_strike_told_together_are_no_second_act():
    """"... at X, and another drone hit Y": the sentence tells one strike on two sites, so
    outlets naming only the first site still tell the same act; a sequel ("then") stays apart."""
    whole = [
        "Smoke rose over the refinery in Tessa, and another missile strike set fire to the "
        "Orlo Depot.",
        "Officials confirmed the first blast at the port as well as a second explosion at the "
        "Ferro Terminal.",
        "Rockets hit the airbase near Tessa while another rocket attack struck the Vanta Barracks.",
    ]
    for text in whole:
        ms = [_m("c", text), _m("a", FIRST_A, 20)]
        assert not marked_second(ms[:1]) and not second_vetoes(ms).any()
    sequel = _m("c", "Gunmen raided a bank in Tessa, and then another attack hit the Orlo Depot.")
    assert marked_second([sequel])
