"""Captions, the lines above a datelined lede, support appeals, cut teasers and the fullest
of two long copies (`plain_captions`, `plain_lede`, `plain_appeals`, `plain_copies`,
`plain_fast_rules.repeats`), on lines written for these tests."""
from __future__ import annotations

from newsdesk.clean import clean_article, plain_page
from newsdesk.clean.lines import WORD, Block
from newsdesk.clean.plain_appeals import appeal, drop_appeals
from newsdesk.clean.plain_captions import drop_captions
from newsdesk.clean.plain_copies import cut_copies
from newsdesk.clean.plain_fast_rules import repeats
from newsdesk.clean.plain_lede import above_dateline
from newsdesk.model import Article

BODY = [
    "The river authority opened all four sluice gates on Thursday after two days of heavy "
    "rain raised the reservoir to its highest level in eleven years, and it asked farmers "
    "downstream to move their herds to higher fields.",
    "Engineers said the dam itself was sound, but the spillway channel had filled with "
    "gravel during the dry summer, so the authority had to release water earlier and "
    "faster than it had planned for the season.",
    "Three villages below the dam were told to expect the river to rise by about a metre "
    "overnight, and the regional council opened a school hall for anyone who wanted to "
    "leave their homes until the level fell again.",
]
CAPTION = ("Water pours through the open sluice gates of the reservoir dam as engineers "
           "watch from the bridge")


def blocks_of(texts):
    bl = [Block(t) for t in texts]
    for b in bl:
        b.nw = len(WORD.findall(b.text))
    return bl


def run(fn, texts, *args, dropped=()):
    bl = blocks_of(texts)
    keep = [i not in dropped for i in range(len(bl))]
    fn(bl, keep, *args)
    return keep


def test_a_caption_ending_in_its_photo_credit_goes_whatever_its_length():
    long_cap = (CAPTION + " while a crowd gathers on the far bank of the swollen river to see "
                "the flood water rush past the old mill and the fields below it. PHOTO: AFP")
    slashed = CAPTION + ". Jana Novak/Getty Images)"
    keep = run(drop_captions, [BODY[0], long_cap, BODY[1], slashed, BODY[2]])
    assert keep == [True, False, True, False, True]


def test_a_line_above_a_photographers_credit_is_its_caption():
    texts = [BODY[0], CAPTION + ".", "Jana Novak | Reuters", BODY[1], BODY[2]]
    assert run(drop_captions, texts) == [True, False, True, True, True]


def test_a_quote_above_a_credit_line_stays():
    quote = '"We had no choice but to open the gates," the chief engineer said.'
    texts = [BODY[0], quote, "Jana Novak | Reuters", BODY[1]]
    assert run(drop_captions, texts) == [True, True, True, True]


def test_a_markup_caption_and_its_plain_copy_go_but_code_stays():
    marked = "<i></i>Water pours through the&nbsp;open sluice gates of the dam on Thursday."
    plain = "Water pours through the open sluice gates of the dam on Thursday."
    assert run(drop_captions, [BODY[0], marked, plain, BODY[1]]) == [True, False, False, True]
    code = "Write &amp;x to borrow the value without moving it into the function."
    assert run(drop_captions, [BODY[0], code, BODY[1]]) == [True, True, True]


def test_a_dated_caption_stays_on_a_page_with_no_date_of_its_own():
    dated = CAPTION + " on March 3, 2021. PHOTO: AFP"
    assert run(drop_captions, [BODY[0], dated, BODY[1]], False) == [True, True, True]
    assert run(drop_captions, [BODY[0], dated, BODY[1]], True) == [True, False, True]


def test_a_caption_or_standfirst_above_a_datelined_lede_goes():
    lede = "LINZ, Austria \u2014 " + BODY[0]
    texts = ["Dam opens its gates as reservoir rises", CAPTION + ".", lede, BODY[1]]
    assert run(above_dateline, texts, 0) == [True, False, True, True]
    # no dateline: the line above the first paragraph is left to the other rules
    texts = ["Dam opens its gates as reservoir rises", CAPTION + ".", BODY[0], BODY[1]]
    assert run(above_dateline, texts, 0) == [True, True, True, True]
    # a page cut mid-sentence starts with the body's own words: they stay
    texts = ["the reservoir had been rising since Monday morning, engineers said.", lede]
    assert run(above_dateline, texts, None) == [True, True]


def test_a_support_appeal_box_goes_but_a_story_about_paywalls_stays():
    box = ["Good reporting costs money, and our newsroom depends on readers like you.",
           "By subscribing, you help us keep our journalists on the story."]
    assert appeal(box[1], len(WORD.findall(box[1])))
    texts = [BODY[0], *box, BODY[1]]
    assert run(drop_appeals, texts) == [True, False, False, True]
    news = ("The publisher said its paywall had lifted digital subscriptions by a fifth, "
            "and that the newsroom would hire four more reporters next year.")
    assert not appeal(news, len(WORD.findall(news)))
    said = '"Help us," a farmer told reporters as the water reached our story of the barn.'
    assert not appeal(said, len(WORD.findall(said)))


def test_a_teaser_cut_from_a_body_paragraph_goes():
    teaser = " ".join(BODY[0].split()[:14]) + "..."
    assert run(cut_copies, [teaser, BODY[0], BODY[1]]) == [False, True, True]
    # an ellipsis line that opens no other line is left alone
    other = "Farmers along the lower valley have moved most of their herds since..."
    assert run(cut_copies, [other, BODY[0], BODY[1]]) == [True, True, True]


def test_of_two_long_copies_sharing_their_opening_the_fuller_stays():
    """A teaser and the paragraph it was cut from share their first words: the full
    paragraph is the copy kept (it used to be whichever came first)."""
    full = BODY[0] + " The last time the gates were opened was during the spring thaw."
    teaser = " ".join(full.split()[:30]) + " ..."
    texts = [BODY[1], teaser, BODY[2], full]
    keep = [True] * len(texts)
    repeats(blocks_of(texts), keep, None, plain_page.page(texts))
    assert keep == [True, False, True, True]


def test_a_page_end_to_end_loses_its_caption_and_appeal():
    raw = "\n\n".join(["Dam opens its gates as reservoir rises", *BODY[:2],
                       CAPTION + " on Thursday. PHOTO: Jana Novak", BODY[2],
                       "Your support helps us keep our reporters on the story.",
                       "Subscribe today and help us keep local journalism alive."]) + "\n"
    art = clean_article(Article(id="t", raw=raw, kind="text"))
    assert all(p in art.text for p in BODY)
    assert "sluice gates of the reservoir dam" not in art.text
    assert "Your support" not in art.text and "Subscribe" not in art.text
