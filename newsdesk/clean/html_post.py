"""A second look at trafilatura's paragraphs on pages that are not articles: drop the
furniture it keeps there.

On a product, service, listing or collection page that trafilatura extracts about as fully as
our block model (html.py then keeps trafilatura's cleaner text), much of what it keeps is not
the page's main content: spec labels and prices, "Add to cart" and review widgets, contact
and newsletter lines, teaser headlines. Each paragraph gets surface features of its own text
(length, punctuation, case, lexicon and the furniture patterns of the plain-text cleaner,
`lines.py` / `plain_extra.py`), of its neighbours and of where it sits in the output; a small
tree ensemble trained on WCXB dev (`scripts/train_html.py --post`) scores it and paragraphs
under KEEP are dropped. WCXB dev, fit on even pages, the 227 odd pages where it applies:
F1 0.807 -> 0.822 (product 0.556 -> 0.629, listing 0.537 -> 0.620, collection 0.639 -> 0.650;
service, forum, docs within 0.005). On article pages the same model gained under 0.001
(trafilatura's edges are clean there), so it is not run on them. Cost: a few regexes per
paragraph and one numpy walk of the trees, only on those pages.
"""
from __future__ import annotations

import math
import re
from pathlib import Path

from .lines import BYLINE, COMMENTS_MARK, CREDIT, HARD_DROP, LEXICON, RELATED_MARK
from .plain_extra import BIO

POST_PATH = Path(__file__).resolve().parent.parent / "data" / "html_post.npz"
WORD = re.compile(r"\w+")
CAP = re.compile(r"\b[A-Z]")
DIGIT = re.compile(r"\d")
YOU = re.compile(r"\b(you|your|yours|our|us|we)\b", re.I)
WEB = re.compile(r"@\w|https?://|www\.|\.com\b|\.org\b", re.I)
DATE = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b"
                  r"|\b\d{1,2}:\d\d\b|\b(19|20)\d\d\b|\b(updated|published|posted)\b", re.I)
STOP = frozenset("""the a an and or but of to in on at for with by from as is are was were be
been has have had it its this that these those he she they we you i his her their our not no
will would can could said says who which what when where than then there also after before
about into over more most one two all some if so do does did up out new""".split())
TERMINAL = tuple('.!?"\u201d\u2019\')\u2026:')
SHORT = 12          # words: a paragraph this short and unpunctuated may be a headline or label
NAMES = ["log_words", "log_chars", "terminal", "colon_end", "upper_start", "list_item",
         "table_row", "digits", "caps_words", "stop_rate", "pos", "log_from_start",
         "log_from_end", "share_before", "share_after", "lexicon", "hard_drop", "byline",
         "credit", "bio", "comments_mark", "related_mark", "marker_above", "ellipsis",
         "you_rate", "web", "copyright", "pipes", "question", "date", "short_run",
         "prev_words", "next_words", "prev_terminal", "next_terminal", "log_pars",
         "log_total", "max_share", "is_article", "is_news", "repeated"]


def _run_lengths(flags: list[bool]) -> list[int]:
    """For each position, the length of the run of True flags it belongs to (0 if False)."""
    out = [0] * len(flags)
    i = 0
    while i < len(flags):
        if not flags[i]:
            i += 1
            continue
        j = i
        while j < len(flags) and flags[j]:
            j += 1
        for k in range(i, j):
            out[k] = j - i
        i = j
    return out


def features(pars: list[str], is_article: bool, is_news: bool) -> list[list[float]]:
    """One row per paragraph, columns in NAMES."""
    n = len(pars)
    toks = [WORD.findall(p) for p in pars]
    words = [len(t) for t in toks]
    total = sum(words) or 1
    term = [p.endswith(TERMINAL) for p in pars]
    short = [w <= SHORT and not t for w, t in zip(words, term)]
    run = _run_lengths(short)
    counts: dict[str, int] = {}
    for p in pars:
        counts[p] = counts.get(p, 0) + 1
    mx = max(words) / total if words else 0.0
    rows = []
    cum = 0
    marker = 0.0
    for i, p in enumerate(pars):
        w = words[i]
        low = [x.lower() for x in toks[i]]
        nc = len(p)
        mark_c = w <= 12 and COMMENTS_MARK.match(p) is not None
        mark_r = w <= 12 and RELATED_MARK.match(p) is not None
        row = [math.log1p(w), math.log1p(nc), float(term[i]), float(p.endswith(":")),
               float(p[:1].isupper()), float(p.startswith(("- ", "* ", "\u2022"))),
               float(p.startswith("|")), len(DIGIT.findall(p)) / max(1, nc),
               len(CAP.findall(p)) / max(1, w), sum(x in STOP for x in low) / max(1, w),
               i / max(1, n - 1), math.log1p(i), math.log1p(n - 1 - i), cum / total,
               (total - cum - w) / total, len(LEXICON.findall(p)) / max(1, w),
               float(w <= 12 and HARD_DROP.match(p) is not None),
               float(w <= 25 and BYLINE.match(p) is not None),
               float(w <= 40 and CREDIT.search(p) is not None),
               float(8 <= w <= 120 and BIO.match(p) is not None), float(mark_c), float(mark_r),
               marker, float(p.endswith(("...", "\u2026"))), len(YOU.findall(p)) / max(1, w),
               float(WEB.search(p) is not None), float("\u00a9" in p or "copyright" in p.lower()),
               float(p.count("|")), float(p.rstrip("\"'\u201d").endswith("?")),
               float(DATE.search(p) is not None), float(run[i])]
        for j in (i - 1, i + 1):
            row.append(math.log1p(words[j]) if 0 <= j < n else -1.0)
        for j in (i - 1, i + 1):
            row.append(float(term[j]) if 0 <= j < n else -1.0)
        row += [math.log1p(n), math.log1p(total), mx, float(is_article), float(is_news),
                float(counts[p] > 1)]
        rows.append(row)
        cum += w
        if mark_c or mark_r:
            marker = 1.0
    return rows


KEEP = 0.2      # P(body) a paragraph needs to stay (WCXB dev, two-fold by page)


def trim(text: str, is_article: bool, is_news: bool, threshold: float = KEEP) -> str:
    """trafilatura's text without the paragraphs the model scores as furniture; unchanged
    when the model is absent or would drop everything."""
    pars = text.split("\n\n")
    if len(pars) < 2 or not POST_PATH.exists():
        return text
    from .html import predict
    probs = predict(features(pars, is_article, is_news), POST_PATH)
    kept = [p for p, x in zip(pars, probs) if x >= threshold]
    return "\n\n".join(kept) if kept else text


# Rules for what trafilatura keeps on any page it extracts: inline promos ("Related: <headline>",
# "Read more: ..."), lone furniture lines (`lines.HARD_DROP`), a first paragraph repeating the
# page's title (the headline is not body), a bare date line at either end, and end-of-article
# sections that open with a heading ("About the author", "Share this article", a newsletter
# box, "More from <site>"), after which a page has no more body. WCXB dev, whole routing:
# 0.8679 -> 0.8693 (news stories 0.9672 -> 0.9720, other articles 0.9399 -> 0.9411, product,
# forum and documentation up, no page type down by more than 0.0001). Widget labels (a lone
# "Table of contents", "Add to cart", "Why you're seeing this ad") and teaser or feedback
# headings as end sections ("Read this next", "Up next", "How was this issue?") then took it
# on to 0.8698 (article pages 0.9464 -> 0.9473; 24 pages up, 3 down).
PROMO = re.compile(r"^\W*(related( \w+)?|read (more|next|also)|also read|see also|more|"
                   r"recommended|must read|don't miss)\s*[:|\u2013\u2014]\s*\S", re.I)
END_SECTION = re.compile(r"^\W*(about (the )?(author|reviewer|writer|contributor)s?|author bio|"
                         r"meet the author|share (this|the) (article|story|post|page)|"
                         r"share( on \w+)?|tag us|(sign up|subscribe)\b.{0,40}|"
                         r"(our |the )?newsletters?|get the latest.{0,40}|keep in touch|"
                         r"stay (informed|connected|in touch|up to date).{0,30}|follow us.{0,30}|"
                         r"written by|reviewed by|more from \w+( \w+)?|you (may|might) (also )?like|"
                         # teaser and feedback boxes after the body (WCXB dev: 9 pages up, 1 down)
                         r"read this next|up next|what to read next|keep reading|"
                         r"related (articles|posts|stories|reading|content|news|guides|resources)|"
                         r"more (stories|articles|news|posts|to (read|explore))|"
                         r"you (may|might) also (enjoy|be interested in)|popular (posts|articles|stories)|"
                         r"latest (news|posts|articles|stories)|(join|get) our newsletter.{0,30}|"
                         r"how (was|did we do|helpful was) this.{0,30}|was this (article|page|post) helpful|"
                         r"did you (find|like) this.{0,30})"
                         r"\W*$", re.I)
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY = (rf"({_MONTH} \d{{1,2}}(st|nd|rd|th)?,? \d{{4}}|\d{{1,2}}(st|nd|rd|th)? {_MONTH},? \d{{4}}"
        r"|\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{2,4})")
DATE_LINE = re.compile(r"^\W*((last )?(updated|published|posted|modified)( on)?:?\s*)?"
                       rf"(\w+day,? )?{_DAY}"
                       r"([ ,]+(at )?\d{1,2}:\d\d( ?[ap]\.?m\.?)?( \w{2,4})?)?\W*$", re.I)
# lone widget labels trafilatura keeps on any page type (WCXB dev: 23 pages up, 2 down)
WIDGET = re.compile(r"^\W*(table of contents|in this (article|post|guide|story)|on this page|"
                    r"jump to( section)?|skip to section|quick links|"
                    r"recently viewed( items| products)?|(your|this) browser does not support .{0,60}|"
                    r"(hide|show|toggle) caption|enlarge (this )?image|"
                    r"(info )?why (you're|you are|am i) seeing this ad.{0,80}|ad ?choices|report (this )?ad|"
                    r"add to (cart|bag|basket|wish ?list)|buy now|shop now|quick view)\W*$", re.I)
PROMO_WORDS, DROP_WORDS, END_WORDS, TITLE_WORDS = 25, 12, 8, 25   # longer ones are never cut
END_AFTER = 0.4     # an end-section heading counts only past this share of the text
WIDGET_CHARS = 120  # a WIDGET label this long at most
EDGE = 2            # date lines are cut among this many paragraphs at either end


def _words(s: str) -> int:
    return len(WORD.findall(s))


def _norm(s: str) -> str:
    return " ".join(WORD.findall(s.lower()))


def repeats_title(par: str, title: str | None) -> bool:
    """The paragraph is the page's title, or the part of it before/after the site's name."""
    p, t = _norm(par), _norm(title or "")
    return bool(p and t) and len(p.split()) <= TITLE_WORDS and len(p) >= 0.5 * len(t) and (
        p in t or p.startswith(t))


def tidy(text: str, title: str | None = None) -> str:
    """trafilatura's text without a leading headline, inline promos, lone furniture lines and
    what follows an end-of-article heading; unchanged when that would leave nothing."""
    pars = text.split("\n\n")
    if len(pars) > 1 and repeats_title(pars[0], title):
        pars = pars[1:]
    # a rule's pattern is tried first (anchored, so it fails fast) and words are counted only
    # on a match: on long stories counting every paragraph's words was most of the cost
    total = sum(map(len, pars)) or 1
    out, cum, n = [], 0, len(pars)
    for i, p in enumerate(pars):
        if cum >= END_AFTER * total and END_SECTION.match(p) and _words(p) <= END_WORDS:
            break
        cum += len(p)
        if ((HARD_DROP.match(p) and _words(p) <= DROP_WORDS)
                or (len(p) < WIDGET_CHARS and WIDGET.match(p))
                or (PROMO.match(p) and _words(p) <= PROMO_WORDS)
                or ((i < EDGE or i >= n - EDGE) and DATE_LINE.match(p)
                    and _words(p) <= DROP_WORDS)):
            continue
        out.append(p)
    return "\n\n".join(out) if out else text
