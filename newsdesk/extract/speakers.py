"""Who is speaking: speech verbs, the noun phrase around them, and resolution of pronouns,
titles and surnames to the fullest name the article gives.

Regex and capitalisation only (no parser): the quotes step must stay cheap, and news
attribution is formulaic enough ("…," X said; X told AFP: "…"; according to X) that a few
patterns around a closed verb list cover most of it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .doc_issuer import document_source
from .adverbial_aside import adverbial
from .described_name import described_name
from .people_words import people_word
from .speaker_tail import complement_name, drop_adverb_tail
from .np_extent import adjective_and
from .title_pair import paired_title_name
from .single_named import lower_group, single_named

from .speech_verbs import CLAUSE_VERBS, PARTICIPLES, SPEECH_VERB, SPEECH_WORDS  # noqa: F401  (read from here too)

AUX = set("""
    allegedly apparently purportedly supposedly recorded overheard
    again already also always are be been earlier even friday further had has have herself himself is
    just later long often monday never not on once previously recently repeatedly reportedly saturday
    separately sometimes sunday then thursday today told tonight tuesday was wednesday were will would
    yesterday
    could would can should may might must only did does
""".split())
# Words that end a subject noun phrase when scanning back from the verb.
BOUNDARY = set("""
    - added adding after although and as because before but how however if meanwhile nor once or
    said saying says since so than that though told until what when where whether which while
    whom whose why with without yet – —
""".split())
PRONOUNS = {"he", "she", "they", "it", "we", "i", "who", "you", "this", "which"}
HONORIFICS = set("""
    dame dr dr. lady lord miss mr mr. mrs mrs. ms ms. prof prof. professor sir
""".split())
TITLES = set("""
    acting admiral adviser advisor affairs ambassador analyst archbishop army attorney ayatollah
    bishop boss brigadier candidate capt. captain cardinal ceo chair chairman chairwoman
    chancellor chief cleric coach col col. colonel commander commissioner congressman
    congresswoman constable councillor councilman councilor councilwoman defence defender
    defense deputy detective director dr dr. economist emir envoy eu ex executive field finance
    foreign former gen gen. general gov. governor head health home house imam inspector interior
    iraqi judge justice king labour lawmaker lawyer leader legislator lieutenant lt lt. maj.
    major majority manager marshal mayor mep midfielder military minister minority mp mr mr. mrs
    mrs. ms ms. nato nominee of officer official opposition party pastor peshmerga police pope
    premier president president-elect prime prince prosecutor queen rabbi rep rep.
    representative secretary secretary-general sen sen. senate senator senior sergeant sgt.
    sheikh sheriff speaker spokesman spokesperson spokeswoman state striker superintendent
    supreme u.n. u.s. uk un us vice vice-president adm adm. brig brig. cmdr cmdr. supt supt. det det.
    cpl cpl. selectman selectwoman pm
""".split())
ORG_HEADS = set("""
    administration afp agency airline airlines airways ap army assembly association authorities authority bank bbc
    brotherhood cabinet center centre channel cnn coalition commission committee company corp
    council court daily department embassy examiner federation force forces foundation front
    broadcaster government group guard guardian guards health herald hospital house inc institute international journal kingdom
    league media military ministry monitor movement nations network news observatory office
    officials online organisation organization palace parliament party police post press radio
    regime republic reuters review safety service services sources spokesman standard state statement
    states telegraph television times tribune tv union university watch
""".split())
# a name token never swallows a possessive ('Leslie Dull's house' -> 'Leslie Dull'), so the
# resolver files the full name under its surname
_CAP_TOK = r"[A-Z](?:[\w-]|['’](?!s\b))*"
_NAME_TOK = rf"(?:{_CAP_TOK}|[A-Z]\.|(?:al|el|bin|ibn|bint|de|da|van|von|der|la|le|du|dos|das)\b(?:-\w+)?)"
NAME_SEQ = re.compile(rf"\b{_CAP_TOK}(?:[ \t]+{_NAME_TOK})*")
STATEMENT_BY = re.compile(r"\b(?:(made|issued|released|published|put out|said in) (?:the|a|its|an official) "
                          r"(?:statement|release)|statement (?:from|by|issued by) (.{3,80}))")
# 'a statement on their website': a document on its issuer's own page is that issuer's, as a
# bare 'the statement' is (resolver), whoever the pronoun stands for
ON_OWN_PAGE = re.compile(r"^((?:the|a) statements?) (?:posted |published )?on (?:their|its) (?:official )?"
                         r"(?:website|site|page|account|feed|channel)$")
CAP_STOP = set("""
    A After All An And As At Before But By Despite Earlier For From He Her Here His However I If
    In It Its Later Many Meanwhile Most Of On One Our Over She Since So Some That The Their
    There These They This Those To Today Two Under We When While With Yesterday Yet
    Across Along Amid Among Around Behind Beyond Inside Outside Throughout Toward Towards Within
""".split())
WORD = re.compile(r"\d[\d,.]*\d|[\w'’.-]+|[,;:—–\"“”()]")


@dataclass
class Mention:
    """A speaker as written (`text` at `start`..`end` in the body) and as resolved."""
    text: str
    start: int
    end: int
    name: str | None = None        # resolved speaker
    person: bool = False


def is_pronoun(s: str) -> bool:
    return s.lower() in PRONOUNS


def plural_common(np: str) -> bool:
    """A phrase ending in a lowercase plural noun ('several sources', 'X dropped leaflets'):
    never the antecedent of a singular 'it'."""
    w = np.split()[-1] if np.split() else ""
    return w.isalpha() and w.islower() and w.endswith("s") and not w.endswith(("ss", "us", "is"))


def is_capitalised(w: str) -> bool:
    return bool(w) and w[0].isupper()


DETERMINERS = frozenset("the a an this that these those its their his her our".split())
# 'One of the men in custody': a number or quantifier heading a partitive is no one's name
QUANTIFIERS = frozenset("one two three four five some many several each both all most few none another".split())
# sentence adverbs a comma follows ('Rather, the official said'): capitalised, yet no one's name
SENTENCE_ADVERBS = frozenset("rather instead indeed still now then also thus hence moreover furthermore "
                             "nonetheless nevertheless otherwise meanwhile however".split())
_FIRST_PERSON = re.compile(r"I(?:['’](?:m|ve|ll|d))?")    # 'I’m addressing …': capitalised, no name


@lru_cache(maxsize=8192)       # pure in the string; names recur
def looks_person(name: str) -> bool:
    """A named person: capitalised words, the last not an organisation head word."""
    toks = name.split()
    if any(ch.isdigit() for ch in name):          # 'AR-15s', 'G7': names hold no digits
        return False
    if not toks or not all(is_capitalised(t) or t.lower() in {"al", "el", "bin", "ibn", "de", "van", "von", "da"}
                           or t.lower().startswith(("al-", "el-")) for t in toks):
        return False
    last = toks[-1].lower().strip(".,")
    if len(toks) == 1 and (last in DETERMINERS or last in QUANTIFIERS or last in SENTENCE_ADVERBS
                           or _FIRST_PERSON.fullmatch(toks[0])):
        return False                              # 'The' cut from 'The official of ...' names no one
    return last not in ORG_HEADS and last not in TITLES and not people_word(toks)


@lru_cache(maxsize=8192)       # pure in the string; names recur
def strip_titles(np: str) -> str:
    """'UN Secretary-General Ban Ki-moon' -> 'Ban Ki-moon'; descriptions stay as they are."""
    toks = np.split()
    if len(toks) < 2 or not (is_capitalised(toks[-1]) or toks[-1].lower().startswith(("al-", "el-"))):
        return np                     # ('Iraqi Prime Minister Nuri al-Maliki' ends a name too)
    # the trailing run of capitalised name tokens
    i = len(toks)
    while i > 0 and (is_capitalised(toks[i - 1]) or toks[i - 1].lower() in {"al", "el", "bin", "ibn", "de", "van", "von"}
                     or toks[i - 1].lower().startswith(("al-", "el-"))):
        i -= 1
    run = toks[i:]
    if i > 0 and toks[i - 1].lower() not in TITLES and toks[i - 1].lower() not in HONORIFICS:
        return np                     # 'the foreign ministry in Moscow' stays whole
    j = 0
    for k, t in enumerate(run):
        if t.lower().strip(",") in TITLES or t.lower() in HONORIFICS or t == "Charge":
            j = k + 1                 # ('Special Agent in Charge Aaron Rouse': a title's close)
    name = run[j:]
    if not name or (j == 0 and i >= 2 and toks[i - 1] == "of" and (toks[i - 2].lower() in ORG_HEADS or len(run) == 1)):
        return np                     # 'the Central Committee of Sudanese Doctors', 'the governor of Texas'
    if len(name) == len(toks) or looks_person(" ".join(name)):
        return " ".join(name)
    return np


# capitalised words that open a sentence or label a web link, never a name's first word:
# "Then Pirelli offered ...", "RELATED Hana Borsk wins appeal"
LEAD_NOISE = frozenset("""
    Then Now Also Still Instead Thus Meanwhile Later Earlier Finally Eventually Afterwards
    RELATED Related READ WATCH UPDATE UPDATED MORE VIDEO PHOTOS ADVERTISEMENT
""".split())


# news outlets a name run may open with when the comma after them is missing
OUTLET_LEAD = re.compile(r"(?:Al Jazeera|Jazeera|CNN|BBC|Reuters|AFP|AP|Sky News|Fox News|NBC|CBS|ABC|"
                         r"NPR|Xinhua|Interfax|TASS|Anadolu)\s+(?=[A-Z])")


@lru_cache(maxsize=8192)       # pure in the string; names recur
def drop_place_prefix(name: str) -> str:
    """'Baghdad Nickolay Mladenov' ("UN envoy to Baghdad Nickolay Mladenov") -> 'Nickolay
    Mladenov': a capitalised run that starts with a country, a province or a large city and
    goes on with two or more name tokens is a place followed by the person. A LEAD_NOISE
    word first ('Then Pirelli') is dropped too."""
    toks = name.split()
    while len(toks) >= 2 and toks[0] in LEAD_NOISE:
        toks = toks[1:]                 # 'Then Pirelli', 'RELATED Hana Borsk': no part of a name
    name = " ".join(toks)
    if len(toks) < 3 or not all(is_capitalised(t) for t in toks[:3]):
        return name
    outlet = OUTLET_LEAD.match(name)
    if outlet and len(name[outlet.end():].split()) >= 2:
        return name[outlet.end():]      # 'an interview with Al Jazeera Chris Gunness': the outlet, then him
    from .ev_names import place_kind, well_known_place
    if well_known_place(toks[0]) and not well_known_place(toks[1]) and place_kind(toks[1])[0] is None:
        return " ".join(toks[1:])
    return name


def clean_np(np: str) -> str:
    np = np.strip(" ,;:—–-\"“”‘’'")
    np = re.sub(r"\s+", " ", np)
    return np


_NAME_AUX = {"May", "Will", "Long", "Just", "Even", "Only"}   # 'Theresa May said', not 'X may'


def person_of_place(np: str) -> str:
    """'Melodye Shore of Laguna Niguel' -> 'Melodye Shore': a person's name with a hometown or
    employer after it ('Secretary of State X' and 'Bank of X' stay whole: no person heads them)."""
    m = re.match(r"((?:[A-Z][\w'’.-]*\s){0,4}[A-Z][\w'’-]*)\s+(?:of|from)\s+(?:the\s+)?[A-Z]", np)
    if m and len(m.group(1).split()) >= 2 and looks_person(strip_titles(m.group(1))):
        return m.group(1)
    return np


def subject_before(text: str) -> tuple[str, int] | None:
    """The noun phrase that ends `text` (the words before a speech verb), and where it starts.
    Skips auxiliaries and adverbs next to the verb and an appositive ("X, the head of Y,")."""
    if doc := document_source(text):
        return doc
    paren = re.search(r"\s*\([^()]{1,30}\)(?=[\s,]*$)", text)   # 'Rep. Elijah E. Cummings (D-Md.) said'
    if paren:                        # (the comma after it still closes an appositive: 'X, head of Y (Z), said')
        text = text[:paren.start()] + " " * (paren.end() - paren.start()) + text[paren.end():]
    text = _AGE_BEFORE_APPOSITIVE.sub(lambda m: " " * len(m.group()), text)   # 'X, 44, a cook at Y, said'
    aside = _DASH_ASIDE.search(text)   # 'X, an expert – who has led studies – described': the aside
    if aside:                          # closes the appositive as a comma would
        text = text[:aside.start()] + "," + " " * (len(text) - aside.start() - 1)
    toks = [(m.group(), m.start()) for m in WORD.finditer(text)]
    while toks and (toks[-1][0].lower() in AUX and not (toks[-1][0] in _NAME_AUX and len(toks) > 1
                                                        and is_capitalised(toks[-2][0]))
                    or _manner_adverb(toks[-1][0]) and len(toks) > 1):
        toks.pop()
    if not toks:
        return None
    # appositive: "... Name, description," -> Name
    if toks[-1][0] == ",":
        k = len(toks) - 2
        while k >= 0 and toks[k][0] not in {",", ";", ":", "—", "–"}:
            k -= 1
        seg = toks[k + 1:-1]
        if k >= 0 and toks[k][0] == "," and adverbial([w for w, _ in seg]) and (aside := subject_before(text[:toks[k][1]])):
            return aside                 # 'The ministry, in a statement, said': an aside, not the subject
        described = len(seg) >= 2 and any(w in {"of", "for", "at"} or w in TITLES for w, _ in seg) \
            and not any(w in {"and", "or", "&"} for w, _ in seg)   # ', Democrat of Florida,'
        # ', Erin Roe's brother,': a possessive and a common-noun head describe the name before
        described = described or (2 <= len(seg) <= 5 and not is_capitalised(seg[-1][0])
                                  and any(w.endswith(("’s", "'s")) for w, _ in seg[:-1])
                                  and not any(w in {"and", "or", "&"} for w, _ in seg))
        # ', R-Ky.,': a party and state label tags the name before it
        described = described or (len(seg) == 1 and bool(re.fullmatch(r"[A-Z]-[A-Z][a-z]*\.?", seg[0][0])))
        lower = seg and (seg[0][0].lower() in {"a", "an", "the", "his", "her", "its", "who"}
                         or not is_capitalised(seg[0][0]) or "’s" in seg[0][0] or "'s" in seg[0][0])
        if k >= 0 and toks[k][0] == "," and len(seg) == 1 and is_capitalised(seg[0][0]) \
                and re.search(r"\bof\s+[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}$", text[:toks[k][1]]):
            before = subject_before(text[:toks[k][1]])   # 'Rita Roe of Athens, Alabama, tweeted'
            if before and " of " in before[0]:
                return before[0].split(" of ")[0], before[1]
        if len(seg) >= 2 and seg[0][0] in ("named", "called") and all(is_capitalised(w) for w, _ in seg[1:]):
            return " ".join(w for w, _ in seg[1:]), seg[1][1]    # 'Another, named Lisa, described'
        if k >= 0 and toks[k][0] == "," and (lower or described):
            before = subject_before(text[:toks[k][1]])
            if before and is_capitalised(before[0].split()[-1]) and (lower or looks_person(strip_titles(before[0]))):
                return before
            if before and seg[0][0] == "who" and before[0].split()[0].lower() in {"a", "an", "the", "one"}:
                return before       # 'A local man, who asked not to be named, said': the man
        toks = toks[:-1]
        if not toks:
            return None
    out = []
    for w, pos in reversed(toks):
        lw = w.lower()
        if lw in BOUNDARY or lw in SPEECH_WORDS or w in {",", ";", ":", '"', "“", "”", "(", ")"} or (out and lw in PRONOUNS and lw != "who"):
            break
        if w.endswith(".") and len(w) > 3 and lw not in HONORIFICS and not re.fullmatch(r"(?:[A-Z]\.)+", w):
            break                                   # the previous sentence ended here
        out.append((w, pos))
        if lw in PRONOUNS:
            break
        if len(out) >= 9:
            break
    if not out:
        return None
    out.reverse()
    # drop a leading preposition phrase without a capitalised head ("In a statement X")
    words = [w for w, _ in out]
    for lead in ("in", "on", "at", "from", "by", "for", "to", "of", "into", "over", "through", "during",
                 "despite", "amid", "after", "before", "under", "against", "about", "like", "with",
                 "besides", "while", "upon", "without"):     # 'Besides announcing …': no subject
        if words and words[0].lower() == lead:
            # keep the tail after the first capitalised/determiner restart
            for k in range(1, len(words)):
                if words[k].lower() in {"the", "a", "an"} or (is_capitalised(words[k]) and k > 1):
                    out = out[k:]
                    break
            else:
                return None
            break
    start = out[0][1]
    end = out[-1][1] + len(out[-1][0]) if out[-1][1] >= start else len(text)
    np = clean_np(text[start:end])
    if not np or np.lower() in {"the", "a", "an", "it's", "there"}:
        return None
    if (lead := np.split(None, 1))[0] in LEAD_NOISE and len(lead) > 1 and lead[1].split()[0].lower() in DETERMINERS:
        return subject_before(text[:start] + " " * len(lead[0]) + text[start + len(lead[0]):])   # 'Later the aide said'
    if np.lower().startswith("who ") and (head := subject_before(text[:start])) \
            and (head[0].split()[0].lower() in {"a", "an", "the", "one"} or looks_person(strip_titles(head[0]))):
        from .quote_refs import named_before        # (that module reads this one)
        return named_before(text, head) or head     # 'The official who was not allowed to speak said':
        # the official; 'A witness, Ann Roe, who saw it told us' (unclosed): her; 'Roe, a pilot who …': Roe
    first = np.split()[0]
    run = (_DESCRIBED.match(np) or _TITLED_RUN.match(np)) if not is_capitalised(first) else None
    if run and looks_person(run.group(2)):          # 'fan Jordan Deuschleman asked'
        return run.group(2), start + run.start(2)
    if not is_capitalised(first) and (named := described_name(np) or single_named(np)):   # 'former Gov. Ann Roe'
        return named[0], start + named[1]
    if not (is_capitalised(first) or first.lower() in PRONOUNS or first.lower() in
            {"the", "a", "an", "one", "two", "three", "some", "many", "several", "another", "his", "her",
             "their", "its", "our", "local", "senior", "officials", "witnesses", "residents",
             "police", "sources", "analysts", "experts", "activists", "critics", "others", "both",
             "authorities", "investigators", "prosecutors", "doctors", "medics", "rescuers", "eyewitnesses",
             "observers", "diplomats", "lawmakers", "someone", "somebody"}
             or lower_group(np)):
        return None
    if np.split()[-1].lower() in {"the", "a", "an", "of", "to", "in", "on", "for", "by", "with", "at", "from", "about"}:
        return None
    if first.lower() in {"a", "an", "the"} and (named := _LEAD_NAME.search(text[:start])) \
            and looks_person(named.group(1)) and len(named.group(1).split()) >= 2 \
            and not any(w in CAP_STOP or w.lower() in _CALENDAR for w in named.group(1).split()):
        return named.group(1), named.start(1)   # 'Ann Roe, a spokeswoman for the group said'
    return np, start


# '-ly' words that are nouns (or name a publication) and can end a subject
_LY_NOUNS = frozenset("family ally assembly rally supply reply monopoly anomaly bully belly fly daily weekly "
                      "monthly quarterly elderly italy july".split())


def _manner_adverb(w: str) -> bool:
    """'The source strongly denounced': a lower-case '-ly' word right before the verb
    modifies it and is no part of the subject."""
    return w.islower() and len(w) > 4 and w.endswith("ly") and w not in _LY_NOUNS


def expletive_it(np: str, left: str) -> bool:
    """'It was reported that …': a passive report with a dummy 'it' names no speaker."""
    return np.lower() == "it" and bool(re.search(r"\b(?:was|is|has been|had been)\s*$", left))


_AGE_BEFORE_APPOSITIVE = re.compile(r"(?<=[A-Za-z’'])\s*,\s\d{1,3}(?=,\s+(?:a|an|the|his|her|who)\s)")
_DASH_ASIDE = re.compile(r"\s[–—-]\s[^–—\n]{3,200}?\s[–—-][\s,]*$")   # spaced hyphens too
_CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# a person's name opening the sentence, then a comma: the appositive after it lost its own
# closing comma before the verb, so the description is no subject of its own
_LEAD_NAME = re.compile(r"(?:^|[.!?]\s+|\n)\W*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}),\s+$")


def np_after(text: str, loose: bool = False) -> tuple[str, int] | None:
    """The noun phrase that starts `text` (after a fronted verb: 'said UN chief Ban Ki-moon, who');
    'archaeologist Dr Oliver Grady' gives the name; `loose` (after 'according to') also takes
    a plain noun phrase ('court documents')."""
    if pair := paired_title_name(text, TITLES, strip_titles, looks_person):
        return pair                   # 'said president and CEO Ann Roe'
    m = re.match(r"\s*", text)
    pos = m.end()
    stop = re.search(r",|(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bRep)(?<!\bSen)(?<!\bGov)(?<!\bGen)"
                     r"(?<!\bLt)(?<!\bCol)(?<!\bSgt)(?<!\bCapt)(?<!\bMaj)(?<!\bProf)(?<!\bRev)(?<!\bJr)"
                     r"(?<!\bAdm)(?<!\bBrig)(?<!\bCmdr)(?<!\bSupt)(?<!\bDet)(?<!\bAtty)(?<!\bCpl)(?<!\bSr)"
                     r"(?<!\b[A-Z])\.(?:\s|$)|;|:|[—–]|\s(?:who|in|on|at|"
                     r"during|after|before|to|when|as|from|while|and|adding|saying|on|told|with|according)\b|$",
                     text[pos:])
    end = adjective_and(text, pos, pos + (stop.start() if stop else len(text) - pos))   # 'one tired and …'
    np = drop_adverb_tail(clean_np(re.sub(r"\s*\([^()]{1,30}\)", "", text[pos:end])))   # 'Rep. X (R-N.C.)'
    if stop and stop.group().strip() in {"to", "for", "at", "in"} and (named := complement_name(text, looks_person)):
        return named                              # 'envoy to the United Nations Ann Roe'
    if not np or len(np.split()) > 10:
        return None
    first = np.split()[0]
    if is_capitalised(first) or first.lower() in {"the", "a", "an", "one", "two", "some", "his", "her", "another",
                                                  "their", "its", "our", "several"} \
            or first.lower().startswith(("al-", "el-")):
        return np, pos
    run = _DESCRIBED.match(np)
    if named := (run.group(2), run.start(2)) if run and looks_person(run.group(2)) else \
            described_name(np) or single_named(np):
        return named[0], pos + named[1]            # 'fan Ann Roe' / 'former Gov. Ann Roe of Ohio'
    return (np, pos) if loose and len(np.split()) <= 6 else None


_DESCRIBED = re.compile(r"(?!(?:in|on|at|of|for|to|from|with|by|his|her|their|its|the|a|an|over|after|before|"
                       r"near|into|than|and|or|but)\s)[a-z0-9][\w-]*\s+(?:[\w-]+\s+){0,3}?((?:Mr|Mrs|Ms|Dr)\.?\s+)?"
                       r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’.-]*){1,3})$")

# a lowercase office with its complements written before the name ('deputy minister for rural
# roads Ann Roe said'): the office word opens it, so a longer run before the name is still its title
# (the empty group keeps _DESCRIBED's numbering: the name is group 2)
_TITLED_RUN = re.compile(r"(?:" + "|".join(sorted(w for w in TITLES if w.isalpha())) +
                         r")\s+(?:[a-z][\w-]*\s+){1,6}?()([A-Z][\w'’-]*(?:\s+[A-Z][\w'’.-]*){1,3})$")

# ranks written abbreviated before a name ('Lt. Gen. Thomas Bergeson') and later as a bare
# role ('the general said'); the role lookup only knows roles written out in full
RANK_ABBREV = {"general": "Gen", "colonel": "Col", "lieutenant": "Lt", "sergeant": "Sgt",
               "captain": "Capt", "admiral": "Adm", "major": "Maj", "governor": "Gov",
               "senator": "Sen", "representative": "Rep", "professor": "Prof", "detective": "Det",
               "commander": "Cmdr", "superintendent": "Supt", "corporal": "Cpl", "reverend": "Rev"}
_BARE_ROLE = re.compile(r"(?:the|The)\s+(?:(?:Republican|Democratic|Conservative|Labour|Liberal)\s+)?([a-z]+)")  # party-styled too


def ranked_name(np: str, text: str, before: int) -> str | None:
    """'the general' -> 'Thomas Bergeson' when the text wrote 'Lt. Gen. Thomas Bergeson'
    before `before` (the latest such name: a later officer of that rank is the one meant)."""
    m = _BARE_ROLE.fullmatch(np.strip())
    abbr = RANK_ABBREV.get(m.group(1)) if m else None
    if not abbr:
        return None
    best = None
    for h in re.finditer(rf"\b{abbr}\.?[ \t]+((?:[A-Z][\w'’-]+[ \t]?){{1,3}})", text[:before]):
        cand = h.group(1).strip()
        if looks_person(cand):
            best = cand
    return best


# a bare description that takes up a person the same sentence has just named ('reported by
# the Brussels Mayor Yvan Mayeur ..., with the official saying "…"')
_TAKE_UP = frozenset("official spokesman spokeswoman spokesperson mayor minister president leader "
                     "chief commissioner prosecutor governor premier".split())


def named_in_sentence(np: str, left: str) -> str | None:
    """'the official' -> the one person named before it in its own sentence; None when the
    sentence names nobody or several (then the description stays as written)."""
    m = _BARE_ROLE.fullmatch(np.strip())
    if not m or m.group(1) not in _TAKE_UP:
        return None
    from .ev_names import place_kind
    names = (strip_titles(re.sub(r"^(?:A|An|The)\s+", "", n.group())) for n in NAME_SEQ.finditer(left))
    people = {n for n in names if len(n.split()) >= 2 and looks_person(n)
              and place_kind(n)[0] is None}      # 'Saudi Arabia' is a country the official serves
    return people.pop() if len(people) == 1 else None


_APPOSITIVE_LEAD = re.compile(r"^\W*((?:[A-Z][\w'’.-]*[ \t]){1,4}[A-Z][\w'’-]*),\s[^.\n]{3,160},\s*$")


def appositive_subject(left: str) -> tuple[str, int] | None:
    """'Senior Airman Ivan Cooper, with the 15th Squadron at Joint Base Pearl Harbor-Hickam,
    Hawaii, explains ...': the person opening the sentence is the subject, not the place that
    closes the appositive right before the verb. `left` runs from the sentence start to that
    place; (name, offset in `left`) or None."""
    m = _APPOSITIVE_LEAD.match(left)
    if not m:
        return None
    name = strip_titles(m.group(1))
    if not name or not looks_person(name) or len(name.split()) < 2:
        return None
    return name, m.start(1) + m.group(1).rfind(name)


# a fronted phrase, or a participle naming who was spoken to: "Talking to Radio X, he said"
_FRONTED = re.compile(r"\W*(?:In|During|At|After|Before|On|Over|With|From|Throughout|Through|"
                      r"(?:Talking|Speaking|Writing|Replying|Responding) (?:to|with|on))\s"
                      r"[^,.;:\"“”]{2,120},(?:[^,.;:\"“”]{2,60},)?\s*$")


def fronted_phrase(left: str) -> bool:
    """Whether `left` (from the sentence start to a pronoun subject) is a fronted phrase:
    'In the conversation with his fiancee, Rhonda Rouer, he ...'. A name inside it is not
    the sentence's subject, so it is no antecedent for that pronoun."""
    return bool(_FRONTED.match(left))


_NAME_COMMA = re.compile(r"((?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+),\s*$")


def name_before_description(left: str) -> tuple[str, int] | None:
    """'… Chris Gunness, the spokesman for the agency, said': a description in apposition to
    the name right before it; the name (and its offset in `left`) is the subject to remember."""
    m = _NAME_COMMA.search(left)
    if not m:
        return None
    name = drop_place_prefix(strip_titles(m.group(1)))
    if len(name.split()) < 2 or not looks_person(name):
        return None
    return name, m.start(1) + m.group(1).rfind(name)
