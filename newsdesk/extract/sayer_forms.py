"""Who says a sentence, for attribution forms the quote reader and the dispute holder both met.

The speaker of a quotation (quotes.py) and the holder of a disputed claim
(across/dispute_holders.py) are one question asked by two readers; a form fixed on one side
stayed broken on the other. The forms read here, on the sentence's own words:
  "X, which said ..."                       the relative's antecedent X says it, never "which"
  "..., a statement released by X reads."   the issuer named in a closing document phrase
  "according to army spokesman, ..."        a bare role with no determiner is still a source
  "X said, citing Y"                        X says it, unless X is a medium that only carries Y
  "He is in hospital, and said ..."         a coordinated verb shares the clause's subject
  "The owner of the mill where ... said"    the head phrase before the relative clause
  "said analyst Ann Roe of Y"               the person, not the firm after "of"
  "a reporter associated with Y TV"         the whole phrase through "with Y"
  "was reported by two papers to have"      the passive agent
A relative pronoun, a participial opener ("Following reports ...") or a bare article is never
a sayer, and an "according to" inside a quotation is the speaker's own wording.
"""
from __future__ import annotations

import re

from .speakers import looks_person, subject_before

Found = tuple[str, int]

# ---------------------------------------------------------------- what is never a sayer
_OPENER = re.compile(r"(?:Amid|Despite|After|Following|Before|Given)\b")
# a capitalised -ing word opens a participial phrase before a lowercase word ("Conflicting
# reports"); alone only the usual openers do: otherwise it is a name ("Beijing", "Downing Street")
_PARTICIPLE = re.compile(r"[A-Z][a-z]+ing")
_LONE_OPENERS = set("""conflicting contradicting differing varying competing opposing confusing emerging
    according including citing quoting regarding responding speaking addressing commenting reacting
    referring describing noting adding denying rejecting insisting acknowledging announcing explaining
    claiming reporting""".split())
_ARTICLE_ONLY = {"a", "an", "the", "which", "who", "whom", "that", "whose"}


def never_sayer(np: str | None) -> bool:
    """A relative pronoun, a bare article or a participial/prepositional opener ("Following
    multiple", "Conflicting") read as a subject names no one."""
    if not np:
        return False
    words = np.split()
    return np.strip().lower() in _ARTICLE_ONLY or bool(_OPENER.fullmatch(words[0])) or (
        bool(_PARTICIPLE.fullmatch(words[0])) and (
            words[0].lower() in _LONE_OPENERS or (len(words) > 1 and words[1][:1].islower())))


_MARK = re.compile(r"[“”\"]")


def inside_quote(text: str, pos: int) -> bool:
    """Position `pos` sits inside a quotation: the last mark before it opens one. A straight mark
    opens when it follows a space (or starts the text) and a word follows it; the mark after the
    words of a sentence that began inside a quote ('… of that," he said') closes it."""
    last = None
    for last in _MARK.finditer(text, 0, pos):
        pass
    if last is None:
        return False
    if last.group() != '"':
        return last.group() == "“"
    i = last.start()
    return (i == 0 or text[i - 1].isspace() or text[i - 1] in "([—–-") and text[i + 1:i + 2].strip() != ""


# ---------------------------------------------------------------- the phrase before a comma
_NP_STOP = {"by", "from", "with", "to", "of", "in", "on", "at", "for", "and", "or", "was", "were", "is", "are",
            "said", "says", "that", "which", "who", "as", "into", "than", "after", "before", "between"}
_DET = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"}


def np_before(text: str, end: int) -> Found | None:
    """The noun phrase that ends at `end`: a capitalised run ("Singapore-based BSM Ship
    Management") or a lower-case phrase back to its determiner ("the provincial fire service")."""
    toks = list(re.finditer(r"[\w'’.&-]+", text[:end]))
    if not toks:
        return None
    k = len(toks) - 1
    if toks[k].group()[:1].isupper():
        while k > 0 and not text[toks[k - 1].end():toks[k].start()].strip():
            prev = toks[k - 1].group()
            if not (prev[:1].isupper() or prev in ("of", "for", "de") and k > 1 and toks[k - 2].group()[:1].isupper()):
                break
            k -= 1
        if k > 0 and toks[k - 1].group().lower() == "the":
            k -= 1
    else:
        j = k
        while j >= 0 and k - j < 6 and toks[j].group().lower() not in _DET:
            if toks[j].group().lower() in _NP_STOP or text[toks[j].end():end].count(",") > 0:
                return None
            j -= 1
        if j < 0 or toks[j].group().lower() not in _DET:
            return None
        k = j
    start = toks[k].start()
    return text[start:end].strip(), start


# ---------------------------------------------------------------- subject forms at a verb
# the verbs whose relative clause tells what its antecedent said ('who responded with stones' does not)
_SAYING = re.compile(r"(?:said|says|say|stated|states|added|adds|told|tells|claimed|claims|insisted|maintained|denied|"
                     r"denies|reported|announced|confirmed|wrote|writes|tweeted|posted|warned|noted|explained)\b")
_REL_TAIL = re.compile(r",\s*(?:which|who)\s+(?:(?:also|then|later|earlier|itself|\w+ly)\s+)*$")
_LONG_SUBJECT = re.compile(r"(?:^|(?<=[.!?]\s))\s*(?:(?:But|However|Meanwhile|Now),?\s+)?"
                           r"(?P<who>(?:The|A|An)\s+[a-z-]+(?:\s+[a-z-]+)?\s+of\s+(?:(?:the|a|an|its|their)\s+)?"
                           r"(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+(?:where|in which|at which|on which|whose|who|that|which)"
                           r"\s+[^,;:\"“”]{3,140}?\s+(?:(?:on|last)\s+\w+day\s+|today\s+|also\s+|earlier\s+)?$")
_COPULA_OPEN = re.compile(r"\s*(?P<who>He|She|They|It|We|(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)\s+"
                          r"(?:(?:is|was|are|were|has|had|remains|remained)\b|[a-z]{3,}ed\b)")


def subject_form(text: str, verb_at: int) -> Found | None:
    """The sayer of the speech verb at `verb_at` in one of the subject forms the plain subject
    reader misses: a relative's antecedent, a long subject with its relative clause, or the
    subject of the first verb of an "..., and said" coordination."""
    before = text[:verb_at]
    rel = _REL_TAIL.search(before)
    if rel and _SAYING.match(text, verb_at):
        return np_before(text, rel.start())
    long = _LONG_SUBJECT.search(before)
    if long:
        return long.group("who"), long.start("who")
    if re.search(r",\s*and\s+(?:also\s+|then\s+|later\s+)?$", before):
        from .bare_verbs import coordinated_subject
        if co := coordinated_subject(text, verb_at):
            return co
        first = _COPULA_OPEN.match(before)
        if first and not re.search(r"[;:\"“”]|\b(?:who|which|when|because|after|if)\b", before[first.end():]):
            return first.group("who"), first.start("who")
    return None


# ---------------------------------------------------------------- the phrase after a fronted verb
_ROLE_NAME_OF = re.compile(r"\s*(?:(?:an?|the)\s+)?(?:[a-z-]+\s+){1,2}(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,2})"
                           r"\s+(?:of|at|from|with)\s+(?:the\s+)?[A-Z]")
_TIED = re.compile(r"\s+(?:associated|affiliated|linked|connected|close)\s+(?:with|to)\s+"
                   r"(?P<to>(?:the\s+)?(?:[\w'’.-]+\s+){0,5}?[\w'’-]+)(?=\s*(?:[,.;:]|$|\s(?:said|says|told|reported|"
                   r"adding|saying|who|which|on|in|at|during|after|before|last|this)\b))")


def after_verb(text: str, at: int) -> Found | None:
    """The sayer named after a fronted verb ending at `at`: "said analyst Ann Roe of Y" gives the
    person; None when no such form."""
    m = _ROLE_NAME_OF.match(text, at)
    if m and looks_person(m.group("who")):
        return m.group("who"), m.start("who")
    return None


def tied_phrase(text: str, np: str, at: int) -> Found:
    """'a correspondent associated with Y TV': a sayer described by its ties keeps them, so its
    last word is the body it is tied to (np at `at` in text; returns the phrase and offset)."""
    head = re.sub(r"\s+(?:associated|affiliated|linked|connected|close)$", "", np)
    m = _TIED.match(text, at + len(head))
    return (text[at:m.end()], at) if m else (np, at)


# ---------------------------------------------------------------- whole-sentence forms
_DOC = r"(?:statement|communiqu[eé]|release|letter|post|message|note|notice|bulletin|announcement)"
_CLOSING_DOC = re.compile(r"(?:^|[,”\"’'])\s*[”\"’']?\s*(?:an?|the|its|their)\s+(?:[a-z-]+\s+){0,2}" + _DOC +
                          r"\s+(?:released|issued|published|posted|sent|signed|put\s+out|distributed)\s+(?:by|from)\s+"
                          r"(?P<who>[^.;:\"“”,]{2,80}?)\s+(?:reads|read|said|says|states|stated|added|declared|noted)"
                          r"\s*(?:[.!](?=\s|$)|$)")
_BARE_ROLE = re.compile(r"[Aa]ccording\s+to\s+(?P<who>(?!(?:the|a|an|his|her|its|their|our|this|that|reports?|media)\b)"
                        r"(?:[a-z][\w-]*\s+){0,3}(?:spokes(?:man|woman|person)|chief|commander|source|official|officer|"
                        r"minister|governor|mayor|director|prosecutor|coroner|investigator|diplomat|analyst))\s*,")
_PASSIVE_AGENT = re.compile(r"\b(?:reported|said|claimed|believed|alleged|thought)\s+by\s+"
                            r"(?P<who>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+(?:to\s+(?:have|be)|as\s+(?:having|being))\b")


def sentence_form(text: str) -> Found | None:
    """The sayer of a whole sentence told in a form with no plain subject before its verb: a
    closing document phrase, a bare role after "according to", or a passive report's agent."""
    for rx in (_CLOSING_DOC, _BARE_ROLE, _PASSIVE_AGENT):
        m = rx.search(text)
        if m and not inside_quote(text, m.start("who")):
            return m.group("who").strip(), m.start("who")
    return None


def closing_document(right: str) -> Found | None:
    """'…," a lengthy statement released by X reads.': the issuer, as (np, offset in right)."""
    m = _CLOSING_DOC.match(right)
    return (m.group("who").strip(), m.start("who")) if m else None


# ---------------------------------------------------------------- carriers
_MEDIUM = re.compile(r"\b(?:agency|news|media|TV|television|radio|newspaper|paper|daily|outlet|channel|website|"
                     r"site|broadcaster|network|wire|Reuters|AFP|AP|Associated Press|Xinhua|TASS|Tass|Interfax|"
                     r"IRNA|SANA|Anadolu|CNN|BBC|Al Jazeera|RIA|Bloomberg|Kyodo|Yonhap|Press|Times|Post|Journal|"
                     r"Herald|Tribune|Gazette)\b")


def carrier(text: str, verb_at: int, verb: str) -> bool:
    """Whether the subject of the verb at `verb_at` only carries the words it cites ("the agency
    reported, citing police"; "Radio X quoted the ministry"): a medium does, a person or office
    that says something "citing preliminary data" speaks for itself."""
    if verb == "quoted":
        return True
    sub = subject_before(text[:verb_at])
    return sub is None or bool(_MEDIUM.search(sub[0]))


# ---------------------------------------------------------------- the quote reader's entry points
def left_sayer(left: str):
    """attribution.left_speaker on the words before a quote, with the forms above:
    'X, which said, "…' gives X; a bare article or opener gives None."""
    from .attribution import left_speaker
    got = left_speaker(left)
    if got and got[0].lower() == "who":
        return got                    # the quote reader finds a restrictive 'who' its antecedent itself
    from .speakers import SPEECH_VERB
    v = ([m for m in SPEECH_VERB.finditer(left) if not inside_quote(left, m.start())] or [None])[-1]
    if v and (not got or never_sayer(got[0])) and _complement(left[v.end():]) and (form := subject_form(left, v.start())):
        return form[0], form[1], v.group()
    if got and got[0].split()[0] in ("A", "An") and re.search(r"\s" + _DOC + r"$", got[0]):
        return got[0].split(None, 1)[1], got[1] + len(got[0].split()[0]) + 1, got[2]   # 'A sect statement'
    if got and never_sayer(got[0]):
        return None
    return got


def _complement(tail: str) -> bool:
    """The words between the verb and the quote are its short complement, not a clause of their
    own ('which claimed ...; or the "…"' is no one's saying of the quote)."""
    return len(tail.split()) <= 15 and not re.search(r";|\b(?:or|but|while|whereas)\s", tail)


def right_sayer(right: str):
    """attribution.right_speaker on the words after a quote, with the closing document,
    role-name-of and tied-phrase forms."""
    from .attribution import cited_source, right_speaker
    if doc := closing_document(right):
        return doc
    v = re.match(r"[\s,;:—–'\"”’]*(?:said|says|added)\b", right)
    if v and (person := after_verb(right, v.end())):
        return person
    got = right_speaker(right)
    if got and _MEDIUM.search(got[0]) and (src := cited_source(right, got[1] + len(got[0]))):
        return src[0].rstrip("."), src[1]          # '…," the news agency said, citing the Army': the Army
    if got and not never_sayer(got[0]):
        return tied_phrase(right, got[0], got[1])
    return None if got else got
