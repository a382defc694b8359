"""Speakers on articles we wrote: a leader's title the story never pairs with a name goes to
the person it keeps telling of (role_main_person.py), never to someone it names under another
title nor when two people share the story; a pronoun after a subject with a time adverb
('Ann Roe today signed'; antecedents.py) finds her; 'she' is never a country (resolver.py);
'the group' is the name written with that head (resolver.by_head); 'given “…” by X' is X's
words (cue_scope.py); a participle after 'a letter by Z' is Z's (issued_by.py)."""
from __future__ import annotations

from tests.conftest import direct_quotes


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in direct_quotes(text)]


def test_bare_title_goes_to_the_story_s_own_person():
    text = ("The chancellor is freezing fuel duty for a second year, in a budget that also cuts "
            "business rates for small shops.\n\n"
            "The new rules were drawn up by Helga Marsh over the summer.\n\n"
            "Addressing parliament, Mrs Marsh said the measures would cost four billion.\n\n"
            '"We will not let families carry this burden alone," the chancellor said.\n\n'
            "Critics said Mrs Marsh had borrowed the plan from the opposition.")
    assert _speakers(text) == ["Helga Marsh"]


def test_bare_title_stays_when_someone_else_holds_another_title():
    text = ("The new rules were drawn up by Helga Marsh over the summer.\n\n"
            "Finance Secretary Helga Marsh said the measures would cost four billion, and Mrs "
            "Marsh promised more next spring.\n\n"
            '"We will not let families carry this burden alone," the chancellor said.')
    assert _speakers(text) != ["Helga Marsh"]


def test_bare_title_not_given_when_two_people_share_the_story():
    text = ("Helga Marsh and Piet Loman met on Monday. Mrs Marsh spoke first and Mr Loman "
            "answered; Marsh left early and Loman stayed.\n\n"
            '"We will not let families carry this burden alone," the chancellor said.')
    assert _speakers(text) != ["Helga Marsh"]


def test_pronoun_after_subject_with_time_adverb():
    text = ("Helga Marsh today expelled two envoys and froze the assets of their allies.\n\n"
            'In a speech to parliament, she called the plan "fair to every household in the land".')
    assert _speakers(text) == ["Helga Marsh"]


def test_the_group_goes_to_the_name_written_with_that_head():
    text = ("Rebels of the Green Dawn (GD) group seized the river port on Sunday.\n\n"
            "GD, which holds much of the delta, later posted a video. The group called the port "
            '"a gateway we will never give back to the army."')
    assert _speakers(text) == ["Green Dawn"]


def test_she_is_not_a_country_given_a_scare_quote():
    text = ("Helga Marsh spoke to parliament on Monday.\n\n"
            "Russia had failed to give any “honest” account of the raid or of why it keeps “a "
            "hidden stock of banned gas shells near the border”, she said.")
    assert _speakers(text)[-1] == "Helga Marsh"


def test_passive_given_words_go_to_the_by_phrase():
    text = ("Piet Loman spoke to reporters at the border on Friday.\n\n"
            "The traders were told to pack up and have been given “two days to clear the square” "
            "by Helga Marsh.")
    assert _speakers(text) == ["Helga Marsh"]


def test_participle_after_a_letter_by_a_body_is_the_body_s_words():
    text = ("Ann Roe met the council on Monday.\n\n"
            "Roe's speech followed a joint letter by all 12 Hansa cities calling on the state to "
            '"fund the night buses now" and warning of "a long hard winter for workers."')
    assert _speakers(text) == ["Hansa", "Hansa"]


def test_participle_after_a_plain_object_stays_with_the_subject():
    text = ("Ann Roe met the council on Monday.\n\n"
            'Roe sent a long letter to the state, calling on it to "fund the night buses now."')
    assert _speakers(text) == ["Ann Roe"]
