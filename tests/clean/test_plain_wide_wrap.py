"""A page hard-wrapped at a wide column (~130 characters, as print and e-mail copies are) with
short junk lines around it: the wrapped lines are rejoined, so the lede's first line is not
read on its own (it had been taken for a dateline and dropped; set 8, session 10)."""
from __future__ import annotations

import numpy as np

from newsdesk.clean import clean_article
from newsdesk.clean.lines import _wrap_width, _line_table
from newsdesk.model import Article

PAGE = """Advertisement

Share this story

TESSALIA CITY, Norland -- Soldiers of the Norland army took control of the state broadcaster on Monday, detained Lina
Ostrova, the elected prime minister, and several of her ministers, and declared a state of emergency for one year
because, they said, the vote in March had been "rigged."

The army commander, General Karl Bein, appeared on state television shortly after six in the morning to say that the
armed forces would hold power until a new vote could be held, and that the detained ministers were safe and well.

Crowds gathered outside the parliament by mid-morning, and witnesses said soldiers fired warning shots into the air to
push them back from the gates, though no one was reported hurt by the afternoon.

"The people voted and their vote will be respected," a spokesman for the prime minister's party said in a statement
sent to reporters, calling the takeover illegal and asking foreign governments to refuse to deal with the army.

Related

Most read
"""


def test_a_wide_wrap_column_is_found_on_the_text_lines():
    _, _, size, _ = _line_table(PAGE, 0)
    assert 110 <= _wrap_width(size) <= 130
    short = np.array([30, 62, 75, 41, 55, 70, 48, 66, 59, 80], dtype=np.int64)
    assert _wrap_width(short) == 0        # ragged prose lines: no wrap column


def test_the_wrapped_lede_is_one_paragraph_and_kept():
    art = clean_article(Article(id="wrapped", raw=PAGE, kind="text"))
    first = art.text.split("\n\n")[0]
    assert first.startswith("Soldiers of the Norland army took control") or \
        first.startswith("TESSALIA CITY, Norland -- Soldiers")
    assert "detained Lina Ostrova, the elected prime minister" in first
    assert first.endswith('had been "rigged."')
    assert "Advertisement" not in art.text and "Most read" not in art.text
