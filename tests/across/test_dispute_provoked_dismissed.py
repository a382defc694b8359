"""Who started the violence, reports dismissed as absurd, and involvement charges
(across/dispute_provoked.py, dispute_dismissed.py, dispute_involvement.py); sentences we wrote."""
from __future__ import annotations

from newsdesk.across.dispute_involvement import DENIED_ROLE, accused, _answers
from newsdesk.across.dispute_provoked import _side
from newsdesk.across.dispute_sides import passive_blame
from tests.conftest import story_disputes


def _topics(disputes, start):
    return [d for d in disputes if d.topic.startswith(start)]


def test_self_defence_and_unprovoked_are_the_two_accounts():
    assert _side("The guards said they fired in self-defence after the crowd charged.") == (True, False)
    assert _side("Police said the officers shot only after being attacked by a crowd with machetes.") == (True, False)
    assert _side("Villagers say the guards opened fire unprovoked on the march.") == (False, True)
    assert _side("The union said the officers began shooting the moment the crowd stood up.") == (False, True)


def test_a_right_or_an_open_question_is_no_account():
    assert _side("The minister said every citizen has the right to self-defence.") == (False, False)
    assert _side("Investigators will ask whether the guards fired without provocation.") == (False, False)


def test_self_defence_against_unprovoked_fire_is_a_dispute():
    a = "The Velmoran coastguard said its sailors fired in self-defence after they were attacked with iron bars."
    b = "Crew members told reporters the sailors opened fire without provocation as they climbed aboard."
    found = _topics(story_disputes(a, b), "who started the violence")
    assert len(found) == 1 and {c.article for c in found[0].claims} == {"a0", "a1"}


def test_one_side_alone_is_no_dispute():
    a = "The Velmoran coastguard said its sailors fired in self-defence after they were attacked with iron bars."
    b = "The Velmoran coastguard said three sailors were hurt when they boarded the trawler."
    assert not _topics(story_disputes(a, b), "who started the violence")


def test_a_report_dismissed_as_absurd_against_the_voice_that_tells_it():
    a = ("The Dornish ministry has called reports that the prisoner was fed a tainted sandwich "
         "in his cell \"absurd.\"")
    b = "According to the prisoner's lawyers, traces of the toxin were found on the sandwich wrapper."
    found = _topics(story_disputes(a, b), "whether the prisoner")
    assert len(found) == 1 and {c.article for c in found[0].claims} == {"a0", "a1"}


def test_a_dismissal_with_nothing_told_elsewhere_is_no_dispute():
    a = ("The Dornish ministry has called reports that the prisoner was fed a tainted sandwich "
         "in his cell \"absurd.\"")
    b = "According to the prisoner's lawyers, he remains in a coma at a clinic abroad."
    assert not _topics(story_disputes(a, b), "whether the prisoner")


def test_a_denial_that_it_was_behind_and_the_charges_that_say_so():
    assert DENIED_ROLE.search("Velmoria has denied it was behind the blasts.")
    assert DENIED_ROLE.search("Officials deny that they were somehow behind the fire.")
    assert accused("Lawmakers pointed the finger of blame at Velmoria after the blasts.") == "Velmoria"
    assert accused("He said the poisoning was clearly an attempt on her life by agents from Velmoria.") == "Velmoria"
    assert accused("He said the claims that Velmoria was somehow behind the explosions were silly.") == "Velmoria"


def test_a_seat_of_power_answers_a_charge_against_its_state():
    assert _answers("Russia", "The Kremlin", "The Kremlin denied it was behind the attack.")
    assert not _answers("Ukraine", "The Kremlin", "The Kremlin denied it was behind the attack.")


def test_a_denial_is_no_blame():
    text = "Velmoria has denied it was behind the blasts."
    assert passive_blame(text, text.index("was behind"))
    text = "Dornish officials said Velmoria was behind the blasts."
    assert not passive_blame(text, text.index("was behind"))


def test_a_claim_with_an_article_and_an_infinitive_dismissed_as_patently_false():
    a = ("A navy spokesman dismissed a Dornish claim to have towed the stricken ferry into port "
         "as \"patently false.\"")
    b = ("The ferry operator, Baltazar Lines, said the stricken ferry had been towed by a salvage tug "
         "from a private firm.")
    found = _topics(story_disputes(a, b), "whether towed")
    assert len(found) == 1 and {c.article for c in found[0].claims} == {"a0", "a1"}
    c = "Baltazar Lines said the passengers were all safe and in good health."
    assert not _topics(story_disputes(a, c), "whether towed")
