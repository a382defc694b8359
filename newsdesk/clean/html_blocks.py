"""HTML page -> text blocks with the layout features our block classifier scores.

One lxml parse, one iterative walk (no recursion, so deeply nested pages cannot overflow the
stack). A block is the text between two block-level boundaries; each carries what a reader
uses to tell body from furniture: its length and punctuation, how much of it is link text,
which structural elements and class/id names surround it (nav, footer, share, related...),
how text-dense its containers are, its density of function words, and where it sits relative
to the headline and to the densest container. The features are the same at training time
(`scripts/train_html.py`, WCXB dev) and at cleaning time (`html.py`).
"""
from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache

from lxml import etree
from lxml import html as lxml_html

SKIP = {"script", "style", "noscript", "template", "svg", "iframe", "head", "object", "embed",
        "canvas", "select", "option", "input", "textarea", "math", "video", "audio", "map",
        "picture", "source", "button", "dialog"}
BLOCK = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr",
         "table", "tbody", "thead", "tfoot", "blockquote", "pre", "section", "article", "main",
         "header", "footer", "nav", "aside", "form", "dd", "dt", "dl", "figure", "figcaption",
         "address", "details", "summary", "caption", "body", "html", "fieldset", "center",
         "br", "hr", "label", "legend", "menu", "hgroup", "time", "output"}
# block tags that get their own one-hot feature (others share "other")
TAGS = ["p", "div", "li", "h1", "h2", "h3", "h4", "td", "th", "blockquote", "pre", "dd", "dt",
        "figcaption", "span", "a", "section", "article", "summary", "label", "time"]
TAG_INDEX = {t: i for i, t in enumerate(TAGS)}
# structural ancestors that each get a flag (by tag name, or by ARIA role)
ANC_TAGS = ["nav", "header", "footer", "aside", "form", "main", "article", "li", "table",
            "figure", "blockquote", "a", "dl", "h", "section", "ul", "details", "pre"]
ANC_INDEX = {t: i for i, t in enumerate(ANC_TAGS)}
ROLE_TAG = {"navigation": "nav", "banner": "header", "contentinfo": "footer",
            "complementary": "aside", "main": "main", "article": "article", "menu": "nav",
            "search": "form", "dialog": "aside"}
# class/id vocabulary groups: names sites give to furniture and to content
KEYWORDS = [
    ("nav", r"nav|menu|breadcrumb|topbar|skip"),
    ("footer", r"footer|copyright|colophon"),
    ("header", r"header|masthead|branding|logo"),
    ("side", r"sidebar|widget|aside|rail|secondary"),
    ("comment", r"comment|disqus|respond|reply|discussion"),
    ("share", r"share|social|sharing|facebook|twitter|whatsapp|linkedin|pinterest"),
    ("related", r"related|recommend|more-?stor|read-?more|you-?may|trending|popular|outbrain"
                r"|taboola|also|next|prev|upsell|cross-?sell"),
    ("ad", r"(?:^|[\s_-])ads?(?:$|[\s_-])|advert|promo|sponsor|banner|dfp|gpt-|affiliate"),
    ("content", r"content|article|post|entry|story|body|main|text|prose|rich|markdown|blog"),
    ("meta", r"byline|author|meta|date|time|dateline|posted|published"),
    ("caption", r"caption|credit|figcaption|photo|image|gallery|media|thumb"),
    ("popup", r"subscri|newsletter|signup|sign-up|cookie|consent|gdpr|modal|popup|overlay"
              r"|paywall|login|register|cta"),
    ("tag", r"tags?(?:$|[\s_-])|topics|categor|keyword|label"),
    ("hidden", r"hidden|sr-only|visually-hidden|screen-reader|d-none|offscreen|collapse"),
    ("product", r"product|price|sku|description|spec|detail|summary|review|rating"),
    ("card", r"card|item|teaser|tile|grid|list|feed|excerpt|preview|archive|result"),
    ("title", r"title|headline|heading|hed"),
    ("pager", r"pagination|pager|paging|page-?numbers"),
    ("forum", r"message|thread|topic|forum|question|answer|bbcode|discussion"),
    ("doc", r"docs?(?:$|[\s_-])|documentation|api|reference|toc|table-of-contents|code"),
]
KW_RE = [re.compile(p) for _, p in KEYWORDS]
NKW = len(KEYWORDS)
WORD = re.compile(r"\w+", re.UNICODE)
# function words: running prose is dense in them, menus and teasers are not (justext's idea)
STOP = frozenset("""the a an and or but of to in on at for with by from as is are was were be
been has have had it its this that these those he she they we you i his her their our not no
will would can could said says who which what when where than then there also after before
about into over more most one two all some if so do does did up out new""".split())
SPACE = re.compile(r"\s+")
DIGIT = re.compile(r"\d")
UPPER = re.compile(r"[A-Z\u00c0-\u00de]")


@dataclass
class Block:
    text: str
    tag: str
    depth: int
    link_chars: int
    anc_tags: int            # bitmask over ANC_TAGS (all ancestors)
    anc_kw: int              # bitmask over KEYWORDS (all ancestors)
    near_kw: int             # bitmask over KEYWORDS (block element and its parent)
    chain: tuple             # ids of the open elements, outermost first
    heading: int = 0
    itemprop_body: bool = False
    words: int = 0
    extra: dict = field(default_factory=dict)


@dataclass
class Page:
    blocks: list[Block]
    root: object
    title: str = ""
    elem_words: dict = field(default_factory=dict)     # element id -> words in subtree
    elem_links: dict = field(default_factory=dict)     # element id -> link words in subtree
    elem_blocks: dict = field(default_factory=dict)    # element id -> blocks in subtree
    n_article: int = 0
    has_main: bool = False
    best: int | None = None    # element whose own child blocks hold most prose (readability idea)


def parse(html: str):
    """lxml tree of a page (None when nothing parses). XML declarations are stripped
    because lxml refuses them in a str. Elements are HtmlElement, which trafilatura accepts as
    is (it copies the tree), so the page is parsed once."""
    if not html or not html.strip():
        return None
    if html.lstrip().startswith("<?xml"):
        html = html[html.find("?>") + 2:]
    try:
        root = etree.fromstring(html, _parser())
    except (etree.ParserError, ValueError, etree.XMLSyntaxError):
        return None
    return root


_LOCAL = threading.local()


def _parser():
    """An HTML parser whose elements are all HtmlElement by a C-level default lookup: lxml.html's
    own parser picks form/input subclasses through a Python callback for every element proxy
    created, which cost a third of trafilatura's time on news pages (output unchanged)."""
    parser = getattr(_LOCAL, "parser", None)   # one per thread: lxml parsers are not shared
    if parser is not None:
        return parser
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True,
                              recover=True, collect_ids=False, default_doctype=False)
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(
        element=lxml_html.HtmlElement, comment=lxml_html.HtmlComment,
        pi=lxml_html.HtmlProcessingInstruction, entity=lxml_html.HtmlEntity))
    _LOCAL.parser = parser
    return parser


def page_title(root) -> str:
    """The <title> text ("" when absent)."""
    for el in root.iter("title"):
        return SPACE.sub(" ", "".join(el.itertext())).strip()
    return ""


def _kw_mask(el) -> int:
    c, i = el.get("class"), el.get("id")
    if not c and not i:
        return 0
    m = 0
    for tok in f"{c or ''} {i or ''}".lower().split():
        m |= _token_mask(tok)
    return m


@lru_cache(maxsize=65536)
def _token_mask(tok: str) -> int:
    """Keyword-group bitmask of one class/id token (cached: sites reuse their names)."""
    m = 0
    for i, rx in enumerate(KW_RE):
        if rx.search(tok):
            m |= 1 << i
    return m


def _hidden(el) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    st = el.get("style")
    if st and ("display:none" in st.replace(" ", "") or "visibility:hidden" in st.replace(" ", "")):
        return True
    return False


def segment(root) -> Page:
    """Walk the tree once, cutting text into blocks at block-level boundaries."""
    blocks: list[Block] = []
    buf: list[str] = []
    link_buf = [0]
    # stack entries: (element id, tag, anc_tags mask, anc_kw mask, own kw mask, is_block)
    stack: list[tuple] = []
    link_depth = [0]
    itemprop_depth = [0]
    n_article = 0
    has_main = False
    title = ""

    def flush():
        if not buf:
            return
        text = SPACE.sub(" ", "".join(buf)).strip()
        buf.clear()
        lc = link_buf[0]
        link_buf[0] = 0
        if not text or not WORD.search(text):
            return
        # innermost block element on the stack
        bi = len(stack) - 1
        while bi > 0 and not stack[bi][5]:
            bi -= 1
        top = stack[bi] if stack else (0, "html", 0, 0, 0, True)
        tag = stack[-1][1] if stack and stack[-1][1] in TAG_INDEX else top[1]
        near = top[4] | (stack[bi - 1][4] if bi > 0 else 0) | (stack[-1][4] if stack else 0)
        h = 0
        for e in stack[::-1]:
            if len(e[1]) == 2 and e[1][0] == "h" and e[1][1] in "123456":
                h = int(e[1][1])
                break
        blocks.append(Block(text=text, tag=tag, depth=len(stack), link_chars=min(lc, len(text)),
                            anc_tags=stack[-1][2] if stack else 0,
                            anc_kw=stack[-1][3] if stack else 0, near_kw=near,
                            chain=tuple(e[0] for e in stack), heading=h,
                            itemprop_body=itemprop_depth[0] > 0))

    def add(text, in_link):
        if text:
            buf.append(text)
            if in_link:
                link_buf[0] += len(text.strip())

    walker = etree.iterwalk(root, events=("start", "end"))
    # elements are numbered in document order: lxml proxies are not held, so id() of a freed
    # proxy could be reused by a later element and merge two containers' statistics
    serial = 0
    skipping = False      # after skip_subtree() the next event is that element's own end
    for ev, el in walker:
        tag = el.tag
        if not isinstance(tag, str):          # comments, PIs, entities
            if ev == "end":
                add(el.tail, link_depth[0] > 0)
            continue
        tag = tag.lower()
        if ev == "start":
            if tag == "title" and not title:
                title = SPACE.sub(" ", el.text or "").strip()
            if tag in SKIP or _hidden(el):
                skipping = True
                walker.skip_subtree()
                continue
            if tag == "article":
                n_article += 1
            elif tag == "main" or el.get("role") == "main":
                has_main = True
            is_block = tag in BLOCK
            if is_block:
                flush()
            at = stack[-1][2] if stack else 0
            ak = stack[-1][3] if stack else 0
            key = ROLE_TAG.get(el.get("role") or "", tag)
            if key in ANC_INDEX:
                at |= 1 << ANC_INDEX[key]
            elif len(key) == 2 and key[0] == "h" and key[1] in "123456":
                at |= 1 << ANC_INDEX["h"]
            own = _kw_mask(el)
            ak |= own
            serial += 1
            stack.append((serial, tag, at, ak, own, is_block))
            if tag == "a":
                link_depth[0] += 1
            ip = el.get("itemprop")
            if ip in ("articleBody", "text", "reviewBody", "description"):
                itemprop_depth[0] += 1
            add(el.text, link_depth[0] > 0)
        else:
            if skipping:
                skipping = False
                if tag in BLOCK or tag in ("button", "select"):
                    flush()
                add(el.tail, link_depth[0] > 0)
                continue
            if stack[-1][5] or tag == "br":
                flush()
            stack.pop()
            if tag == "a":
                link_depth[0] -= 1
            ip = el.get("itemprop")
            if ip in ("articleBody", "text", "reviewBody", "description"):
                itemprop_depth[0] -= 1
            if tag == "br":
                flush()
            add(el.tail, link_depth[0] > 0)
    flush()
    page = Page(blocks=blocks, root=root, title=title, n_article=n_article, has_main=has_main)
    ew, el_, eb = page.elem_words, page.elem_links, page.elem_blocks
    direct: dict = {}
    for b in blocks:
        b.words = len(WORD.findall(b.text))
        lw = b.words * b.link_chars / max(1, len(b.text))
        for eid in b.chain:
            ew[eid] = ew.get(eid, 0) + b.words
            el_[eid] = el_.get(eid, 0) + lw
            eb[eid] = eb.get(eid, 0) + 1
        if len(b.chain) >= 2 and b.words >= 8 and lw < 0.3 * b.words:
            eid = b.chain[-2]
            direct[eid] = direct.get(eid, 0) + b.words - lw
    if direct:
        page.best = max(direct, key=direct.get)
    return page


@lru_cache(maxsize=4096)
def _bits(mask: int, n: int) -> tuple[float, ...]:
    """The n low bits of mask as 0.0 / 1.0 (cached: a page repeats few ancestor masks)."""
    return tuple(float((mask >> i) & 1) for i in range(n))


_ONEHOT = [tuple(float(i == k) for i in range(len(TAGS) + 1)) for k in range(len(TAGS) + 1)]


def features(page: Page) -> list[list[float]]:
    """One feature row per block (see the module docstring for what and why)."""
    blocks = page.blocks
    n = len(blocks)
    if not n:
        return []
    total = sum(b.words for b in blocks) or 1
    page_links = sum(b.words * b.link_chars / max(1, len(b.text)) for b in blocks) / total
    counts: dict[str, int] = {}
    for b in blocks:
        counts[b.text] = counts.get(b.text, 0) + 1
    title = page.title.lower()
    # the most text-dense container: the element holding most non-link words, per depth
    ew, el_, eb = page.elem_words, page.elem_links, page.elem_blocks
    best = page.best
    h1 = next((i for i, b in enumerate(blocks) if b.heading == 1), None)
    inside = [i for i, b in enumerate(blocks) if best is not None and best in b.chain]
    span = (inside[0], inside[-1]) if inside else None
    rows = []
    cum = 0
    for i, b in enumerate(blocks):
        t = b.text
        nc = len(t)
        lr = b.link_chars / max(1, nc)
        punct = t.count(".") + t.count("!") + t.count("?")
        row = [math.log1p(b.words), math.log1p(nc), lr, float(punct), float(t.count(",")),
               float(t[-1] in ".!?:;\"'”)"), float(t[0].isupper()), float(t[0].isdigit()),
               len(DIGIT.findall(t)) / nc, len(UPPER.findall(t)) / nc,
               nc / max(1, b.words), float(b.depth), i / n, cum / total, float(b.heading),
               float(counts[t]), float(t.lower() in title and b.words >= 2), float(b.itemprop_body),
               float("|" in t or "©" in t or "\u00a9" in t), float(t.count("·") + t.count("•"))]
        cum += b.words
        row += _ONEHOT[TAG_INDEX.get(b.tag, len(TAGS))]
        row += _bits(b.anc_tags, len(ANC_TAGS))
        row += _bits(b.anc_kw, NKW)
        row += _bits(b.near_kw, NKW)
        # containers 1..4 levels up: size, link share, blocks, share of page
        ch = b.chain
        for k in (1, 2, 3, 5):
            eid = ch[-k] if len(ch) >= k else None
            w = ew.get(eid, 0)
            row += [math.log1p(w), el_.get(eid, 0) / max(1, w), math.log1p(eb.get(eid, 0)),
                    w / total]
        row.append(float(best in ch))
        # neighbours
        for j in (i - 2, i - 1, i + 1, i + 2):
            if 0 <= j < n:
                nb = blocks[j]
                row += [math.log1p(nb.words), nb.link_chars / max(1, len(nb.text)),
                        float(nb.text[-1] in ".!?")]
            else:
                row += [-1.0, -1.0, -1.0]
        row += [math.log1p(total), math.log1p(n), page_links, float(page.n_article),
                float(page.has_main)]
        # where the block sits relative to the headline and to the densest container: teaser
        # lists and footers follow the body, navigation precedes the headline
        toks = WORD.findall(t.lower())
        row += [sum(w in STOP for w in toks) / max(1, len(toks)), b.words / max(1.0, punct),
                float(h1 is None), (i - h1) / n if h1 is not None else 0.0,
                (i - span[0]) / n if span else 0.0, (i - span[1]) / n if span else 0.0]
        rows.append(row)
    return rows
