"""A long line glued from the page's own kept paragraphs is a copy (`plain_copies`), on
lines written for these tests."""
from __future__ import annotations

from newsdesk.clean import clean_article
from newsdesk.clean.lines import WORD, Block
from newsdesk.clean.plain_copies import glued_copies
from newsdesk.model import Article

PARAS = [
    "The valley water board said on Monday it would close the old pumping station at Fenwick "
    "by the end of the year, after engineers found cracks in two of its three intake pipes.",
    "Board chair Ilse Brandt told reporters the station had served the valley for more than "
    "sixty years and that repairing it would cost far more than building a new one upstream.",
    "The new station, planned for a site near the Hollow Bridge, is expected to cost about "
    "twelve million and should be ready before the dry season two summers from now.",
    "Until then the board will draw more water from the reservoir at Kettle Lake, which it "
    "says holds enough to supply every household in the valley through an ordinary summer.",
    "Farmers on the lower plain said they worried that the reservoir would run low in a hot "
    "year and asked the board to publish its weekly levels on the town hall notice board.",
    "The board agreed to publish the levels every Friday and to meet the farmers' association "
    "again in the spring, when the first designs for the new station are due to be shown.",
]
TITLE = "Valley board to close Fenwick pumping station"


def blocks_of(texts):
    bl = [Block(t) for t in texts]
    for b in bl:
        b.nw = len(WORD.findall(b.text))
    return bl


def run(texts):
    bl = blocks_of(texts)
    keep = [True] * len(bl)
    glued_copies(bl, keep, [b.nw for b in bl])
    return keep


def test_the_article_glued_into_one_line_goes_and_its_paragraphs_stay():
    """A flattened copy of the whole body (with a links list stuck to its end) is dropped."""
    glued = " ".join(PARAS) + " More from the valley: school bus routes change in May"
    texts = [TITLE, *PARAS, "Share this story", glued]
    assert run(texts) == [True] * (len(PARAS) + 2) + [False]


def test_a_long_line_holding_only_a_few_of_the_paragraphs_stays():
    """A longer line repeating two or three rows is a listing's or code page's own text."""
    own = ("Residents of the upper valley, who get their water from private wells, will not be "
           "affected by the closure, the board said, although it urged them to test their wells "
           "after the floods of last autumn, which left silt in many of the older ones. ") * 3
    long_line = PARAS[0] + " " + PARAS[1] + " " + own
    texts = [TITLE, *PARAS, long_line]
    assert run(texts) == [True] * len(texts)


def test_a_long_paragraph_quoting_one_sentence_stays():
    long_para = ("In a statement the board repeated that " + PARAS[2][0].lower() + PARAS[2][1:]
                 + " " + "It gave no figure for the cost of running the new station, which "
                 "critics on the council said should have been published before any vote on the "
                 "plan was taken, and asked for an independent review of the engineers' report "
                 "on the cracked pipes. ") * 2
    texts = [TITLE, *PARAS, long_para]
    assert run(texts) == [True] * len(texts)


def test_the_cleaner_reads_the_body_once():
    glued = " ".join(PARAS)
    raw = "\n".join([TITLE, "By Tom Reyes", *PARAS, glued]) + "\n"
    art = Article(id="copies", raw=raw, kind="text")
    clean_article(art)
    assert art.text.count("Kettle Lake") == 1
    assert "Ilse Brandt" in art.text
