"""Rival tolls told side by side near the top of one article, with a lone figure far below
(across/dispute_side_runs.py); sentences we wrote."""
from __future__ import annotations

from newsdesk.across.dispute_side_runs import side_runs
from newsdesk.model import Article
from newsdesk.nlp import split_sentences
from newsdesk.across.disputes import _resolver

FILLER = ("The quarry had been closed for a week while managers and workers argued over shift pay "
          "and the cost of housing near the pits. ") * 6


def _run(text: str) -> list:
    art = Article(id="a0", raw=text, text=text, story="s")
    ctx = {"res": {"a0": _resolver(art)}, "sents": {"a0": split_sentences(text)}, "events": []}
    return side_runs([art], ctx)


def test_rival_tolls_before_a_far_later_count_are_a_dispute():
    text = ("Regional police chief Anna Vok said on Friday that 21 people were killed in the shooting at the quarry. "
            "The Quarry Workers Union said 25 people were killed when officers fired on the crowd. " + FILLER +
            "A radio reporter at the scene said he had counted 9 bodies on the road.")
    found = _run(text)
    assert len(found) == 1 and len(found[0].claims) == 2


def test_one_voice_before_a_far_later_count_is_no_dispute():
    text = ("Regional police chief Anna Vok said on Friday that 21 people were killed in the shooting at the quarry. "
            + FILLER + "A radio reporter at the scene said he had counted 9 bodies on the road.")
    assert _run(text) == []
