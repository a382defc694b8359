"""Summary bullets above the article (`plain_head`), time stamps (`plain_stamps`) and tag
lists (`plain_labels`), on page text written for these tests."""
from __future__ import annotations

from newsdesk.clean import clean_article, clean_articles
from newsdesk.clean.lines import WORD, Block
from newsdesk.clean.plain_head import standfirst_bullets
from newsdesk.clean.plain_labels import drop_tag_lists
from newsdesk.clean.plain_stamps import is_stamp
from newsdesk.model import Article

HEADLINE = "Floods cut off three mountain villages as river bursts its banks near Dornau"
BULLETS = [
    "  \u2022 Rescue teams reach the last stranded families by boat after a night on rooftops",
    "  \u2022 Regional governor promises emergency funds for farmers who lost their herds",
    "  \u2022 Forecasters warn that more heavy rain is expected in the valley by the weekend",
]
BODY = [
    "Three villages in the upper Dornau valley were cut off on Tuesday after the river burst "
    "its banks following four days of heavy rain, the regional civil protection office said.",
    "Rescue teams using inflatable boats reached the last of about forty families who had "
    "spent the night on the roofs of their homes, and no one was reported missing by evening.",
    "The regional governor, Marta Kessel, said farmers who lost livestock would be paid from "
    "an emergency fund and that the road to the villages would be repaired within two weeks.",
    "Forecasters said more rain was expected by the weekend and asked residents of the lower "
    "valley to move cars and animals to higher ground as a precaution before Friday night.",
]


def blocks_of(texts):
    bl = [Block(t.strip()) for t in texts]
    for b in bl:
        b.nw = len(WORD.findall(b.text))
    return bl


def clean(raw: str, name: str = "page") -> str:
    art = Article(id=name, raw=raw, kind="text")
    clean_article(art)
    return art.text


LONG_HEAD = ("'Get to the roofs' order came at midnight: families stranded for hours as floods "
             "cut off three mountain villages and the river bursts its banks near Dornau")
STANDFIRST = [
    "  \u2022 Rescue teams reach the last stranded families by boat after a night on rooftops",
    "  \u2022 Regional governor says farmers who lost herds will be paid",
    "  \u2022 Forecasters warn that more heavy rain is expected by the weekend",
    "  \u2022 Road to the villages will take two weeks to repair",
]


def blog_page() -> str:
    """A blog repost: date, blog name, a long headline, summary bullets, bylines, body."""
    head = "\n".join(STANDFIRST) + "\nBy Jana Holt, Peter Marr and Ola Berg\n|"
    return "\n\n".join(["Monday, March 1, 2021", "Valley news blog", LONG_HEAD, head,
                        *BODY]) + "\n"


def art_date(raw: str) -> str | None:
    art = Article(id="dated", raw=raw, kind="text")
    clean_article(art)
    return art.published


def test_bullets_between_headline_and_body_are_a_standfirst():
    text = clean(blog_page())
    assert "Rescue teams reach the last stranded families" not in text
    assert "Road to the villages will take two weeks" not in text
    assert "Three villages in the upper Dornau valley" in text
    assert "Forecasters said more rain was expected" in text


def test_the_batch_path_drops_them_too():
    art = clean_articles([Article(id="batch", raw=blog_page(), kind="text")])[0]
    assert "Regional governor says farmers" not in art.text
    assert "Marta Kessel" in art.text


def test_a_bulleted_list_inside_the_article_stays():
    """After the first prose paragraph the bullets are the article's own list."""
    lead_in = "The civil protection office listed what residents should do:"
    items = ["  \u2022 Keep a radio and spare batteries at hand",
             "  \u2022 Move animals and cars to higher ground"]
    texts = [HEADLINE, BODY[0], lead_in, *items, BODY[1]]
    bl = blocks_of(texts)
    keep = [True] * len(bl)
    standfirst_bullets(bl, keep)
    assert keep == [True] * len(texts)


def test_a_single_bullet_that_is_the_lede_stays():
    """One marked line ending like a sentence is the first paragraph itself."""
    texts = [HEADLINE, "  \u2022 " + BODY[0], BODY[1]]
    bl = blocks_of(texts)
    keep = [True] * len(bl)
    standfirst_bullets(bl, keep)
    assert keep == [True, True, True]


def test_bullets_that_end_like_sentences_stay():
    items = ["  \u2022 " + BODY[2], "  \u2022 " + BODY[3]]
    texts = [HEADLINE, *items, BODY[0]]
    bl = blocks_of(texts)
    keep = [True] * len(bl)
    standfirst_bullets(bl, keep)
    assert keep == [True] * len(texts)


def test_a_long_publication_and_update_stamp_is_furniture():
    stamp = "Posted at Mar 04 2021 07:12 AM | Updated as of Mar 04 2021 09:48 AM"
    assert is_stamp(stamp)
    raw = "\n\n".join(["Floods cut off villages", "Valley News", stamp, *BODY]) + "\n"
    text = clean(raw)
    assert "Updated as of" not in text
    assert "Marta Kessel" in text
    assert art_date(raw) == "2021-03-04"     # the stamp's date stays the page's date


def test_dates_in_body_and_tweet_signatures_are_not_stamps():
    assert not is_stamp("The river peaked on March 4, 2021 at 09:48, two hours after the "
                        "warning, the office said.")
    assert not is_stamp("\u2014 Dornau Rescue (@DornauRescue) March 4, 2021")
    assert not is_stamp("4 March 2021 | 9 April 2021")


def test_a_long_tag_list_under_the_article_goes():
    tags = ("Tagged as: floods, Dornau, civil protection, Marta Kessel, rescue boats, "
            "livestock, emergency fund, weather warning, mountain villages, river Dornau")
    raw = "\n\n".join([HEADLINE, *BODY, tags, "Share this article"]) + "\n"
    text = clean(raw)
    assert "Tagged as" not in text
    assert "Forecasters said more rain was expected" in text


def test_a_sentence_about_tags_is_body():
    body_line = ("Tags on the rescued cattle showed they had come from a farm fifteen "
                 "kilometres upstream, the office said.")
    bl = blocks_of([body_line])
    keep = [True]
    drop_tag_lists(bl, keep)
    assert keep == [True]
