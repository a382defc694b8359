"""Page furniture that neither extractor recognises on pages that are not articles.

- Consent managers (OneTrust, Cookiebot, Didomi, Complianz, IAB TCF dialogs...) write long,
  well-punctuated paragraphs ("These cookies are necessary for the website to function...")
  into the page itself. Both trafilatura and our block model take them for body text on
  shops, forums and service pages, where no dominant article marks them as asides. Their
  containers carry the vendor's id/class names, so they are dropped from the tree before
  either extractor runs (WCXB dev, whole routing: 0.8703 -> 0.8715, forum 0.788 -> 0.795;
  no AEB page without an article declaration has one).
- The same block twice: shops and forums render a block once per layout (desktop / mobile
  menus, sticky headers, quoted posts) and our block model keeps every copy, while ground
  truth and readers see it once (WCXB dev, non-article pages, out-of-fold block
  probabilities: 599.8 -> 605.3 summed F1, no page type down). Except a grid's repeats: a
  block copied into >= 4 sibling cards ("In stock", prices) is kept each time, as the truth
  keeps it (WCXB dev, non-article pages, shipped models: 556.85 -> 557.77 summed F1, listing
  0.742 -> 0.746, collection 0.726 -> 0.729, forum/product within 0.0003; >= 3 copies 558.04).
"""
from __future__ import annotations

import re

# id / class names of consent-manager containers (vendor prefixes and common generic names)
CONSENT = re.compile(
    r"onetrust|optanon|ot-sdk|ot-pc-|cookielaw|cookiebot|cybotcookie|didomi|qc-cmp|usercentrics|"
    r"cmplz|cky-consent|cky-modal|moove_gdpr|iubenda|osano-cm|termly|trustarc|truste-|sp_message|"
    r"fc-consent|cookie[-_]?(banner|consent|notice|law|bar|popup|modal|wall|dialog|policy-bar)|"
    r"(consent|gdpr)[-_]?(banner|manager|modal|popup|dialog|overlay|notice|wall|bar)|cc-window|"
    r"cc-banner", re.I)
KEEP_TAGS = {"html", "body", "main", "article"}
MAX_SHARE = 0.9     # a matched container holding more of the page than this is not a dialog


MEMO_SIZE = 50_000
_NAMES: dict[str, bool] = {}


def _consent_name(name: str) -> bool:
    """CONSENT.search(name), remembered: id/class names recur across a page's elements and
    across pages, and the alternation is searched at every position of each."""
    hit = _NAMES.get(name)
    if hit is None:
        if len(_NAMES) >= MEMO_SIZE:
            _NAMES.clear()
        hit = _NAMES[name] = CONSENT.search(name) is not None
    return hit


def drop_consent(root, page_chars: int | None = None) -> int:
    """Remove consent-manager containers in place (keeping their tails); returns how many.
    A class name like `cookie-consent-active` on <body> or on a wrapper holding most of the
    page only reports the dialog's state, so such elements stay."""
    hits = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in KEEP_TAGS:
            continue
        name = (el.get("id") or "") + " " + (el.get("class") or "")
        if len(name) > 1 and _consent_name(name):
            hits.append(el)
    if not hits:
        return 0
    if page_chars is None:
        page_chars = len(" ".join("".join(root.itertext()).split()))
    n, gone = 0, set()
    for el in hits:              # document order: a container comes before what it holds
        parent = el.getparent()
        if parent is None or any(a in gone for a in el.iterancestors()):
            continue             # already gone with an ancestor
        size = len(" ".join("".join(el.itertext()).split()))
        if page_chars and size > MAX_SHARE * page_chars:
            continue
        tail = el.tail
        if tail and tail.strip():
            prev = el.getprevious()
            if prev is not None:
                prev.tail = (prev.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
        parent.remove(el)
        gone.add(el)
        n += 1
    return n


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


GRID_MIN = 4        # copies of a block, each in its own sibling card, that make a grid


def grid_repeats(blocks) -> set[str]:
    """Keys of blocks repeated once per card of a grid (product tiles, listing cards: "Add to
    cart", prices), which ground truth keeps every time, unlike a menu rendered twice. A grid
    copy sits at the same depth in its own child of one shared parent: the copies' element
    chains have one length and first differ at one index, where each copy has its own element."""
    groups: dict[str, list] = {}
    for b in blocks:
        groups.setdefault(_key(b.text), []).append(b.chain)
    out = set()
    for key, chains in groups.items():
        if len(chains) < GRID_MIN or len({len(c) for c in chains}) != 1:
            continue
        d = 0
        while d < len(chains[0]) and len({c[d] for c in chains}) == 1:
            d += 1
        if d < len(chains[0]) and len({c[d] for c in chains}) == len(chains):
            out.add(key)
    return out


def dedup_blocks(blocks: list[str], keep: set[str] = frozenset()) -> list[str]:
    """Each block once, in first-seen order (compared on lower-cased word sequence); blocks
    whose key is in `keep` (grid repeats) keep every copy."""
    seen: set[str] = set()
    out = []
    for b in blocks:
        key = _key(b)
        if key in seen and key not in keep:
            continue
        seen.add(key)
        out.append(b)
    return out


