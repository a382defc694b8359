"""The rules `html_post.tidy` applies to trafilatura's text: a repeated headline, inline promos,
lone furniture lines, edge date lines and end-of-article sections go; body stays (example
texts written for these tests, and one real WCXB dev page)."""
from __future__ import annotations

from newsdesk.clean.html_post import repeats_title, tidy
from tests.conftest import clean_wcxb_dev

BODY1 = ("The river crested at 6.2 metres on Tuesday night, the highest level recorded at the "
         "Senna gauge since 1998, and flooded the lower town's market square.")
BODY2 = ("Deputy mayor Anselm Ruiz said the temporary barriers held along most of the bank, "
         "though two streets near the old bridge had to be evacuated before dawn.")
BODY3 = ("Schools in the district will remain closed until Friday while engineers inspect the "
         "foundations of the bridge, the council said in a statement.")
STORY = "\n\n".join([
    "Senna floods lower town as river hits record",
    "Last updated: April 21, 2025",
    BODY1,
    "Related: Council approves new drainage budget",
    BODY2,
    "Advertisement",
    BODY3,
    "About the author",
    "Mara Ilic covers the northern districts for the Valley Courier.",
    "Sign up for our morning newsletter to get the latest stories.",
])


def test_story_furniture_cut_body_kept():
    out = tidy(STORY, "Senna floods lower town as river hits record | Valley Courier")
    assert out.split("\n\n") == [BODY1, BODY2, BODY3]


def test_a_headline_that_is_not_the_title_stays():
    text = "Key findings\n\n" + BODY1
    assert tidy(text, "Senna floods lower town as river hits record") == text


def test_end_heading_early_in_the_text_does_not_cut_the_body():
    # a "Share" line near the top is a lone furniture line, not the start of the page's end
    text = "\n\n".join(["Share", BODY1, BODY2, BODY3])
    assert tidy(text).split("\n\n") == [BODY1, BODY2, BODY3]


def test_dates_inside_the_body_stay():
    text = "\n\n".join([BODY1, BODY2, "June 2, 2025", BODY3, BODY1, BODY2])
    assert "June 2, 2025" in tidy(text)


def test_never_empties_the_text():
    assert tidy("Advertisement") == "Advertisement"


def test_repeats_title_with_site_name():
    assert repeats_title("Senna floods lower town", "Senna floods lower town - Valley Courier")
    assert repeats_title("Senna floods lower town", "Valley Courier | Senna floods lower town")
    assert not repeats_title("Senna", "Senna floods lower town as river hits record")
    assert not repeats_title(BODY1, None)


def test_real_page_loses_its_author_box():
    """WCXB dev 4058 (a health publisher's story): trafilatura keeps the "About the Author" and
    disclaimer boxes after the body; the ground truth ends with the body."""
    art = clean_wcxb_dev("4058")
    assert "deserves renewed focus" in art.text
    assert "About the Reviewer" not in art.text and "Maureen Salamon" not in art.text


def test_widget_labels_and_teaser_end_sections_go():
    text = "\n\n".join(["Table of Contents", BODY1, "Add to cart", BODY2, BODY3,
                        "Read This Next",
                        "Ten dams that changed the valley, and the towns they flooded."])
    assert tidy(text).split("\n\n") == [BODY1, BODY2, BODY3]


def test_teaser_heading_early_in_the_text_is_not_an_end():
    text = "\n\n".join([BODY1, "Up next", BODY2, BODY3])
    assert tidy(text) == text
