"""Disputes added in session 20 (sentences we wrote): whether someone left a place
(dispute_exit.py), mutual blame for violence (dispute_fault.py), the overall wounded figure two
officials give differently (dispute_wounded_top.py), a one-sentence dispute retelling a larger
one (dispute_twins.retells) and a crew part told beside the whole crew (dispute_headcount)."""
from __future__ import annotations

from newsdesk.across.dispute_exit import EXIT, NEVER_OUT
from newsdesk.across.dispute_fault import _blamed
from newsdesk.across.dispute_twins import retells
from newsdesk.model import Article, Claim, Dispute
from tests.conftest import story_disputes


def _topics(*texts):
    return [d.topic for d in story_disputes(*texts)]


LEFT = ("Officials of the Velmoran embassy in Dorsk say the activist Anton Reyes left shortly afterwards, "
        "but his sister, who waited at the gate all evening, said he never came out.")
POLICE = "Reyes walked into the embassy at noon and \"did not come back out,\" police told the state broadcaster."


def test_left_against_never_came_out_is_a_dispute():
    found = [d for d in story_disputes(LEFT, POLICE) if d.topic.startswith("whether the person left")]
    assert len(found) == 1
    holders = {c.holder for c in found[0].claims}
    assert "his sister" in holders and any("embassy" in h for h in holders)
    assert {c.article for c in found[0].claims} == {"a0", "a1"}


def test_exit_phrases_that_state_no_exit():
    assert not EXIT.search("The minister left the country last year after the scandal.")
    assert not EXIT.search("The storm left twelve people dead in the valley.")
    assert EXIT.search("The consul said she exited the building through the rear door.")
    assert not NEVER_OUT.search("The patient never came out of the coma, doctors said.")
    assert NEVER_OUT.search("Her lawyer insisted she never emerged from the compound.")


def test_never_came_out_alone_is_no_dispute():
    assert not [t for t in _topics(POLICE, "His sister said he never came out of the gate area.")
                if t.startswith("whether the person left")]


def test_mutual_blame_for_violence():
    a = ("The Velmoran interior minister, Oskar Dahl, blamed the clashes on the Dorsk regional government "
         "and praised the riot police.")
    b = ("Mara Lind of the Dorsk regional government said the responsibility for the violent scenes lies with "
         "the Velmoran interior minister, Oskar Dahl.")
    assert _blamed(a) == "the Dorsk regional government"
    assert _blamed(b) and "interior minister" in _blamed(b)
    found = [d for d in story_disputes(a, b) if d.kind == "responsibility"]
    assert len(found) == 1 and {c.article for c in found[0].claims} == {"a0", "a1"}


def test_blame_that_is_denied_or_not_for_violence_is_no_blame():
    assert _blamed("The mayor denied that he blamed the clashes on the regional government.") is None
    assert _blamed("The union blamed the delay on the Dorsk transport ministry.") is None


MAYOR = ("Dorsk mayor Ilse Varga says more than 300 people have been injured in clashes with riot police "
         "at the polling stations of the region.")
MEDICS = ("More than 700 people were injured by riot police at the polling stations, the Dorsk emergency "
          "service said.")


def test_two_officials_give_the_wounded_far_apart():
    found = [d for d in story_disputes(MAYOR, MEDICS) if d.topic.startswith("number of injured")]
    assert len(found) == 1 and found[0].topic == "number of injured: 300 vs 700"


def test_two_unsourced_figures_or_two_scenes_are_no_wounded_dispute():
    assert not [t for t in _topics("More than 300 people were injured at the polling stations of the region.",
                                   "Some 350 people were injured at the polling stations across the region.")
                if t.startswith("number of injured")]
    assert not [t for t in _topics("Two wounded Norvish reporters could not leave Dorsk, the Red Cross says.",
                                   "Twenty people were wounded when a shell hit a rally in Dorsk, the group said.")
                if t.startswith("number of injured")]


def _dispute(kind, *claims):
    arts = {}
    out = []
    for aid, holder, text in claims:
        art = arts.setdefault(aid, Article(id=aid, raw=text, text=text))
        out.append(Claim(aid, holder, art.span(0, len(text))))
    return Dispute("t", out, kind)


def test_a_one_sentence_dispute_retelling_a_larger_one_folds_into_it():
    big = _dispute("occurrence",
                   ("a1", "Velmoran police", "Velmoran police believe the reporter Anton Reyes was killed inside "
                                             "the Norvish embassy in Dorsk on Tuesday."),
                   ("a2", "the embassy", "The embassy rejected the claim that Reyes died in its building."))
    one = ("Velmoran police believe the reporter Anton Reyes was killed inside the Norvish embassy in Dorsk, "
           "according to an official, but the embassy quickly denied it.")
    inline = _dispute("claim", ("a3", "an official", one), ("a3", "the embassy", one))
    assert retells(big, inline)
    other = _dispute("claim", ("a3", "an official", "The border crossing at Harn stays shut, the governor said, "
                                                     "but traders insisted trucks still pass at night."),
                     ("a3", "traders", "The border crossing at Harn stays shut."))
    assert not retells(big, other)


def test_a_crew_part_beside_the_whole_crew_is_no_rival_count():
    a = ("Three attackers stormed the Dorsk station on Friday. The attack began when two gunmen opened fire at "
         "the gate, officials said.")
    b = "Three suicide bombers attacked the Dorsk station, the governor said."
    assert not [t for t in _topics(a, b) if t.startswith("number of attackers")]


def test_one_quoted_as_saying_holds_the_claim():
    from newsdesk.across.dispute_holders import holder
    assert holder("A harbour official was quoted as saying that the ferry had been hit by a drone.") == \
        "A harbour official"
    assert holder("Velm Radio quoted the harbour office, which said the ferry had been hit.") == "the harbour office"


def test_one_groups_hurt_given_differently_by_two_outlets():
    a = "Nine Velmoran soldiers were wounded in addition to four dead at the Harn checkpoint, the army said."
    b = ("The dead include three Velmoran soldiers and a medic, Colonel Ivo Marsh said. Another 14 soldiers "
         "were wounded at the Harn checkpoint, Marsh said.")
    found = [d for d in story_disputes(a, b) if d.topic.startswith("number of injured soldiers")]
    assert len(found) == 1 and found[0].topic == "number of injured soldiers: 9 vs 14"


def test_another_after_a_first_figure_of_the_group_adds_to_it():
    a = ("Nine soldiers were wounded at the Harn checkpoint, the army said. Another 5 soldiers were wounded "
         "at the Harn checkpoint later, the army said.")
    b = "Nine soldiers were wounded at the Harn checkpoint, the governor said."
    assert not [t for t in _topics(a, b) if t.startswith("number of injured soldiers")]
