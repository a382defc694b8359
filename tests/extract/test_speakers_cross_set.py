"""Speaker shapes that recur across crises (session 23): a speaking 'it' never stands for an
occasion misread as a speaker (it_voice.py), a leader's title with a describing modifier
still finds the story's leader (role_main_person.leader_title), a pronoun in a sentence that
opens with unnamed kin is that kin (gender.opening_kin), and a he/she after a quote by a
post-modified description ('a spokesman for X') continues it (quote_runs.described_speaker).
Sentences invented."""
from __future__ import annotations

from newsdesk.extract.it_voice import can_voice
from newsdesk.extract.nested_cue import reported_subject
from newsdesk.extract.role_main_person import leader_title
from tests.conftest import direct_quotes


def _speaker(text: str, opening: str) -> str | None:
    hit = [q for q in direct_quotes(text) if q.text.lstrip("\u201c\"' ").startswith(opening)]
    assert hit, f"no quote opening {opening!r}"
    return hit[0].speaker


def test_it_passes_over_an_occasion_misread_as_the_speaker():
    text = ("The Regional Assembly said on Friday that it would meet in private.\n\n"
            "Neighbouring states protested, but the assembly after a closed session "
            "condemned the shelling of the market.\n\n"
            "It said \"those who fired on civilians must face trial\" and asked for an inquiry.")
    assert _speaker(text, "those who fired").endswith("Regional Assembly")


def test_only_occasions_are_refused_as_the_voice_of_it():
    assert not can_voice("an emergency session")
    assert not can_voice("the raid")
    assert can_voice("The Security Council")
    assert can_voice("a local rights group")
    assert can_voice("an affidavit")          # 'It continued: "..."' reads the document


def test_modified_leader_title_finds_the_story_leader():
    text = ("Eva Lindqvist reversed the tax on fuel on Friday, but the protests went on.\n\n"
            "Lindqvist met union leaders on Saturday. Critics said Lindqvist had waited too long.\n\n"
            "Police chief Tomas Berg said twelve people were arrested.\n\n"
            "The conservative president suspended the new levy on Sunday, saying she had heard "
            "\"the anger of ordinary families\" across the country.")
    assert _speaker(text, "the anger of ordinary") == "Eva Lindqvist"


def test_a_modifier_pointing_at_another_holder_keeps_the_description():
    assert leader_title("conservative president") == "president"
    assert leader_title("embattled prime minister") == "prime minister"
    assert leader_title("former president") is None
    assert leader_title("vice president") is None
    assert leader_title("Russian president") is None      # a nationality may mean another state's leader


def test_premier_after_modifiers_is_the_prime_minister():
    text = ("Prime Minister Ana Ferrer flew to the coast on Tuesday.\n\n"
            "The socialist premier promised that \"every damaged home will be rebuilt within a year\" "
            "and left for the capital.")
    assert _speaker(text, "every damaged home") == "Ana Ferrer"


def test_pronoun_goes_to_the_kin_opening_its_own_sentence():
    text = ("Governor Paul Renner said the state would pay for the funeral.\n\n"
            "The pilot's sister could not be reached by phone, but she wrote online that "
            "\"the airline has lied to us from the start.\"")
    assert _speaker(text, "the airline has lied") == "The pilot's sister"


def test_kin_as_a_possessor_is_not_the_subject():
    text = ("Dario Lenz grew up above his parents' bakery.\n\n"
            "His father's early death left him \"with a debt I still carry,\" he said.")
    assert _speaker(text, "with a debt") == "Dario Lenz"


def test_pronoun_continues_a_spokesman_for_a_named_body():
    text = ("A spokesman for the Northern Army said, \"We attacked the depot because it supplied "
            "the enemy.\" He added, \"More strikes will follow before the winter.\"")
    assert _speaker(text, "More strikes") == _speaker(text, "We attacked")


def test_name_after_said_that_opens_the_reported_clause_is_no_sayer():
    text = ("Councillor Ruth Baines backed the mayor last year, but now said Okafor had "
            "\u201cthe duty and the means to unite the town.\u201d")
    assert _speaker(text, "the duty and the means") == "Ruth Baines"


def test_only_a_name_closed_by_a_finite_verb_opens_a_reported_clause():
    assert reported_subject("Okafor had")
    assert reported_subject("Ann Roe was")
    assert not reported_subject("Mayor Ann Roe")
    assert not reported_subject("Theresa May")
