"""A further act told with "also" shares the unknown day of the act before it
(across/story_dates_also.py; sentences we wrote)."""
from __future__ import annotations

from newsdesk.across.story_dates_also import undate_also
from newsdesk.model import Article, EventMention, Sentence, Span


def _article(texts: list[str], dates: list[str | None], types: list[str]) -> Article:
    text, sents, pos = "", [], 0
    for t in texts:
        sents.append(Sentence(start=pos, end=pos + len(t), text=t))
        text += t + " "
        pos += len(t) + 1
    art = Article(id="t", raw=text, text=text, published="2024-05-08")
    art.sentences = sents
    art.mentions = [EventMention(article="t", type=ty, span=Span("t", s.start, s.end, s.text), date=d)
                    for s, d, ty in zip(sents, dates, types)]
    return art


TEXTS = ["The vote went ahead after the envoy met the premier.",
         "The envoy also met the army chief in the capital."]


def test_an_also_act_after_an_undated_one_gets_no_day():
    art = _article(TEXTS, [None, "2024-05-08"], ["CONSULT", "CONSULT"])
    assert undate_also(art) == 1 and art.mentions[1].date is None


def test_other_acts_keep_their_day():
    art = _article(TEXTS, ["2024-05-07", "2024-05-08"], ["CONSULT", "CONSULT"])
    assert undate_also(art) == 0                         # the act before has a day
    art = _article(TEXTS, [None, "2024-05-08"], ["CONSULT", "PROTEST"])
    assert undate_also(art) == 0                         # another kind of act
    art = _article([TEXTS[0], "Crowds also marched in the capital."], [None, "2024-05-08"],
                   ["CONSULT", "CONSULT"])
    assert undate_also(art) == 0                         # "also" adds another verb
    art = _article(TEXTS, [None, "2024-05-06"], ["CONSULT", "CONSULT"])
    art.mentions[1].date_explicit = True
    assert undate_also(art) == 0                         # a day the sentence names stands
