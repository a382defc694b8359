"""Flatten pathologically deep HTML before it reaches the cleaner.

libxml2 (under lxml and trafilatura) stops building the tree at depth 256, so a page with
thousands of nested `<div>`s comes back with an empty body, and recursive tree code can run
out of stack. Real pages nest a few dozen levels. We drop the tags (never the text) of
elements nested deeper than `limit`, with one linear scan and no recursion.
"""
from __future__ import annotations

import re

import numpy as np

DEFAULT_LIMIT = 180

_TOKEN = re.compile(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>|<(/?)([a-zA-Z][\w:-]*)\b[^>]*>",
                    re.S | re.I)
# Void elements never close; implied-end ones are routinely left open. Neither counts as depth.
_FLAT = frozenset("area base br col embed hr img input link meta param source track wbr "
                  "p li dt dd tr td th option optgroup thead tbody tfoot colgroup rp rt "
                  "html head body".split())


# Containers that close: the estimate walks only these (fast: one C-level findall of a
# short alternation, one Python step per container tag).
_CONTAINERS = ("div span section article main aside nav header footer ul ol dl table form "
               "a b i u s em strong small big font center blockquote figure fieldset label "
               "button code pre abbr cite q ins del mark time details summary picture video "
               "audio object iframe noscript template svg g select textarea h1 h2 h3 h4 h5 h6 "
               "sub sup")
_NAMES = sorted(_CONTAINERS.split(), key=len, reverse=True)
# lower and upper case spelled out: re.I makes this scan about twice as slow
_TAG = re.compile(r"<(/?)(?:%s)[\s>]" % "|".join(_NAMES + [n.upper() for n in _NAMES]))


def max_depth(html: str) -> int:
    """A fast estimate of the open-element depth over common container tags (a pre-filter:
    it ignores which tag a close tag closes and does not skip scripts, so a real page may
    score above its true depth; `flatten` then checks exactly). The walk of +1/-1 steps
    floored at 0 has depth S_i - min(0, min_{j<=i} S_j), so numpy does it at once."""
    marks = _TAG.findall(html)
    if not marks:
        return 0
    s = np.cumsum(np.array([-1 if m else 1 for m in marks], dtype=np.int32))
    floor = np.minimum(np.minimum.accumulate(s), 0)
    return int((s - floor).max())


def flatten(html: str, limit: int = DEFAULT_LIMIT) -> tuple[str, int]:
    """(html with tags nested deeper than `limit` removed, number of tags removed). The
    input is returned unchanged when it never nests that deep."""
    if html.count("<") <= limit or max_depth(html) <= limit:
        return html, 0
    out: list[str] = []
    stack: list[tuple[str, bool]] = []      # (tag name, dropped?)
    open_count: dict[str, int] = {}
    pos = dropped = 0
    for m in _TOKEN.finditer(html):
        name = m.group(3)
        if not name or m.group(0).endswith("/>") or name.lower() in _FLAT:
            continue
        name = name.lower()
        drop = False
        if not m.group(2):
            drop = len(stack) >= limit
            stack.append((name, drop))
            open_count[name] = open_count.get(name, 0) + 1
        elif open_count.get(name):
            while stack:                      # close up to the matching open tag
                top, was_dropped = stack.pop()
                open_count[top] -= 1
                if top == name:
                    drop = was_dropped
                    break
        else:
            drop = True                       # a stray close tag: harmless to drop
        if drop:
            out.append(html[pos:m.start()])
            pos = m.end()
            dropped += 1
    out.append(html[pos:])
    return "".join(out), dropped
