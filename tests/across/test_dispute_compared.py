"""A toll the article sets against another one (across/dispute_compared.py): "was lower than a
previous total of 88" disputes the figure just before it; a comparison with no figure, or no
figure before it, makes none (sentences we wrote)."""
from __future__ import annotations

from tests.conftest import story_disputes

SAID = "Interior Minister Lea Horvath said 61 people had been killed and 300 wounded in the uprising."
LOWER = "The death toll given by Horvath was lower than an earlier army-provided total of 88 people."


def _compared(*texts):
    return [d for d in story_disputes(*texts) if d.topic.startswith("death toll: ")]


def test_a_toll_set_against_an_earlier_total():
    found = _compared(SAID + " Tanks left the square at dawn. " + LOWER)
    assert len(found) == 1 and found[0].topic == "death toll: 61 vs 88"
    assert [" ".join(c.span.text.split()) for c in found[0].claims] == [SAID, LOWER]


def test_no_figure_compared_or_none_before_makes_no_dispute():
    vague = "The death toll given by Horvath was lower than many had feared."
    assert not _compared(SAID + " " + vague)
    assert not _compared("Tanks left the square at dawn. " + LOWER)
