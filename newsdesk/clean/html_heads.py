"""Put back the subheads trafilatura dropped from the middle of an article.

trafilatura loses many in-body headings (`<h2>`-`<h4>`): its precision mode deletes short
link-bearing or trailing titles, and its de-duplication drops a heading whose words already
appeared in a table of contents. Readers (and WCXB's ground truth) keep them. A heading is
put back only where it provably sat inside the kept body: the nearest text-bearing element
before it and the one after it in the page are both in trafilatura's output, as adjacent
paragraphs, so a heading of a sidebar, a comment section or a "related stories" box (whose
neighbours were not kept) never comes back. WCXB dev: 66 pages up, 9 down (these mostly
pages whose annotators left FAQ or listicle headings out), all 0.8693 -> 0.8699; list items
the same way gained nothing. Cost: one pass over the page's heading elements and a few
substring tests per heading (AEB: about 0.4 ms a page).
"""
from __future__ import annotations

HEADS = ("h2", "h3", "h4")
ITEMS: tuple[str, ...] = ()   # list items too: no dev gain (+0.0000) for 5x the cost
MAX_CHARS = 150     # a longer "heading" is a styled paragraph: not ours to judge
MIN_PROBE = 8       # characters of a neighbour needed to trust a match
CLIMB = 3           # container levels climbed to find a neighbour
KEY = 60            # characters of a neighbour's text used to find it in the output
SKIP_TAGS = frozenset(("figure", "img", "picture", "hr", "br", "button", "form", "aside",
                       "nav", "iframe", "x-dead"))


def _tail_text(el) -> str:
    """The last non-blank text of an element (its last descendant's tail or text): all the
    paragraph before a heading has to end with, without reading a whole previous section."""
    while True:
        kids = [k for k in el if isinstance(k.tag, str)]
        for k in reversed(kids):
            if k.tail and k.tail.strip():
                return " ".join(k.tail.split())
            if k.tag in SKIP_TAGS:
                continue
            if any(t.strip() for t in k.itertext()):
                el = k
                break
        else:
            return " ".join((el.text or "").split())


def _text(el, limit: int = 0) -> str:
    """The element's text, whitespace collapsed; with `limit`, only about its first `limit`
    characters (a following section is only matched by its opening)."""
    if not limit:
        return " ".join("".join(el.itertext()).split())
    parts, n = [], 0
    for t in el.itertext():
        parts.append(t)
        n += len(t.strip())
        if n >= limit:
            break
    return " ".join("".join(parts).split())


def _neighbour(el, step: str):
    """The text of the nearest element before/after `el` in reading order (`getprevious` /
    `getnext`), skipping images, figures and empty wrappers. When `el` is the first/last
    text-bearing child of its container, the container's neighbour is taken (up to CLIMB
    levels: headings often sit alone in a wrapper or open a <section>). None when a heading
    comes first (a run of headings is a menu or a TOC, not a body) or nothing is found."""
    for _ in range(CLIMB + 1):
        sib = getattr(el, step)()
        while sib is not None:
            tag = sib.tag if isinstance(sib.tag, str) else ""
            if tag in HEADS or tag == "h1":
                return None
            if tag and tag not in SKIP_TAGS:
                text = _text(sib, 4 * KEY) if step == "getnext" else _tail_text(sib)
                if text:
                    return text
            sib = getattr(sib, step)()
        el = el.getparent()
        if el is None or el.tag in ("body", "html", "main", "article"):
            return None
    return None


def restore_heads(text: str, root) -> str:
    """trafilatura's text with its dropped in-body headings put back before the paragraph
    that follows each one in the page (module docstring); unchanged when none qualifies.
    Texts are compared as written (whitespace collapsed, as trafilatura writes them): one
    substring search per test instead of normalising every paragraph of every page."""
    if root is None or not text:
        return text
    inserts: dict[int, list[str]] = {}
    framed = f"\n\n{text}\n\n"
    for el in root.iter(*(HEADS + ITEMS)):
        head = _text(el)
        if not head or len(head) > MAX_CHARS or f"\n\n{head}\n\n" in framed:
            continue
        after = _neighbour(el, "getnext")
        probe = after[:KEY] if after else ""
        pos = text.find(probe) if len(probe) >= MIN_PROBE else -1
        # the following element must open a paragraph, and not the first one
        if pos <= 0 or text[pos - 2:pos] != "\n\n":
            continue
        before = _neighbour(el, "getprevious")
        tail = before[-KEY:] if before else ""
        if len(tail) < MIN_PROBE or not text[:pos - 2].endswith(tail):
            continue
        if text.startswith(head, pos) or text[:pos - 2].endswith(head):
            continue      # trafilatura kept it, run into the paragraph after or before
        inserts.setdefault(pos, []).append(head)
    if not inserts:
        return text
    out, last = [], 0
    for pos in sorted(inserts):
        out.append(text[last:pos])
        out.append("".join(h + "\n\n" for h in inserts[pos]))
        last = pos
    out.append(text[last:])
    return "".join(out)
