"""The subject of the clause a colon closes ('At the rally, the mayor shot back: "…"').

Why: in news writing a colon at the end of a clause hands over what that clause's subject
says, whether the clause sits in the quote's own sentence or on the line above a quote
paragraph. One reader serves both places. The subject is read from the dependency parse
of that clause: the nominal subject of its main verb, so a fronted adverbial or
prepositional phrase ('At a rally on Friday, …') and a dateline ('CITY (Agency) — …') are
never taken for it. The words of the subject then go through `subject_before`, as every
other attribution does, so an appositive, a title or a document names its person or
issuer the same way. Where the clause's grammar hands the words to someone else, that
party is read instead: a fronted 'as X reported', a passive's agent, the object of
'quotes', the antecedent of a closing 'which states'.
"""

from __future__ import annotations

import re

from ..nlp import parse
from .speakers import SPEECH_WORDS, looks_person, subject_before
from .speaker_takeup import label_issuer

# a dateline opening the text: 'CITY (Agency) — ' / 'CITY, Region - '
_DATELINE = re.compile(r"\s*[A-Z][A-Z.'’ -]{2,}(?:,\s*[A-Z][\w.]*(?:\s+\d{1,2})?)?\s*(?:\([^()]{1,30}\))?\s*[—–-]+\s+")
# a spaced dash or semicolon: what follows may be a label of its own ('… the trend - Pollwatch:')
_CLAUSE_BREAK = re.compile(r"\s[-–—]+\s|;\s")
# subjects that name no speaker (expletives, demonstratives, relatives)
_NOT_SUBJECT = frozenset({"there", "here", "it", "this", "that", "these", "those", "one", "another",
                          "which", "what", "who", "whom", "all", "both", "each"})
# a main verb the quote completes: what the thing says is its content, not its speech
# ('The notice reads: "…"', 'Her answer was: "…"', 'The list includes: "…"')
_CONTENT_VERBS = frozenset({"is", "was", "are", "were", "’s", "'s", "be", "reads", "read", "follows",
                            "follow", "includes", "include", "goes", "go", "has", "does"})
# a verb whose object, not its subject, said the words: 'The author quotes the economist Ann Roe:'
_QUOTING = frozenset({"quotes", "quoted", "quoting", "cites", "cited", "citing"})
# nouns for a written message that carries its owner's words ('Ann Roe's post continued:')
_MESSAGES = frozenset({"post", "posts", "tweet", "tweets", "statement", "letter", "message", "note", "email",
                       "e-mail", "blog", "column", "essay", "memo", "op-ed"})
_SUBJ_DEPS = ("nsubj", "nsubjpass")
_MAX_WORDS = 45
# a relative clause (', which owns the building,') or a dash aside (' - where the team played - '):
# a name inside either is no subject of the main clause
_ASIDE = re.compile(r",\s+(?:who|which)\b[^,;:.]{1,80},|\s[-–—]\s[^-–—;:.\n]{1,120}\s[-–—](?=\s)")


def blank_asides(s: str) -> str:
    """`s` with relative clauses and dash asides turned to spaces (offsets kept), so a
    subject meets its verb (and the parser does not take the aside for the main clause)."""
    return _ASIDE.sub(lambda m: " " * len(m.group()), s)


# a relative clause closing the words between a quote and its speech verb: '"…," a herder from
# the hamlet, who was made to guide the raiders out and later freed, told reporters.'
_WHO_CLOSING = re.compile(r",\s+who\b[^;:.!?\"“”]{1,200},\s*$")


def words_outside_aside(frame: str) -> int:
    """The words of `frame` (between a quote and its speech verb), a closing ', who …,' clause
    about the speaker left out: a long clause pushes the verb past right_speaker's bound on
    the frame though the frame is still one noun phrase and its verb."""
    return len(_WHO_CLOSING.sub(" ", frame).split())


def _verbless_tail(body: str, doc) -> bool:
    """'… caught the trend - Pollwatch': the colon closes a fragment without a verb after a
    spaced dash or semicolon, a label of its own, so the clause before does not introduce
    the quote."""
    cuts = list(_CLAUSE_BREAK.finditer(body))
    if not cuts:
        return False
    tail = cuts[-1].end()
    return not any(t.idx >= tail and t.tag_.startswith(("VB", "MD")) for t in doc)


def _main_verb(doc):
    """The head verb of the sentence the colon ends (the parse may split the text); a word
    tagged as a noun heads it too when the parse gives it a subject ('Article 9 affirms')."""
    last = [t for t in doc if not t.is_space]
    if not last:
        return None
    root = last[-1].sent.root
    if root.tag_.startswith(("VB", "MD")) or root.lower_ in _CONTENT_VERBS or _subject_of(root) is not None:
        return root
    return None


def _subject_of(verb):
    """The verb's subject; of two the parse hangs on it, the nearer one before it."""
    subs = [c for c in verb.children if c.dep_ in _SUBJ_DEPS]
    before = [c for c in subs if c.i < verb.i]
    return before[-1] if before else (subs[0] if subs else None)


def _closing_conjunct(verb):
    """'The paper printed the claim, and the agency replied:': of coordinated clauses the
    colon closes the last one with a subject of its own."""
    best, todo = verb, [verb]
    while todo:
        v = todo.pop()
        for c in v.children:
            if c.dep_ == "conj" and c.tag_.startswith("VB"):
                todo.append(c)
                if _subject_of(c) is not None and c.i > best.i:
                    best = c
    return best


def _reported_by(verb):
    """'As the agency reported, the ministry was silent:': a fronted 'as' clause with a verb of
    saying names whose account the colon hands over; its subject token, else None."""
    for c in verb.children:
        if c.dep_ == "advcl" and c.text in SPEECH_WORDS and \
                any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children):
            return _subject_of(c)
    return None


def _closing_relative(doc):
    """'… pointed to the charter, which states:': when the colon closes a relative clause of
    saying, the words are the antecedent's (the charter's, the message's author's); returns
    (first token of the antecedent phrase, the relative pronoun) or None."""
    verbs = [t for t in doc if t.tag_.startswith("VB")]
    if not verbs or verbs[-1].dep_ != "relcl":
        return None
    rel = verbs[-1]
    if not (rel.text in SPEECH_WORDS or rel.lower_ in _CONTENT_VERBS | {"states", "stated"}):
        return None
    pron = next((c for c in rel.children if c.dep_ in _SUBJ_DEPS and c.tag_ in ("WDT", "WP")), None)
    return (rel.head.left_edge, pron) if pron is not None and pron.i > rel.head.i else None


def _agent(verb):
    """'The point is made by the report:': a passive's agent, not its subject, does the saying."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def _words_of(tok, text: str, base: int) -> tuple[str, int] | None:
    """The noun phrase a subject (or object) token heads, cut the way `subject_before` cuts
    the words before a speech verb (appositive, title, document issuer); offset in text.
    A message owned by a name ('Ann Roe's letter continued:') is no speaker of its own: its
    owner was named before it, so None leaves the quote to the speaker of the run."""
    if tok.lower_ in _MESSAGES and any(c.dep_ == "poss" and c.tag_ in ("NNP", "NNPS") for c in tok.children):
        return None
    a, b = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
    got = subject_before(text[base + a:base + b] + " ") or \
        subject_before(text[base + a:base + tok.idx + len(tok)] + " ")   # the head without what follows it
    if not got:
        return None
    np, off = got
    if np.lower() in _NOT_SUBJECT or np.split()[0].lower() in {"there", "here"}:
        return None
    return np, base + a + off


# a presenting label before the colon: 'Here's Clinton in December 1992:', 'More from the report:',
# '… TOO EARLY - Ann Roe and Bo Lee:' (a newsletter's item credited to two authors)
_PRESENTED = re.compile(r"(?:^|[.!?]\s+|[-—–]\s*)(?:[Hh]ere(?:['’]s|\s+is|\s+are)|(?:[Mm]ore\s+)?[Ff]rom)\s+"
                        r"(?P<np>(?:the\s+)?[\w'’.-]+(?:\s+(?:and\s+)?[\w'’.-]+){0,5}?)"
                        r"(?:\s+(?:in|on|at|during)\s+[^:;\"“”]{1,40})?\s*:\s*$")
_PAIR = re.compile(r"(?:^|[-—–]\s*)(?P<np>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+and\s+"
                   r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*:\s*$")


def presented(left: str) -> tuple[str, int] | None:
    """Who a label before the colon presents ('Here's Roe in 1992:', 'From the report:',
    '- Roe and Lee:'): the parse finds no speaking subject there ('here' is none), yet the
    label names whose words follow. (np, offset in `left`)."""
    m = _PRESENTED.search(left) or _PAIR.search(left)
    if not m:
        return None
    np = m.group("np")
    if np[:1].islower() and not np.startswith("the "):
        return None
    if " and " in np and not all(looks_person(p) for p in np.split(" and ")):
        return None
    return np, m.start("np")


def colon_clause_subject(left: str) -> tuple[str, int] | None:
    """'At the meeting, the senator retorted: ' -> ('the senator', offset in `left`): the
    subject of the clause the colon closes, when `left` (a quote's own sentence up to the
    mark, or the sentence above a quote paragraph) ends in a colon; None when the clause has
    no speaking subject (an expletive, a content verb the quote completes, a label)."""
    body = left.rstrip()
    if not body.endswith(":") or not body[:-1].strip():
        return None
    if label := presented(left) or label_issuer(left):    # ('A statement from X, issued …:')
        return label
    body = body[:-1]
    date = _DATELINE.match(body)
    base = date.end() if date else len(body) - len(body.lstrip())
    clause = blank_asides(body[base:])
    body = body[:base] + clause
    if len(clause.split()) > _MAX_WORDS:
        return None
    doc = parse([clause + ":"])[0]
    verb = _main_verb(doc)
    if verb is None or _verbless_tail(clause, doc):
        return None
    if rel := _closing_relative(doc):
        got = subject_before(body[base + rel[0].idx:base + rel[1].idx])
        return (got[0], base + rel[0].idx + got[1]) if got else None
    if (source := _reported_by(verb)) is not None:
        return _words_of(source, body, base)
    verb = _closing_conjunct(verb)
    if verb.lower_ in _QUOTING:             # the object runs to the colon (the parse may split it)
        at = base + verb.idx + len(verb)
        obj = subject_before(body[at:] + " ")
        return (obj[0], at + obj[1]) if obj and obj[0].lower() not in _NOT_SUBJECT else None
    subj = _subject_of(verb)
    if subj is None or subj.lower_ in _NOT_SUBJECT:
        return None
    if subj.dep_ == "nsubjpass" and (agent := _agent(verb)) is not None:
        return _words_of(agent, body, base)
    if verb.lower_ in _CONTENT_VERBS and not any(c.dep_ == "acomp" for c in verb.children):
        return None
    return _words_of(subj, body, base)
