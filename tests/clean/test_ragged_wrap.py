"""A wire story pasted into a blog: most paragraphs hard-wrapped near 70 characters, a few left
on one long line (clean/ragged_wrap.py). The broken sentences are rejoined, so a speaker's name
broken from its title stays in its sentence; text we wrote."""
from __future__ import annotations

from newsdesk.clean.lines import _line_table, _wrap_width, split_blocks
from newsdesk.clean.ragged_wrap import ragged_width

PAGE = """The port of Tessalia reopened on Monday after a week of strikes that
left hundreds of ships at anchor in the bay and cost the region dearly,
with the losses to exporters still being counted by the chamber of trade.
The union's leaders have promised to return to talks next week --
the first since the dispute began -- and a "review" of the pay offer,
with the harbour board's approval still needed before any deal.
Dock workers said the board had refused to meet them for a month before the strike began in earnest.
Shipping agents said the backlog of containers would take at least three weeks to clear at the terminals.
The chamber of trade said exporters of fruit had lost the most, as their cargo spoiled while ships waited.
"We asked for a meeting every week and they sent us letters,"
said crane driver Ola Brenn, who has worked at the port for years.
"It is not only unfair, but unlawful," the harbour board's chairman
Teodor Vasko said, while the transport minister urged both sides to
return to the table.
"""


def test_a_mixed_page_gets_its_wrap_column():
    texts, _, size, _ = _line_table(PAGE)
    assert _wrap_width(size) == 0          # the long line hides the column from the percentile reading
    assert 65 <= ragged_width(texts, size) <= 80


def test_broken_sentences_are_rejoined():
    blocks = [b.text for b in split_blocks(PAGE)]
    assert any(b.startswith("The port of Tessalia") and b.endswith("chamber of trade.") for b in blocks)
    assert any("chairman Teodor Vasko said" in b for b in blocks)


def test_a_list_of_headlines_is_no_wrapped_text():
    lines = ["Norland wins the regional cup after a long final in the rain %d" % i for i in range(8)]
    texts, _, size, _ = _line_table("\n".join(lines))
    assert ragged_width(texts, size) == 0
