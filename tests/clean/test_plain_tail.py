"""The plain cleaner's after-article rules (`plain_tail`) and the body copy of a repeated
sentence (`plain_fast_rules.repeats`), on lines written for these tests."""
from __future__ import annotations

from newsdesk.clean import clean_article, plain_page
from newsdesk.clean.lines import WORD, Block
from newsdesk.clean.plain_fast_rules import repeats
from newsdesk.clean.plain_tail import close_article, closing_lines, drop_widgets
from newsdesk.model import Article

PARAS = [
    "The harbour council voted on Tuesday to add two late ferry crossings on weekdays, after "
    "a petition signed by more than three thousand islanders asked for a way home after the "
    "evening shifts at the cannery and the hospital ended.",
    "Councillor Maren Holt said the extra crossings would cost about forty thousand a year, "
    "which the council expects to cover from the parking fees it collects at the terminal "
    "during the summer season, when visitors fill the car decks.",
    "The operator has agreed to run the new timetable from the first of March, and it will "
    "review the number of passengers on the late boats after six months before deciding "
    "whether to keep them running through the following winter.",
    "Islanders who work late have until now relied on a water taxi that charges three times "
    "the ferry fare, and several told the meeting they had given up jobs on the mainland "
    "because they could not get home after their shifts.",
]
COMMENTS = ["Finally some good news for the night shift, thank you to everyone who signed.",
            "Forty thousand a year seems a lot for two boats that will run half empty."]


def blocks_of(texts):
    bl = [Block(t) for t in texts]
    for b in bl:
        b.nw = len(WORD.findall(b.text))
    return bl


def run_close(texts, title_index=0):
    bl = blocks_of(texts)
    keep = [True] * len(bl)
    close_article(bl, keep, title_index, plain_page.page(texts))
    return keep


def test_a_comment_thread_after_the_article_is_cut():
    texts = ["Late ferries approved", *PARAS, "2 Comments", *COMMENTS]
    assert run_close(texts) == [True] * 6 + [False, False]


def test_a_marker_before_any_body_closes_nothing():
    """A sidebar's "Comments" tab or copyright line above the article is no ending."""
    texts = ["Late ferries approved", "Comments", "(c) 2019 Harbour Post. All rights reserved.",
             *PARAS]
    assert run_close(texts) == [True] * len(texts)


def test_a_copyright_footer_after_the_article_ends_it():
    texts = ["Late ferries approved", *PARAS,
             "\u00a9 2019 Harbour Post Media Ltd. All rights reserved.",
             "Island school wins regional rowing title as crews train through the storm season."]
    assert run_close(texts)[-1] is False


def test_a_marker_each_item_repeats_is_a_widget_not_an_ending():
    """ "1 comment" under every post of a list (or each answer of a thread) ends nothing."""
    texts = ["Late ferries approved", *PARAS, "1 comment",
             "A second report on the ferry budget, with the figures the council released.",
             "3 Comments"]
    assert run_close(texts) == [True] * len(texts)
    lines = ["3 Comments", "Comments on the budget were mixed and long"]
    assert closing_lines(lines, plain_page.page(lines)) == [0]


def test_the_links_under_a_related_heading_go_until_the_body_resumes():
    texts = [PARAS[0], "Related articles", "Ferry fares to rise in spring",
             "Cannery hires forty seasonal workers", PARAS[1], "Tide tables"]
    bl = blocks_of(texts)
    keep = [True] * len(bl)
    drop_widgets(bl, keep, plain_page.page(texts))
    assert keep == [True, True, False, False, True, True]


def run_repeats(texts, dropped=()):
    """`repeats` on lines the model kept, but for the indices `dropped`."""
    bl = blocks_of(texts)
    keep = [i not in dropped for i in range(len(bl))]
    repeats(bl, keep, None, plain_page.page(texts))
    return keep


def test_repeated_sentence_keeps_its_copy_inside_the_body():
    """A highlights box repeats a body sentence above the article: the sentence stays
    where the body reads it; a caption shown twice (side by side) still goes."""
    hl = "The operator will review the late boats after six months of passenger counts."
    cap = "The late ferry leaves the harbour at dusk."
    texts = ["Highlights", hl, PARAS[0], PARAS[1], hl, PARAS[2], cap, cap, PARAS[3]]
    assert run_repeats(texts, dropped={0}) == [False, False, True, True, True, True,
                                               False, False, True]


def test_repeats_at_the_edges_or_of_the_headline_still_go():
    """A copy with no kept line on one side (a teaser the model dropped next to it, the
    page's end) goes, and so does every copy of the page's first line, its headline."""
    head = "Late ferries approved for island commuters"
    teaser = "Cannery hires forty seasonal workers for the winter"
    texts = [head, PARAS[0], head, PARAS[1], "More news", teaser, PARAS[2], teaser]
    assert run_repeats(texts, dropped={4}) == [False, True, False, True, False, False,
                                               True, False]


def test_whole_page_comment_thread_is_not_body():
    raw = "\n".join(["Late ferries approved for island commuters", "Harbour Post",
                     "Late ferries approved for island commuters", *PARAS, "2 Comments",
                     "Jon on March 3, 2019 at 9:14 pm said:", *COMMENTS[:1],
                     "Ada on March 4, 2019 at 7:02 am said:", *COMMENTS[1:]]) + "\n"
    art = clean_article(Article(id="t", raw=raw, kind="text"))
    assert PARAS[1] in art.text
    assert "night shift" not in art.text and "half empty" not in art.text
