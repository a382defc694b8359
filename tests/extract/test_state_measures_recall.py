"""Acts of states and police that the coder missed in fresh coverage (sentences we wrote):
homes searched and a controlled blast to get into a flat are a raid (COERCE), not an attack;
a spokesman's "we have detained" inside a longer quotation is his force's own deed; a document
"calling on" a party is its issuer's request; a present-tense "calls X a provocation" accuses;
a party warned off further provocation is threatened; welcoming allies' support is SUPPORT;
contacts suspended are a sanction, and a boycott "including" in them is that same sanction; a party
said to be "culpable for" a killing is blamed by the teller; "the poisoning of" a person is an
attack; a response that "demonstrated disdain" is no protest (extract/plover.py, plover_more.py,
retype_words.py, ev_own_deeds.py, ev_doc_acts.py, ev_included.py, ev_quoted_acts.py)."""
from __future__ import annotations

from tests.conftest import event_mentions


def _types(text: str) -> list[str]:
    return [m.type for m in event_mentions(text, published="2031-05-02")]


def _of(text: str, typ: str):
    return [m for m in event_mentions(text, published="2031-05-02") if m.type == typ]


def test_homes_searched_by_police_are_a_raid():
    found = _of("Police in Norvale searched four homes linked to the suspect on Friday.", "COERCE")
    assert found and "Police" in (found[0].actor or "")
    assert not _of("Rescuers searched the rubble of homes flattened by the storm.", "COERCE")
    assert not _of("Young families searched for homes they could afford in Norvale.", "COERCE")


def test_a_controlled_blast_to_get_into_a_flat_is_a_raid_not_an_attack():
    text = "Officers set off a controlled explosion to enter a flat on Quay Street where the suspect lived."
    assert "COERCE" in _types(text) and "ASSAULT" not in _types(text)
    text = "Police in Norvale searched the semi-detached house where officers staged a controlled explosion on Friday."
    assert "ASSAULT" not in _types(text)


def test_a_force_s_own_arrest_told_inside_a_longer_quotation_is_its_act():
    text = ('The chief constable spoke outside headquarters. "Our officers have worked through the night. '
            'This inquiry has seen us arrest two men in connection with the bombing," he said.')
    found = _of(text, "COERCE")
    assert found and found[0].mode == "arrest"
    quiet = ('The chief constable spoke outside headquarters. "Our officers have worked through the night. '
             'Nobody should fear that the police will arrest innocent people," he said.')
    assert not _of(quiet, "COERCE")


def test_a_statement_calling_on_a_party_is_the_issuer_s_request():
    found = _of("The Harbour League issued a joint statement calling on Varnia to explain the seizure.", "REQUEST")
    assert found and "Harbour League" in (found[0].actor or "")


def test_present_tense_labels_and_warnings_are_charges_and_threats():
    found = _of('Varnia calls the expulsions a "grave provocation".', "ACCUSE")
    assert found and found[0].actor == "Varnia"
    found = _of('Varnia warned Ostland against any further "provocation" on the border.', "THREATEN")
    assert found and found[0].recipient == "Ostland"
    assert not _of("Officials warned residents against travelling to the coast.", "THREATEN")


def test_welcomed_support_and_suspended_contacts():
    assert _of("The foreign minister welcomed support from allies in the dispute with Ostland.", "SUPPORT")
    assert _of("Varnia is suspending high-level contacts with Ostland.", "SANCTION")


def test_a_response_that_demonstrated_disdain_is_no_protest():
    assert not _of("The minister said Ostland's reply had demonstrated complete disdain for the deaths in Norvale.", "PROTEST")
    assert not _of("Their reply has demonstrated complete disdain for the deaths in Norvale.", "PROTEST")
    assert _of("Thousands demonstrated outside the parliament in Norvale on Sunday.", "PROTEST")


def test_a_boycott_included_in_cut_contacts_is_one_sanction():
    text = "Varnia cut off its top-level contacts with Ostland, including a boycott of the summer games by its ministers."
    assert len(_of(text, "SANCTION")) == 1


def test_a_state_said_to_be_culpable_is_blamed_by_the_teller():
    found = _of("The mayor of Norvale said the Varnian state was culpable for the murder of the defector.", "ACCUSE")
    assert found and "mayor" in (found[0].actor or "") and "Varnian state" in (found[0].recipient or "")
    found = _of('"The Varnian state was culpable for the murder of our comrade," the mayor of Norvale told reporters.',
                "ACCUSE")
    assert found and "mayor" in (found[0].actor or "") and "Varnian state" in (found[0].recipient or "")


def test_the_poisoning_of_a_person_is_an_attack():
    assert _of("Ostland expelled ten envoys on Monday in retaliation for the poisoning of a former colonel in Norvale.", "ASSAULT")
    assert not _of("Forty guests were treated for food poisoning of a mild kind after the wedding in Norvale.", "ASSAULT")
