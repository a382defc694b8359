"""A person named once and quoted later under a description of them (speaker_takeup.py,
single_named.py): a role set in apposition to a name, an age or an occupation taken up,
'one' of the witnesses, a name given 'as', a body named by its head word, the group that
acted, an agency quoting or citing its source. Sentences invented."""
from __future__ import annotations

from newsdesk.extract.single_named import single_named
from newsdesk.extract.speaker_takeup import (apposed_holders, described_referent, group_named, issuer_of,
                                             named_body, named_before, one_of)
from tests.conftest import direct_quotes


def _speaker(text: str, opening: str) -> str | None:
    hit = [q for q in direct_quotes(text) if q.text.lstrip("\u201c\"' ").startswith(opening)]
    assert hit, f"no quote opening {opening!r}"
    return hit[0].speaker


def test_role_in_apposition_after_it_resolves_the_bare_role():
    text = ("The country's president, Tomas Varga, condemned the shooting in a short address.\n"
            "\u201cThis was a cowardly act against innocent people,\u201d the president said.")
    assert _speaker(text, "This was a cowardly") == "Tomas Varga"


def test_role_with_a_complement_and_a_rank_before_the_name():
    text = ("The chief executive of the airline, Karen Holt, said the aircraft had been inspected.\n"
            "\u201cWe are cooperating fully with investigators,\u201d the chief executive said.\n"
            "The army spokesman, Col. Idris Bello, said the convoy was ambushed.\n"
            "\u201cTwo of our soldiers were wounded,\u201d the spokesman said.")
    assert _speaker(text, "We are cooperating") == "Karen Holt"
    assert _speaker(text, "Two of our soldiers") == "Idris Bello"


def test_name_then_indefinite_role_resolves_the_bare_role():
    text = ("Jakub Novak, a spokesman for the regional government, confirmed the figure.\n"
            "\u201cThe number could still rise,\u201d the spokesman said.")
    assert _speaker(text, "The number could") == "Jakub Novak"


def test_apposed_holders_need_an_office_and_a_full_name():
    text = "He tracked down a man, Brian Oste, who had served there. The mayor, Ann Lusk, spoke."
    assert apposed_holders(text, "man") == []
    assert apposed_holders(text, "mayor") == [(text.index("Ann Lusk"), "Ann Lusk")]


def test_bare_age_goes_to_the_person_given_that_age():
    text = ("The rescue was led by Hugo Mendes, a 45-year-old firefighter from the northern district.\n"
            "\u201cYou never forget the faces of the people you carry out,\u201d the 45-year-old said.")
    assert _speaker(text, "You never forget") == "Hugo Mendes"
    assert described_referent("the 45-year-old", text, len(text)) == "Hugo Mendes"
    assert described_referent("the 30-year-old", text, len(text)) is None


def test_occupation_takes_up_the_one_subject_named_just_before():
    text = ("Film star Rosa Ilves stunned fans on Friday when she said she would run against "
            "Peter Dahl for the senate.\n"
            "\u201cYes, I am serious about this,\u201d the actress wrote on her page.")
    assert _speaker(text, "Yes, I am serious") == "Rosa Ilves"


def test_occupation_with_two_subjects_before_stays_as_written():
    text = ("Rosa Ilves opened the show. Peter Dahl closed it.\n"
            "\u201cIt was a long night,\u201d the actress said.")
    assert named_before("the actress", text, len(text), lambda n: n, {}) is None


def test_offices_are_not_taken_up_by_a_nearby_name():
    text = "In the Marsh case, the court heard evidence for two days.\n\u201cThe law is unclear,\u201d the judge said."
    assert named_before("the judge", text, len(text), lambda n: n, {}) is None


def test_one_after_witnesses_is_one_witness():
    text = ("Witnesses described scenes of panic as people ran from the square.\n"
            "\u201cEveryone was screaming and looking for their children,\u201d said one.")
    assert _speaker(text, "Everyone was") == "one witness"
    assert one_of("one", "The ship sailed at noon.", 20) is None


def test_name_given_as_names_the_described_speaker():
    text = ("Local TV showed the building in flames. One woman, who gave her name as Amira, said: "
            "\u201cMy husband is still inside.\u201d")
    assert _speaker(text, "My husband") == "Amira"


def test_the_ministry_is_the_ministry_named_before_not_the_last_body():
    text = ("Officials at the Ministry of Civil Defence said rescuers had pulled 12 people alive.\n"
            "\u201cThe search will continue through the night,\u201d the ministry said.")
    assert _speaker(text, "The search will") == "Ministry of Civil Defence"
    assert named_body("the ministry", "The army said so.", 17) is None


def test_statement_from_the_group_is_the_group_that_acted():
    text = ("The Northern Front claimed the attack on Saturday.\n"
            "\u201cOur fighters struck the convoy as it left the base,\u201d read a statement from the group.")
    assert _speaker(text, "Our fighters") == "Northern Front"
    assert issuer_of("The statement from attorney Jo Raine was issued late") == "attorney Jo Raine"
    assert group_named("the group", "The Associated Press reported it. ", 34) is None


def test_agency_quoting_or_citing_a_source():
    text = "Reuters quoted a police official as saying: \u201cAt least four gunmen entered from the rear.\u201d"
    assert _speaker(text, "At least four") == "a police official"
    text = "\u201cThe ceasefire is holding for now,\u201d Xinhua reported, quoting a local commander."
    assert _speaker(text, "The ceasefire") == "a local commander"


def test_role_word_and_one_name():
    assert _speaker("\u201cWe lost everything in one night,\u201d resident Ahmed told the agency.",
                    "We lost everything") == "Ahmed"
    assert _speaker("\u201cThe wounded kept arriving until dawn,\u201d said nurse Fatima.",
                    "The wounded kept") == "Fatima"
    assert single_named("officials in Kabul") is None
    assert single_named("spokesman Monday") is None


def test_identified_as_names_the_described_speaker():
    text = "\u201cYou will never be safe in your cities,\u201d said one of the gunmen, identified as Abu Karim the Syrian."
    assert _speaker(text, "You will never") == "Abu Karim the Syrian"
    text = "A fighter, who was identified only as Samir, told the agency: \u201cWe are ready to go on.\u201d"
    assert _speaker(text, "We are ready") == "Samir"


def test_unnamed_lowercase_group_speaks():
    assert _speaker("\u201cThe convoy was hit twice near the bridge,\u201d security sources said.",
                    "The convoy was hit") == "security sources"
    assert _speaker("\u201cCalm has returned to the capital,\u201d state television said.",
                    "Calm has returned") == "state television"
    assert _speaker("\u201cThe bridge will reopen on Monday,\u201d state news agency RUNA reported.",
                    "The bridge will") == "RUNA"
    from newsdesk.extract.single_named import lower_group
    assert not lower_group("officials in Kabul")
    assert not lower_group("sources")


def test_medium_carrying_a_bodys_statement_is_not_the_speaker():
    text = ("The Coastal Guard confirmed late on Friday, in a message broadcast nationwide, that its "
            "commander had died. \u201cOur commander has fallen as a martyr,\u201d Reuters quoted a TV report as saying.")
    assert _speaker(text, "Our commander") == "Coastal Guard"


def test_label_line_names_the_issuer_of_the_quote_below():
    text = ("A statement from the boy's grandparents, released through their lawyer:\n\n"
            "\u201cWe ask only that the inquiry is honest with us and with every family.\u201d")
    assert _speaker(text, "We ask only") == "the boy's grandparents"


def test_goes_by_the_name_names_the_described_speaker():
    text = ("The raiders' leader, who goes by the name Abu Sayf, told the agency by phone: "
            "\u201cWe will hold the pass.\u201d")
    assert _speaker(text, "We will hold") == "Abu Sayf"
