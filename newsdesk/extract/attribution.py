"""Attribution around one quotation: the speaker named after it ('…," X said'), before it
('X said: "…'), by a colon line above its paragraph, and where a quote's sentence starts and
ends. Text patterns only; the quotes step (quotes.py) pairs marks and calls these."""
from __future__ import annotations

import re

from .bare_verbs import chain_subject, coordinated_subject, finding_subject, gerund_subject, issued_by, main_clause_participle
from .doc_issuer import document_issuer
from .intro_clause import blank_asides, colon_clause_subject, words_outside_aside
from .nested_cue import outer_sayer, reported_subject
from .speakers import (CAP_STOP, PARTICIPLES, SPEECH_VERB, TITLES, is_pronoun, looks_person, np_after, strip_titles,
                       subject_before)

MAX_RIGHT_WORDS = 14
ABBREV = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|Sgt|Capt|Maj|St|Jr|Prof|Rev|"
                    r"Adm|Brig|Cmdr|Cdr|Supt|Det|Insp|Atty|Sens|Reps|Gens|Fr|Sr|Hon|Ft|Mt|Cpl|Pvt|"
                    r"No|U\.S|U\.N|a\.m|p\.m|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Inc|Co|[A-Z])\.$")

_SENT_BREAK = re.compile(r"[.!?…]['\"”’]?\s+(?=[A-Z“‘\"'])")
_SENT_STOP = re.compile(r"[.!?](?:\s|$)")


def _abbrev_at(p: str, floor: int, end: int) -> bool:
    """ABBREV.search(p[floor:end]) without copying the text before the stop: the match must
    end at `end` and spans at most 5 characters, so the last few characters decide (the
    slice is still used when they reach back to `floor`, where a word boundary differs)."""
    lo = end - 8
    if lo <= floor:
        return ABBREV.search(p[floor:end]) is not None
    return ABBREV.search(p, lo, end) is not None


def sentence_start(p: str, upto: int, floor: int) -> int:
    """Start of the sentence holding position `upto` (searching back no further than floor)."""
    best = floor
    for m in _SENT_BREAK.finditer(p, floor, upto + 1):
        if not _abbrev_at(p, floor, m.start() + 1):
            best = m.end()
    return best


def sentence_end(p: str, start: int, limit: int) -> int:
    """End of the sentence that runs from `start` (not at 'Mr.' or an initial)."""
    for m in _SENT_STOP.finditer(p, start, limit):
        if not _abbrev_at(p, start, m.start() + 1):
            return m.end()
    return limit


INVERTING = {"said", "says", "added", "adds", "told", "asked", "wrote", "writes", "continued",
             "declared", "insisted", "explained", "warned", "stated", "replied", "noted",
             "recalled", "stressed", "tweeted", "argued", "claimed", "announced", "concluded",
             "remembered", "quipped", "mused", "wondered", "echoed", "shouted", "cried", "reported",
             "reports", "wailed", "lamented", "sobbed", "wept"}


# '… quoted Ali Roe as saying' / '… quoted a ministry official in Seoul as saying'
_QUOTED_AS = re.compile(r"\s+((?:him|her|them|[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3}|(?:an?|the|one|two|three|several)"
                        r"(?:\s[\w'’-]+){1,5}?))(?:\s(?:in|from|of|at)\s[A-Z][\w'’.-]*(?:\s[A-Z][\w'’-]*)*)?"
                        r"\s+as\s+(?:saying|telling)")


_DOCUMENT_FROM = re.compile(r"\s+(?:from|by|(?:issued|released|published|posted)\s+by)\s+"
                            r"((?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+|for\s+|to\s+|and\s+)?[A-Z0-9][\w'’.-]*){0,5})")


def _according_np(text: str, at: int) -> tuple[str, int] | None:
    """The source after 'according to' at `at` (returns np, offset in text); 'a statement
    from the US 7th Fleet' names the Fleet, whose words the statement holds."""
    np = np_after(text[at:], loose=True)
    if not np:
        return None
    start = at + np[1]
    doc = re.match(r"(?:a|an|the|its|their)\s+(?:\w+\s+)?(?:statement|report|release|press release|"
                   r"communiqu[eé]|letter|post|tweet)\b", np[0], re.I)
    if doc:
        src = _DOCUMENT_FROM.match(text, start + doc.end())
        if src:
            return _titled_source(text, src)
    return document_issuer(text, start) or (np[0], start)


_TITLE_RUN = re.compile(r"(?:\s+(?:[a-z][\w-]*|of|for))+?\s+(?=[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)")


def _titled_source(text: str, src: "re.Match") -> tuple[str, int]:
    """A document's source, extended through a lowercase title to the name it ends in: in
    'a statement from Ruritanian director of communications Ada Vel' the capitalised run stops
    at the nationality, but the source is the titled person."""
    tail = _TITLE_RUN.match(text, src.end(1))
    if tail and any(w.lower() in TITLES for w in tail.group().split()):
        name = re.match(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}", text[tail.end():])
        return text[src.start(1):tail.end() + name.end()].rstrip("."), src.start(1)
    return src.group(1).rstrip("."), src.start(1)


_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")


def right_speaker(right: str):
    """'…," X said' / '…," said X' / '…," according to X' / '…," X of Y, a farmer.'
    Returns (np, offset in right)."""
    m = re.match(r"[\s,;:—–'-]*", right)
    base = m.end()
    rest = right[base:]
    acc = re.match(r"according to\s+", rest, re.I)
    if acc:
        np = _according_np(rest, acc.end())
        return (np[0], base + np[1]) if np else None
    v = SPEECH_VERB.search(rest)
    if v and not (words_outside_aside(rest[:v.start()]) > MAX_RIGHT_WORDS or sentence_end(rest, 0, v.start()) < v.start()):
        q = _QUOTED_AS.match(rest[v.end():]) if v.group() in {"quoted", "quotes", "cited", "reported"} else None
        if q:
            return q.group(1), base + v.end() + q.start(1)
        if not rest[:v.start()].strip():
            if v.group() not in INVERTING:
                return None
            np = np_after(rest[v.end():])
            if np and (issuer := document_issuer(rest, v.end() + np[1])):
                return issuer[0], base + issuer[1]      # 'said a statement issued by X'
            if np:
                named = appositive_name(rest, v.end() + np[1], np[0])
                return named if named is None else (named[0], base + named[1])
            return None
        if rest[:v.start()].rstrip().endswith(",") and v.group() in INVERTING \
                and v.group() not in ("told", "tells", "tell"):
            np = np_after(rest[v.end():])       # '"beyond doubt" that Ghlam planned ..., said Mr X'
            if np and not is_pronoun(np[0]) and not _WEEKDAY.fullmatch(np[0]):   # 'X, of Y, said Sunday'
                return np[0], base + v.end() + np[1]
        sub = subject_before(rest[:v.start()])
        if sub:
            return sub[0], base + sub[1]
        if long := _LONG_DESCRIBED.fullmatch(rest[:v.start()]):   # '…," one student inside the
            return long.group(1), base + long.start(1)          # school at the time of the attack told'
        return None
    # no verb: '…," Bhanuka Harischandra of Colombo, a 24-year-old founder …'
    if signed := _SIGNED.match(right):       # '…” ― Ann B. Roe' closing its line signs the quote off
        return (signed.group(1), signed.start(1)) if looks_person(signed.group(1)) else None
    if right[:base].strip().startswith(",") or rest[:1].isupper():
        nm = re.match(r"([A-Z][\w'’-]*(?:\s(?:[A-Z][\w'’-]*|al-\w+|bin|de|van))+)(?=,|\s+of\b|\.)", rest)
        if nm and looks_person(nm.group(1)):
            return nm.group(1), base
    return None


# a described speaker whose modifiers outrun subject_before's window
_LONG_DESCRIBED = re.compile(r"\s*((?:one|a|an|another)\s+[a-z]+(?:\s+(?:in|inside|at|of|from|near|outside|the|a|an|[a-z]+)){3,10})\s*")


# a dash and a name (initials allowed) that close the line: 'Ann B. Roe' signing the quote
_SIGNED = re.compile(r"\s*[―—–]\s*([A-Z][\w'’-]*(?:\s(?:[A-Z]\.|[A-Z][\w'’-]*|al-\w+|bin|de|van))+)\.?\s*$")
# the description may end in a short phrase of its own first: 'representative to the UN, Ann Roe'
_APPOS_NAME = re.compile(r"(?:\s+(?:to|for|at|in|with)\s+(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,2}?)?"
                         r",\s+((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)(?=\s*(?:[,.;]|$|\s(?:and|who)\b))")


def appositive_name(text: str, at: int, np: str) -> tuple[str, int]:
    """'said Hayes's attorney, John Fuller.' / 'said the town's highest official, First
    Selectman Jane Roe, and …': a description followed by the person's name names the
    speaker better than the description does (np at `at` in text; returns (np, offset))."""
    if looks_person(strip_titles(np)) or is_pronoun(np):
        return np, at
    m = _APPOS_NAME.match(text, at + len(np))
    if m and len(m.group(1).split()) >= 2 and looks_person(strip_titles(m.group(1))):
        return m.group(1), m.start(1)
    return np, at


_SHOUT = r"(?:shout(?:ing|ed)|yell(?:ing|ed)|chant(?:ing|ed)|scream(?:ing|ed)|cr(?:ying|ied)(?: out)?)"
_HEARD = re.compile(r"\b(?:heard|hear|hears|saw|see|sees|seen|watched)\s+"
                    r"((?:the|a|an|two|three|four|several|some)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+"
                    r"|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+" + _SHOUT + r"\s*[,:]?\s*$")
_LOWER_LEAD = re.compile(r"\s*((?:The|Two|Three|Four|Several|Some|Many)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+"
                         r"(?:[a-z]+ly\s+)?(?:[a-z]+ed|burst|ran|fled|went|came|stood|shot|broke|took|left|began|opened)\b")

# 'with X saying': X is the participle's own subject, whoever the main clause is about
_WITH_SUBJECT = re.compile(r"\bwith\s+((?:the|a|an)\s+(?:[\w'’-]+\s+)?[\w'’-]+"
                           r"|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+$")


def heard_shouting(left: str) -> tuple[str, int] | None:
    """'Witnesses said they heard the gunmen shouting "…"': what was heard is the gunmen's
    words, so they, not the witnesses who tell it, are the speaker."""
    m = _HEARD.search(left)
    return (m.group(1), m.start(1)) if m else None


# 'a statement cited a diplomatic officer as denying "…"', 'reported by some sources as "…"': the
# words are those of the party cited or reporting, not of the clause's subject ('X was quoted by
# IRNA as saying "…"' stays X's)
_CITED_AS = re.compile(r"\b(?:(?:(?:cit|quot)(?:ed|es|ing)|report(?:ed|s|ing))\s+(?!by\b|as\b)(?P<obj>(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+)\s+(?:(?:as|of)\s+)?"
                       r"(?:saying|denying|calling|describing|stating|rejecting|dismissing|telling|warning|adding|vowing)|"
                       r"(?:reported|described|called|termed|labell?ed|dubbed)\s+by\s+"
                       r"(?P<agent>(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)\s+as)\b[^\"“”.;:]{0,200}:?\s*$")


def cited_as(left: str) -> tuple[str, int] | None:
    """The party a report cites as saying the quote, or by whom the quoted wording is reported."""
    m = _CITED_AS.search(left)
    if not m:
        return None
    g = "obj" if m.group("obj") else "agent"
    return m.group(g), m.start(g)


# a verb that files its object under a description: 'The council named the plant as "…"' —
# the description is the subject's wording (a passive 'was identified as' has no object)
_NAMED_AS = re.compile(r"\b(?:identified|identifies|named|names|characteri[sz]ed|portrayed|portrays)\s+"
                       r"(?!by\b|as\b)(?:[\w'’.-]+\s+){1,5}?as\s+(?:an?\s+|the\s+)?$")


def named_as(left: str) -> tuple[str, int] | None:
    """The subject of 'X identified Y as "…"' (a naming verb right before the quote)."""
    m = _NAMED_AS.search(left)
    return subject_before(left[:m.start()]) if m else None


def left_speaker(left: str):
    """'X said: "…' / 'X told AFP that "…' / 'X urged Y "to …' — the last speech verb before
    the quote in its sentence, and its subject. Returns (np, offset in left, verb)."""
    if heard := heard_shouting(left):
        return heard[0], heard[1], "heard"
    if cited := cited_as(left):
        return cited[0], cited[1], "cited"
    if named := named_as(left):
        return named[0], named[1], "named"
    put = _PUT_IT.search(left)                # 'as Adm. Scott Swift, commander of ..., put it, "…"'
    inv = _VERB_FIRST.search(left) or _TITLE_VERB.search(left)
    if inv:                                   # 'Says police spokesman Tom Ferro, "…"' / 'Radio North Tweeted: "…"'
        return inv.group("who"), inv.start("who"), inv.group("verb").lower()
    if put and (sub := subject_before(left[:put.start()])):
        return sub[0], sub[1], "put it"
    verbs = list(SPEECH_VERB.finditer(left))
    acc = list(re.finditer(r"according to\s+", left, re.I))
    # a verb after 'according to' with no comma between sits inside its phrase ('according to
    # a statement posted by X'), so the phrase, not that verb's subject, names the source
    if acc and (not verbs or acc[-1].start() > verbs[-1].start()
                or not re.search(r"[,;]", left[acc[-1].end():verbs[-1].start()])):
        np = _according_np(left, acc[-1].end())
        if np:
            return np[0], np[1], "according"
    for v in reversed(verbs):
        if v.group().startswith("continue") and _SUBORDINATE.search(left, 0, v.start()):
            continue                          # 'attacks would be worse if the war continues, adding:'
        if v.group() in PARTICIPLES and (w := _WITH_SUBJECT.search(left[:v.start()])):
            return w.group(1), w.start(1), v.group()     # '…, with the official saying "…"'
        if v.group() in PARTICIPLES and v is verbs[-1] and all(u.group() in PARTICIPLES for u in verbs):
            sub = issued_by(left, v.start()) or clause_subject(left[:v.start()])   # '…, writing "…"'
            if sub:
                return sub[0], sub[1], v.group()
        if v.group() in PARTICIPLES and (g := gerund_subject(left, v.start())):
            return g[0], g[1], v.group()          # 'She answered the post by saying "…"'
        if v.group() in PARTICIPLES and main_clause_participle(left, v.start()):
            continue                          # ', calling it "…"', 'accused X of Y saying "…"': the subject's
        sub = subject_before(left[:v.start()]) or \
            (chain_subject(left[:v.start()]) if re.fullmatch(r"[\s,:;—–]*(?:that\s*)?", left[v.end():]) else None)
        if sub and v.group() in PARTICIPLES and _PREP_END.search(left, 0, sub[1]):
            continue                          # 'X replied on Facebook writing "…"': no place speaks
        if sub:
            return outer_sayer(left, sub) or (sub[0], sub[1], v.group())
        if v.group() not in PARTICIPLES and (co := coordinated_subject(left, v.start())):
            return co[0], co[1], v.group()     # '…, he looked up, frowned and said, "…"'
        if v.group() in PARTICIPLES or _ELIDED_SUBJECT.search(left, 0, v.start()):
            continue
        np = np_after(left[v.end():])
        if np and np[0][0].isupper() and not re.match(r"\s*(?:that|the|a|an)\b", left[v.end():]) and not reported_subject(np[0]):
            return np[0], v.end() + np[1], v.group()
    if verbs and verbs[-1].group() in PARTICIPLES:  # 'Saudi also closed the border, urging "…"'
        sub = clause_subject(left[:verbs[-1].start()])
        if sub:
            return sub[0], sub[1], verbs[-1].group()
        lead = re.match(r"\s*((?:[A-Z][\w'’-]*\s?)+)", left)
        if lead and lead.group(1).split()[0] not in _LEAD_STOP | {"According"}:
            return lead.group(1).strip(), lead.start(1), verbs[-1].group()
        if low := _LOWER_LEAD.match(left):        # 'The terrorists burst into …, shouting "…"'
            return low.group(1), low.start(1), verbs[-1].group()
    label = _NAME_COLON.search(left)          # 'More from Jeffrey M. Jones: "…"' / 'RAMOS: "…"'
    if label and not verbs and looks_person(label.group(1)) and label.group(1).split()[0] not in _LEAD_STOP \
            and re.search(r"(?:^|[-—–.!?]|\b(?:from|From|by|By))\s*$", left[:label.start(1)]):
        return label.group(1), label.start(1), ":"
    return None


# a clause 'if the war continues': the verb tells how a thing goes on, no one's speech
_SUBORDINATE = re.compile(r"\b(?:if|as|while|when|unless|until|because|since|once|whether)\s+[^,;:\"“”]{1,60}\s$")
# a second verb sharing the first one's subject: 'He said …, but said Israel and Hamas "must …"'
# (the name after it opens the reported clause; the earlier verb's subject is the speaker)
_PREP_END = re.compile(r"\b(?:on|in|at|to|from|for|of|about|via|into|through)\s+$")
_ELIDED_SUBJECT = re.compile(r"(?:,\s*|\s)(?:but|and)\s+(?:also\s+|then\s+)?$")
# a sentence opening with its speech verb: 'Says police spokesman Tom Ferro, "It was a massacre."'
_VERB_FIRST = re.compile(r"(?:^\s*|[.!?][\"”’']?\s+)(?P<verb>Says|Said|Adds|Added|Asks|Asked|Writes|Wrote)\s+"
                         r"(?P<who>(?:[\w.'’-]+\s+){0,5}?[\w'’-]+)\s*,\s*$")
# a headline-cased verb before a colon: 'Radio North Tweeted: "…"'
_TITLE_VERB = re.compile(r"(?:^\s*|[.!?][\"”’']?\s+)(?P<who>[A-Z][\w'’.&-]*(?:\s+[A-Z0-9][\w'’.&-]*){0,4})\s+"
                         r"(?P<verb>Tweeted|Said|Wrote|Posted|Added|Told)\s*:\s*$")
_PUT_IT = re.compile(r"\b(?:put|puts)\s+it\s*[,:]?\s*$")
_NAME_COLON = re.compile(r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*:\s*$")


_CLAUSE_SUBJ = re.compile(r"([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’.-]*|al-\w+|el-\w+|bin|ibn|de|van))*),?\s+"
                          r"(?:also\s+|then\s+|later\s+|again\s+|earlier\s+)?(?:on\s+[A-Z][a-z]+day\s+)?(?:was|is|had|has|took|spoke|gave|made|"
                          r"went|came|rose|stood|says|tells|adds|(?:did|does|would|could|can|will)(?:n[’']t)?|"
                          r"[a-z]{3,}ed)\b")
_LEAD_STOP = CAP_STOP | {"Then", "Now", "Also", "During", "Speaking", "Asked", "Later", "Still"}


def clause_subject(s: str) -> tuple[str, int] | None:
    """The first capitalised name followed by a finite verb: the subject of the main clause
    ('During a speech, Trump attacked Clinton, saying …' -> Trump; 'Then the police chief,
    Marc Dubois, took the podium:' -> Marc Dubois). A relative clause (', which owns the
    building,') or a dash aside is blanked first so the subject meets its verb."""
    s = blank_asides(s)
    for m in _CLAUSE_SUBJ.finditer(s):
        toks = m.group(1).split()
        while toks and toks[0] in _LEAD_STOP:
            toks.pop(0)
        if toks and _WEEKDAY.fullmatch(toks[-1]) and re.search(r"\b(?:on|last|this|by|since)\s+$", s[:m.start(1)]):
            continue                   # 'Experts on Tuesday released …': the day is no subject
        if toks and not toks[-1].endswith(("’", "'", "’s", "'s")):
            return " ".join(toks), m.start(1) + m.group(1).find(toks[0])
    m = _LEAD_NP.match(s)              # 'Small groups of protesters continued to call …'
    if m and m.group(1).split()[0] not in _LEAD_STOP - {"The", "A", "An", "Some", "Many", "Most", "All"}:
        np = re.sub(r"\s+(?:on|last|this)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$", "", m.group(1))
        return np, m.start(1)
    return None


_LEAD_NP = re.compile(r"\s*([A-Z][\w'’-]*(?:\s+(?!who\b|which\b|that\b)[\w'’-]+){0,5}?)\s+(?:also\s+)?"
                      r"(?:[a-z]{3,}ed|was|were|is|are|had|have|has)\b")


_ATTRIB_ONLY = re.compile(r"[\s,;'’\"”]*(?:(?:said|says|added|wrote|noted|stated|told \w+)\s+)?$")


_VERB = r"(?:said|says|added|adds|continued|explained|stressed|insisted|noted|wrote|told\s+\w+)"
_WHO = r"(?:he|she|they|it|(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
_TAIL = re.compile(rf"\s*(?:{_VERB}\s+{_WHO}|{_WHO}\s+{_VERB})\s*[.;]")


def attribution_tail(p: str, i: int) -> bool:
    """An opening-looking mark at `i` that only a short attribution follows ('…regions,
    “said PM Diab.', '…commitment, “he added.') closes the open quote: the writer typed
    the opener's shape twice. Nothing quoted starts with "said X." and stops there."""
    return bool(_TAIL.match(p, i + 1))


def mismatched_close(p: str, open_at: int) -> int | None:
    """A double quote left open whose words end in a single closer right before a short
    attribution ('“This is an attack of rare cruelty,’ President Ana Volk said.'): the
    writer closed it with the wrong mark; the position of that mark, else None."""
    for m in re.finditer(r"[,.!?]([’'])", p[open_at:]):
        i = open_at + m.start(1)
        if attribution_tail(p, i):
            return i
    return None


def glued_opener(p: str, i: int) -> bool:
    """'… officials told him he is dead.”We have evidence …,” he said': a closing mark between
    a sentence's end and the capital of the next word, with a closer still to come, is the
    writer's opener; as a closer it would turn the narrative before it into a quote."""
    return p[i] in "”»" and 0 < i and p[i - 1] in ".!?" and p[i + 1:i + 2].isupper() and \
        any(c in "”»" for c in p[i + 1:])


def kin_or_speaker(text: str, res, mentions: list, np: str, name: str, person: bool,
                    sent0: int) -> tuple[str, bool]:
    """'Ms Varga said the assault on Mr Olsen and his daughter … She said: "…"': kin named
    inside the sentence of a speaker of the same gender are what she spoke of; the pronoun that
    opens the next sentence is that speaker."""
    if not name or not name[:1].islower() or np.lower() not in ("he", "she"):
        return name, person
    kin_at = text.rfind(name, max(0, sent0 - 600), sent0)
    want = "f" if np.lower() == "she" else "m"
    for m in reversed(mentions):
        if m.person and m.name and m.start < kin_at and \
                not re.search(r"[.!?][\"”’']?\s", text[m.end:kin_at]) and res.gender(m.name, 2) == want:
            return m.name, True
    return name, person


# right after the verb (and a short object): 'said the strike was …', 'told reporters that …'
_REPORTED_CLAUSE = re.compile(r"\s+(?:[^\s,;:—–]+\s+){0,3}?(?:that|is|was|were|are|has|have|had|will|would|could|can)\b")


def next_sentence(quote: str, right: str) -> bool:
    """'"… attack plans." Officials said the strike was …': a quotation that ends its own
    sentence before the mark, followed by a capitalised sentence whose speech verb goes on
    to report a clause of its own, is no attribution of that quote: the next sentence tells
    something else ('"…?" Smith said, looking at the crowd.' and '"…." He said …' still are)."""
    if not re.search(r"[.!?…]\s*$", quote) or not right.lstrip()[:1].isupper():
        return False
    v = SPEECH_VERB.search(right)
    if not v or is_pronoun(right[:v.start()].strip()):    # '"…." He said …': the speaker goes on
        return False
    return bool(_REPORTED_CLAUSE.match(right, v.end()))


def pure_attribution(right: str, off: int) -> bool:
    """'…’, the foreign ministry said.' / '…,” said X': nothing but the attribution follows
    the quote, so it names the speaker even of a fragment that sits in a clause with its
    own subject."""
    return right.lstrip(" ’'\"”")[:1] == "," and bool(_ATTRIB_ONLY.match(right[:off]))


def colon_intro(text: str, p0: int) -> tuple[str, int] | None:
    """A line ending 'X verb:' introduces the quote paragraph after it: the subject of the
    clause its last sentence closes with the colon (np, offset in text)."""
    prev = text[:p0].rstrip()
    if not prev.endswith(":"):
        return None
    line0 = prev.rfind("\n") + 1
    line0 = sentence_start(prev, len(prev) - 1, line0)    # the sentence that ends in the colon
    sub = colon_clause_subject(prev[line0:])
    return (sub[0], line0 + sub[1]) if sub else None


# a whole line that is only an attribution: 'The relief agency tweeted on Sunday'
_BARE_ATTRIBUTION = re.compile(r"(?:\s+(?:on|in|at|via|during|late|early|earlier|later|last)\b[^.,;:\"“”‘’']{0,40})?"
                               r"\.?\s*$")


_SIGNED_LINE = re.compile(r"\s*[-–—―]\s*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}?)\.?\s*(?:,|$)")


def attribution_line(text: str, p_end: int) -> tuple[str, int] | None:
    """The quote closing its paragraph with the line after it only 'X tweeted on Sunday':
    the attribution was broken off onto a line of its own (bulleted summaries, captions),
    so it names the speaker of the quote above (np, offset in text)."""
    m = re.match(r"\s*\n([^\n]{3,90})(?:\n|$)", text[p_end:])
    if not m:
        return None
    line, l0 = m.group(1), p_end + m.start(1)
    if (signed := _SIGNED_LINE.match(line)) and looks_person(strip_titles(signed.group(1))):
        return signed.group(1).rstrip("."), l0 + signed.start(1)     # '"…"' then a line '- Ann Roe, Ohio.'
    verb = SPEECH_VERB.search(line)
    if not verb or verb.group() in PARTICIPLES or not _BARE_ATTRIBUTION.match(line, verb.end()):
        return None
    sub = subject_before(line[:verb.start()])
    if not sub or is_pronoun(sub[0]) or line[:sub[1]].strip(" -•*"):
        return None
    return sub[0], l0 + sub[1]


# the quotation opens with the finite verb of the sentence's own clause
_PREDICATE_OPEN = re.compile(r"(?:is|was|are|were|has|have|had|remains|[a-z]{3,}(?:s|ed))\b")
# a word of the left part that could itself be a finite verb: then it is no bare subject
_VERBISH = re.compile(r"\b(?:is|was|are|were|has|have|had|said|says|[a-z]{2,}ed|[a-z]{3,}s)\b")
_NAME_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|the|and)\s+)*[A-Z][\w'’.-]*)*")


def predicate_subject(left: str, quote_text: str) -> tuple[str, int] | None:
    """'His movement, the Union for Open Schools, “serves as a voice for …”': a quotation
    that completes the clause a bare subject opens is that subject's wording, so the subject
    (the name of an appositive when there is one) is whom the words are from."""
    words = left.strip().rstrip(",").strip()
    if not words or not _PREDICATE_OPEN.match(quote_text) or _VERBISH.search(words.replace("’s", "").replace("'s", "")):
        return None
    names = [m for m in _NAME_RUN.finditer(left) if m.group().split()[0] not in CAP_STOP and m.start() > 0]
    if names:
        return names[-1].group(), names[-1].start()
    return None


_CITING = re.compile(r"[\s,]*,\s*(citing|quoting)\s+((?:[\w'’.-]+\s+){0,6}?[\w'’.-]+)\s*(?=[,.;]|$)")
_NAMED_TAIL = re.compile(r"(?:^|\s)((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})$")


def cited_source(right: str, after: int) -> tuple[str, int] | None:
    """'…," Reuters noted, citing the Amaq site': an outlet that cites a source only carries
    the words; the source it cites is their speaker. `after` is where the outlet's attribution
    ends in `right`; returns the source (its closing name when a description leads) and offset."""
    rest = right[after:]                   # 'Reuters said, citing …' / 'said Reuters, citing …'
    verb = SPEECH_VERB.match(right, after + len(rest) - len(rest.lstrip()))
    m = _CITING.match(right, verb.end() if verb else after)
    if not m:
        return None
    src, at = m.group(2), m.start(2)
    tail = _NAMED_TAIL.search(src)         # 'Islamic State-affiliated site the Amaq' -> 'the Amaq'
    if tail and tail.start(1) > 0:
        return tail.group(1), at + tail.start(1)
    return (src, at) if tail else (src.rstrip("."), at) if m.group(1) == "quoting" else None   # 'citing officials': no one


_DOC_HEAD = r"(?:poster|document|memo|memorandum|affidavit|warrant|indictment|complaint|filing|flyer|leaflet|notice|manifesto)"
_DOC_SUBJECT = re.compile(r"\W*(?P<det>[Tt]he|[Aa]n?)\s+(?P<owner>(?:[A-Z][\w.'’-]*\s+){0,3}?)(?:[a-z-]+\s+){0,2}?(?P<head>"
                          + _DOC_HEAD + r")\b[^\"“”.;]{0,80}?\s(?:notes|says|states|reads|describes|warns|lists|declares)\s")


def document_subject(left: str) -> tuple[str, int] | None:
    """'A 1971 police bulletin on the gunman notes that he was "…"': a document opening the
    sentence holds the words, so its issuer (else the document) is their source, not the last
    person quoted before it."""
    m = _DOC_SUBJECT.match(left)
    if not m:
        return finding_subject(left)    # 'An inquiry by the FBI found that he was "…"': the FBI
    if m.group("owner").strip():
        return m.group("owner").strip(), m.start("owner")
    return left[m.start("det"):m.end("head")], m.start("det")
