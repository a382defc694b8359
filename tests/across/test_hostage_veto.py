"""A hostage-taking split from its killing (extract/ev_hostage.py) joins only another outlet's
hostage-taking across articles (across/merge_separate.py); sentences we wrote."""
from __future__ import annotations

from newsdesk.across.merge_separate import separate_vetoes
from newsdesk.model import EventMention, Span


def _m(article: str, text: str, mode: str | None) -> EventMention:
    return EventMention(article=article, type="ASSAULT", span=Span(article, 0, len(text), text), mode=mode)


def test_a_hostage_taking_never_joins_a_killing_but_joins_another_hostage_taking():
    ms = [_m("a", "Gunmen killed 12 guests at the hotel in Tarnow.", None),
          _m("a", "Dozens of guests were still held hostage in the hotel.", "hostage"),
          _m("b", "Twelve guests died when gunmen stormed the Tarnow hotel.", None),
          _m("b", "Guests are being held hostage on the third floor.", "hostage")]
    veto = separate_vetoes(ms)
    assert veto[1, 2] and veto[0, 3]
    assert not veto[1, 3] and not veto[0, 2]
