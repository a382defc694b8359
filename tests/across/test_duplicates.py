"""Near-duplicate wire copy: found, pointed at the earliest copy, kept out of double counts."""
from __future__ import annotations

from newsdesk.across.duplicates import find_duplicates
from newsdesk.across.stories import assign
from newsdesk.model import Article

WIRE = (
    "VALDORA (Wire) - Floodwater broke through a river levee outside the port town of Marisk "
    "early on Tuesday, forcing about 4,000 residents to leave their homes, the regional civil "
    "protection office said. Rescue crews in boats moved through the flooded streets of the "
    "lower town and carried elderly people to a school on higher ground. Two fishermen were "
    "reported missing after their boat capsized near the harbour mouth, and one man was "
    "treated for hypothermia. The governor of the province, Elena Sarvik, said the army "
    "would send trucks and water pumps and that the levee had been inspected only last "
    "spring. Meteorologists expect more rain in the mountains upstream until Thursday, and "
    "the river is forecast to crest again on Wednesday night."
)
OTHER = (
    "The national football federation named a new head coach on Monday after a run of six "
    "matches without a win, choosing the former under-21 manager Tomas Reyl for a contract "
    "that runs until the end of the next qualifying campaign. Reyl, 47, said he would call "
    "up several young players for the friendly against the northern neighbours next month "
    "and that the team had to rediscover its pressing game. Supporters' groups welcomed the "
    "appointment but asked the federation to publish its plan for the youth academies, "
    "which have lost funding for three years in a row."
)


def _art(aid, text, published=None):
    return Article(aid, raw=text, text=text, title=None, published=published)


def test_five_hundred_copies_one_original_one_story():
    arts = [_art(f"a{i:03d}", WIRE, f"2026-03-{1 + i % 9:02d}") for i in range(500)]
    arts[137].published = "2026-02-28"             # the earliest copy is the original
    dups = find_duplicates(arts)
    assert len(dups) == 499
    assert set(dups.values()) == {"a137"}
    for a in arts:
        a.duplicate_of = dups.get(a.id)
    stories = assign(arts)
    assert len(stories) == 1 and len(stories[0].articles) == 500


def test_copy_with_local_intro_and_cut_tail_is_a_duplicate():
    local = "Our correspondent adds that the town council met in emergency session. " + \
        WIRE.rsplit(" Meteorologists", 1)[0]
    dups = find_duplicates([_art("orig", WIRE, "2026-03-01"), _art("copy", local, "2026-03-02")])
    assert dups == {"copy": "orig"}


def test_different_stories_and_short_notices_are_not_duplicates():
    notice = "Please sign in to read this article. Subscribers get unlimited access."
    arts = [_art("w", WIRE), _art("f", OTHER), _art("n1", notice), _art("n2", notice)]
    assert find_duplicates(arts) == {}


def test_undated_copy_points_at_dated_one_and_empty_bodies_pass():
    arts = [_art("undated", WIRE), _art("empty", ""), _art("dated", WIRE, "2026-03-05")]
    assert find_duplicates(arts) == {"undated": "dated"}
