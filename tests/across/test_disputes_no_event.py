"""A story where the events step found no event holds no dispute (across/disputes.py): the
detectors read generic signals, which a product page or a review also gives."""
from __future__ import annotations


def _story(text: str, events_run: bool) -> list:
    from newsdesk.across.disputes import find_disputes
    from newsdesk.extract.events import events_step
    from newsdesk.model import Article, Picture
    from newsdesk.nlp import sentences_step
    art = sentences_step(Article(id="r", raw=text, text=text, story="s", published="2026-03-01"))
    if events_run:
        art = events_step(art)
    pic = Picture(articles=[art])
    find_disputes([art], pic)
    return pic.disputes


def test_a_story_with_no_event_holds_no_dispute():
    """A product page's "the maker claims ..., but users claim ..." is no dispute of the
    news: the events step found nothing there."""
    text = ("The new Orvel phone is thinner than last year's model. Orvel claims that the phone "
            "will last 12 hours on one charge, but users claim its battery lasts 7 hours.")
    assert _story(text, events_run=False)                 # the contrast itself is seen
    assert not _story(text, events_run=True)
