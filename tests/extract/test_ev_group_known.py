"""An article's later attack sentences that name the act less fully stay with it
(extract/ev_group_known.py): "the gunmen" / "the attackers" are the attackers told before,
and a site named shorter once introduced is the same site. An indefinite "gunmen" with a
place of its own, or a one-word name, proves nothing. (Sentences invented; places fictional.)"""
from __future__ import annotations

from newsdesk.extract.ev_group_known import names_known_doers, same_site
from tests.conftest import assault_mentions


def texts(m) -> list[str]:
    return [m.span.text, *[s.text for s in m.extra_spans]]


# sentences that keep the later one out of reach of the act-word link (ev_group's window)
_ASIDES = " ".join(f"Guest number {i} described the scene to local radio." for i in range(9))
_LEDE = ("Armed men opened fire at the Harbour View Hotel in Velmar on Friday, killing at least "
         "12 guests, police said. ")


def test_the_gunmen_are_the_attackers_told_before():
    ms = assault_mentions(_LEDE + _ASIDES + " The gunmen shouted slogans as they stormed the lobby, "
                          "a porter said. By noon, two assailants had been killed, police said.",
                          "2027-05-08")
    assert len(ms) == 1
    assert any(t.startswith("The gunmen shouted") for t in texts(ms[0]))


def test_the_site_named_shorter_later_is_the_same_attack():
    ms = assault_mentions(_LEDE + _ASIDES + " Earlier, unknown gunmen had shouted slogans as they "
                          "stormed into the lobby at the Harbour View.", "2027-05-08")
    assert len(ms) == 1


def test_a_site_named_shorter_is_the_same_site():
    assert same_site({"Harbour View Hotel"}, {"Harbour View"})
    assert same_site({"harbour view"}, {"Harbour View Hotel", "Velmar"})


def test_a_one_word_name_or_another_site_is_no_link():
    assert not same_site({"Velmar Airport"}, {"Velmar"})
    assert not same_site({"Harbour View Hotel"}, {"Harbour Street Market"})
    assert not same_site({"Harbour View"}, {"Harbour View"})   # (the exact link is the caller's)


def test_the_attackers_as_doers_not_as_objects():
    assert names_known_doers("The gunmen shouted slogans as they ran up the stairs.")
    assert names_known_doers("About 80 guests were held hostage by the attackers.")
    assert not names_known_doers("Soldiers searched the bodies of the gunmen for papers.")
    assert not names_known_doers("Two gunmen opened fire on the crowd.")
