"""How many blasts (across/dispute_blasts.py): outlets counting the explosions differently make a
dispute; a part of the blasts, blasts still to come, an ordinal, or one article's count rising
do not (sentences we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_blasts import blast_counts
from tests.conftest import story_disputes


def _blasts(*texts):
    return [d for d in story_disputes(*texts) if d.topic.startswith("how many blasts")]


def test_each_sentence_reads_the_whole_count():
    assert blast_counts("Witnesses heard at least five explosions in quick succession.") == {5}
    assert blast_counts("A first blast at the gate was followed by three more explosions inside.") == {4}
    assert blast_counts("Officials recorded two blasts along the harbour road.") == {2}


def test_parts_ordinals_and_hedges_are_no_count():
    assert not blast_counts("Two of the blasts struck the ticket hall.")
    assert not blast_counts("Three more explosions shook the district after noon.")
    assert not blast_counts("Two explosions at the terminal were followed by one on the tram.")
    assert not blast_counts("Witnesses heard two blasts near the old bazaar.")    # one site's count may be a part
    assert not blast_counts("A third explosion was heard shortly before dusk.")
    assert not blast_counts("There were unconfirmed reports of four explosions in the suburbs.")


def test_two_outlets_counting_differently_is_a_dispute():
    found = _blasts("Police said there were at least five explosions across the market district.",
                    "Three blasts were recorded around the market, the city's fire chief said.")
    assert len(found) == 1 and len(found[0].claims) == 2


def test_same_count_or_a_count_rising_in_one_article_is_none():
    assert not _blasts("Police said there were five explosions across the market district.",
                       "Residents reported five blasts around the market on Sunday.")
    assert not _blasts("Early reports spoke of two blasts near the market. Police later said there were "
                       "three blasts in all.",
                       "Three explosions rocked the market, officials said.")


def test_larger_counts_on_later_days_are_an_update():
    from newsdesk.across.disputes import find_disputes
    from newsdesk.model import Article, Picture
    texts = [("2031-05-01", "Two explosions hit the fuel depot late on Monday, the fire service said."),
             ("2031-05-02", "Investigators said on Tuesday there had been three explosions in all.")]
    arts = [Article(id=f"a{i}", raw=t, text=t, story="s", published=d) for i, (d, t) in enumerate(texts)]
    pic = Picture(articles=arts)
    find_disputes(arts, pic)
    assert not [d for d in pic.disputes if d.topic.startswith("how many blasts")]
    arts = [Article(id=f"a{i}", raw=t, text=t, story="s", published="2031-05-01") for i, (_, t) in enumerate(texts)]
    pic = Picture(articles=arts)
    find_disputes(arts, pic)
    assert [d for d in pic.disputes if d.topic.startswith("how many blasts")]
