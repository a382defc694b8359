"""trafilatura.extract as html.py calls it (no comments, tables on, text out), the same
text for less CPU.

Profiling AEB pages showed where trafilatura's time goes besides the real work: XPaths that
test every div/section with EXSLT regexes (lxml runs each re:test as a Python callback, and
its XPath walk is itself slower than iterating the elements in Python), and four copies of
the tree per page. Nothing here changes what trafilatura selects or returns:
- `compile_xpath` turns trafilatura's body and boilerplate selectors (`.//*[self::div or
  ...][re:test(@class, ...) or contains(@id, ...)]`) into Python selectors that return the
  same elements in the same order; `compiled_selectors()` lends them to trafilatura's lists
  for the duration of our calls only;
- the raw-tree prunes of infinite-scroll and share-button containers run only when the page
  source holds a token their patterns need (a string search of a few microseconds);
- the fast pass (`fast=True`) runs trafilatura's own stages in its order, except that
  the copies nothing reads are skipped (the cleaning backup serves only the readability/
  justext comparison fast mode skips; in precision focus the raw tree is not read after
  cleaning; the main extractor's backup serves only the wild-text recovery of short results);
- pages that need trafilatura's later stages (a short result: wild-text recovery, baseline
  rescue, recall escalation) are re-run through `trafilatura.extract` itself.
The one residual difference: such a class written with character references
(`class="&#105;nfinite-scroll"`) escapes the source search; that markup is not seen in the wild.
`tests/clean/test_html_fast.py` checks selectors and text against trafilatura on real pages.
"""
from __future__ import annotations

import re
import threading
from contextlib import contextmanager
from copy import copy

try:   # trafilatura's stages; their layout is version-specific, so any mismatch -> public API
    import trafilatura
    from trafilatura import core as _core
    from trafilatura.htmlprocessing import convert_tags, tree_cleaning
    from trafilatura.main_extractor import _elem_text, _extract
    from trafilatura.metadata import Document
    from trafilatura.settings import MIN_DUPLICATE_LENGTH, Extractor
    from trafilatura.utils import SPACING_PROTECTED, text_chars_test
    from trafilatura.xml import delete_element
    from trafilatura import xpaths as _xp
    from lxml.etree import Element, XPath, strip_elements, strip_tags
    # the regexes of trafilatura's two comment-section XPaths, applied in Python below
    _CID = re.compile(f"^(?:{_xp._COMMENTS_ID}|disqus_thread|dsq-comments)")
    _CID_LIST = re.compile(f"^(?:{_xp._COMMENTS_ID})")
    _CCLASS = re.compile(_xp._COMMENTS_CLASS)
    AVAILABLE = trafilatura.__version__ == "2.3.1" and len(_xp.RAW_TREE_PRUNE_XPATH) == 2
except Exception:  # noqa: BLE001
    AVAILABLE = False

# ------------------------------------------------------------------ pruning
# RAW_TREE_PRUNE_XPATH[i] needs one of these tokens in an id or class value: when the page
# source lacks them (a string search, microseconds) the XPath cannot match and is skipped
_RAW_TOKENS = (("mvp-post-add-", "infinite"), ("elementor-share-buttons",))


def _prune(tree, expression) -> None:
    """trafilatura's prune_unwanted_nodes for one expression (tails kept)."""
    for el in expression(tree):
        delete_element(el)


_SOURCE = threading.local()     # the page source of this thread's current extraction


class SourceGate:
    """RAW_TREE_PRUNE_XPATH[i] lent to trafilatura (its full cascade too): no match and no walk
    (1.5 ms a page for the two) when this thread's page source lacks its tokens, else the XPath."""

    def __init__(self, xpath, tokens: tuple[str, ...]):
        self.xpath, self.tokens, self.path = xpath, tokens, xpath.path

    def __str__(self) -> str:
        return self.path

    def __call__(self, tree) -> list:
        html = getattr(_SOURCE, "html", None)
        if html is not None and not any(t in html for t in self.tokens):
            return []
        return self.xpath(tree)


class CommentSections:
    """REMOVE_COMMENTS_AND_LISTS_XPATH (`lists`) or REMOVE_COMMENTS_XPATH as a Python
    selector: the same elements in the same document order (a missing attribute tests as "",
    as in XPath). The answer per (id, class, is a list) is remembered: class values recur
    across a page's blocks and across pages, and each costs two long regex searches."""

    def __init__(self, path: str, lists: bool):
        self.path, self.lists = path, lists
        self.tags = ("div", "list", "section", "details") + (("ol", "ul") if lists else ())
        self.memo: dict = {}

    def __str__(self) -> str:
        return self.path

    def _test(self, ident: str, klass: str, is_list: bool) -> bool:
        in_class = bool(klass) and _CCLASS.search(klass) is not None
        if not (in_class or (ident and _CID.search(ident))):
            return False
        return not is_list or in_class or _CID_LIST.search(ident) is not None

    def __call__(self, tree) -> list:
        hits, memo, lists = [], self.memo, self.lists
        for el in tree.iterdescendants(*self.tags):
            ident, klass = el.get("id") or "", el.get("class") or ""
            if not (ident or klass):
                continue
            key = (ident, klass, lists and el.tag in ("ol", "ul"))
            hit = memo.get(key)
            if hit is None:
                if len(memo) >= MEMO_SIZE:
                    memo.clear()
                hit = memo[key] = self._test(*key)
            if hit:
                hits.append(el)
        return hits


_PAGE_BOUND = "string-length(normalize-space(.)) + 2 * count(.//*) + 2"


def escalation_possible(tree, text_len: int) -> bool:
    """trafilatura's recall-escalation test (text under ESCALATION_PAGE_SHARE of html2txt of
    the raw tree), decided without html2txt's copy and walk when an upper bound settles it:
    html2txt is the body's text with whitespace collapsed and at most two spaces added per
    element (block boundaries), so it is never longer than `_PAGE_BOUND` (XPath collapses
    fewer whitespace characters than str.split, which can only shorten html2txt)."""
    share = _core.ESCALATION_PAGE_SHARE
    if text_len >= share * float(tree.xpath(_PAGE_BOUND)):
        return False
    return text_len < share * len(_core.html2txt(tree))


# ------------------------------------------------------------------ XPath predicates in Python
# trafilatura selects boilerplate with XPaths such as `.//*[self::div or ...][re:test(@class,
# '...') or contains(@id, '...')]`. lxml evaluates each re:test as a Python callback and the
# XPath walk itself is slower than lxml's own element iterator (AEB: 2.9 ms a page for the
# first OVERALL_DISCARD expression against 0.3 ms to iterate the same elements). `compile_xpath`
# turns an expression of that shape into a Python selector returning the same elements in the
# same order; an expression using anything else is left to lxml (None).
_ATOMS = [
    ("self", re.compile(r"self::([\w-]+)$")),
    ("retest", re.compile(r"re:test\(((?:@[\w-]+\|?)+)\s*,\s*'([^']*)'(?:\s*,\s*'([^']*)')?\)$")),
    ("eq", re.compile(r"@([\w-]+)\s*=\s*'([^']*)'$")),
    ("has", re.compile(r"@([\w-]+)$")),
    ("contains", re.compile(r"contains\(((?:@[\w-]+\|?)+)\s*,\s*'([^']*)'\)$")),
    ("starts", re.compile(r"starts-with\(((?:@[\w-]+\|?)+)\s*,\s*'([^']*)'\)$")),
    ("ctrans", re.compile(r"contains\(translate\(@([\w-]+)\s*,\s*'([^']*)'\s*,\s*'([^']*)'\)"
                          r"\s*,\s*'([^']*)'\)$")),
]


_OR = re.compile(r"\s+or\s+")


def _split(text: str, opener: str, closer: str, sep: re.Pattern | None = None) -> list[str] | None:
    """Top-level bracket groups of `text` (sep None), or `text` split on `sep` outside
    quotes and brackets. None when quotes or brackets do not balance."""
    out, depth, quote, start = [], 0, "", 0
    i = 0
    while i < len(text):
        c = text[i]
        if quote:
            quote = "" if c == quote else quote
        elif c in "'\"":
            quote = c
        elif sep is None and depth == 0 and c != opener and not c.isspace():
            return None                     # text between groups: another shape
        elif c in "([":
            if sep is None and depth == 0:
                start = i + 1
            depth += 1
        elif c in ")]":
            depth -= 1
            if sep is None and depth == 0 and c == closer:
                out.append(text[start:i])
        elif sep is not None and depth == 0 and (m := sep.match(text, i)):
            out.append(text[start:i])
            start = i = m.end()
            continue
        i += 1
    if quote or depth:
        return None
    if sep is not None:
        out.append(text[start:])
    return out


def _attr_value(names: tuple[str, ...]):
    """XPath string value of `@a|@b` from the element's attributes that the selector reads
    (a dict in source order): the first of them in document order, "" when none is set."""
    if len(names) == 1:
        name = names[0]
        return lambda d: d.get(name, "")
    return lambda d: next((v for k, v in d.items() if k in names), "")


def _names(spec: str) -> tuple[str, ...]:
    return tuple(a.lstrip("@") for a in spec.split("|") if a)


def _atom(text: str):
    """(kind, test(attrs dict, ordered items), attribute names read) for one predicate term."""
    text = " ".join(text.split()) if "'" not in text else text.strip()
    for kind, rx in _ATOMS:
        m = rx.match(text)
        if not m:
            continue
        g = m.groups()
        if kind == "self":
            return kind, g[0], (), None
        names = _names(g[0]) if kind in ("retest", "contains", "starts") else (g[0],)
        single = names[0] if len(names) == 1 else None
        if kind == "retest":
            val = _attr_value(names)
            ci = bool(g[2] and "i" in g[2])
            pat = re.compile(g[1], re.IGNORECASE if ci else 0)
            merge = (single, f"(?i:{g[1]})" if ci else f"(?:{g[1]})") if single else None
            return kind, lambda d: pat.search(val(d)) is not None, names, merge
        if kind == "eq":
            merge = (single, rf"\A{re.escape(g[1])}\Z") if g[1] else None
            return kind, lambda d, a=g[0], v=g[1]: d.get(a) == v, names, merge
        if kind == "has":
            return kind, lambda d, a=g[0]: a in d, names, None
        if kind in ("contains", "starts"):
            val = _attr_value(names)
            src = re.escape(g[1]) if kind == "contains" else rf"\A{re.escape(g[1])}"
            merge = (single, src) if single and g[1] else None
            if kind == "contains":
                return kind, lambda d, v=g[1]: v in val(d), names, merge
            return kind, lambda d, v=g[1]: val(d).startswith(v), names, merge
        a, frm, to, v = g     # translate: chars of frm map to to's, or vanish past its end
        table: dict = {}
        for i, c in enumerate(frm):
            table.setdefault(ord(c), to[i] if i < len(to) else None)
        return kind, lambda d: v in d.get(a, "").translate(table), (a,), None
    return None


MEMO_SIZE = 50_000       # answers kept per selector (cleared when full: bounded memory)


class PySelector:
    """A compiled `.//*[tag test][predicates]`, `.//*[...][1]` or `(.//*[...])[1]`: called on
    an element it returns, like the XPath, a list of matching descendants in document order.
    An element carrying none of the attributes the predicates read gets the answer computed
    once for "no attributes" (most elements carry none of them)."""

    def __init__(self, path: str, tags: tuple[str, ...], tests: list, position: str,
                 names: frozenset):
        self.path, self.tags, self.tests, self.position = path, tags, tests, position
        self.names = names
        self.bare = self._test({})
        self.memo: dict = {}     # (attribute, value) pairs read -> answer (class values recur)

    def __str__(self) -> str:
        return self.path

    def _test(self, d: dict) -> bool:
        for merged, rest in self.tests:
            for attr, rx in merged:
                if rx.search(d.get(attr, "")):
                    break
            else:
                for fn in rest:
                    if fn(d):
                        break
                else:
                    return False
        return True

    def _scan(self, found, first: bool) -> list:
        """The matching elements of `found` (only the first with `first`): one loop with the
        test inlined, as it runs for every element of the page, for every selector."""
        memo, names, bare = self.memo, self.names, self.bare
        out = []
        for el in found:
            # the (name, value) pairs read, from one C call (el.items(), in source order)
            key = tuple([kv for kv in el.items() if kv[0] in names])
            if not key:
                hit = bare
            else:
                hit = memo.get(key)
                if hit is None:
                    if len(memo) >= MEMO_SIZE:
                        memo.clear()
                    hit = memo[key] = self._test(dict(key))
            if hit:
                out.append(el)
                if first:
                    break
        return out

    def __call__(self, tree) -> list:
        found = tree.iterdescendants(*self.tags) if self.tags else tree.iterdescendants(Element)
        out = self._scan(found, self.position == "first")   # (...)[1]: the first in order
        if self.position == "first-child":      # ...[1]: the first match among siblings
            seen: set = set()
            kept = []
            for el in out:
                parent = el.getparent()
                if parent not in seen:
                    seen.add(parent)
                    kept.append(el)
            out = kept
        return out


def _group(atoms: list) -> tuple:
    """An or-group as (one regex per attribute, the other tests): the terms on a single
    attribute (re:test, contains, starts-with, = 'x') become one alternation, searched once."""
    by_attr: dict[str, list] = {}
    rest = []
    for _kind, fn, _names_, merge in atoms:
        if merge:
            by_attr.setdefault(merge[0], []).append((merge[1], fn))
        else:
            rest.append(fn)
    merged = []
    for attr, parts in by_attr.items():
        try:
            merged.append((attr, re.compile("|".join(src for src, _ in parts))))
        except re.error:             # e.g. a global inline flag: keep the terms apart
            rest.extend(fn for _, fn in parts)
    return tuple(merged), tuple(rest)


def compile_xpath(path: str) -> PySelector | None:
    """A Python selector equivalent to `path`, or None when `path` is of another shape."""
    text, position = path.strip(), "all"
    if text.startswith("(") and text.endswith(")[1]"):
        text, position = text[1:-4].strip(), "first"
    if not text.startswith(".//*"):
        return None
    groups = _split(text[4:], "[", "]")
    if not groups:
        return None
    if groups[-1].strip() == "1" and position == "all":
        groups, position = groups[:-1], "first-child"
    tags: tuple[str, ...] = ()
    tests, names = [], set()
    for i, group in enumerate(groups):
        parts = _split(group, "(", ")", sep=_OR)
        atoms = [_atom(p) for p in parts] if parts else [None]
        if any(a is None for a in atoms):
            return None
        kinds = {atom[0] for atom in atoms}
        if kinds == {"self"} and i == 0:
            tags = tuple(atom[1] for atom in atoms)
        elif "self" in kinds:
            return None
        else:
            tests.append(_group(atoms))
            names.update(n for atom in atoms for n in atom[2])
    return PySelector(path, tags, tests, position, frozenset(names))


# trafilatura's lists whose expressions are compiled (matching ones only, in place)
_COMPILED_LISTS = ("BODY_XPATH", "OVERALL_DISCARD_XPATH", "TEASER_DISCARD_XPATH",
                   "PRECISION_DISCARD_XPATH", "DISCARD_IMAGE_ELEMENTS")
_SWAPS: list | None = None     # (list, index, the XPath, its Python selector)
# read only for a first match (main_extractor._extract takes `next()` of each answer): `...[1]`
# selectors stop there, not scan on for every sibling group's first (that match is the first's)
_FIRST_ONLY = ("BODY_XPATH",)


def _swaps() -> list:
    global _SWAPS
    if _SWAPS is None:
        swaps = []
        for name in _COMPILED_LISTS:
            exprs = getattr(_xp, name)
            for i, x in enumerate(exprs):
                py = compile_xpath(x.path) if isinstance(x, XPath) else None
                if py is not None:
                    if name in _FIRST_ONLY and py.position == "first-child":
                        py.position = "first"
                    swaps.append((exprs, i, x, py))
        raw = _xp.RAW_TREE_PRUNE_XPATH
        swaps.extend((raw, i, x, SourceGate(x, tokens))
                     for i, (x, tokens) in enumerate(zip(list(raw), _RAW_TOKENS)))
        for exprs, lists in ((_xp.REMOVE_COMMENTS_AND_LISTS_XPATH, True),
                             (_xp.REMOVE_COMMENTS_XPATH, False)):
            swaps.append((exprs, 0, exprs[0], CommentSections(exprs[0].path, lists)))
        _SWAPS = swaps
    return _SWAPS


@contextmanager
def compiled_selectors(html: str | None = None):
    """trafilatura's selector lists hold our Python selectors while the block runs. The lists
    are shared by reference with the modules that read them, so trafilatura's own code selects
    through them; the XPaths are put back afterwards, so trafilatura used elsewhere in the
    process (the bench's baseline) stays untouched. As both select the same elements, a
    thread running trafilatura meanwhile gets the same result with either. `html`: the source
    of the page extracted in the block, which the raw-tree prunes' `SourceGate`s read."""
    swaps = _swaps() if AVAILABLE else []
    outer = getattr(_SOURCE, "html", None)
    _SOURCE.html = html
    for exprs, i, _x, py in swaps:
        exprs[i] = py
    try:
        yield
    finally:
        for exprs, i, x, _py in swaps:
            exprs[i] = x
        _SOURCE.html = outer


# ------------------------------------------------------------------ the sequence
class _Fallback(Exception):
    """This page needs a stage we leave to trafilatura."""


_OPTIONS: dict = {}


def _options(precision: bool, url: str | None):
    """One Extractor per focus, copied per page with its url (building one parses the config:
    a fifth of a millisecond)."""
    base = _OPTIONS.get(precision)
    if base is None:
        base = _OPTIONS[precision] = Extractor(output_format="txt", fast=True, comments=False,
                                               precision=precision, tables=True)
    opts = copy(base)
    opts.url = url
    opts.source = url and url.encode("utf-8", "replace").decode("utf-8")
    return opts


def _content(cleaned, options):
    """trafilatura's extract_content when the main pass finds enough text (else _Fallback):
    without its backup copy, which only the wild-text recovery of short results reads."""
    body, text, _tags = _extract(cleaned, options)
    if len(body) == 0 or len(text) < options.min_extracted_size:
        raise _Fallback
    previous = None
    for el in list(body):     # drop a long element repeating the one before
        current = _elem_text(el)
        if current and current == previous and len(current) > MIN_DUPLICATE_LENGTH:
            delete_element(el, keep_tail=False)
        else:
            previous = current
    strip_elements(body, "done")
    strip_tags(body, "div")
    for lb in body.iter("lb"):
        if lb.tail and not text_chars_test(lb.tail) and not any(
                a.tag in SPACING_PROTECTED for a in lb.iterancestors()):
            lb.tail = None
    return body, text


def _sequence(root, html: str | None, options) -> str:
    """bare_extraction + trafilatura_sequence + extract's text output, for fast mode without
    comments (the only configuration `fast_extract` is called with)."""
    tree = copy(root)                            # the caller's tree stays as it was
    is_forum = _core._forum_thread_page(tree)
    for expression in _xp.RAW_TREE_PRUNE_XPATH:     # lent SourceGates: skipped when `html`
        _prune(tree, expression)                    # lacks the tokens they need
    precise = options.focus == "precision"
    if precise or not is_forum:
        _prune(tree, _xp.REMOVE_COMMENTS_AND_LISTS_XPATH[0])
    # precision never reads the raw tree again: clean it in place
    cleaned = convert_tags(tree_cleaning(tree if precise else copy(tree), options), options,
                           options.url)
    if precise and not is_forum:
        _prune(cleaned, _xp.REMOVE_COMMENTS_XPATH[0])
    body, text = _content(cleaned, options)
    if (options.focus == "balanced" and len(text) < _core.ESCALATION_MAX_LENGTH
            and escalation_possible(tree, len(text))):
        raise _Fallback                          # trafilatura's recall escalation decides
    doc = Document(body=body, commentsbody=Element("body"), raw_text=text)
    return _core.determine_returnstring(doc, options)


def fast_extract(root, html: str | None, url: str | None, precision: bool) -> str | None:
    """What `trafilatura.extract(root, url=url, fast=True, favor_precision=precision,
    include_comments=False, include_tables=True)` returns, computed with less work. `html` is
    the source `root` was parsed from (None: no source gates, every prune runs)."""
    with compiled_selectors(html):
        if AVAILABLE:
            try:
                return _sequence(root, html, _options(precision, url))
            except _Fallback:
                pass
            except (TypeError, ValueError):      # trafilatura discards the page on these
                return None
        return trafilatura.extract(root, url=url, fast=True, favor_precision=precision,
                                   include_comments=False, include_tables=True)


def extract(root, html: str | None, url: str | None, precision: bool, fast: bool) -> str | None:
    """trafilatura.extract(root, url=url, favor_precision=precision, fast=fast,
    include_comments=False, include_tables=True), the same text for less CPU: the fast
    sequence above, or trafilatura's full cascade with the compiled selectors."""
    if fast:
        return fast_extract(root, html, url, precision)
    with compiled_selectors(html):
        return trafilatura.extract(root, url=url, favor_precision=precision, fast=False,
                                   include_comments=False, include_tables=True)
