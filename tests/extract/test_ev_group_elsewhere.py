"""An attack told after "Also on Sunday," at a place of its own is another act, and the bare
reference back right after it is that act's (extract/ev_group_elsewhere.py): before, the
day's other bombing in another province joined the article's main attack, which took that
province as its place and that toll as its figure (set 42)."""
from __future__ import annotations

from newsdesk.extract.ev_group_elsewhere import _OPENER
from tests.conftest import assault_mentions

TEXT = ("Gunmen stormed the central station in Varno on Sunday night, killing more than 20 people. "
        "Police said the siege ended at dawn after a five-hour gun battle. "
        "Also on Sunday, at least 18 people were killed in a bomb attack in the southern province of Kessia. "
        "The attack apparently targeted traders at a market in the town of Dorel.")


def _told(ms):
    return [[m.span.text, *[s.text for s in m.extra_spans]] for m in ms]


def test_also_on_sunday_elsewhere_is_its_own_event():
    told = _told(assault_mentions(TEXT, "2026-05-11"))
    other = [t for t in told if any("Kessia" in s for s in t)]
    assert other and not any("central station" in s for s in other[0])


def test_the_reference_back_after_it_goes_with_it():
    told = _told(assault_mentions(TEXT, "2026-05-11"))
    market = [t for t in told if any("market" in s for s in t)]
    assert market and any("Kessia" in s for s in market[0])


def test_opener_forms():
    assert _OPENER.match("Also on Sunday, five people died in a blast in the north.")
    assert _OPENER.match("Elsewhere in the province, gunmen shot two guards.")
    assert not _OPENER.match("Police also said on Sunday that five people died.")
