"""A label denied vs asserted (across/dispute_label.py): a party saying the act is no coup
(massacre, invasion ...) against another holder, or an outlet's lede, naming it one makes
one dispute; either side alone, a hedged naming, labels of two families, a denial its own
sentence takes back, or one party on both sides does not (articles we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_holders import UNNAMED_OUTLET
from tests.conftest import story_disputes as disputes_of


def _label(*texts):
    return [d for d in disputes_of(*texts) if d.topic.startswith("whether it was a")]


DENIAL = ("Armoured cars rolled into Velmora overnight, although the generals denied staging a coup. "
          "\"This is not a military takeover,\" Brigadier Oren Tallis said on state radio.")
NAMING = "It was a coup in all but name. Soldiers held the radio station and the airport on Friday."


def test_a_denied_label_against_an_outlets_lede():
    found = _label(DENIAL, NAMING)
    assert len(found) == 1
    assert found[0].topic.startswith("whether it was a coup")
    holders = {c.holder for c in found[0].claims}
    assert holders == {"the generals", "Oren Tallis", UNNAMED_OUTLET}     # the outlet's voice, not its page id


def test_an_attributed_naming_counts_anywhere():
    naming = ("Crowds gathered in the square. Shops stayed shut. Buses did not run. "
              "Opposition leader Mara Quell said it was a massacre of unarmed villagers.")
    denial = "The interior ministry said the shooting was not a massacre but a response to gunfire."
    found = _label(denial, naming)
    assert len(found) == 1 and found[0].topic.startswith("whether it was a massacre")


def test_one_side_alone_is_no_dispute():
    assert not _label(DENIAL, "Soldiers held the radio station and the airport on Friday.")
    assert not _label(NAMING, "Troops returned to their barracks on Saturday.")


def test_a_hedged_or_late_naming_asserts_nothing():
    assert not _label(DENIAL, "Analysts asked whether it was a coup. Soldiers held the airport.")
    late = "Soldiers held the airport. Shops stayed shut. Buses did not run. The coup rattled markets."
    assert not _label(DENIAL, late)


def test_labels_of_two_families_do_not_meet():
    assert not _label("The army said the raid was not a massacre.", NAMING)


def test_a_denial_taken_back_in_its_own_sentence_is_no_side():
    denial = ("The presidency first said there was no coup, then that the attempted coup had failed. "
              "Loyal troops patrolled the streets.")
    assert not _label(denial, "Looks like it was a coup after all. Tanks stood at the bridge.")


def test_a_party_does_not_dispute_itself():
    assert not _label("The Velmora army said this was not a military takeover.",
                      "The Velmora army later called it a military takeover of the broadcaster.")


def test_a_firms_takeover_is_no_coup():
    assert not _label("Its chairman said the bid was not a takeover.",
                      "It was a coup for the board. Shares in Corvane rose on Monday.")


RESCUE = ("General Ivo Marn dissolved the cabinet on Monday. In a speech on state television, General Marn "
          "said quarrels among politicians had forced him to act to put the country back on course.")


def test_a_takeover_told_as_a_rescue_against_a_named_coup():
    found = _label(NAMING, RESCUE)
    assert len(found) == 1 and found[0].topic == f"whether it was a coup: Ivo Marn vs {UNNAMED_OUTLET}"
    corrected = RESCUE.replace("to put the country back on course", "and rectify the nation's course")
    assert _label(NAMING, corrected)


def test_a_rescue_that_names_the_coup_itself_or_meets_no_coup_is_no_side():
    owned = "General Ivo Marn said the coup had been forced on the army to put the country back on course."
    assert not _label(NAMING, owned)
    assert not _label(RESCUE, "Soldiers held the radio station and the airport on Friday.")


def test_a_denial_quoted_in_part_and_a_lede_after_pull_quotes():
    denial = ("The union backed the soldiers, with its leader Petra Volk saying it was \u201cnot a coup "
              "but a people's uprising\u201d.")
    lede = ("\u201cWe will not leave,\u201d the minister said. \u201cNever.\u201d\n\n"
            "Velmora \u2013 The president resigned on Tuesday night.\n\n"
            "\u201cI had no choice,\u201d he said.\n\n"
            "His resignation follows Monday's military coup in the capital.")
    found = _label(denial, lede)
    assert len(found) == 1 and found[0].topic.startswith("whether it was a coup: Petra Volk")


def test_a_feared_or_possible_label_names_nothing():
    denial = "Petra Volk said it was not a coup."
    assert not _label(denial, "Soldiers seized the base, raising fears of a coup.")
    assert not _label(denial, "Soldiers held the minister as a possible coup unfolded.")
