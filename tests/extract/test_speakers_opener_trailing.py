"""Speaker shapes from fresh tuning set 46 (session 23): a name right after the word that opens
its sentence ('When Ann Roe fled …, she …') is the person a later 'she told X' refers to
(antecedents.clause_opener_subject), and a quoted phrase inside a sentence that closes with
', according to X' is X's (trailing_source). Sentences invented."""
from __future__ import annotations

from newsdesk.extract.antecedents import clause_opener_subject
from newsdesk.extract.trailing_source import trailing_according
from newsdesk.extract.attribution import right_speaker
from tests.conftest import direct_quotes


def _speaker(text: str, opening: str) -> str | None:
    hit = [q for q in direct_quotes(text) if q.text.lstrip("\u201c\"' ").startswith(opening)]
    assert hit, f"no quote opening {opening!r}"
    return hit[0].speaker


STORM = ("When Maria Lopez fled her flat by the river moments after the storm hit, she could "
         "already hear the sirens.\n\n"
         "Shortly after midnight, Lopez woke to the noise of the wind.\n\n"
         "\u201cWe went to the window, but we could not see a thing out there,\u201d she told "
         "NBC\u2019s Today Show on Tuesday. \u201cA minute later the roof went and the rain came in.\u201d\n\n"
         "Lopez and her husband ran downstairs.\n\n"
         "\u201cWe felt the cold rain on our faces,\u201d she recalled. \u201cWe drove up the hill to get "
         "away from it.\u201d\n")


def test_name_after_an_opening_subordinator_is_the_pronouns_antecedent():
    assert _speaker(STORM, "We went to the window") == "Maria Lopez"
    assert _speaker(STORM, "A minute later") == "Maria Lopez"


def test_the_programme_told_is_no_antecedent_of_the_next_she():
    assert _speaker(STORM, "We felt the cold rain") == "Maria Lopez"
    assert _speaker(STORM, "We drove up the hill") == "Maria Lopez"


def test_clause_opener_needs_the_sentence_start_and_a_finite_verb():
    text = "When Ann Roe fled the town, she took the dog."
    assert clause_opener_subject(text, 0, 5, 12)
    mid = "The dogs barked when Ann Roe fled the town."
    at = mid.index("when")
    assert not clause_opener_subject(mid, at, at + 5, at + 12)      # not at the sentence start
    noun = "When Ann Roe, the baker, came home, she cried."
    assert not clause_opener_subject(noun, 0, 5, 12)                 # no finite verb right after


def test_quoted_phrase_takes_the_according_to_that_closes_its_sentence():
    text = ("Ann Roe runs the bakery on the square.\n\n"
            "Two shop owners were held on Monday and face \u201creckless endangerment of life\u201d "
            "charges, according to city police.\n")
    assert _speaker(text, "reckless endangerment") == "city police"


def test_trailing_according_wants_only_a_short_lower_case_tail():
    assert trailing_according(" charges, according to city police.", right_speaker)[0] == "city police"
    assert trailing_according(" last week, according to state media.", right_speaker)[0] == "state media"
    assert trailing_according(" and the Mayor Ben Oda later said, according to aides.", right_speaker) is None
    assert trailing_according(", she said.", right_speaker) is None
