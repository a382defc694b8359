"""Speaker forms found on fresh pages of sets 64 and 67, tested on sentences we wrote: 'the
group' taking up a bare-named body (extract/group_subject.py), 'stating, "…"' as a speech
participle, a place before 'the spokesperson said' never its holder (role_holders.py), and a
long ', who …,' clause inside a trailing frame (intro_clause.words_outside_aside)."""
from __future__ import annotations

from newsdesk.extract.group_subject import group_subject
from newsdesk.extract.intro_clause import words_outside_aside
from newsdesk.extract.quotes import extract_quotes
from newsdesk.model import Article


def _speakers(text: str) -> list[str]:
    art = Article(id="t", raw=text, text=text)
    return [q.speaker for q in extract_quotes(art) if q.kind == "direct"]


# --- 'the group' after a body named without 'The' ---------------------------------------------

def test_the_militant_group_takes_up_the_bare_name_that_opened_the_sentence_before():
    text = ("Storms hit the harbour held by Nazhar overnight.\n\nNazhar blamed the port authority for the delay. "
            "\u201cWe hold the harbour board entirely responsible for this failure,\u201d the militant "
            "group said on Monday in a statement.")
    assert _speakers(text) == ["Nazhar"]


def test_the_groups_statement_speaks_for_the_group():
    text = ("Radios used by Hamdaz blew up across the valley at noon.\n\nHamdaz said its radios exploded while its "
            "members were at work. \u201cOur technical teams are now looking into every cause of the "
            "blasts,\u201d the armed group\u2019s statement said.")
    assert _speakers(text) == ["Hamdaz"]


def test_the_organization_after_a_subject_with_an_aside():
    text = ("Rockets fell on the town, a stronghold of Talvar.\n\nTalvar, backed by its northern allies, stated that four of its "
            "fighters had died.\n\nThe organization called the strike \"a shameful crime\" and vowed a "
            "response.")
    assert _speakers(text) == ["Talvar"]


def test_a_word_opening_a_sentence_but_never_written_inside_one_is_no_name():
    text = ("Shells hit the border posts.\n\nFighting has raged around the town since Monday. The militia "
            "called it \"a war on our homes\" and vowed to stay.")
    assert group_subject("the militia", text, text.find("The militia")) is None


def test_an_acronym_written_in_brackets_is_a_name():
    text = ("Doctors of the North (NWRD) ran the clinic.\n\nNWRD said nine of its staff were missing after the "
            "bombing that the group called \"a deliberate strike\".")
    assert group_subject("the group", text, text.find("the group")) == "NWRD"


def test_a_surname_of_a_person_named_in_full_is_no_group():
    text = ("Rockets fell on the town.\n\nThe commander, Idris Nazhar, toured the ruins. Nazhar blamed the "
            "port authority for the delay.")
    assert group_subject("the group", text, len(text)) is None


def test_a_country_opening_the_sentence_is_no_group():
    text = "Shells hit the border posts.\n\nNorway condemned the attack on the observers."
    assert group_subject("the group", text, len(text)) is None


def test_a_ministry_opening_the_sentence_is_no_group():
    text = "Shells hit the border posts.\n\nThe Defence Ministry confirmed the attack on the observers."
    assert group_subject("the militant group", text, len(text)) is None


# --- 'stating' is a speech participle --------------------------------------------------------

def test_stating_before_a_quote_gives_the_clause_subject_not_the_next_sentence():
    text = ("Ann Roe, the state's security commissioner, relayed the findings of a meeting on the raid, "
            "stating, \u201cThe police were on patrol against bandits but mistakenly hit villagers near "
            "the market.\u201d The police spokesperson did not answer calls, and the navy denied any role.")
    assert _speakers(text) == ["Ann Roe"]


# --- a place before 'the spokesperson said' ---------------------------------------------------

def test_a_town_before_the_spokesperson_said_is_not_the_spokesperson():
    text = ("The charity said its teams were treating the wounded.\n\nThe numbers came from one clinic in "
            "Barda, the spokesperson said, adding, \u201cTwo other clinics in the town have taken in many "
            "injured people and the search goes on.\u201d")
    assert _speakers(text) == ["the spokesperson"]


def test_a_person_before_the_spokesperson_appositive_still_holds_the_role():
    text = ("Lena Ortiz, the spokesperson for the charity, visited the clinic on Monday.\n\n\u201cWe are "
            "running out of beds for the wounded,\u201d the spokesperson said.")
    assert _speakers(text) == ["Lena Ortiz"]


# --- a long relative clause inside a trailing frame ------------------------------------------

def test_a_long_who_clause_between_the_trailing_speaker_and_told():
    text = ("Gunmen raided the village at dawn.\n\n\u201cI watched the men load the cattle onto two lorries "
            "and drive off to the north,\u201d a herder from the nearby hamlet of Tivo, who was made to guide "
            "the raiders out of the valley and then freed, told reporters.")
    assert _speakers(text) == ["a herder from the nearby hamlet of Tivo"]


def test_the_who_clause_counts_no_words_but_the_rest_does():
    assert words_outside_aside(" a herder, who was forced to guide the raiders far out of the valley "
                               "and later freed, ") == 2
    assert words_outside_aside(" the crowd ran off. Later a man ") == 7


# --- 'warning shots' is no speech participle --------------------------------------------------

def test_warning_shots_in_a_reported_clause_leave_the_quote_with_the_sayer():
    text = ("Storms hit the camp.\n\nA navy spokesman, Rear Adm. Ola Berg, said that Danish sailors fired "
            "warning shots in the air before firing \u201conly when the crowd surged toward the gate and "
            "put lives at risk.\u201d")
    assert _speakers(text) == ["Ola Berg"]


def test_warning_before_a_quote_still_introduces_it():
    text = ("Ministers met in the capital on Monday.\n\nInterior Minister Ana Ruiz closed the meeting, "
            "warning, \u201cthere will be no second chance for the smugglers who run these boats.\u201d")
    assert _speakers(text) == ["Ana Ruiz"]
