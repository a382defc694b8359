"""Who put out the document a bare 'the post' or 'the statement' speaks for.

'A message on the Telegram channel of the office of navy chief Ann Roe claimed …' brings in
a document with its issuer; the paragraphs after it quote 'the post' and 'the statement' (the
same document under another noun). Both are the issuer's words, and an issuer written as
'the office of <title> <name>' is filed the way readers name it, '<name>'s office'.
"""
from __future__ import annotations

import re

_DOC = r"(?:post|statement|message|tweet|bulletin|communiqu[eé]|letter|video|announcement|release)"
BARE_DOCS = frozenset("""the post|the statement|the message|the tweet|the bulletin|the communique|the communiqué|
    the letter|the announcement|the release""".replace("\n    ", "").split("|"))
# the introducing phrase: 'a message on the Telegram channel of …', 'a statement from …' up to its verb
_INTRO = re.compile(r"\b[Aa]n?\s+(?:[\w-]+\s+){0,2}?" + _DOC + r"\b([^.;:\"“”\n]{3,160}?)\s+"
                    r"(?:said|says|stated|read|reads|added|claimed|accused|blamed|alleged|announced|warned)\b")
# the issuer closing that phrase: 'of the office of navy chief Ann Roe', 'from the Ruritanian Red Cross'
_ISSUER = re.compile(r"\b(?:from|by|of)\s+(?:the\s+)?(?:(office|offices)\s+of\s+(?:the\s+)?)?"
                     r"((?:[a-z-]+\s+){0,3}[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|al-\w+|bin))*)\s*,?$")
_LOWER_LEAD = re.compile(r"^(?:[a-z-]+\s+)+")


def posted_issuer(text: str, pos: int) -> tuple[str, bool] | None:
    """The issuer of the latest document introduced with one before `pos` (within 1500
    characters), as written, and whether it is an office ('Ann Roe's office' for 'the office
    of army chief Ann Roe': final) rather than a name the resolver still maps."""
    best = None
    for m in _INTRO.finditer(text, max(0, pos - 1500), pos):
        iss = _ISSUER.search(m.group(1))
        if iss:
            best = iss
    if best is None:
        return None
    name = _LOWER_LEAD.sub("", best.group(2))      # 'navy chief Ann Roe' -> 'Ann Roe'
    if best.group(1):
        from .speakers import strip_titles
        return f"{strip_titles(name)}'s {best.group(1)}", True
    return name, False
