"""Site notices (`plain_notices`): sign-in walls, sign-up boxes, players, archive crawl notes
and missing pages go; reports about the same things stay. Lines written for these tests."""
from __future__ import annotations

from newsdesk.across.story_furniture import body
from newsdesk.clean import NOTICE_PAGE, clean_article
from newsdesk.clean.lines import WORD, Block
from newsdesk.clean.plain_fallback import prose_fallback
from newsdesk.clean.plain_notices import drop_notices, notice, notice_kind, notice_page
from newsdesk.model import Article

BODY = [
    "The harbour board voted on Tuesday to close the old ferry pier for repairs after "
    "divers found that two of its timber piles had rotted through below the waterline.",
    "Ferries will use the cargo quay until the spring, the board said, and passengers "
    "should allow an extra ten minutes to walk from the bus stop to the new gangway.",
    "Repairs are expected to cost about four million crowns, most of it paid from a fund "
    "the town set aside after storms damaged the breakwater three winters ago.",
]
WALL = [
    "Welcome back! Log in with your reader profile",
    "Forgot your password? We can mail you a new one.",
    "By registering you agree to the site's rules for members.",
    "Thank you for registering with the Harbour Times!",
]


def blocks_of(texts):
    return [Block(t, nw=len(WORD.findall(t))) for t in texts]


def run(texts):
    bl = blocks_of(texts)
    keep = [True] * len(bl)
    drop_notices(bl, keep)
    return keep


def test_notice_kinds_on_lines_of_furniture():
    assert notice_kind("Please turn on JavaScript in your browser to hear this clip.") == "script"
    assert notice_kind("Sorry, the page you requested could not be found on this server.") \
        == "missing page"
    assert notice_kind("This clip cannot play: the video has been rented already.") == "player"
    assert notice_kind("Get the morning briefing delivered to your inbox each weekday.") \
        == "newsletter box"
    assert notice_kind("Starting each night, our crawler sends its crawl data to the "
                       "Internet Archive for safekeeping.") == "crawl description"


def test_reports_about_the_same_things_stay():
    # a crawler named without any archive's words: a guide or a book, not a crawl note
    assert not notice("Search engines send a crawler to every page of a site each week.")
    # a quoted person is body, whatever words the quote holds
    assert not notice('"Sign up for our newsletter, they told me," the baker said.')
    assert not notice("The mayor said the town's pier was in worse shape than anyone knew.")


def test_a_sign_up_box_inside_an_article_goes_and_the_body_stays():
    box = ("Harbour Daily: the day's news in one email. Email sign-up: by signing up you "
           "agree to receive our newsletters.")
    heading = "WHAT YOU NEED TO KNOW"
    keep = run([BODY[0], box, heading, BODY[1], BODY[2]])
    # the heading beside a sign-up box is the article's own (only walls take neighbours)
    assert keep == [True, False, True, True, True]


def test_a_missing_page_takes_the_lines_beside_it_that_talk_to_the_visitor():
    texts = ["Sorry, the page you were looking for no longer exists.",
             "If you followed a saved link, try our front page instead.",
             "You can also use the search box at the top of this page.",
             BODY[0]]
    assert run(texts) == [False, False, False, True]


def test_a_sign_in_wall_page_cleans_to_nothing_and_says_why():
    art = clean_article(Article(id="w", raw="\n\n".join(WALL), kind="text"))
    assert art.text == ""
    assert NOTICE_PAGE in art.notes
    assert notice_page("\n\n".join(WALL))
    # a page that also holds a long report is not a notice page
    assert not notice_page("\n\n".join(WALL + [BODY[0] + " " + BODY[1]]))


def test_an_article_keeps_its_body_and_no_note():
    raw = "\n\n".join(["Harbour board shuts the old ferry pier", *BODY,
                       "Thank you for subscribing to the Harbour Times!"])
    art = clean_article(Article(id="a", raw=raw, kind="text"))
    for para in BODY:
        assert para in art.text
    assert "subscribing" not in art.text
    assert NOTICE_PAGE not in art.notes


def test_the_fallback_keeps_a_cut_off_report_not_the_sign_up_box():
    cut_report = " ".join(BODY) + " The board will meet again in March to choose a builder for"
    texts = ["Pier to close", "Like our stories? Sign up for our newsletter today. Thank you "
             "for signing up!", cut_report]
    bl = blocks_of(texts)
    keep = [False] * len(bl)
    prose_fallback(bl, keep, 0)
    assert keep == [False, False, True]


def test_story_terms_of_a_near_empty_page_read_its_raw_text_without_notices():
    raw = "\n\n".join(["Pier closes for repairs", *WALL])
    art = Article(id="s", raw=raw, kind="text", text="")
    text = body(art, 40)
    assert "Pier closes for repairs" in text
    assert "password" not in text and "registering" not in text
