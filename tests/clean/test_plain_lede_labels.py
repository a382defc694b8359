"""`plain_lede.above_dateline` on a page of labelled items: a capitals label with a dash
above the 'dateline' shows the page's paragraphs are items, and none is a caption. Lines
written for this test."""
from __future__ import annotations

from newsdesk.clean.lines import WORD, Block
from newsdesk.clean.plain_lede import above_dateline

ITEMS = [
    "FIRST LOOK: PORT FEES RISE - The harbour board will raise berth fees by a tenth next "
    "month, its chairman told members on Monday, to pay for the new crane and a wider "
    "channel.",
    "SHIPPERS PUSH BACK - Two freight lines said they would move part of their traffic to "
    "the river port if the fees went up before the dredging was finished.",
    "COUNCIL WEIGHS IN - The town council asked the board to delay the rise until the autumn "
    "and to publish the crane's full cost before any vote.",
]
CAPTION = "Cranes stand idle at the container terminal on a grey morning last week."
DATELINED = ("ROTTERDAM (Reuters) - The harbour board will raise berth fees by a tenth next "
             "month, its chairman said on Monday, to pay for a new crane.")


def run(texts):
    bl = [Block(t, nw=len(WORD.findall(t))) for t in texts]
    keep = [True] * len(bl)
    above_dateline(bl, keep, 0)
    return keep


def test_labelled_items_above_a_label_dash_all_stay():
    assert run(["Morning port briefing", *ITEMS]) == [True, True, True, True]


def test_a_caption_above_a_real_dateline_still_goes():
    assert run(["Port fees to rise", CAPTION, DATELINED]) == [True, False, True]
