"""Acts the trigger table missed on real coverage (extract/plover_recall.py, ev_shapes.long_quotes;
sentences we wrote): a deed labelled "an admission of a war crime", a claim called "a fabrication",
a crowd booing ministers, blame under "must be held accountable"."""
from __future__ import annotations

from newsdesk.extract.ev_shapes import long_quotes
from tests.conftest import event_mentions


def _kinds(text: str) -> list[str]:
    return [m.type for m in event_mentions(text, published="2031-05-02")]


def test_calling_a_deed_an_admission_of_a_war_crime_accuses_after_a_scare_quote():
    text = ('The relief agency said it was "appalled" by the army statements defending the shelling, '
            'calling them an "admission of a war crime".')
    assert "ACCUSE" in _kinds(text)


def test_calling_a_move_the_sign_of_a_crime_accuses():
    text = ('Calling the blockade a "symptom of a crime of arrogance by the council," the mayor of '
            'Tarnow urged the governors to reopen the bridge.')
    kinds = _kinds(text)
    assert "ACCUSE" in kinds and "REQUEST" in kinds


def test_saying_a_deed_amounts_to_a_war_crime_accuses():
    text = ("The rights group said the flooding of the villages by the militia amounts to a war crime.")
    assert "ACCUSE" in _kinds(text)


def test_calling_the_other_sides_claim_a_fabrication_accuses():
    assert "ACCUSE" in _kinds('Veldoria has called the reports of a massacre at the dam a "fabrication".')
    assert "ACCUSE" not in _kinds('The critic called the new opera at the dam a "masterpiece".')


def test_booing_and_bottles_thrown_at_ministers_are_a_protest():
    text = "Residents booed and threw bottles at two ministers who arrived at the flooded market."
    assert "PROTEST" in _kinds(text)
    assert "PROTEST" not in _kinds("Children threw flowers at the bride as the couple left the chapel.")


def test_a_mob_pelting_passers_by_is_no_protest():
    text = ("Masked men armed with poles hurled rocks at passers-by near the Dorn ferry pier and beat "
            "several of them on Sunday night.")
    assert "PROTEST" not in _kinds(text)


def test_must_be_held_accountable_is_blame_now_but_a_condition_is_not():
    assert "ACCUSE" in _kinds("The envoy said the generals who flooded the valley must be held accountable.")
    said = [m for m in event_mentions("Spokeswoman Ilse Varga singled out the northern militia in a statement, "
                                      'saying its leaders "must be held accountable".', published="2031-05-02")
            if m.type == "ACCUSE"]
    assert said and "Ilse Varga" in (said[0].actor or "")
    assert "ACCUSE" not in _kinds("If the inquiry finds fault, the pilots should be held responsible, the judge said.")


def test_straight_quote_marks_pair_in_order():
    text = 'She was "stunned" by the ruling of the court in the capital, calling it a "disgrace".'
    assert long_quotes(text) == []
    text = 'He said "we will rebuild every single house in the valley" and left.'
    assert len(long_quotes(text)) == 1
