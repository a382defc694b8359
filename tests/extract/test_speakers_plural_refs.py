"""Speakers on sentences we wrote: a plural 'they'
that follows a group, a document source behind a nationality and a title, a page cut inside
its attribution, and an agentless 'it is claimed'."""
from __future__ import annotations

from newsdesk.extract.group_refs import plural_subject, previous_sentence
from tests.conftest import direct_quotes


def test_they_goes_to_the_plural_subject_before_it_not_the_last_person_named():
    text = ("“We will rebuild the bridge,” Governor Tom Hale said on Monday.\n\n"
            "Police arrested the harbour master, Paul Grint, and his deputy.\n\n"
            "The striking dockworkers who blocked the port issued a list of demands. They said they "
            "would stay until the ministry agreed to “restore the old pay scale for every crew.”")
    assert [q.speaker for q in direct_quotes(text)] == ["Tom Hale", "The striking dockworkers"]


def test_a_singular_or_proper_subject_is_no_antecedent_for_they():
    assert plural_subject("The harbour master issued a list of demands.") is None
    assert plural_subject("The United States issued a warning.") is None
    assert plural_subject("Farmers and traders closed the road.") is None
    assert plural_subject("The angry farmers closed the road.") == ("The angry farmers", 0)


def test_previous_sentence_crosses_a_paragraph_break():
    text = "The farmers left.\n\nThey said so."
    start, end = previous_sentence(text, text.index("They"))
    assert text[start:end] == "The farmers left."


def test_a_document_source_runs_through_its_title_to_the_name():
    text = ("A crisis meeting was held after the “cowardly raid on our border post near the river,” "
            "according to a statement from Norvish director of communications Peter Lamont.")
    assert [q.speaker for q in direct_quotes(text)] == ["Peter Lamont"]


def test_a_page_cut_after_said_leaves_the_speaker_unknown():
    text = ("A navy official said four sailors were aboard. Two were found, he said.\n\n"
            "Coast Guard rescue teams \"are now searching the lower decks of the ferry,\" said ")
    assert [q.speaker for q in direct_quotes(text)] == [None]


def test_an_agentless_passive_report_names_no_speaker():
    qs = direct_quotes("The rebels pulled back “to regroup and rearm before the rains,” it was claimed on Sunday.")
    assert [q.speaker for q in qs] == [None]
    qs = direct_quotes("The rebels pulled back “to regroup and rearm before the rains,” the colonel said.")
    assert [q.speaker for q in qs] == ["the colonel"]


def test_a_titled_subject_with_of_speaks_its_quoted_fragment():
    text = ("Rebels went on radio to say they hold the capital.\n\n"
            "They said they had closed the airport.\n\n"
            "Norvish Minister of Foreign Affairs Ola Berg pledged Norvland’s “steady backing” in a call "
            "to the president.")
    assert [q.speaker for q in direct_quotes(text)] == ["Ola Berg"]


def test_a_body_named_in_its_own_phrase_is_not_replaced_by_another_with_its_head():
    from newsdesk.extract.quotes import extract_quotes
    from newsdesk.model import Article
    text = ("Norvish state broadcaster Kanal TV said the port was calm. However, the rebel-run al-Noor TV "
            "reported that dozens of people were hurt overnight, without giving further details.")
    qs = extract_quotes(Article(id="t", raw=text, text=text))
    assert [q.speaker for q in qs if q.kind == "indirect"] == ["the rebel-run al-Noor TV"]


def test_they_after_a_subject_in_its_own_sentence_keeps_that_antecedent():
    text = ("Under the plan, the regulators would have approved the merger. Opposition senators voted "
            "it down because they said the terms were a “gift to the two largest banks.”")
    assert [q.speaker for q in direct_quotes(text)] != ["the regulators"]
