"""One reader of attribution forms for both the quote speaker and the dispute holder: each form
is asserted on the quote side (extract_quotes) and on the holder side (dispute_holders.holder),
on sentences we wrote, several wordings per form."""
from __future__ import annotations

import pytest

from newsdesk.across.dispute_holders import holder
from newsdesk.extract.quotes import extract_quotes
from newsdesk.extract.resolver import resolver_for
from newsdesk.extract.sayer_forms import never_sayer, sentence_form, subject_form
from newsdesk.model import Article


def speakers(text: str) -> list[str | None]:
    art = Article(id="t", raw=text, text=text)
    return [q.speaker for q in extract_quotes(art) if q.kind == "direct"]


def held(text: str, sentence: str | None = None) -> str | None:
    sentence = sentence or text
    at = text.index(sentence)
    return holder(sentence, resolver_for(text), at)


@pytest.mark.parametrize("text, who", [
    ('The ferry was run by Harbor Line Shipping, which said, "All passengers left the boat safely and '
     'nobody was hurt in the fire."', "Harbor Line Shipping"),
    ('The convoy belonged to the Northern Aid Council, which said the drivers had been "deliberately '
     'targeted by the militia on the coast road."', "Northern Aid Council"),
    ('Rescue work was led by the provincial fire service, which also said "the blaze started in a storage '
     'room on the ground floor of the depot."', "the provincial fire service"),
])
def test_which_said_gives_the_antecedent_on_both_sides(text, who):
    assert speakers(text) == [who]
    assert held(text) == who


def test_who_responded_is_no_saying():
    s = "Riot police fired tear gas at the marchers, who reportedly responded with stones and bottles."
    assert subject_form(s, s.index("responded")) is None


@pytest.mark.parametrize("text, who", [
    ('"After a long exchange of fire, the unit found that several villagers had died in the crossfire," '
     "a lengthy statement released by the regional governor's press office reads.",
     "the regional governor's press office"),
    ('"Our patrol came under fire first and answered in self-defence near the river," a short communique '
     "issued by the Northern Command said.", "Northern Command"),
])
def test_closing_document_names_its_issuer(text, who):
    assert speakers(text)[0].endswith(who.split()[-1])
    assert held(text).endswith(who.split()[-1])


@pytest.mark.parametrize("sentence, who", [
    ("According to army spokesman, the fuel stored in the shed caught fire and spread to the houses nearby.",
     "army spokesman"),
    ("According to police chief, the gunmen escaped in two cars towards the border before dawn.", "police chief"),
    ("According to a senior defence official, the patrol was ambushed on its way back to the base.",
     "a senior defence official"),
])
def test_according_to_a_bare_role(sentence, who):
    assert held(sentence) == who


def test_according_to_media_is_no_role():
    assert sentence_form("According to media, the fire spread to the houses nearby.") is None


@pytest.mark.parametrize("sentence, who", [
    ("The device went off near the ticket hall, the deputy governor said, citing preliminary information "
     "from the scene.", "the deputy governor"),
    ("Investigator Olga Brandt said, citing early findings, that the charge had been hidden in a bag.",
     "Olga Brandt"),
])
def test_said_citing_keeps_the_sayer(sentence, who):
    assert held(sentence).endswith(who)


@pytest.mark.parametrize("sentence, who", [
    ("Seven were killed, the state news agency reported, citing local police.", "local police"),
    ("Nine soldiers died in the raid, the radio station said, citing a military source.", "a military source"),
])
def test_a_medium_citing_passes_to_its_source(sentence, who):
    assert held(sentence) == who


@pytest.mark.parametrize("text", [
    '"According to the evidence we have collected, it seems the shots came from the rebel side," Prime '
    'Minister Anna Volk said in a statement.',
    '"As far as we can tell, and according to the information gathered so far, the rebels were to blame," '
    'Anna Volk told reporters.',
])
def test_according_inside_a_quote_never_overrides_the_speaker(text):
    assert speakers(text) == ["Anna Volk"]
    assert held(text) == "Anna Volk"


@pytest.mark.parametrize("text, sentence, who", [
    ("Karl Meyer was hurt in the blast. He is now recovering in hospital, and said that there were no "
     "soldiers near the market at the time.", "He is now", "Karl Meyer"),
    ("The mayor Lina Ortiz visited the site on Monday. She thanked the rescue teams for their work, and said "
     "the city would rebuild the school.", "She thanked", "Lina Ortiz"),
])
def test_pronoun_with_a_coordinated_said(text, sentence, who):
    assert held(text, text[text.index(sentence):]) == who


@pytest.mark.parametrize("sentence, who", [
    ("The owner of the factory where 40 workers died in the fire last week said on Friday there was no fault "
     "on its part.", "The owner of the factory"),
    ("The operator of a coal pit in which 90 miners were trapped this week said there had been no negligence.",
     "The operator of a coal pit"),
    ("The maker of the bus which crashed on the mountain road said today there was no defect in the brakes.",
     "The maker of the bus"),
])
def test_long_subject_with_a_relative_clause(sentence, who):
    assert held(sentence) == who


@pytest.mark.parametrize("text, who", [
    ('"There are no big surprises in these numbers," said analyst Maria Lund of Northgate Securities.',
     "Maria Lund"),
    ('"Our teams did nothing wrong at the pier," said spokesperson Dana Kroll of the Harbor Authority.',
     "Dana Kroll"),
])
def test_role_name_of_an_org_gives_the_person(text, who):
    assert speakers(text) == [who]
    assert held(text) == who


@pytest.mark.parametrize("text, tail", [
    ('"The rebels launched ten drones at the refinery," said a correspondent associated with the rebel-run '
     'Dawn TV, adding that more would follow.', "Dawn TV"),
    ('"The column left the town before noon," said a commander affiliated with the Northern Front.',
     "Northern Front"),
])
def test_a_tied_description_keeps_its_tie(text, tail):
    assert speakers(text)[0].endswith(tail)
    assert held(text).endswith(tail)


@pytest.mark.parametrize("text, who", [
    ('A party statement on Sunday said "dozens of our members were shot during the march."', "party statement"),
    ('A union statement said "the company had ignored repeated safety warnings for months."', "union statement"),
])
def test_an_indefinite_statement_is_never_the_article(text, who):
    assert speakers(text) == [who]
    assert held(text).endswith("statement")


@pytest.mark.parametrize("sentence", [
    "Following multiple reports of gunfire at the toll gate, the army posted screenshots and called them fake.",
    "Conflicting reports surround the number of people killed, with police saying 11 and residents saying 16.",
])
def test_an_opener_is_never_a_holder(sentence):
    assert held(sentence) is None


def test_relatives_and_articles_are_never_sayers():
    assert never_sayer("which") and never_sayer("who") and never_sayer("A")
    assert never_sayer("Following multiple") and never_sayer("Conflicting")
    assert not never_sayer("The Nigerian Army") and not never_sayer("Anna Volk")
    assert not never_sayer("Beijing") and not never_sayer("Downing Street")     # names ending in -ing


@pytest.mark.parametrize("sentence, who", [
    ("The freighter was reported by two regional papers to have capsized near the cape, while others insisted "
     "it stayed upright.", "two regional papers"),
    ("The commander was said by villagers to have ordered the shooting himself.", "villagers"),
])
def test_passive_agent_of_a_report(sentence, who):
    assert held(sentence) == who


@pytest.mark.parametrize("text, who", [
    ('"The bomb went off in the ticket hall," the deputy governor said, citing preliminary information.',
     "the deputy governor"),
    ('"The bomb went off in the ticket hall," the state news agency said, citing the Interior Ministry.',
     "the Interior Ministry"),
])
def test_citing_reads_alike_for_quotes(text, who):
    assert speakers(text)[0].endswith(who.split(" ", 1)[1])
    assert held(text).endswith(who.split(" ", 1)[1])


@pytest.mark.parametrize("text, who", [
    ('Karl Meyer was hurt in the blast. He is now recovering in hospital, and said: "There were no soldiers '
     'anywhere near the market at the time."', "Karl Meyer"),
    ('The owner of the factory where 40 workers died in the fire last week said on Friday: "We followed '
     'every safety rule that applies to us."', "The owner of the factory"),
    ('According to army spokesman, "the fuel stored in the shed caught fire and spread to the houses."',
     "army spokesman"),
])
def test_subject_forms_on_the_quote_side(text, who):
    assert speakers(text) == [who]


def test_a_relative_far_from_the_quote_says_nothing_of_it():
    text = ('It was either a great victory for the army, which claimed to have killed 200 fighters; or the '
            '"worst massacre of civilians in a decade", in the words of a rights group.')
    assert "the army" not in speakers(text)


def test_claim_holder_drops_a_trailing_relative():
    from newsdesk.across.dispute_culprit import claim_holder
    s = "A man who says he saw the crash from his balcony said the driver never braked."
    assert claim_holder(s, resolver_for(s), 0) in (None, "A man", "man")
