"""Photo captions are not reports of events (across/merge_captions.py): a caption sentence is
left out of its mention, a mention told only in captions is dropped, and an article's real
sentences then merge with the other outlets' report of the same attack."""
from __future__ import annotations

from newsdesk.across.merge import merge
from newsdesk.across.merge_captions import is_caption, without_captions
from newsdesk.model import Article, Count, EventMention, Location, Span

CAPTIONS = [
    "In this June 2, 2024 photo, firefighters inspect the burnt warehouse in Port Ellis.",
    "This photo provided by the harbour police shows the scene of the blast on Tuesday.",
    "A rescuer carries a child from the rubble. (AP Photo/Jane Doe)",
    "Police tape surrounds the market in Port Ellis. (Photo: Ellis Gazette)",
    "Image copyright Reuters Image caption Smoke rose over the harbour district",
    "Hide Caption 3 of 40 Photos: Photos: Unrest in Ellis – Protesters clash with police in the square.",
]
BODY = [
    "A photographer was among the four people killed in the blast.",
    "Police said a photo of the suspect would be released on Monday.",
    "Four people were killed when a bomb exploded at the Port Ellis market.",
]


def test_caption_markers_and_body_sentences():
    assert all(is_caption(s) for s in CAPTIONS)
    assert not any(is_caption(s) for s in BODY)


def _m(aid, *texts, dead=None):
    spans, pos = [], 0
    for t in texts:
        spans.append(Span(aid, pos, pos + len(t), t))
        pos += len(t) + 1
    return EventMention(aid, "ASSAULT", spans[0], extra_spans=spans[1:],
                        dead=Count(dead, dead) if dead else None, date="2024-06-02",
                        location=Location("Port Ellis", "XA", lat=1.0, lon=1.0, precision="city"))


def test_caption_sentences_leave_their_mention():
    mixed = _m("a", CAPTIONS[0], BODY[2])
    only = _m("a", CAPTIONS[1])
    out = without_captions([mixed, only])
    assert len(out) == 1 and out[0].span.text == BODY[2] and not out[0].extra_spans


def test_a_credit_cut_off_by_the_splitter_still_marks_the_caption():
    cap = "Police investigate the scene of the blast at the market in Port Ellis..."
    text = cap + " (Associated Press)\n\n" + BODY[2]
    m = _m("a", cap)
    assert without_captions([m], text) == []
    assert without_captions([m], cap + "\n\n" + BODY[2]) == [m]


def test_a_caption_mention_no_longer_blocks_the_article_from_its_event():
    # outlet b's page carries a captioned copy of the wire line, then its own report; the
    # caption would take the link to the wire and leave b's report an event of its own
    cap = _m("b", BODY[2] + " (AP Photo/Jane Doe)")
    body = _m("b", "The blast on Sunday at the Port Ellis market killed four, police said.", dead=4)
    wire = _m("a", BODY[2], dead=4)
    arts = [Article(id="a", raw="", text="", story="s", mentions=[wire]),
            Article(id="b", raw="", text="", story="s", mentions=[cap, body])]
    events = merge(arts)
    assert len(events) == 1 and {m.article for m in events[0].mentions} == {"a", "b"}
    assert all(m.span.text != cap.span.text for m in events[0].mentions)
