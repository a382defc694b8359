"""A recalled act that an article grouped under today's one leaves the record before merging
(across/story_dates.drop_history): "In 2015, another man of that name was arrested" is no
source of this week's arrest. Text is our own."""
from __future__ import annotations

from newsdesk.across.story_dates import drop_history
from newsdesk.model import Article, EventMention, Span


def test_a_sentence_opening_with_a_past_year_leaves_the_mention():
    text = ("Defence lawyer Ivo Marsk was arrested Tuesday in the courthouse hallway. "
            "In 2015, his cousin Petar Marsk was arrested and pleaded guilty to bribery. "
            "As a result of the arrest, the trial was pushed back to August 2017.")
    s1, s2, s3 = (text.index(x) for x in ("Defence", "In 2015", "As a result"))
    spans = [Span("a", s1, s2 - 1, text[s1:s2 - 1]), Span("a", s2, s3 - 1, text[s2:s3 - 1]),
             Span("a", s3, len(text), text[s3:])]
    m = EventMention("a", "COERCE", spans[0], mode="arrest", recipient="Ivo Marsk",
                     extra_spans=spans[1:])
    art = Article(id="a", raw=text, text=text, published="2017-06-14")
    art.mentions = [m]
    drop_history([art])
    assert len(art.mentions) == 1
    assert [sp.text[:10] for sp in art.mentions[0].extra_spans] == ["As a resul"]
