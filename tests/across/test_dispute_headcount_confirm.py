"""Disputes met on held-out coverage , on short texts we wrote: how many attackers or
people held, a party that cannot confirm what others report, two outlets reporting opposite
things in one sentence; and the look-alikes that are none (a claim of responsibility, a part
of the group, an accuser whose target denied)."""
from __future__ import annotations

from newsdesk.across.dispute_headcount import ATTACKERS, HELD, counts
from tests.conftest import story_disputes


run = story_disputes


def test_different_numbers_of_attackers():
    ds = run("Police are hunting three gunmen who fled the harbour office by car.",
             "Two masked attackers armed with rifles began shooting in the lobby of the harbour office.",
             "A spokesman said the attackers escaped.")
    hit = [d for d in ds if d.kind == "headcount"]
    assert hit and "3" in hit[0].topic and "2" in hit[0].topic


def test_parts_bounds_and_the_dead_are_no_attacker_count():
    assert counts("Two of the gunmen were named by police.", ATTACKERS) == []
    assert counts("At least one gunman opened fire.", ATTACKERS) == []
    assert counts("The toll includes 40 civilians and three attackers.", ATTACKERS) == []
    assert counts("Three militants were killed in the raid.", ATTACKERS) == []
    assert counts("Officers were warned about two suspected bombers targeting ministers.", ATTACKERS) == []
    assert counts("Four men armed with rifles stormed the hall.", ATTACKERS) == [4]


def test_people_held_counts_and_sums():
    assert counts("Police said two men and a woman were in custody.", HELD) == [3]
    assert counts("Authorities detained three other people overnight.", HELD) == []
    assert counts("Police found no suspects beyond the four arrested.", HELD) == [4]
    assert counts("The gunmen took three people hostage.", HELD) == []
    ds = run("Police said three people were in custody after the shooting at the port.",
             "The prime minister said four people had been taken into custody after the shooting at the port.")
    assert [d for d in ds if d.kind == "headcount" and "people held" in d.topic]


def test_one_number_everywhere_is_no_dispute():
    ds = run("Three gunmen fled the scene in a stolen van.",
             "Police said three gunmen opened fire on the crowd.")
    assert not [d for d in ds if d.kind == "headcount"]


def test_cannot_confirm_what_others_report():
    ds = run("Investigators are looking into claims that two of the gunmen were Canadians.",
             "The interior minister could not confirm reports that Canadians were among the gunmen, "
             "saying tests were under way.")
    hit = [d for d in ds if "cannot confirm" in d.topic]
    assert hit and len(hit[0].claims) == 2


def test_confirm_or_deny_takes_no_side():
    ds = run("A security source said foreign commandos had entered the building.",
             "The foreign ministry refused to confirm or deny its commandos had entered the building.")
    assert not [d for d in ds if "cannot confirm" in d.topic]


def test_two_outlets_reporting_opposite_things():
    ds = run("Local radio has been reporting that the suspect was arrested, but Reuters is reporting "
             "that the man detained was someone else.")
    assert [d for d in ds if {c.holder for c in d.claims} == {"Local radio", "Reuters"}]


def test_a_claim_of_responsibility_is_no_contested_claim():
    ds = run("Authorities blamed a local cell for the bombing at the depot.",
             "However, an official said there was no reason to doubt the group's claim of responsibility.")
    assert not ds


def test_an_accuser_whose_target_denied_is_no_rebuttal_by_the_accuser():
    ds = run("Borduria accused Ruritania of shelling a border post, an accusation that Ruritania denied.",
             "Suspicion fell on militias based in the east of Borduria.")
    assert not [d for d in ds if d.kind == "accusation" and "Borduria and its rebuttal" in d.topic]


def test_a_pair_sharing_one_sentence_with_a_toll_dispute_is_kept():
    from newsdesk.across.disputes import _dedupe
    from newsdesk.model import Claim, Dispute, Span

    def claim(art, start):
        return Claim(art, None, Span(art, start, start + 5, "words"))
    toll = Dispute("death toll", [claim("a", 0), claim("b", 0), claim("c", 0)], "count")
    unconfirmed = Dispute("whether X: Y cannot confirm", [claim("a", 0), claim("d", 40)], "occurrence")
    same_kind = Dispute("toll again", [claim("a", 0), claim("d", 40)], "count")
    one_sentence = Dispute("two sides in one sentence", [claim("a", 0), claim("a", 0)], "claim")
    kept = _dedupe([toll, unconfirmed, same_kind, one_sentence])
    assert unconfirmed in kept and same_kind not in kept and one_sentence not in kept


def test_an_arrest_count_that_grew_over_days_is_no_dispute():
    from newsdesk.across.disputes import find_disputes
    from newsdesk.model import Article, Picture
    texts = [("Police said three people were in custody after the blasts at the port.", "2026-03-02"),
             ("The interior minister said seven people had been arrested over the blasts at the port.", "2026-03-04")]
    arts = [Article(id=f"a{i}", raw=t, text=t, story="s", published=day)
            for i, (t, day) in enumerate(texts)]
    pic = Picture(articles=arts)
    find_disputes(arts, pic)
    assert not [d for d in pic.disputes if "people held" in d.topic]
    arts = [Article(id=f"b{i}", raw=t, text=t, story="s", published="2026-03-02")
            for i, (t, _) in enumerate(texts)]
    pic = Picture(articles=arts)
    find_disputes(arts, pic)
    assert [d for d in pic.disputes if "people held" in d.topic]
