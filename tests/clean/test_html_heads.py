"""`html_heads.restore_heads` puts back an in-body subhead trafilatura dropped, and only one
that sits between two kept paragraphs (example pages written for these tests, and the real
clean path on one)."""
from __future__ import annotations

from newsdesk.clean.html_blocks import parse
from newsdesk.clean.html_heads import restore_heads

P1 = ("The river crested at 6.2 metres on Tuesday night, the highest level recorded at the "
      "Senna gauge since 1998.")
P2 = ("Deputy mayor Anselm Ruiz said the temporary barriers held along most of the bank, "
      "though two streets near the old bridge were evacuated.")
P3 = "Schools in the district will remain closed until Friday, the council said."
PAGE = f"""<html><body>
<article>
  <p>{P1}</p>
  <div class="heading"><h2>What happens next</h2></div>
  <figure><img src="x.jpg"></figure>
  <p>{P2}</p>
  <section><h3>Closures</h3><p>{P3}</p></section>
</article>
<aside><h2>Most read</h2><p>Ten things to do in Senna this weekend and more lists.</p></aside>
</body></html>"""


def test_dropped_subheads_come_back_in_place():
    text = "\n\n".join([P1, P2, P3])
    out = restore_heads(text, parse(PAGE))
    assert out.split("\n\n") == [P1, "What happens next", P2, "Closures", P3]


def test_sidebar_heading_and_kept_heading_unchanged():
    text = "\n\n".join([P1, "What happens next", P2])
    out = restore_heads(text, parse(PAGE))
    # "What happens next" is already there; "Most read" and "Closures" border text not kept
    assert out == text


def test_heading_before_the_first_kept_paragraph_stays_out():
    page = f"<html><body><h2>Breaking</h2><p>{P1}</p><p>{P2}</p></body></html>"
    text = "\n\n".join([P1, P2])
    assert restore_heads(text, parse(page)) == text


def test_real_page_gets_its_step_headings_back():
    """WCXB dev 0047, a how-to article whose numbered step headings trafilatura drops; the
    annotators keep them."""
    from tests.conftest import clean_wcxb_dev
    art = clean_wcxb_dev("0047")
    pars = art.text.split("\n\n")
    i = pars.index("Step 2: Organize Your Team")
    assert len(pars[i - 1].split()) > 15 and len(pars[i + 1].split()) > 15
