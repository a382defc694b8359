"""A verbal act said inside a direct quote is the quote's teller's act (ev_quoted_acts);
acts narrated inside a quote, or done by someone else, stay out. Sentences invented."""
from conftest import event_mentions


def _acts(text: str) -> list[tuple[str, str | None]]:
    return [(m.type, m.actor) for m in event_mentions(text)]


def test_first_person_denial_in_quote_is_the_speakers_reject():
    acts = _acts('"These reports are entirely untrue and we reject them completely," '
                 'the harbour authority spokesman Oren Val said on Monday.')
    assert any(t == "REJECT" and a and "Oren Val" in a for t, a in acts)


def test_plea_in_quote_is_the_speakers_request():
    acts = _acts('"We urge every neighbouring state not to meddle in our elections," '
                 'the interior minister Lisa Marrow said.')
    assert any(t == "REQUEST" and a and "Marrow" in a for t, a in acts)


def test_material_act_told_in_quote_stays_out():
    acts = _acts('"They opened fire on the market and burned three shops," a trader said.')
    assert not any(t == "ASSAULT" for t, _ in acts)


def test_verbal_act_of_another_told_in_quote_stays_out():
    acts = _acts('"The mayor accused us of lying about the flood money," Kay Dunmore said.')
    assert not any(t == "ACCUSE" for t, _ in acts)


def test_act_in_a_framing_clause_of_the_quote_stays_out():
    acts = _acts('"They stay inside even when we ask them to come out of the cellar," '
                 'the fire chief Ned Hollis said.')
    assert not any(t == "REQUEST" for t, _ in acts)


def test_charge_judged_false_in_quote_is_the_speakers_reject():
    acts = _acts('"Our record on the river is clear and these accusations are groundless," '
                 'the water minister Tilda Sorn said.')
    assert any(t == "REJECT" and a and "Sorn" in a for t, a in acts)


def test_threat_told_by_readiness_in_quote_is_the_speakers():
    acts = _acts('"The coast guard is ready to strike the smugglers\' boats if they do not turn back," '
                 'the port ministry said.')
    assert any(t == "THREATEN" and a and "ministry" in a for t, a in acts)


def test_threat_reported_by_a_verb_in_quote_stays_out():
    acts = _acts('"The rebels threatened to burn the granary if we stayed," a farmer named Ivo Brand said.')
    assert not any(t == "THREATEN" for t, _ in acts)


def test_an_ultimatum_told_in_quote_stays_the_givers():
    acts = _acts('"The navy has given the smugglers an ultimatum," an aide said, asking not to be named.')
    assert not any(t == "THREATEN" and a and "aide" in a for t, a in acts)


def test_a_named_party_declaring_targets_in_a_quote_is_the_threatener():
    # "X will treat Y as legitimate targets": X threatens, the speaker only speaks for X
    acts = _acts('"Norland will now treat every Kestrian patrol boat as legitimate targets," '
                 'the party spokesman Ivo Brenn said.')
    assert ("THREATEN", "Norland") in acts
    # in the first person the speaker's side is the teller
    acts = _acts('"We will treat their convoys as hostile targets," the rebel commander Aya Lund said.')
    assert any(t == "THREATEN" and a and "Lund" in a for t, a in acts)
