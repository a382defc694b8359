"""Two more names a speaker stands for, read by `speaker_named.named_form` on every final speaker.

- A described speaker whose name is given right after it in part only: 'said one resident,
  surnamed Park' / 'a nurse, identified only as Ana,' -- news that withholds a full name (privacy,
  safety, custom) still gives the one name it has, and that name is the speaker; the
  description is only how the sentence introduced them.
- A lone first name ('Marta said') for the one person the text introduced in full with that
  first name before ('Marta Quiroga waited ...'): the resolver keeps surnames, so a page that
  switches to the first name in a later paragraph (common for relatives and witnesses) would
  otherwise leave a speaker no reader can place.
Each reading gives None unless the text says exactly that.
"""
from __future__ import annotations

import re

from .speakers import NAME_SEQ, TITLES, looks_person

_GIVEN = re.compile(r",?\s*(?:who\s+was\s+|who\s+is\s+)?(?:surnamed|identified\s+only\s+as|named\s+only\s+as|known\s+only\s+as|"
                    r"who\s+(?:gave|would\s+give)\s+only\s+(?:his|her|their)\s+(?:(?:sur|first\s+|last\s+|family\s+|given\s+)?name)"
                    r"(?:\s+as)?,?)\s+([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)")


def partly_named(np: str, text: str, pos: int) -> str | None:
    """'one resident' mentioned at `pos` as 'one resident, surnamed Park' -> 'Park'."""
    if not np or np[:1].isupper() and " " not in np:
        return None                        # already a name
    at = text.lower().find(np.lower(), max(0, pos - 5), pos + len(np) + 40)
    if at < 0:
        return None
    m = _GIVEN.match(text, at + len(np))
    return m.group(1) if m else None


def first_name_full(np: str, text: str, pos: int) -> str | None:
    """'Marta' -> 'Marta Quiroga', the one full name before `pos` that starts with it."""
    if not re.fullmatch(r"[A-Z][a-z'\u2019-]{2,}", np or "") or np.lower() in TITLES:
        return None
    fulls = set()
    for run in NAME_SEQ.finditer(text, 0, pos):
        words = run.group().rstrip(".’'").split()
        if 2 <= len(words) <= 3 and words[0] == np and looks_person(" ".join(words)):
            fulls.add(" ".join(words))
    return fulls.pop() if len(fulls) == 1 else None


_QUOTE_OPEN = re.compile(r"\s*[\"\u201c]")
# a short paragraph that ends by singling out one member of a group: '..., like Ann Roe.' /
# '..., among them Ann Roe.' -- the page's way of bringing in the next speaker
_SINGLED_OUT = re.compile(r"[,\s](?:like|including|such\s+as|among\s+them(?:\s+is)?|one\s+of\s+them\s+is)\s+"
                          r"([A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+){1,2})\.\s*$")


def introduced_before(np: str, text: str, pos: int) -> str | None:
    """'"…," he said.' opening a paragraph right after a short paragraph with no quote that ends
    by singling out one person ('Others still wait for news, like Ann Roe.'): the page brought
    that person in to quote them next, so the pronoun is theirs, not the last quoted speaker's."""
    if not np or not re.match(r"(?:he|she)\b", text[pos:pos + 4], re.I):
        return None
    para = text.rfind("\n", 0, pos) + 1
    if not _QUOTE_OPEN.match(text, para):
        return None
    prev_end = len(text[:para].rstrip())
    prev = text[text.rfind("\n", 0, prev_end) + 1:prev_end]
    m = _SINGLED_OUT.search(prev)
    if not m or len(prev.split()) > 30 or re.search(r"[\"\u201c\u201d]", prev) or not looks_person(m.group(1)):
        return None
    return m.group(1) if m.group(1).split()[-1] not in np.split() else None
