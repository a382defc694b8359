"""Floors just below the one exact count the same reports give are no toll dispute
(across/figures.settled, disputes._conflict): 'at least 31', 'at least 32' and '33 killed' can
all be true as the count rose. A floor above an exact count still contests it. An early report
and a later sentence that share only a word naming the event back ('the incident') are no
correction dispute (dispute_update.REFERS)."""
from __future__ import annotations

from newsdesk.across.disputes import find_disputes
from newsdesk.across.figures import settled
from newsdesk.model import Article, Picture
from newsdesk.nlp import sentences_step
from tests.conftest import story_disputes


def _counts(texts: dict[str, str]) -> list:
    arts = [sentences_step(Article(id=k, raw=t, text=t, story="s")) for k, t in texts.items()]
    pic = Picture(articles=arts, events=[])
    find_disputes(arts, pic)
    return [d for d in pic.disputes if d.kind == "count"]


def test_floors_below_one_exact_count_are_settled():
    floors = [((31, None), "min"), ((32, None), "min")]
    assert settled(floors, [((33, 33), "exact")])
    assert settled([((33, 33), "exact"), ((32, None), "min")], [])
    assert not settled(floors, [((30, 30), "exact")])                      # a floor above the count
    assert not settled(floors, [((33, 33), "exact"), ((34, 34), "exact")])  # two counts
    assert not settled([((20, None), "min")], [((33, 33), "exact")])         # far below it
    assert not settled(floors, [])                                          # no count to settle them


def test_outlets_filing_as_the_toll_rose_dispute_nothing():
    texts = {"a": "At least 31 people were killed when gunmen stormed the Varnholt mall on Friday, police said.",
             "b": "At least 32 people were killed when gunmen stormed the Varnholt mall on Friday.",
             "c": "Gunmen who stormed the Varnholt mall on Friday killed 33 people, the interior ministry said."}
    assert not _counts(texts)


def test_a_floor_above_an_exact_count_is_still_a_dispute():
    texts = {"a": "At least 36 people were killed when gunmen stormed the Varnholt mall on Friday, police said.",
             "c": "Gunmen who stormed the Varnholt mall on Friday killed 33 people, the interior ministry said."}
    assert len(_counts(texts)) == 1


def test_a_word_naming_the_event_back_is_no_shared_topic():
    text = ("The regional council declared two days of mourning after the incident and the governor "
            "promised an inquiry into the attack. "
            "The incident at the Kellmoor depot, a town of 40,000 people, was initially reported as a "
            "boiler fire and a possible attack.")
    assert not [d for d in story_disputes(text) if d.topic.startswith("earlier report")]
