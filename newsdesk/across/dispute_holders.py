"""Who holds a claim in one sentence: 'according to X', the subject of its first attribution
verb, or the noun phrase after a fronted verb, canonical through the article's resolver.

A holder is a named source, an outlet, or a descriptive source ("a police official"); so
the resolver's short form of "French officials" (the adjective alone), or a "he" it reads as
that adjective, is not kept, "the official" who speaks in a sentence that names its person
is that person, and the subject of "are reported to have killed" (what is reported, not who
reports it) or of a participle clause (", condemned as terrorism by ...") holds nothing. A
carrier passes the claim to its source ("X quoted Y", "..., citing Y"); a side clause's
speaker (", as Y said the talks failed") holds only its own clause; a clause, a time
phrase or a relation the resolver gave a pronoun ("his daughter") is no holder, and a page
id never reaches a reader. Forms the quote reader meets too ("X, which said", a closing
"statement released by X reads", "according to army spokesman", a verb or "according to"
inside the quotation) are read once, in extract/sayer_forms.py, for both.
"""
from __future__ import annotations

import re

from ..extract.resolver import Resolver
from ..extract.sayer_forms import after_verb, carrier, inside_quote, never_sayer, sentence_form, subject_form, tied_phrase
from ..extract.speakers import SPEECH_VERB, np_after, subject_before

HOLDER_VERB = re.compile(SPEECH_VERB.pattern + r"|\bput(?:s|ting)? the (?:[a-z]+ )?(?:death )?toll\b|\bgave a toll\b|"
                         r"\bestimated\b|\bcited by\b")
# "Gunmen are reported to have killed ...": the subject is what is reported
PASSIVE_REPORT = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?$", re.I)
REPORT_VERBS = {"reported", "said", "believed", "thought", "alleged", "understood", "expected",
                "estimated", "claimed", "confirmed", "feared", "known"}   # "Nine people are confirmed dead"
# a person's role told with a definite article: "the official", "the city's mayor"
BARE_ROLE = re.compile(r"^(?:the|this|that)\s+(?:[a-z'’-]+\s+){0,2}(?:official|spokes(?:man|woman|person)|"
                       r"minister|mayor|prosecutor|commander|chief|officer|governor|president)$", re.I)


def holder(text: str, res: Resolver | None = None, offset: int = 0) -> str | None:
    """Who holds the claim in one sentence (`offset`: where the sentence starts)."""
    found = _holder(text, res, offset)
    return _known(found, res) if found and not never_sayer(found) else None


def unnamed(text: str, res: Resolver | None = None, offset: int = 0) -> bool:
    """The sentence's holder is a pronoun no one is named for: its claim has no side to stand on
    (neither the pronoun nor the outlet, who only reports it)."""
    found = _holder(text, res, offset)
    return bool(found) and _known(found, res) is None


def _holder(text: str, res: Resolver | None, offset: int) -> str | None:
    if form := sentence_form(text):      # '..., a statement released by X reads.' (sayer_forms)
        return _canon(form[0], res, offset + form[1], offset)
    m = next((a for a in re.finditer(r"according to\s+", text, re.I) if not inside_quote(text, a.start())), None)
    if m:
        np = np_after(text[m.end():])
        if np:
            return _canon(np[0], res, offset + m.end(), offset)
    verbs = list(HOLDER_VERB.finditer(text))
    outside = [v for v in verbs if not inside_quote(text, v.start())]
    for v in outside or verbs:            # a verb inside the quotation is the speaker's wording
        if _not_attribution(text, v):
            continue
        fronted = _fronted(text, v)
        if fronted:
            return _canon(fronted[0], res, offset + fronted[1], offset)
        if (src := _carried(text, v)) and carrier(text, v.start(), v.group()):
            return _canon(src[0], res, offset + src[1], offset)
        if v.group().endswith("ing") and text[:v.start()].rstrip().endswith(","):
            lead = re.match(r"\s*((?:The|A|An)\s+(?:[a-z]+\s+(?=[a-z]+\s+(?:[a-z]+ed|said|says|has|had|was|were|is|are)\b))?[a-z]+"
                            r"|(?:[A-Z][\w'’-]*\s?){1,4})", text)
            if lead and not never_sayer(lead.group(1)):      # 'The government defended …, claiming …'
                return _canon(lead.group(1).strip(), res, offset + lead.start(1), offset)
        sub = subject_form(text, v.start()) or subject_before(     # sayer_forms: 'X, which said'
            re.sub(r"^(?:However|But|Yet|Still|Nevertheless),?\s*", lambda x: " " * len(x.group()), text[:v.start()]))
        if sub and sub[0].lower() not in {"it", "this", "that", "there", "which"}:
            if _side_remark(text, sub[1], v):
                continue
            np = noun_phrase(sub[0])
            if np:
                return _canon(np, res, offset + sub[1], offset)
    m = REPORTS_BY.search(text)           # 'The move followed reports by local media that ...'
    np = np_after(re.split(r"\s(?:which|that|who)\s", text[m.end():])[0], loose=True) if m else None
    return _canon(np[0], res, offset + m.end() + np[1], offset) if np else None


REPORTS_BY = re.compile(r"\b(?:reports?|claims?|allegations?|accounts?)\s+(?:by|from)\s+(?=[a-z]*\s*[A-Za-z])")
# ", as the ministry said the talks had failed": a clause of its own after the main one (not
# "while the ministry said 9 died", whose subject holds the clause that carries the claim)
SIDE_CLAUSE = re.compile(r"(?:,|\s[-–—]+)\s*as\s+(?:the\s+)?$", re.I)


def _side_remark(text: str, sub_start: int, v: re.Match) -> bool:
    """The saying verb heads a side clause after the sentence's main one and takes its own
    complement: its subject holds that complement, not the sentence's claim."""
    return bool(SIDE_CLAUSE.search(text[:sub_start])) and len(re.findall(r"\w+", text[v.end():])) >= 3


# the subject ran on into its clause: "the attack is being (labeled)", "the FBI issued statements
# (noting)", "The Associated Press first (reported)"
CLAUSE_AUX = re.compile(r"\s(?:is|are|was|were|be|been|being|has|have|had|will|would|may|might)$", re.I)
# a past-tense verb after a name: "FBI issued (statements)"; not an adjective ("Syrian armed forces")
GLUED_VERB = re.compile(r"(\b[A-Z][\w.'’-]*)\s+(?!un[a-z]*ed\b)(?!(?:armed|retired|elected|detained|wounded|"
                        r"injured|concerned|affected|named|united|trained|licensed|registered|unnamed)\b)[a-z]{3,}ed\b.*$")
_ADJECTIVAL = re.compile(r"\b(?:armed|retired|elected|detained|wounded|injured|concerned|affected|named|united|"
                         r"trained|licensed|registered|unnamed|accused|deceased)$")
TRAILING_ADVERB = re.compile(r"(?:\s+(?:first|also|later|earlier|initially|originally|previously|then|now|again|"
                             r"both|all|each|too|(?!(?:family|ally|assembly|rally|supply)\b)[a-z]+ly))+$")
# a time phrase read as the subject: "Earlier on Saturday, (reports) claimed ..."
TIME_PHRASE = re.compile(r"^(?:(?:earlier|later|late|early|on|by|last|this|since|until)\s+)*(?:monday|tuesday|"
                         r"wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|"
                         r"evening|night|week|weekend)$", re.I)
PRONOUN = {"he", "she", "they", "we", "i", "you", "him", "her", "them"}


# a modal inside the phrase makes it a clause ("the council should review (its) ..."), and a
# past-tense verb closing it ("The statement followed (reports)") makes the speech word its
# object noun: neither phrase is anyone who speaks
FINITE_BE = re.compile(r"\s(?:is|are|was|were)\s")     # "X is among those (reported)"
MODAL = re.compile(r"\b(?:should|would|could|must|shall|will|can|may|might)\b")
_DETERMINERS = {"the", "a", "an", "those", "these", "its", "his", "her", "their", "our"}


def _closing_verb(np: str) -> bool:
    """The phrase ends on a lower-case past-tense verb after a noun ("The statement followed"),
    not an adjective after a determiner ("the accused", "those detained") nor a known one."""
    words = np.split()
    return len(words) >= 2 and bool(re.fullmatch(r"[a-z]{3,}ed", words[-1])) and \
        words[-2].lower() not in _DETERMINERS and not _ADJECTIVAL.search(np)


def noun_phrase(np: str) -> str | None:
    """The holder's noun phrase alone: a subject ending on an auxiliary is a passive clause
    ("the attack is being" labeled) and holds nothing, nor does a clause (a modal inside, a
    lower-case verb closing it); a verb or adverb glued after the name ("FBI issued
    statements", "The Associated Press first") is cut off."""
    if CLAUSE_AUX.search(np) or MODAL.search(np) or FINITE_BE.search(np) or TIME_PHRASE.match(np):
        return None
    if _closing_verb(np) and not GLUED_VERB.search(np):
        return None
    return TRAILING_ADVERB.sub("", GLUED_VERB.sub(r"\1", np)).strip() or None


# 'Norland was quick to blame Ostra for ...': the named subject of an accusing verb (no speech verb)
ACCUSER = re.compile(r"^\W*((?:The\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:[a-z]+\s+){0,3}?"
                     r"(?:accus|blam)(?:e|ed|es|ing)\b")


def accuser(text: str, res: Resolver | None = None, offset: int = 0) -> str | None:
    """Who accuses in a sentence that has no speech verb: the named subject of 'blame' / 'accuse'."""
    m = ACCUSER.match(text)
    if not m or m.group(1).lower() in PRONOUN or not noun_phrase(m.group(1)):
        return None
    return _canon(m.group(1), res, offset + m.start(1), offset)


# the subject claims the act or rejects its reports; the figures in its sentence are not its own
NOT_THE_COUNTER = re.compile(r"\bclaim(?:ed|s|ing)?\s+(?:responsibility|credit)\b"
                             r"|\b(?:reject|den(?:y|ie)|dismiss|refut)\w*\s+(?:the\s+|all\s+)?"
                             r"(?:reports?|claims?|allegations?|accounts?)\b", re.I)


def toll_holder(text: str, res: Resolver | None = None, offset: int = 0) -> str | None:
    """Who gives a sentence's casualty figure: its holder, unless that holder only claims the act
    ("X claimed responsibility for the attack that killed 12") or rejects its reports."""
    return None if NOT_THE_COUNTER.search(text) else holder(text, res, offset)


def _known(name: str, res: Resolver | None) -> str | None:
    """A bare pronoun the resolver could not name ("He went on to say ...") tells a reader no
    one: the claim has no holder."""
    return None if res is not None and name.lower() in PRONOUN else name


# "…, said the special forces chief, Tomas Vell.": the verb comes first and its holder after it
FRONTED = re.compile(r"sa(?:id|ys)|added|stated")
APPOSED_NAME = re.compile(r",\s*((?:[A-Z][\w'’.-]*\s?){2,4})(?=[.,;]|$)")


def _fronted(text: str, v: re.Match) -> tuple[str, int] | None:
    """(holder, position) for a saying verb fronted after a comma: the words before it are
    the claim, so their last noun phrase ("one soldier were killed") holds nothing; a name in
    apposition to the role after the verb is the holder."""
    if not FRONTED.fullmatch(v.group()) or not text[:v.start()].rstrip().rstrip("\"”’'").endswith(","):
        return None
    if person := after_verb(text, v.end()):        # 'said analyst Ann Roe of Y'
        return person
    np = np_after(text[v.end():])
    if not np:
        return None
    np, pos = tied_phrase(text, np[0], v.end() + np[1])       # 'a reporter associated with Y'
    name = APPOSED_NAME.match(text, pos + len(np))
    if not name:
        return np, pos
    return re.sub(r"(?<=[a-z]{2})\.$", "", name.group(1).strip()), name.start(1)   # the full stop


CARRIED = re.compile(r"(?:\s+quoted|,?\s+citing)\s+(?!(?:him|her|them|it|this|that|a\s+statement)\b)")


def _carried(text: str, v: re.Match) -> tuple[str, int] | None:
    """(source, position) when the subject only carries another's words: "Velm Radio quoted the
    army's press office, which said ...", "..., the agency reported, citing police"."""
    if v.group() == "quoted" and PASSIVE_REPORT.search(text[:v.start()]):
        return None                   # "an official was quoted as saying": the official speaks
    m = CARRIED.match(text, v.start() - 1 if v.group() == "quoted" else v.end())
    np = np_after(re.split(r",?\s(?:which|who|that|as)\s|\s[a-z]+ing\b", text[m.end():])[0], loose=True) if m else None
    return (np[0], m.end() + np[1]) if np else None


def _not_attribution(text: str, v: re.Match) -> bool:
    """A verb whose subject holds no claim: a passive report ("are reported to have
    killed"), or a participle after a comma (", condemned as terrorism by ...")."""
    before = text[:v.start()]
    if v.group().lower() in REPORT_VERBS and (PASSIVE_REPORT.search(before) or
                                              re.match(r"\s+to\s+(?:have|be)\b", text[v.end():])):
        return True                       # "those reported to have been held": what is reported
    return v.group().endswith("ed") and before.rstrip().endswith(",") and \
        bool(re.match(r"\s+(?:\w+\s+){0,2}?(?:as|by)\b", text[v.end():]))


def _canon(np: str, res: Resolver | None, pos: int, sent_start: int) -> str:
    """The resolver's name for the holder, unless that is a bare adjective of the phrase
    ("French" for "French officials"); a role the sentence gives a name ("the official"
    after "Mayor Yvan Mayeur") is that name."""
    if res is None:
        return np
    if BARE_ROLE.match(np):
        named = [(p, n) for p, n in res.names if sent_start <= p < pos]
        if named:
            return res.full(max(named)[1])
    name = res.resolve(np, pos, [])[0]
    if _fronted_name(np, name, res, pos, sent_start):
        return np
    if np.lower() in PRONOUN and re.match(r"(?:his|her|their|its)\s", name or "", re.I):
        return np                         # 'She' read as 'his daughter': a relation, not a name
    if np.lower() in ("he", "she") and name and " " not in name and _demonym(name):
        return np                         # 'he' read as 'French' (an adjective): no person named
    if _of_tail(np, name):
        return np
    words = np.split()
    if len(words) > 1 and name == words[0] and all(w.islower() for w in words[1:]):
        return " ".join(w for w in words if not w.endswith("ly"))   # "... categorically"
    return name


def _demonym(word: str) -> bool:
    from ..extract.geo import demonym_country
    return bool(demonym_country(word))


def _fronted_name(np: str, name: str | None, res: Resolver, pos: int, sent_start: int) -> bool:
    """A common-noun holder ("the presidency") read as a name from its sentence's opening
    adverbial ("In a post on Friday, the presidency said"): that name is a time or a medium,
    not the speaker, so the phrase itself names the holder. "At least 31 died in X, the
    ministry said" opens with a figure, not an adverbial: the resolver's reading stands."""
    if not name or not re.match(r"(?:the|this|that)\s+[a-z]", np) or any(w[:1].isupper() for w in np.split()[1:]):
        return False
    lead = res.text[sent_start:pos]
    at = lead.find(name)
    return bool(re.match(r"\s*(?:In|On|At(?!\s+least)|During|After|Before|Through|Via)\b", lead)) and at >= 0 \
        and "," in lead[at:] and not set(name.lower().split()) & set(np.lower().split())


def _of_tail(np: str, name: str | None) -> bool:
    """The resolver's name is only what follows "of" in the phrase ("Doctors" for "the Central
    Committee of Doctors"): it dropped the body's head noun, so the phrase itself names it."""
    head, sep, tail = np.rpartition(" of ")
    return bool(sep and name) and name != np and name in tail and name not in head


# no source named and no outlet known: a plain phrase, not the page's file id (which reads as
# a name, and the claim's `article` already points at the page)
UNNAMED_OUTLET = "the reporting outlet"


def own_voice(outlet: str | None) -> str:
    """Who holds a claim the article states in its own voice: its outlet, else a plain phrase."""
    return outlet or UNNAMED_OUTLET


def accounts(articles, ctx: dict, read, kinds: tuple[str, ...]) -> dict[str, list]:
    """The story's sentences a reader sorts into kinds ("dead" / "away"; "state" / "other"), each
    as (article, sentence, holder) in story order, the holder being the outlet's own voice when
    the sentence names none: the two sides a one-question detector sets against each other."""
    sides: dict[str, list] = {k: [] for k in kinds}
    for art in articles:
        res = ctx["res"][art.id]
        for s in ctx["sents"][art.id]:
            for kind in read(s.text):
                sides[kind].append((art, s, holder(s.text, res, s.start) or own_voice(art.outlet)))
    return sides


def no_file_ids(d, outlet_of: dict[str, str | None]) -> None:
    """Detectors key an outlet's own voice by its page id (so two outlets stay two sides);
    a reader gets the outlet's name or the plain phrase instead, in holders and topic alike."""
    for c in d.claims:
        if c.holder == c.article:
            c.holder = own_voice(outlet_of.get(c.article))
    for aid, outlet in outlet_of.items():
        if aid in d.topic:
            d.topic = re.sub(rf"(?<![\w-]){re.escape(aid)}(?![\w-])", own_voice(outlet), d.topic)


def quoted_by(art, s) -> str | None:
    """The speaker of a quote overlapping sentence `s`: a quoted line holds its speaker's claim."""
    for q in art.quotes:
        if q.speaker and q.span.start < s.end and s.start < q.span.end:
            return q.speaker
    return None


def after_previous(articles, ctx: dict, cue: re.Pattern):
    """(article, resolver, previous sentence, sentence) for each sentence matching `cue` that has one
    before it: the detectors that read a reply to the sentence just before ("That appeared to
    contradict ...", "X distanced itself from ...") walk the story this way."""
    for art in articles:
        res, sents = ctx["res"][art.id], ctx["sents"][art.id]
        for i, s in enumerate(sents[1:], 1):
            if cue.search(s.text):
                yield art, res, sents[i - 1], s
