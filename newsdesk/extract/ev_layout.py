"""Lines whose place on the page, not their words, says they state no event: a subhead or a
link label standing alone ("– Tanks shot down –", "The war that never ends") names what
follows; a run of photo credits ("… in Harlow on 2 AprilAnna Berg/ReutersA soldier …") is
captions pasted together. Both read like sentences, so the trigger table alone would take
them as sources of an event.
"""
from __future__ import annotations

import re

# a line that closes a sentence (or a quotation, a list item, a bracket) is prose
_CLOSED = re.compile(r"[.!?:;,\"\u201d\u2019)\]…]\s*$")
_BULLET = re.compile(r"^\s*[•*·]")
_MAX_WORDS = 8
# "Name Surname/AFP", "Photo/Reuters": the credit of a photograph (case kept: agency names)
_CREDIT = re.compile(r"[a-z]\s?/\s?(?:AFP|AP|EPA|Reuters|Getty Images|Anadolu|Xinhua)(?![a-z])")


def _line_around(body: str, at: int, length: int) -> tuple[str, str]:
    """The whole line holding body[at:at+length], and the text after that line."""
    start = body.rfind("\n", 0, at) + 1
    end = body.find("\n", at + length)
    end = len(body) if end < 0 else end
    return body[start:end], body[end:]


# a page template's placeholder left glued to the sentence ("... in the attack.{mosads}"): the
# sentence's own stop comes before it
_TEMPLATE_TAIL = re.compile(r"\{\w{2,30}\}\s*$")


def subhead(art, text: str) -> bool:
    """A short line of its own with no closing stop, with more text after it: a subhead or a
    link label. The article's last line is kept, since an excerpt cut mid-sentence ends
    that way too; list items keep their bullet and are kept."""
    body, said = art.text or "", text.strip()
    if not said or len(said.split()) > _MAX_WORDS:
        return False
    at = body.find(said)
    if at < 0:
        return False
    line, rest = _line_around(body, at, len(said))
    if line.strip() != said or _BULLET.match(line) or _CLOSED.search(_TEMPLATE_TAIL.sub("", said).rstrip("–—- ")):
        return False
    return bool(rest.strip())


def credit_run(text: str) -> bool:
    """The sentence carries a photographer's credit ("Pedro Ugarte/AFP"): a caption."""
    return bool(_CREDIT.search(text))


# "READ: At least 32 dead in ... | Explosion in southern Turkey kills policeman": headlines of
# other stories behind a link cue, no statement of this one
_LINK_CUE = re.compile(r"^\W*(?:(?:also |more: |more )?read(?: more| also)?|related(?: stories| articles?)?|"
                       r"see also|watch|more on this|recommended)\s*[:|>\u2013\u2014-]", re.I)


# "UPDATE: Questions arise about suspect in Berlin attack ... »": a headline with a pointer at its end
# (standing apart: a closing guillemet of a quotation hugs its last word)
_LINK_TAIL = re.compile(r"\s[\u00bb\u203a\u2192]\s*$")


def link_line(text: str) -> bool:
    """The sentence is a link cue and the headlines it points to, or a headline ending in a
    link pointer."""
    return bool(_LINK_CUE.match(text) or _LINK_TAIL.search(text))
