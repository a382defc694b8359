"""Disputes that hold on unseen coverage: both sides told in one sentence (dispute_inline.py),
and the look-alikes that are no dispute -- a party and its own lawyer, a war's running total
against one day's toll, what one witness saw, and two tolls of different things."""
from __future__ import annotations

from newsdesk.across.disputes import find_disputes, one_side
from newsdesk.model import Article, Picture
from tests.conftest import story_disputes


run = story_disputes


def test_both_sides_in_one_sentence():
    ds = run("A car bomb killed 12 people at the customs office in Port Ellis on Saturday. "
             "The government blames rebels for the bombing, but the opposition says the army itself "
             "planted the device to discredit the uprising.")
    hit = [d for d in ds if len(d.claims) == 2 and {c.holder for c in d.claims} == {"government", "opposition"}]
    assert hit and hit[0].kind == "responsibility"


def test_two_parties_talking_is_no_dispute_without_a_cue():
    assert not run("The company said profits rose in the quarter, while analysts said the outlook "
                   "for the harbour trade was weak.")
    assert not run("There was no immediate claim of responsibility, but police said they suspected "
                   "a local gang.")


def test_a_party_and_its_own_voice_are_one_side():
    assert one_side("Hayes' lawyer", "Cardell Hayes")
    assert one_side("Ruritania's foreign ministry", "Ruritania")
    assert not one_side("Ruritania", "Borduria")
    assert not one_side("Police", "Foreign Minister Vask")


def test_running_totals_and_sightings_are_no_toll_dispute():
    assert not [d for d in run(
        "At least 61 people were killed in the capital on Monday, witnesses said.",
        "Rights groups said at least 300 people had been killed since Feb. 15 in the capital.",
        "The UN says more than 7,500 people have now died in the crackdown in the capital.") if d.kind == "count"]
    assert not [d for d in run(
        "Scores of people were killed in the capital on Monday, residents said.",
        "One witness said he saw at least two people killed in the capital on Monday.") if d.kind == "count"]


def test_tolls_of_different_things_do_not_clash():
    # a pile-up's toll and a storm's toll share words with a third report but count different things
    ds = run("Blinding snow is blamed for a 30-car pileup on the interstate near Fort Ellis that killed two people.",
             "In the state, two people were killed and seven injured in a 25-vehicle pileup on the interstate.",
             "A major snowstorm sweeping across the plains left at least eight people dead, clogged highways and "
             "forced flight cancellations.")
    assert not [d for d in ds if d.kind == "count"]
    real = run("Police said 31 people were killed in the fire at the trade union building.",
               "Officials said 38 people were killed in the fire at the trade union building.")
    assert [d for d in real if d.kind == "count"]


def _event_of(arts, figures):
    from newsdesk.model import Count, Event, EventMention
    ms = []
    for art, (sentence, n) in zip(arts, figures):
        start = art.text.index(sentence)
        ms.append(EventMention(art.id, "ASSAULT", art.span(start, start + len(sentence)), dead=Count(n, n)))
    return Event("e1", "ASSAULT", ms)


def _event_disputes(t1, f1, t2, f2):
    arts = [Article(id="a", raw=t1, text=t1, story="s"), Article(id="b", raw=t2, text=t2, story="s")]
    pic = Picture(articles=arts, events=[_event_of(arts, [(t1, f1), (t2, f2)])])
    find_disputes(arts, pic)
    return [d for d in pic.disputes if d.kind == "count"]


def test_one_event_whose_sources_count_different_things():
    # a wrongly merged event: a pile-up's two dead and a storm's eight share no word
    assert not _event_disputes("In the state, two people were killed and seven injured in a 25-vehicle pileup.", 2,
                               "A major snowstorm sweeping the plains left eight people dead and clogged highways.", 8)
    assert _event_disputes("Police said 31 people were killed in the fire at the union building.", 31,
                           "Officials said 38 people were killed in the fire at the union building.", 38)


def test_one_part_of_a_sum_is_not_a_rival_toll():
    assert not [d for d in run(
        "The lawsuit says the gunman could not have killed 26 people at the school without the rifle.",
        "The massacre at the school left 20 first graders and six educators dead.") if d.kind == "count"]
