"""Speakers on sentences we wrote for three shapes of fresh coverage: a voicing verb
('wept') that names who speaks the unattributed quote after it, a naming verb
('identified Y as "…"') whose subject owns the wording, and a person introduced only as
the name a report gives someone ('identified him as X'), whom a later 'he' may mean."""
from __future__ import annotations

from newsdesk.extract.resolver import Resolver
from tests.conftest import direct_quotes


def test_a_voicing_verb_names_the_speaker_of_the_next_quote():
    text = ("The ferry sank near the harbour on Monday.\n\n"
            "Harbour officials said the crossing had been calm.\n\n"
            "Mara Voss, whose brother was on board, wept as she waited outside the terminal. "
            "“I keep calling his phone and nobody answers.”")
    assert [q.speaker for q in direct_quotes(text)] == ["Mara Voss"]


def test_a_group_that_voices_nothing_keeps_the_earlier_speaker():
    text = ("“We have closed the bridge to all traffic,” said Colonel Anton Reyes.\n\n"
            "Residents spoke of long queues at the checkpoint. “Nobody may cross before dawn.”")
    assert [q.speaker for q in direct_quotes(text)] == ["Anton Reyes", "Anton Reyes"]


def test_a_naming_verb_gives_its_subject_the_description():
    text = ("The minister said on Tuesday that talks would resume.\n\n"
            "The rebel movement later issued a statement. The movement identified the dam as "
            "“a legitimate target in the war against the occupiers.” Nobody was hurt.")
    assert [q.speaker for q in direct_quotes(text)] == ["The movement"]


def test_a_passive_naming_verb_names_no_speaker():
    text = ("“The man was calm when we took him in,” said Sergeant Lena Ortiz.\n\n"
            "He was identified as “a drifter with no fixed address” in the report.")
    assert direct_quotes(text)[-1].speaker != "He"


def test_a_name_given_by_a_report_is_a_referent_for_he():
    text = ("Mayor Ines Carvalho said the depot was closed.\n\n"
            "One of the drivers was later arrested. Local papers identified him as Tomas Brandt. "
            "He wrote in a letter that he had \"no regrets\".")
    res = Resolver(text)
    assert any(name == "Tomas Brandt" for _, name in res.names)
    assert res.last_person(text.index("he had"), [], text.index("He wrote"), "he") == "Tomas Brandt"


def test_a_photo_caption_names_no_antecedent_for_the_next_he():
    text = ("Opposition leader Marco Ruiz called for a general strike on Monday.\n\n"
            "In a video posted online, Ruiz said the unions would stand with him.\n\n"
            "Supporters wave flags as party chairman Elias Moreno addresses a crowd in Valdora, "
            "Norland, Friday, May 3, 2019. The government has frozen the accounts of Moreno's ally, "
            "banker Hugo Lindqvist.\n\n"
            "“The strike starts tomorrow,” he said, as his deputies looked on.")
    assert [q.speaker for q in direct_quotes(text)] == ["Marco Ruiz"]


def test_a_name_inside_the_pronouns_own_dated_paragraph_still_counts():
    text = ("Crowds gathered in Valdora, Norland, Friday, May 3, 2019. Mayor Elias Moreno arrived late. "
            "“We will rebuild the square,” he said.")
    assert [q.speaker for q in direct_quotes(text)] == ["Elias Moreno"]
