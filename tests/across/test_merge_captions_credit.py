"""A bare agency credit closing a line marks a photo caption: "... wounded around 40 others.
(Reuters)" tells the picture, with its early toll (sentences we wrote)."""
from __future__ import annotations

import pytest

from newsdesk.across.merge_captions import _tail, is_caption, without_captions
from newsdesk.model import Count, EventMention, Span


@pytest.mark.parametrize("text, want", [
    ("Officials say two gunmen attacked the station, killing at least 10. (Reuters)", True),
    ("Rescuers search the rubble of the market on Friday. (AFP)", True),
    ("LAGOS (Reuters) - Gunmen attacked a station on Friday, police said.", False),  # a dateline
    ("The agency (Reuters) reported the toll at 12.", False),
])
def test_a_closing_credit(text, want):
    assert is_caption(text) is want


def test_a_credit_the_splitter_cut_off():
    text = "Officials say two gunmen attacked the station, killing at least 10. (Reuters)\nLAGOS - ..."
    first = "Officials say two gunmen attacked the station, killing at least 10."
    assert is_caption(first + _tail(text, len(first)))


def _mention(*texts: str) -> EventMention:
    spans, pos = [], 0
    for t in texts:
        spans.append(Span("a", pos, pos + len(t), t))
        pos += len(t) + 1
    return EventMention(article="a", type="ASSAULT", span=spans[0], extra_spans=spans[1:],
                        dead=Count(10, None), injured=Count(40, 40))


def test_a_caption_toll_leaves_with_its_caption():
    # the caption's early count was the mention's only figure: the body sentences state none
    cap = "Officials say gunmen attacked the station, killing at least 10. (Reuters)"
    m = _mention(cap, "The gunmen then fled, an official said.")
    out = without_captions([m])
    assert len(out) == 1 and out[0].dead is None and out[0].injured is None
    # a body sentence with its own figure keeps the mention's toll
    kept = without_captions([_mention(cap, "At least 10 people were killed, police said.")])
    assert kept[0].dead == Count(10, None)
