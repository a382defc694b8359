"""'the group' / 'the militant group' / 'The organization' (or 'the group's statement') as a
speaker, taken up from the body that a sentence before it opened as its subject, written
without 'The': "Zarvan blamed the army. '…,' the militant group said." / "Zarvan, backed by
its allies, stated …. The organization called it '…'".

Why: many armed groups, parties and charities go by a bare name (no 'The' before it), and
speaker_takeup.group_named reads only 'The X Front claimed …'. The subject must not be a
person (a full name, or a surname the page also writes after a first name: one word alone
looks like anyone's name, so that is the test for it), a place (a country speaks through its government, not as 'the group'), a sentence opener, or a word the
page never writes capitalised inside a sentence ('Fighting has raged'); an acronym is no
surname. The nearest such subject within 1500 characters, outside quotation marks, wins.
"""
from __future__ import annotations

import re

from .role_antecedent import blank_quotes, full_named
from .speaker_takeup import _GROUP_NP, _GROUPISH
from .speakers import CAP_STOP, ORG_HEADS, is_pronoun, looks_person

# 'the militant group’s statement' speaks for the group
_OWN_DOC = re.compile(r"(.+?)[’']s\s+(?:statement|communiqu[eé]|announcement|message)")
# a bare body name opening a sentence, an aside after a comma allowed, then a finite verb
_SUBJECT = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3})"
                      r"(?:,[^,.;\n]{3,60},)?[ \t]+(?:(?:has|have|had|also|later)[ \t]+)?"
                      r"(?:[a-z]{3,}ed|said|says|stated|claims|blames|warns|vows|held|took|made|issued)\b")


def _named_inside(name: str, text: str) -> bool:
    """The page also writes `name`, capitalised, inside a sentence: a proper name, not a
    common word that opens one ('Fighting has raged …')."""
    return re.search(rf"(?:[a-z,]\s+|\()(?:the\s+)?{re.escape(name)}(?![\w-])", text) is not None


def _place(name: str) -> bool:
    from .ev_names import place_kind         # the gazetteer loads lazily
    return place_kind(name)[0] is not None


def group_subject(np: str, text: str, pos: int) -> str | None:
    """The bare-named body a group description at `pos` takes up, or None."""
    np = np.strip()
    if (doc := _OWN_DOC.fullmatch(np)) is not None:
        np = doc.group(1)
    if np.lower() not in _GROUP_NP:
        return None
    lo = max(0, pos - 1500)
    window = blank_quotes(text[lo:pos])
    best = None
    for m in _SUBJECT.finditer(window):
        name = m.group(1)
        words = name.split()
        head = words[-1].lower()
        if words[0] in CAP_STOP or words[0] in {"The", "A", "An"} or is_pronoun(name) \
                or (len(words) > 1 and name.isupper()) \
                or (head in ORG_HEADS and head not in _GROUPISH):
            continue                     # 'The ministry said' is no group; 'BREAKING' no name
        if not _named_inside(name, text) or (len(words) > 1 and looks_person(name)) \
                or (not name.isupper() and full_named(words[-1], text)) or _place(name):
            continue
        best = name
    return best
