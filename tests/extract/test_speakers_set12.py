"""Speakers on sentences we wrote after the shapes fresh set 12 showed: a news outlet that
cites a source, a document that holds the words, and a title closed by a capitalised word."""
from __future__ import annotations

from tests.conftest import direct_quotes


def test_an_outlet_citing_a_source_only_carries_its_words():
    text = ("Her neighbour was shaken, the mayor said.\n\n"
            "“The fire at the depot was set by one of our fighters,” Reuters said, citing the "
            "rebel-run outlet the Harbour Voice, according to local radio.")
    qs = direct_quotes(text)
    assert [q.speaker for q in qs] == ["Harbour Voice"]


def test_an_outlet_without_a_cited_source_stays_the_speaker():
    qs = direct_quotes("“The depot burned for hours,” Reuters reported, citing two unnamed officials.")
    assert [q.speaker for q in qs] == ["Reuters"]


def test_a_document_opening_the_sentence_holds_the_quoted_words():
    text = ("“She kept to herself,” her cousin said.\n\n"
            "The county warrant from 2004 on Dana Vole notes that the woman was “known to carry "
            "a knife in her boot” and “should be approached with care.”")
    qs = direct_quotes(text)
    assert [q.speaker for q in qs] == ["her cousin", "The county warrant", "The county warrant"]


def test_special_agent_in_charge_is_a_title_not_a_first_name():
    qs = direct_quotes("“We have found no link to any group,” Special Agent in Charge Mara Delgado, "
                       "of the bureau, said on Monday.")
    assert [q.speaker for q in qs] == ["Mara Delgado"]
