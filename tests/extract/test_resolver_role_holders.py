"""Speakers named by a title (extract/role_holders.py, resolver.py), on articles we wrote: a
title with a surname or alone resolves to the full name given earlier, and of two people with
one title the one the story keeps naming is meant, never a lesser office of the same word."""
from __future__ import annotations

from newsdesk.extract.resolver import Resolver
from tests.conftest import direct_quotes


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in direct_quotes(text)]


def test_title_surname_and_bare_title_resolve_to_the_full_name():
    text = ("WASHINGTON (Wire) -- President Barack Obama on Tuesday defended the nuclear agreement "
            "before a skeptical Congress.\n\n"
            '"This deal is our best chance to prevent a bomb," Obama said at the White House.\n\n'
            '"We will not accept a bad deal," the president said later.\n\n'
            "Secretary of State John Kerry is due to testify on Thursday. "
            '"The inspections are the most intrusive ever agreed," Mr Kerry told reporters.\n\n'
            '"Nobody is asking anyone to trust them," Secretary Kerry said.')
    assert _speakers(text) == ["Barack Obama", "Barack Obama", "John Kerry", "John Kerry"]


def test_the_president_is_not_another_president_named_first():
    text = ("GENEVA (Wire) -- Iranian President Hassan Rouhani welcomed the deal in a televised "
            "address on Tuesday.\n\n"
            '"A new chapter has opened for our nation," Rouhani said.\n\n'
            "In Washington, President Barack Obama urged lawmakers to back the agreement.\n\n"
            '"This deal is our best chance to prevent a bomb," President Obama said.\n\n'
            '"We will not accept a bad deal," the president said.')
    assert _speakers(text) == ["Hassan Rouhani", "Barack Obama", "Barack Obama"]


def test_a_vice_president_holds_no_presidency():
    text = ("Vice President Tomas Reyes opened the summit on Monday, and President Maria Costa "
            "chaired the afternoon session on trade.\n\n"
            '"We have waited too long for this agreement," the president said.')
    assert _speakers(text) == ["Maria Costa"]


def test_a_surname_after_a_title_keeps_its_arabic_article():
    text = ("BAGHDAD (Wire) -- Prime Minister Haider al-Abadi said on Sunday that the army had "
            "retaken the city.\n\n"
            '"The next target is the north," the prime minister said.')
    assert _speakers(text) == ["Haider al-Abadi"]


def test_a_shared_surname_after_a_title_stays_a_surname():
    text = ("Laura Bush and Jeb Bush campaigned together in Iowa. Critics of "
            "President Bush's record were in the crowd.\n\n"
            '"Labels are for soup cans," the former president said.')
    res = Resolver(text)
    assert res.role_name("the former president", len(text)) == "Bush"
